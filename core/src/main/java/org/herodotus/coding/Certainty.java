package org.herodotus.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How sure the coder is of the type it gave, beyond the shape of the evidence: an ACLED type read off the trigger
 * word is surer than one inferred from the rest of the paragraph, and surer still than a default taken for lack of
 * evidence. Each event loses the penalty of the rule that typed it ({@link Event.Acled#by()}):
 * <ul>
 * <li>{@code default} (0.15): "one-sided", violence typed as an attack on civilians because nothing said who the
 * victims were;</li>
 * <li>{@code inferred} (0.10): "resisted", "crowd-violence", "territory", "territory-left" and the paragraph's means
 * ("means:*"), read from words around the trigger rather than the trigger itself.</li>
 * </ul>
 */
final class Certainty {
    private static final Map<String, Double> PENALTY = Map.of("one-sided", 0.15, "resisted", 0.10, "crowd-violence", 0.10, "territory", 0.10,
            "territory-left", 0.10);
    private static final double MEANS = 0.10;

    private Certainty() {}

    static List<Event> apply(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            String by = e.acled().map(Event.Acled::by).orElse("lexicon");
            double p = by.startsWith("means:") ? MEANS : PENALTY.getOrDefault(by, 0.0);
            out.add(p == 0 ? e : e.withConfidence(e.confidence() - p));
        }
        return out;
    }
}
