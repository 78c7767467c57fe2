package org.herodotus.model;

import java.util.Locale;

/** How much of a date the evidence supports; never more than the text or the article date gives. */
public enum Precision {
    YEAR, MONTH, DAY;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Precision min(Precision a, Precision b) { return a.compareTo(b) <= 0 ? a : b; }
}
