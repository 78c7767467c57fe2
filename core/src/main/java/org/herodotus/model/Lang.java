package org.herodotus.model;

import java.util.Locale;
import java.util.Optional;

/** The languages Herodotus reads natively. */
public enum Lang {
    FR, EN;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<Lang> parse(String code) {
        if (code == null) return Optional.empty();
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "fr", "fra", "fre", "french", "français" -> Optional.of(FR);
            case "en", "eng", "english" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
