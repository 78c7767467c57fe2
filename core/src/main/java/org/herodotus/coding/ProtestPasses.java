package org.herodotus.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.model.PloverType;
import org.herodotus.model.Sector;
import org.herodotus.text.ParsedArticle;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;

/**
 * Article-level passes over the events of a protest report, which ACLED codes as one protest event:
 * <ul>
 * <li>{@code protest-claim}: what protesters demand, reject or denounce (a REQUEST, REJECT or ACCUSE in a sentence
 * that speaks of the protest, the lexicon's {@code @protest}) is the protest's claim, not the main event: its
 * confidence drops below the protest's;</li>
 * <li>{@code intervention}: when police or soldiers arrest, detain or disperse people in a protest report, the
 * protest is a "Protest with intervention", and so is the arrest, which ranks below the protest it answers;</li>
 * <li>{@code excessive-force}: when they kill or injure people there, or use lethal means ({@code @lethal}: live
 * rounds), it is "Excessive force against protesters" (tear gas and rubber bullets are an intervention);</li>
 * <li>{@code riotous}: when the report tells of the demonstrators' own violence anywhere (stones thrown, tyres
 * burnt, barricades, rioters, clashes: the lexicon's {@code @riotous}, which leaves out the bare noun "riot" that
 * reports often use for past events), or when a riot is itself reported as happening ("students riot"), the
 * protest is a violent demonstration (ACLED Riots),
 * and so are what the police did there and the clashes and destruction in its sentences.</li>
 * </ul>
 * A riot (violent demonstration, mob violence) keeps its type.
 */
final class ProtestPasses {
    private static final Set<PloverType> CLAIMS = Set.of(PloverType.REQUEST, PloverType.REJECT, PloverType.ACCUSE);
    private static final Set<String> STATE_FORCE = Set.of("COP", "MIL");
    private static final Event.Acled INTERVENTION = new Event.Acled("Protests", "Protest with intervention", "intervention");
    private static final Event.Acled FORCE = new Event.Acled("Protests", "Excessive force against protesters", "excessive-force");
    private static final Event.Acled RIOT = new Event.Acled("Riots", "Violent demonstration", "riotous");

    private ProtestPasses() {}

    static List<Event> apply(ParsedArticle a, List<Event> events, TriggerLexicon lex) {
        List<Event> protests = events.stream().filter(e -> e.type() == PloverType.PROTEST && e.realis().happened()).toList();
        boolean crowdReport = events.stream().anyMatch(e -> e.realis().happened()
                && e.acled().map(x -> x.eventType().equals("Riots") || x.eventType().equals("Protests")).orElse(false));
        if (protests.isEmpty() && !crowdReport) return events;
        double top = protests.stream().mapToDouble(Event::confidence).max().orElse(0);
        boolean force = false, intervention = false;
        for (Event e : events) {
            if (!e.realis().happened() || !protestSentence(a, e, lex)) continue;
            if (e.type() == PloverType.ASSAULT && (e.count(Count.Kind.FATALITIES).isPresent() || e.count(Count.Kind.INJURED).isPresent()
                    || byStateForce(e) && lex.mentions(a.sentences().get(e.evidence().sentence()), "@lethal"))) force = true;
        }
        java.util.Set<Event> onCrowd = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Event e : events) if (interventionOnCrowd(a, e, lex)) onCrowd.add(e);
        for (Event e : onCrowd) intervention |= e.realis().happened();
        boolean riotous = events.stream().anyMatch(e -> e.realis().happened() && e.type() == PloverType.PROTEST
                && e.acled().map(x -> x.subEventType().equals("Violent demonstration")).orElse(false) && toldAsHappening(a, e));
        for (Sentence s : a.sentences()) riotous |= lex.mentions(s, "@riotous");
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Event x = e;
            if (CLAIMS.contains(e.type()) && protestSentence(a, e, lex) && e.confidence() >= top) x = x.withConfidence(top - 0.05);
            boolean protest = e.type() == PloverType.PROTEST && peaceful(e);
            boolean stateAct = onCrowd.contains(e) || e.type() == PloverType.ASSAULT && (protestSentence(a, e, lex) || riotous) && byStateForce(e);
            boolean clash = (e.type() == PloverType.ASSAULT || e.type() == PloverType.COERCE) && e.realis().happened() && protestSentence(a, e, lex)
                    && e.acled().map(c -> c.subEventType().equals("Armed clash") || c.subEventType().equals("Attack")
                    || c.subEventType().equals(AcledTyping.DESTRUCTION)).orElse(false);
            if (riotous && (protest || stateAct || clash)) {
                x = x.withAcled(Optional.of(RIOT));
                if (e.type() == PloverType.PROTEST) x = x.withType(PloverType.PROTEST, Optional.of("riot"), x.cameo());
            } else if (force && (protest || stateAct)) x = x.withAcled(Optional.of(FORCE));
            else if (intervention && (protest || stateAct && e.type() == PloverType.COERCE)) x = x.withAcled(Optional.of(INTERVENTION));
            // the police's act is part of the crowd event it answers: it never outranks the protest itself
            if (stateAct && e.type() != PloverType.PROTEST && top > 0 && x.confidence() >= top && x.acled().isPresent()
                    && x.acled().get().eventType().matches("Protests|Riots")) x = x.withConfidence(Math.max(0, top - 0.05));
            out.add(x);
        }
        return out;
    }

    /**
     * An arrest, detention or dispersal done to people (not "the arrest of X" that a protest denounces): a verb whose
     * agent is the police or the army, or whose patients are protesters or a crowd.
     */
    private static boolean interventionOnCrowd(ParsedArticle a, Event e, TriggerLexicon lex) {
        if (e.type() != PloverType.COERCE || !e.mode().map(m -> m.equals("arrest") || m.equals("detain") || m.equals("restrict")).orElse(false)) return false;
        Sentence s = a.sentences().get(e.evidence().sentence());
        Optional<Token> t = s.tokenAt(e.evidence().trigger());
        if (t.isEmpty() || t.get().isNoun()) return false;
        if (byStateForce(e)) return true;
        for (Token x : AcledTyping.agents(s, t.get())) if (lex.inSet("@armed", x)) return true;
        for (Token x : AcledTyping.patients(s, t.get())) if (lex.inSet("@protest", x) || lex.inSet("@crowd", x)) return true;
        return false;
    }

    /**
     * Whether an event's trigger tells it as happening rather than naming it in passing: a verb ("students riot"),
     * or a noun that is a clause's subject or head ("riots broke out", "Riots in Busia"), not one inside a phrase
     * ("since the prison riot").
     */
    private static boolean toldAsHappening(ParsedArticle a, Event e) {
        Sentence s = a.sentences().get(e.evidence().sentence());
        return s.tokenAt(e.evidence().trigger()).map(t -> t.isVerb() || t.head() < 0 || t.rel().equals("nsubj")).orElse(false);
    }

    private static boolean peaceful(Event e) {
        return e.acled().map(x -> x.eventType().equals("Protests")).orElse(true);
    }

    private static boolean byStateForce(Event e) {
        return e.actors().stream().anyMatch(m -> m.sector().map(Sector::code).map(STATE_FORCE::contains).orElse(false));
    }

    private static boolean protestSentence(ParsedArticle a, Event e, TriggerLexicon lex) {
        return lex.mentions(a.sentences().get(e.evidence().sentence()), "@protest");
    }
}
