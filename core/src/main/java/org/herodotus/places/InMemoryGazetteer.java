package org.herodotus.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herodotus.model.CountryCode;
import org.herodotus.text.Normalizer;

/** A gazetteer held in maps: the compiled index loads into one, and tests build small ones by hand. */
public final class InMemoryGazetteer implements Gazetteer {
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<CountryCode, Country> countries = new LinkedHashMap<>();
    private final Map<CountryCode, Place> capitals = new HashMap<>();
    private final Map<String, Place> seats = new HashMap<>();
    private final Map<String, Place> regions = new HashMap<>();
    private final String version;

    public InMemoryGazetteer(String version) { this.version = version; }

    /** Adds a place under each of its names (folded here); returns this for chaining. */
    public InMemoryGazetteer add(Place p, Collection<String> names) {
        List<String> folded = new ArrayList<>(names.size());
        for (String n : names) folded.add(Normalizer.fold(n));
        return addFolded(p, folded);
    }

    /** Adds a place under names already folded with {@link Normalizer#fold} (the compiled index stores them so). */
    public InMemoryGazetteer addFolded(Place p, Collection<String> folded) {
        if (p.isCapital()) capitals.merge(p.country(), p, (a, b) -> a.population() >= b.population() ? a : b);
        if (p.isRegion()) regions.put(p.country().value() + "/" + p.admin1(), p);
        if (p.featureClass().equals("P") && !p.admin1().isEmpty())
            seats.merge(p.country().value() + "/" + p.admin1(), p, (a, b) -> a.population() >= b.population() ? a : b);
        for (String k : folded) {
            if (k.length() < 2) continue;
            List<Place> l = byName.computeIfAbsent(k, x -> new ArrayList<>(1));
            if (!l.contains(p)) l.add(p);
        }
        return this;
    }

    /** The languages whose country names are matched in text; the other 75 of i18n-iso-countries give false friends ("ABD", "Turki"). */
    public static final List<String> MATCHED_LANGUAGES = List.of("fr", "en", "ar");

    public InMemoryGazetteer addCountry(Country c, Collection<String> extraNames) {
        countries.put(c.alpha3(), c);
        List<String> all = new ArrayList<>(extraNames);
        for (String l : MATCHED_LANGUAGES) all.addAll(c.names().getOrDefault(l, List.of()));
        return add(c.place(), all);
    }

    @Override public List<Place> candidates(String foldedName) { return byName.getOrDefault(foldedName, List.of()); }

    @Override public Optional<Country> country(CountryCode code) { return Optional.ofNullable(countries.get(code)); }

    @Override public Collection<Country> countries() { return countries.values(); }

    @Override public Optional<Place> capital(CountryCode code) { return Optional.ofNullable(capitals.get(code)); }

    /** Adds names to a first-level division; false when the gazetteer has no such division. */
    public boolean aliasRegion(CountryCode country, String admin1, Collection<String> names) {
        Place r = regions.get(country.value() + "/" + admin1);
        if (r == null) return false;
        add(r, names);
        return true;
    }

    @Override public Optional<Place> seat(Place region) {
        return region.isRegion() ? Optional.ofNullable(seats.get(region.country().value() + "/" + region.admin1())) : Optional.empty();
    }

    @Override public String version() { return version; }

    public int nameCount() { return byName.size(); }
}
