package org.herodotus.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herodotus.model.PloverType;
import org.herodotus.text.ParsedArticle;

/**
 * Which event of a paragraph is the main one. When a paragraph reports violence or a protest, the property
 * destroyed and the people arrested in it are consequences of that event ("militants attacked the camp, killed two
 * soldiers and burned vehicles"; "... and one wounded Maoist was arrested"): their confidence drops below the main
 * event's, so that a reader sees the attack or the clash first. Events of their own paragraph keep their rank.
 */
final class SaliencePass {
    private static final Set<String> CONSEQUENCES = Set.of("Looting/property destruction", "Arrests");

    private SaliencePass() {}

    static List<Event> apply(ParsedArticle a, List<Event> events) {
        int[] para = a.paragraphs();
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            boolean consequence = e.type() == PloverType.COERCE && e.acled().map(x -> CONSEQUENCES.contains(x.subEventType())).orElse(false);
            if (!consequence) {
                out.add(e);
                continue;
            }
            double top = 0;
            for (Event o : events)
                if (o != e && o.realis().happened() && para[o.evidence().sentence()] == para[e.evidence().sentence()]
                        && (o.type() == PloverType.ASSAULT || o.type() == PloverType.PROTEST) && o.acled().isPresent())
                    top = Math.max(top, o.confidence());
            out.add(top > 0 && e.confidence() >= top ? e.withConfidence(top - 0.05) : e);
        }
        return out;
    }
}
