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
     * Context the passes may use: the article's focus country, the places already resolved in it, the divisions
     * and countries the same sentence names ("Juina, Mato Grosso", "Kut (Wasit, Iraq)"), and what the article's names
     * taken together say ({@link DocumentContext}) about this name ({@code name}, folded).
     */
    record Context(Optional<CountryCode> focusCountry, List<Place> resolvedSoFar, List<Place> namedNearby, DocumentContext document, String name) {
        public Context {
            document = document == null ? DocumentContext.NONE : document;
            name = name == null ? "" : name;
        }

        public Context(Optional<CountryCode> focusCountry, List<Place> resolvedSoFar, List<Place> namedNearby) {
            this(focusCountry, resolvedSoFar, namedNearby, DocumentContext.NONE, "");
        }

        public Context(Optional<CountryCode> focusCountry, List<Place> resolvedSoFar) { this(focusCountry, resolvedSoFar, List.of()); }

        /** The votes the article's other names give the candidate's division. */
        public double articleVotes(Place candidate) { return document.regionVotes(name, candidate); }
    }

    Optional<Place> pick(String surface, List<Place> candidates, Context context);
}
