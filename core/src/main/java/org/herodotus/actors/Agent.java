package org.herodotus.actors;

import java.util.List;
import org.herodotus.model.Sector;

/**
 * A generic agent noun ("forces", "police", "manifestants") with its sector and the English label pattern used to
 * name the combined actor: {@code "Military Forces of %s"} with the country name.
 */
public record Agent(String lang, List<String> lemmas, Sector sector, String label) {
    public Agent {
        if (lemmas.isEmpty() || sector == null || label == null || !label.contains("%s"))
            throw new IllegalArgumentException("agent " + lemmas + " needs a sector and a label with %s");
        lemmas = List.copyOf(lemmas);
    }

    /** Number of words of the agent's longest form ("groupe armé" has two). */
    public int words() { return lemmas.stream().mapToInt(l -> l.split(" ").length).max().orElse(1); }
}
