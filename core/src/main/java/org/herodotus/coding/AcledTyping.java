package org.herodotus.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.actors.ActorKind;
import org.herodotus.actors.ActorLinks;
import org.herodotus.actors.ActorMention;
import org.herodotus.model.Sector;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;

/**
 * The ACLED event type and sub-type of a coded event, decided by named rules over the sentence once its triggers
 * are known (ACLED's codebook distinctions that a trigger word alone cannot make):
 * <ul>
 * <li>{@code crowd-violence}: violence by a crowd (residents, villagers, a mob; the lexicon's {@code @crowd}) with no
 * armed side and no gunfire ({@code @firing}) is a riot: a violent demonstration when the sentence speaks of protest ({@code @protest}), else mob
 * violence;</li>
 * <li>{@code on-protesters}: violence by state forces (police, army) whose victims are protesters
 * ({@code @protester}) is excessive force against protesters;</li>
 * <li>{@code armed-victims}: violence whose targets or victims are armed (soldiers, police, rebels; a checkpoint or a
 * base: the lexicon's {@code @armed}, or an actor of an armed sector) is an armed clash;</li>
 * <li>{@code resisted}: an attack that was repelled or answered ({@code @resist}, in its sentence or the next of the
 * paragraph) is an armed clash;</li>
 * <li>{@code one-sided}: any other violence of the "attack-or-clash" kind is an attack on civilians;</li>
 * <li>{@code territory}: state forces regain territory, others overtake it ({@code territory-left}: ground taken
 * as the other side withdrew, the lexicon's {@code @withdrawal}, is a non-violent transfer).</li>
 * </ul>
 */
final class AcledTyping {
    static final String ATTACK_OR_CLASH = "attack-or-clash";
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "REB", "COP", "UAF", "SPY", "INS");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "janvier", "février",
            "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi",
            "jeudi", "vendredi", "samedi", "dimanche", "night", "morning", "evening", "afternoon", "day", "week", "nuit", "matin", "soir", "jour");
    private static final Set<String> TARGET_CASE = Set.of("contre", "sur", "against", "on", "at", "with", "avec");
    private static final Set<String> NOT_CROWD_VIOLENCE = Set.of("Air/drone strike", "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Chemical weapon", "Abduction/forced disappearance", "Sexual violence");

    static final String DESTRUCTION = "Looting/property destruction";

    private AcledTyping() {}

    /**
     * @param victims the people the event's outcome words (killed, injured) say it hurt, beyond its own patients
     */
    static Optional<Event.Acled> decide(TriggerEntry e, TriggerLexicon lex, Sentence s, Token t, List<ActorMention> source,
                                     List<ActorMention> target, List<Token> victims, ActorLinks actors,
                                             boolean resisted) {
        if (e.acledType().isEmpty()) return Optional.empty();
        String type = e.acledType().get(), sub = e.acledSubType().get();
        List<Token> agents = agents(s, t);
        if (sub.equals("territory")) {
            if (s.tokens().stream().anyMatch(x -> x != t && in(lex, "@withdrawal", x) && ownSubjectOrNoun(s, x)))
                return Optional.of(new Event.Acled("Strategic developments", "Non-violent transfer of territory", "territory-left"));
            return Optional.of(new Event.Acled(type, state(source, agents, s, lex) ? "Government regains territory" : "Non-state actor overtakes territory",
                    "territory"));
        }
        boolean violent = sub.equals(ATTACK_OR_CLASH) || sub.equals("Armed clash") || sub.equals("Attack");
        // a crowd that burns or wrecks property riots (ACLED never codes a crowd's destruction as looting/property destruction)
        boolean crowdable = violent || sub.equals(DESTRUCTION);
        if (crowdable && !NOT_CROWD_VIOLENCE.contains(sub) && !in(lex, "@firing", t) && !agents.isEmpty() && agents.stream().allMatch(a -> in(lex, "@crowd", a))
                && agents.stream().noneMatch(a -> armed(lex, s, a, actors) || unidentified(s, a)) && source.stream().noneMatch(AcledTyping::armed)) {
            boolean protest = lex.mentions(s, "@protest") || agents.stream().anyMatch(a -> in(lex, "@rioter", a));
            return Optional.of(new Event.Acled("Riots", protest ? "Violent demonstration" : "Mob violence", "crowd-violence"));
        }
        List<Token> hurt = new ArrayList<>(patients(s, t));
        if (hurt.isEmpty() && !t.isNoun()) hurt.addAll(beyondAgents(s, t, agents));
        hurt.addAll(victims);
        if (violent && hurt.stream().anyMatch(x -> in(lex, "@protester", x)) && (source.stream().anyMatch(AcledTyping::stateForce)
                || agents.stream().anyMatch(a -> in(lex, "@state", a) || s.children(a).stream().anyMatch(c -> in(lex, "@state", c)))))
            return Optional.of(new Event.Acled("Protests", "Excessive force against protesters", "on-protesters"));
        if (!sub.equals(ATTACK_OR_CLASH)) return Optional.of(new Event.Acled(type, sub, "lexicon"));
        if (target.stream().anyMatch(AcledTyping::armed) || hurt.stream().anyMatch(x -> armed(lex, s, x, actors)))
            return Optional.of(new Event.Acled("Battles", "Armed clash", "armed-victims"));
        if (resisted)
            return Optional.of(new Event.Acled("Battles", "Armed clash", "resisted"));
        return Optional.of(new Event.Acled("Violence against civilians", "Attack", "one-sided"));
    }

    /**
     * A group nobody could name ("an unknown group", "unidentified youths", "des hommes inconnus"): ACLED codes it an
     * unidentified armed group, not a crowd, whatever its noun.
     */
    private static boolean unidentified(Sentence s, Token a) {
        for (Token c : s.children(a)) if ((c.rel().equals("amod") || c.rel().equals("compound")) && UNKNOWN.contains(c.lower())) return true;
        return false;
    }

    private static final Set<String> UNKNOWN = Set.of("unidentified", "unknown", "inconnu", "inconnus", "inconnue", "inconnues");

    private static boolean stateForce(ActorMention m) {
        return m.sector().map(x -> x.code().equals("MIL") || x.code().equals("COP")).orElse(false);
    }

    private static boolean armed(ActorMention m) {
        return m.sector().map(x -> ARMED_SECTORS.contains(x.code())).orElse(false);
    }

    /** An armed person or place: by its word or a compound part ("police officer", "check point"), or its resolved actor. */
    private static boolean armed(TriggerLexicon lex, Sentence s, Token x, ActorLinks actors) {
        if (in(lex, "@armed", x)) return true;
        for (Token c : s.children(x)) if ((c.rel().equals("compound") || c.rel().equals("amod") || c.rel().equals("nmod")) && in(lex, "@armed", c)) return true;
        return actors.at(s.index(), x.index(), s).map(AcledTyping::armed).orElse(false);
    }

    private static boolean in(TriggerLexicon lex, String set, Token x) { return lex.inSet(set, x); }

    /** Who acted: the subject of an active verb, the by-agent of a passive, the possessor or "by" phrase of a noun. */
    static List<Token> agents(Sentence s, Token t) {
        List<Token> out = new ArrayList<>();
        boolean passive = passive(s, t);
        for (Token c : s.children(t)) {
            String r = c.deprel();
            if (!t.isNoun() && !passive && r.equals("nsubj")) out.add(c);
            if (passive && (r.equals("obl:agent") || c.rel().equals("obl") && s.hasCase(c, Set.of("by", "par")))) out.add(c);
            if (t.isNoun() && (r.equals("nmod:poss") || c.rel().equals("nmod") && s.hasCase(c, Set.of("by", "par")))) out.add(c);
        }
        if (out.isEmpty() && t.isNoun() && t.rel().equals("obj") && t.head() >= 0) {
            Token verb = s.token(t.head());
            if (verb.isVerb()) for (Token c : s.children(verb)) if (c.rel().equals("nsubj")) out.add(c);
        }
        List<Token> withConj = new ArrayList<>(out);
        for (Token a : out) for (Token c : s.children(a)) if (c.rel().equals("conj")) withConj.add(c);
        return withConj;
    }

    /** Who was acted on: the object or passive subject of a verb, its "on"/"against" oblique; the "on"/"against" phrase of a noun. */
    static List<Token> patients(Sentence s, Token t) {
        List<Token> out = new ArrayList<>();
        boolean passive = passive(s, t);
        for (Token c : s.children(t)) {
            String r = c.deprel();
            if (!t.isNoun() && (passive ? r.equals("nsubj:pass") : r.equals("obj"))) out.add(c);
            if ((c.rel().equals("obl") || c.rel().equals("nmod")) && s.hasCase(c, TARGET_CASE) && !temporal(c)) out.add(c);
        }
        if (out.isEmpty() && t.isNoun() && t.rel().equals("obj") && t.head() >= 0)
            for (Token c : s.children(s.token(t.head())))
                if (c.rel().equals("obl") && s.hasCase(c, TARGET_CASE) && !temporal(c)) out.add(c);
        List<Token> withConj = new ArrayList<>(out);
        for (Token a : out) for (Token c : s.children(a)) if (c.rel().equals("conj")) withConj.add(c);
        return withConj;
    }

    /** When the parse gives a verb no patient, the words below it outside its agents (a misattached object). */
    private static List<Token> beyondAgents(Sentence s, Token t, List<Token> agents) {
        List<Token> out = new ArrayList<>();
        for (Token x : s.subtree(t)) {
            if (x == t || agents.stream().anyMatch(a -> s.dominates(a, x))) continue;
            out.add(x);
        }
        return out;
    }

    /** A withdrawal by someone: a noun ("the withdrawal"), or a verb with its own subject ("after the army pulled out"). */
    private static boolean ownSubjectOrNoun(Sentence s, Token x) {
        if (x.isNoun()) return true;
        for (Token c : s.children(x)) if (c.rel().equals("nsubj")) return true;
        return false;
    }

    /** "On 5 May" is a date, not a target. */
    private static boolean temporal(Token t) {
        String n = t.nerBare();
        return n.equals("DATE") || n.equals("TIME") || n.equals("DURATION") || t.deprel().endsWith("tmod") || CALENDAR.contains(t.lower());
    }

    private static boolean passive(Sentence s, Token t) {
        for (Token c : s.children(t)) if (c.deprel().equals("aux:pass") || c.deprel().equals("nsubj:pass")) return true;
        return false;
    }


    /**
     * Whether state forces took the ground: the resolved actor's sector (government, military, police), else the
     * agent's words ("government troops", "the army": the lexicon's {@code @state}; "militants": {@code @nonstate}).
     */
    private static boolean state(List<ActorMention> source, List<Token> agents, Sentence s, TriggerLexicon lex) {
        for (ActorMention m : source) {
            ActorKind k = m.collective().kind();
            String sec = m.sector().map(Sector::code).orElse("");
            if ((k == ActorKind.STATE || k == ActorKind.GOVERNMENT || k == ActorKind.AGENT || k == ActorKind.PERSON)
                    && (sec.equals("GOV") || sec.equals("MIL") || sec.equals("COP"))) return true;
            if (sec.equals("REB") || sec.equals("UAF") || sec.equals("INS")) return false;
        }
        for (Token a : agents) {
            List<Token> words = new ArrayList<>(List.of(a));
            for (Token c : s.children(a)) if (c.rel().equals("compound") || c.rel().equals("amod") || c.rel().equals("nmod")) words.add(c);
            if (words.stream().anyMatch(w -> in(lex, "@nonstate", w))) return false;
            if (words.stream().anyMatch(w -> in(lex, "@state", w))) return true;
        }
        return false;
    }
}
