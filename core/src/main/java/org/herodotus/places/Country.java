package org.herodotus.places;

import java.util.List;
import java.util.Map;
import org.herodotus.model.CountryCode;

/** A country with its names per language (fr, en, ar, ...), as the gazetteer knows it. */
public record Country(CountryCode alpha3, String alpha2, Map<String, List<String>> names, Place place) {
    public Country {
        if (alpha3 == null || alpha2 == null || alpha2.length() != 2) throw new IllegalArgumentException("country codes " + alpha3 + "/" + alpha2);
        // by language, in a fixed order: Map.copyOf's order changes from one run to the next, and the compiled index
        // (and what reads it) must not
        names = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(names));
        if (!names.containsKey("en")) throw new IllegalArgumentException("country " + alpha3 + " has no English name");
        if (place == null || !place.isCountry()) throw new IllegalArgumentException("country " + alpha3 + " needs a country place");
    }

    public String englishName() { return names.get("en").get(0); }
}
