package org.herodotus.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.model.PloverType;
import org.herodotus.text.ParsedArticle;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;

/**
 * Which event of a paragraph is the main one, in two named rules:
 * <ul>
 * <li>{@code consequence}: when a paragraph reports violence or a protest, the property destroyed and the people
 * arrested in it, and the weapons seized there, are consequences of that event ("militants attacked the camp,
 * killed two soldiers and burned vehicles"; "... and one wounded Maoist was arrested"): their confidence drops
 * below the main event's;</li>
 * <li>{@code statement}: what parties say around a material event (demands, accusations, denials, support: PLOVER's
 * verbal quad classes) ranks below that event, unless the material event is what the statement is about (its
 * trigger lies inside the statement's clause: "X accused Y of shelling Z" is an accusation);</li>
 * <li>{@code casualty}: a death or injury told on its own ("... clashes were reported. Two fighters were killed")
 * ranks below the violence of its paragraph that caused it;</li>
 * <li>{@code grievance}: what a protest is against or about ("a protest against the release of prisoners") lies
 * inside the protest's clause and ranks below the protest.</li>
 * </ul>
 * Events of their own paragraph keep their rank.
 */
final class SaliencePass {
    private static final Set<String> CONSEQUENCES = Set.of(AcledTyping.DESTRUCTION, "Arrests", "Disrupted weapons use");

    private SaliencePass() {}

    private static boolean statement(Event e) {
        return !e.type().material() && e.acled().isEmpty();
    }

    private static Event belowMaterial(ParsedArticle a, int[] para, Event v, List<Event> events) {
        double top = 0;
        for (Event m : events) {
            if (m == v || !m.type().material() || m.acled().isEmpty() || !m.realis().happened()) continue;
            if (para[m.evidence().sentence()] != para[v.evidence().sentence()]) continue;
            if (m.evidence().sentence() == v.evidence().sentence() && inside(a.sentences().get(v.evidence().sentence()), v, m)) continue;
            top = Math.max(top, m.confidence());
        }
        return top > 0 && v.confidence() >= top ? v.withConfidence(top - 0.05) : v;
    }

    /** A casualty told on its own ("a man was killed"): its trigger is one of the lexicon's outcome words. */
    private static boolean outcome(ParsedArticle a, Event e, TriggerLexicon lex) {
        if (e.type() != PloverType.ASSAULT) return false;
        return a.sentences().get(e.evidence().sentence()).tokenAt(e.evidence().trigger())
                .map(t -> EventCoder.outcomeWord(lex, t)).orElse(false);
    }

    private static Event belowCause(ParsedArticle a, int[] para, Event e, List<Event> events, TriggerLexicon lex) {
        double top = 0;
        for (Event o : events)
            if (o != e && o.type() == PloverType.ASSAULT && o.realis().happened() && para[o.evidence().sentence()] == para[e.evidence().sentence()]
                    && o.acled().isPresent() && !outcome(a, o, lex)) top = Math.max(top, o.confidence());
        return top > 0 && e.confidence() >= top ? e.withConfidence(top - 0.05) : e;
    }

    private static Event belowProtest(ParsedArticle a, Event e, List<Event> events) {
        if (e.type() == PloverType.PROTEST) return e;
        for (Event p : events) {
            if (p.type() != PloverType.PROTEST || !p.realis().happened() || p.evidence().sentence() != e.evidence().sentence()) continue;
            if (inside(a.sentences().get(e.evidence().sentence()), p, e) && e.confidence() >= p.confidence()) return e.withConfidence(p.confidence() - 0.05);
        }
        return e;
    }

    /** Whether the trigger of {@code m} lies in the clause of the trigger of {@code v}. */
    private static boolean inside(Sentence s, Event v, Event m) {
        Optional<Token> vt = s.tokenAt(v.evidence().trigger()), mt = s.tokenAt(m.evidence().trigger());
        return vt.isPresent() && mt.isPresent() && s.dominates(vt.get(), mt.get());
    }

    static List<Event> apply(ParsedArticle a, List<Event> events, TriggerLexicon lex) {
        int[] para = a.paragraphs();
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            boolean consequence = e.acled().map(x -> CONSEQUENCES.contains(x.subEventType())).orElse(false);
            if (!consequence) {
                Event x = statement(e) ? belowMaterial(a, para, e, events) : e;
                x = outcome(a, e, lex) ? belowCause(a, para, x, events, lex) : x;
                out.add(belowProtest(a, x, events));
                continue;
            }
            double top = 0;
            for (Event o : events)
                if (o != e && o.realis().happened() && para[o.evidence().sentence()] == para[e.evidence().sentence()]
                        && (o.type() == PloverType.ASSAULT || o.type() == PloverType.PROTEST)
                        && o.acled().map(x -> !CONSEQUENCES.contains(x.subEventType())).orElse(false))
                    top = Math.max(top, o.confidence());
            out.add(top > 0 && e.confidence() >= top ? e.withConfidence(top - 0.05) : e);
        }
        return out;
    }
}
