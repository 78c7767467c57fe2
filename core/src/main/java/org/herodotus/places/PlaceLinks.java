package org.herodotus.places;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The toponyms of one article and the counters of the passes that resolved them. */
public record PlaceLinks(List<PlaceMention> mentions, Map<String, Integer> counters) {
    public PlaceLinks {
        mentions = List.copyOf(mentions);
        counters = Collections.unmodifiableMap(new LinkedHashMap<>(counters));
    }

    public Optional<PlaceMention> at(int sentence, int token) {
        for (PlaceMention m : mentions) if (m.sentence() == sentence && m.head() == token) return Optional.of(m);
        return Optional.empty();
    }
}
