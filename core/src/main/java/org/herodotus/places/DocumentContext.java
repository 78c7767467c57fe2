package org.herodotus.places;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.model.CountryCode;

/**
 * What an article's toponyms, taken together, say about each of them: the country most of its names can lie in, the
 * divisions its names point to ("Ocilla", "Fitzgerald" and "Gainesville" all can be in Georgia, so "Georgia" is the
 * state), and the names a sentence settled ("Dublin, Ohio" once makes every "Dublin" of the article the Ohio town).
 * Each distinct name votes once: its weight is shared among the countries (divisions) its candidates lie in, so a name
 * with one reading weighs most. A name's own vote never counts for itself.
 */
public record DocumentContext(Map<CountryCode, Double> countries, Map<String, Map<String, Double>> regionVotesByName,
                              Map<String, Double> regions, Map<String, Place> settledNames, Map<String, List<Place>> names) {
    public static final DocumentContext NONE = new DocumentContext(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    /** The leading country needs this many (shared) votes, and that many more than the next one, to outweigh the actors. */
    static final double MIN_COUNTRY_VOTES = 1.5;
    /** Without actors pointing anywhere, a lead of one vote will do ("Gainesville" and "Georgia"). */
    static final double WEAK_COUNTRY_VOTES = 1.0;
    /** A nationality word is half a vote for its country. */
    static final double DEMONYM_VOTE = 0.5;

    public DocumentContext {
        // copies that keep the caller's order: Map.copyOf iterates in an order that changes from one run to the next
        countries = frozen(countries);
        regionVotesByName = frozen(regionVotesByName);
        regions = frozen(regions);
        settledNames = frozen(settledNames);
        names = frozen(names);
    }

    private static <K, V> Map<K, V> frozen(Map<K, V> m) { return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m)); }

    static DocumentContext of(Map<String, List<Place>> candidates, Map<String, Optional<Place>> settled, List<PlaceMention> mentions) {
        Map<CountryCode, Double> countries = new HashMap<>();
        Map<String, Map<String, Double>> byName = new HashMap<>();
        Map<String, Double> regions = new HashMap<>();
        for (var e : candidates.entrySet()) {
            Set<CountryCode> cs = new LinkedHashSet<>();
            Set<String> rs = new LinkedHashSet<>();
            for (Place p : e.getValue()) {
                if (p.isMultinational()) continue;
                cs.add(p.country());
                if (!p.isCountry() && !p.admin1().isEmpty()) rs.add(regionKey(p));
            }
            for (CountryCode c : cs) countries.merge(c, 1.0 / cs.size(), Double::sum);
            Map<String, Double> own = new HashMap<>();
            for (String r : rs) {
                own.put(r, 1.0 / rs.size());
                regions.merge(r, 1.0 / rs.size(), Double::sum);
            }
            byName.put(e.getKey(), own);
        }
        for (PlaceMention m : mentions)
            if (m.by().equals(PassChainGeocoder.DEMONYM)) countries.merge(m.place().country(), DEMONYM_VOTE, Double::sum);
        Map<String, Place> settledNames = new HashMap<>();
        settled.forEach((k, v) -> v.ifPresent(p -> settledNames.put(k, p)));
        return new DocumentContext(countries, byName, regions, settledNames, candidates);
    }

    static String regionKey(Place p) { return p.country().value() + "/" + p.admin1(); }

    /** The country the article's names point to, when one clearly leads (by {@link #MIN_COUNTRY_VOTES}). */
    public Optional<CountryCode> country() { return country(MIN_COUNTRY_VOTES); }

    /** The country the article's names point to, when one leads by at least {@code margin} (shared) votes. */
    public Optional<CountryCode> country(double margin) {
        CountryCode best = null;
        double first = 0, second = 0;
        for (var e : countries.entrySet()) {
            if (e.getValue() > first) { second = first; first = e.getValue(); best = e.getKey(); }
            else if (e.getValue() > second) second = e.getValue();
        }
        return first >= margin && first >= second + margin ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The votes the article's names other than {@code name} give the division of the place ("ISO3/admin1"). */
    public double regionVotes(String name, Place p) {
        String k = regionKey(p);
        return regions.getOrDefault(k, 0.0) - regionVotesByName.getOrDefault(name, Map.of()).getOrDefault(k, 0.0);
    }

    /**
     * How many of the article's other names (towns and counties) may lie within {@code km} of the place: co-mentioned
     * places lie close together ("Gainesville" near "Duluth" and "Hall County" is the Georgia town).
     */
    public int namesNear(String name, Place p, double km) {
        int n = 0;
        for (var e : names.entrySet()) {
            if (e.getKey().equals(name)) continue;
            for (Place q : e.getValue())
                if ((q.featureClass().equals("P") || q.featureCode().equals("ADM2")) && !q.equals(p) && q.kmTo(p) <= km) { n++; break; }
        }
        return n;
    }

    /** The place a sentence of the article settled for this name, if one did and no other sentence disagreed. */
    public Optional<Place> settled(String name) { return Optional.ofNullable(settledNames.get(name)); }
}
