package org.herodotus.coding;

import java.util.List;
import java.util.Optional;
import org.herodotus.model.PloverType;

/** One line of a trigger lexicon: a lemma that, when its conditions hold, codes an event. */
public record TriggerEntry(String lemma, String pos, PloverType type, Optional<String> mode, String cameo,
                           Optional<String> acledType, Optional<String> acledSubType, List<Condition> conditions, String source) {
    public TriggerEntry {
        if (lemma == null || lemma.isBlank() || type == null || cameo == null || !cameo.matches("\\d{2,4}"))
            throw new IllegalArgumentException("trigger needs lemma, type and a numeric CAMEO code");
        if (!List.of("VERB", "NOUN", "ADJ", "ANY").contains(pos)) throw new IllegalArgumentException("trigger pos '" + pos + "'");
        if (acledType.isPresent() != acledSubType.isPresent()) throw new IllegalArgumentException("ACLED type and sub-type go together");
        conditions = List.copyOf(conditions);
    }

    /** A test on the parse around the trigger; see the lexicon file header for the notation. */
    public record Condition(Kind kind, List<String> values, boolean negated) {
        public enum Kind { OBJ, ARG, DOWN, HEAD, SENT, SUBJ }

        public Condition {
            if (kind == null || values.isEmpty()) throw new IllegalArgumentException("empty condition");
            values = List.copyOf(values);
        }

        public Condition(Kind kind, List<String> values) { this(kind, values, false); }
    }

    public boolean acceptsPos(String upos) {
        return pos.equals("ANY") || pos.equals(upos) || (pos.equals("VERB") && upos.equals("ADJ"));
    }
}
