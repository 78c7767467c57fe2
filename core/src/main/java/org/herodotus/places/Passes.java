package org.herodotus.places;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The disambiguation passes, each small and named; {@link #standard()} is the order Herodotus runs them in. */
public final class Passes {
    private Passes() {}

    public static List<DisambiguationPass> standard() {
        return List.of(new CountryNamePass(), new OnlyCandidatePass(), new NamedRegionPass(), new NamedCountryPass(), new SettledNamePass(),
                new ArticleRegionPass(), new NearNamedPass(), new FocusCountryPass(),
                new NearResolvedPass(), new LargestPopulationPass());
    }

    /** "Juina, Mato Grosso", "Kut (Wasit)": the candidate inside a division the same sentence names wins. */
    public static final class NamedRegionPass implements DisambiguationPass {
        @Override public String name() { return "named-region"; }

        @Override public Optional<Place> pick(String s, List<Place> c, Context x) {
            return c.stream().filter(p -> !p.isRegion() && !p.isCountry() && x.namedNearby().stream()
                    .anyMatch(r -> r.isRegion() && r.country().equals(p.country()) && r.admin1().equals(p.admin1())))
                    .max(Comparator.comparingLong(Place::population));
        }
    }

    /** "Salvador, Brazil", "Tripoli, au Liban": the candidate in a country the same sentence names wins. */
    public static final class NamedCountryPass implements DisambiguationPass {
        @Override public String name() { return "named-country"; }

        @Override public Optional<Place> pick(String s, List<Place> c, Context x) {
            return c.stream().filter(p -> !p.isCountry() && x.namedNearby().stream().anyMatch(r -> r.isCountry() && r.country().equals(p.country())))
                    .max(Comparator.comparingLong(Place::population));
        }
    }

    /** One sense per article: "Dublin, Ohio" in one sentence makes a bare "Dublin" elsewhere in the article the same town. */
    public static final class SettledNamePass implements DisambiguationPass {
        @Override public String name() { return "settled-name"; }

        @Override public Optional<Place> pick(String s, List<Place> c, Context x) {
            return x.document().settled(x.name()).filter(p -> c.stream().anyMatch(q -> q.key().equals(p.key())));
        }
    }

    /**
     * "Gainesville" in a story that also names Ocilla, Fitzgerald and Georgia is the Georgia town: the candidate in the
     * division the article's other names point to most wins (within the focus country when there is one).
     */
    public static final class ArticleRegionPass implements DisambiguationPass {
        /** A division needs this many votes from the article's other names. */
        static final double MIN_VOTES = 0.99;

        @Override public String name() { return "article-region"; }

        @Override public Optional<Place> pick(String s, List<Place> c, Context x) {
            // a division's name is the division's, whichever town the article's other names lean to: "California" in
            // a story about Oregon is not the village of California, Oregon
            if (c.stream().anyMatch(Place::isRegion)) return Optional.empty();
            Place best = null;
            double bestVotes = MIN_VOTES;
            for (Place p : c) {
                if (p.isCountry() || p.admin1().isEmpty() || x.focusCountry().map(f -> !f.equals(p.country())).orElse(false)) continue;
                double v = x.articleVotes(p);
                if (v > bestVotes || v == bestVotes && best != null && prior(p) > prior(best)) { bestVotes = v; best = p; }
            }
            return Optional.ofNullable(best);
        }
    }

    /** Votes the article's other names must give a town's division before the town outranks a country of its name. */
    static final double TOWN_OVER_COUNTRY_VOTES = 2.0;

    /**
     * Co-mentioned places lie close together: the candidate that the most other names of the article may lie within
     * {@link #KM} of wins, if one does and no other candidate ties it ("Huntsville" beside "Madison" and "Decatur").
     */
    public static final class NearNamedPass implements DisambiguationPass {
        public static final double KM = 100;

        @Override public String name() { return "near-named"; }

        @Override public Optional<Place> pick(String s, List<Place> c, Context x) {
            if (c.size() < 2 || c.stream().anyMatch(p -> p.isRegion() || p.isCountry())) return Optional.empty();
            Place best = null;
            int bestN = 0;
            boolean tie = false;
            for (Place p : c) {
                if (x.focusCountry().map(f -> !f.equals(p.country())).orElse(false)) continue;
                int n = x.document().namesNear(x.name(), p, KM);
                if (n > bestN) { bestN = n; best = p; tie = false; }
                else if (n == bestN && n > 0) tie = true;
            }
            return tie ? Optional.empty() : Optional.ofNullable(best);
        }
    }

    /** A name that is a country's resolves to the country: "Libye" is the state, not a hamlet called Libye. */
    public static final class CountryNamePass implements DisambiguationPass {
        @Override public String name() { return "country-name"; }

        @Override public Optional<Place> pick(String s, List<Place> c, Context x) {
            // a continent's or an ocean's name is that too: "Africa", not the town Mahdia that once bore it
            Optional<Place> country = c.stream().filter(Place::isCountry).findFirst().or(() -> c.stream().filter(Place::isMultinational).findFirst());
            // "Georgia" in a story about the United States, or after "Atlanta,", is the state: a division of the focus
            // country, of a country the sentence names, or holding a town already read, outranks a foreign country
            boolean homeRegion = c.stream().anyMatch(p -> p.isRegion() && (x.focusCountry().map(p.country()::equals).orElse(false)
                    || x.namedNearby().stream().anyMatch(n -> n.isCountry() && n.country().equals(p.country()))
                    || x.resolvedSoFar().stream().anyMatch(q -> !q.isCountry() && q.country().equals(p.country()) && q.admin1().equals(p.admin1()))));
            // "Palestine" in a story whose other names all lie in East Texas is the Texas town
            boolean homeTown = c.stream().anyMatch(p -> p.featureClass().equals("P") && x.focusCountry().map(p.country()::equals).orElse(false)
                    && x.articleVotes(p) >= TOWN_OVER_COUNTRY_VOTES);
            return (homeRegion || homeTown) && country.map(k -> !x.focusCountry().map(k.country()::equals).orElse(false)).orElse(false) ? Optional.empty() : country;
        }
    }

    public static final class OnlyCandidatePass implements DisambiguationPass {
        @Override public String name() { return "only-candidate"; }

        @Override public Optional<Place> pick(String s, List<Place> c, Context x) { return c.size() == 1 ? Optional.of(c.get(0)) : Optional.empty(); }
    }

    /** In a Libyan story, Tripoli is Libya's capital: the largest candidate in the article's focus country wins. */
    public static final class FocusCountryPass implements DisambiguationPass {
        @Override public String name() { return "focus-country"; }

        @Override public Optional<Place> pick(String s, List<Place> c, Context x) {
            if (x.focusCountry().isEmpty()) return Optional.empty();
            Optional<Place> home = c.stream().filter(p -> p.country().equals(x.focusCountry().get())).max(Comparator.comparingLong(Passes::prior));
            // a capital named by its own name outranks a home town that only lists the name among its alternates
            // ("Islamabad" is Pakistan's capital even in a Kashmiri story, not Anantnag's old name)
            String key = org.herodotus.text.Normalizer.fold(s);
            boolean foreignCapital = c.stream().anyMatch(p -> p.isCapital() && !p.country().equals(x.focusCountry().get())
                    && org.herodotus.text.Normalizer.fold(p.name()).equals(key));
            if (foreignCapital && home.isPresent() && !org.herodotus.text.Normalizer.fold(home.get().name()).equals(key)) return Optional.empty();
            return home;
        }
    }

    /** A candidate within 300 km of a place already resolved in the article. */
    public static final class NearResolvedPass implements DisambiguationPass {
        @Override public String name() { return "near-resolved"; }

        @Override public Optional<Place> pick(String s, List<Place> c, Context x) {
            Place best = null;
            double bestKm = 300;
            for (Place p : c) for (Place r : x.resolvedSoFar()) {
                if (r.isCountry()) continue;
                double d = p.kmTo(r);
                if (d < bestKm) { bestKm = d; best = p; }
            }
            return Optional.ofNullable(best);
        }
    }

    /** The population prior: with nothing else to go on, the most populous place bearing the name. */
    public static final class LargestPopulationPass implements DisambiguationPass {
        @Override public String name() { return "largest-population"; }

        @Override public Optional<Place> pick(String s, List<Place> c, Context x) {
            return c.stream().max(Comparator.comparingLong(Passes::prior));
        }
    }

    /**
     * The population prior: a division counts a tenth of the people in its towns, so that a bare "Washington" or
     * "New York" is the city and "Texas" the state.
     */
    static long prior(Place p) { return p.isRegion() ? p.population() / 10 : p.population(); }
}
