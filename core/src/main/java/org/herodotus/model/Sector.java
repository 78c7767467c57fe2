package org.herodotus.model;

import java.util.Locale;
import java.util.Set;

/** A PLOVER/CAMEO actor sector code (GOV, MIL, REB, COP, CVL, OPP, ...), checked against the known list. */
public record Sector(String code) {
    public static final Set<String> KNOWN = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "IGO", "NGO",
            "MED", "EDU", "BUS", "CRM", "CVL", "LEG", "ELI", "LAB", "REF", "HLH", "AGR", "REL", "UAF", "INS", "SEP", "MOD", "RAD");

    public Sector {
        code = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!KNOWN.contains(code)) throw new IllegalArgumentException("unknown sector code '" + code + "'");
    }

    public static Sector of(String code) { return new Sector(code); }

    @Override public String toString() { return code; }
}
