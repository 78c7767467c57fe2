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
 * ("means:*"), read from words around the trigger rather than the trigger itself; "intervention" (0.05), which
 * reads the police's act as part of a protest told elsewhere in the report.</li>
 * </ul>
 * and no event typed as an ACLED strategic development (arrests, seizures, troop movements, agreements), as territory
 * changing hands, or as one-sided violence by default, is sure beyond {@code SECONDARY_CAP} (0.75): in conflict
 * reporting the first two are most often the aftermath or background of the violence the report is about, and the
 * last rests on the absence of evidence.
 */
final class Certainty {
    private static final Map<String, Double> PENALTY = Map.of("one-sided", 0.15, "resisted", 0.10, "crowd-violence", 0.10, "territory", 0.10,
            "territory-left", 0.10, "intervention", 0.05);
    private static final double MEANS = 0.10;
    static final double SECONDARY_CAP = 0.75;
    private static final java.util.Set<String> CAPPED = java.util.Set.of("territory", "territory-left", "one-sided");

    private Certainty() {}

    static List<Event> apply(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            String by = e.acled().map(Event.Acled::by).orElse("lexicon");
            double p = by.startsWith("means:") ? MEANS : PENALTY.getOrDefault(by, 0.0);
            double c = e.confidence() - p;
            if (e.acled().map(x -> x.eventType().equals("Strategic developments")).orElse(false) || CAPPED.contains(by)) c = Math.min(c, SECONDARY_CAP);
            out.add(c == e.confidence() ? e : e.withConfidence(c));
        }
        return out;
    }
}
