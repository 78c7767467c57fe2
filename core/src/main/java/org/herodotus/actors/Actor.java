package org.herodotus.actors;

import java.util.List;
import java.util.Optional;
import org.herodotus.model.CountryCode;
import org.herodotus.model.Sector;

/** An actor as the knowledge base (or an in-text resolution) knows it; {@code known} is false for open actors. */
public record Actor(ActorId id, String name, ActorKind kind, Optional<CountryCode> country, List<Sector> sectors,
                    Optional<String> wikidata, boolean known) {
    public Actor {
        if (id == null || name == null || name.isBlank() || kind == null) throw new IllegalArgumentException("actor needs id, name, kind");
        country = country == null ? Optional.empty() : country;
        sectors = List.copyOf(sectors);
        wikidata = wikidata == null ? Optional.empty() : wikidata;
        wikidata.ifPresent(q -> { if (!q.matches("Q[0-9]+")) throw new IllegalArgumentException("actor " + id + ": bad QID " + q); });
    }

    public Optional<Sector> sector() { return sectors.isEmpty() ? Optional.empty() : Optional.of(sectors.get(0)); }
}
