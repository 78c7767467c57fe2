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
     * and countries the same sentence names ("Juina, Mato Grosso", "Kut (Wasit, Iraq)").
     */
    record Context(Optional<CountryCode> focusCountry, List<Place> resolvedSoFar, List<Place> namedNearby) {
        public Context(Optional<CountryCode> focusCountry, List<Place> resolvedSoFar) { this(focusCountry, resolvedSoFar, List.of()); }
    }

    Optional<Place> pick(String surface, List<Place> candidates, Context context);
}
