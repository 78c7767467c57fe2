package org.herodotus.model;

import java.util.regex.Pattern;

/** An ISO 3166-1 alpha-3 country code, or a three-letter IGO code (UNO, EEC, AFU, NAT, ARL). */
public record CountryCode(String value) {
    private static final Pattern P = Pattern.compile("[A-Z]{3}");

    public CountryCode {
        if (value == null || !P.matcher(value).matches()) throw new IllegalArgumentException("not an alpha-3 code: '" + value + "'");
    }

    public static CountryCode of(String v) { return new CountryCode(v); }

    @Override public String toString() { return value; }
}
