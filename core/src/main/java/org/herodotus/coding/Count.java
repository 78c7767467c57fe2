package org.herodotus.coding;

import org.herodotus.model.Span;

/**
 * A stated number of people an event affected (PLOVER {@code size} fields): the kind, the lower bound the text
 * supports ("at least 5", "3-4" → 3), and the words it was read from.
 */
public record Count(Kind kind, int value, Span span, String text) {
    public enum Kind {
        FATALITIES, INJURED, ARRESTED;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public Count {
        if (kind == null || span == null || text == null || text.isBlank()) throw new IllegalArgumentException("incomplete count");
        if (value < 0) throw new IllegalArgumentException("negative count " + value);
    }
}
