package org.herodotus.model;

import java.util.Locale;

/** Whether an event happened as told: only {@code ACTUAL} and {@code CLAIMED} count as events that took place. */
public enum Realis {
    ACTUAL, HISTORICAL, FUTURE, HYPOTHETICAL, NEGATED, CLAIMED;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public boolean happened() { return this == ACTUAL || this == CLAIMED; }
}
