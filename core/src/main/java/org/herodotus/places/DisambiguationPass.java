package org.herodotus.places;

import java.util.List;
import java.util.Optional;
import org.herodotus.model.CountryCode;

/**
 * One named step of toponym disambiguation: it either picks among the candidates or passes (returns empty).
 * Passes run in order; the first that picks names the result's {@code by}.
 */
public interface DisambiguationPass {
    String name();

    /**
     * Context the passes may use: the article's focus country, the places already resolved in it, and the divisions
     * and countries the same sentence names ("Juina, Mato Grosso", "Kut (Wasit, Iraq)"), the divisions the article's
     * other names point to ("ISO3/admin1" keys with their votes, see {@link DocumentContext}), and the place a sentence
     * of the article settled for this very name, and how many of the article's other names may lie near a candidate.
     */
    record Context(Optional<CountryCode> focusCountry, List<Place> resolvedSoFar, List<Place> namedNearby,
                   java.util.Map<String, Double> articleRegions, Optional<Place> settled, java.util.function.ToIntFunction<Place> namesNear) {
        public Context {
            articleRegions = java.util.Map.copyOf(articleRegions);
            settled = settled == null ? Optional.empty() : settled;
            namesNear = namesNear == null ? p -> 0 : namesNear;
        }

        public Context(Optional<CountryCode> focusCountry, List<Place> resolvedSoFar, List<Place> namedNearby) {
            this(focusCountry, resolvedSoFar, namedNearby, java.util.Map.of(), Optional.empty(), p -> 0);
        }

        public Context(Optional<CountryCode> focusCountry, List<Place> resolvedSoFar) { this(focusCountry, resolvedSoFar, List.of()); }
    }

    Optional<Place> pick(String surface, List<Place> candidates, Context context);
}
