package org.herodotus.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.actors.ActorKind;
import org.herodotus.actors.ActorLinks;
import org.herodotus.actors.ActorMention;
import org.herodotus.model.PartialDate;
import org.herodotus.model.Precision;
import org.herodotus.model.Realis;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;
import org.herodotus.time.TimeExpression;

/**
 * Decides whether a coded trigger tells something that happened. Named rules, first match wins:
 * negated ("il n'y a pas eu d'affrontements"), hypothetical (conditionals, purposes, "censée", obligations, "must"),
 * future (governed by an order, intention, offer or demand, "will", French future, "would" in reported speech), historical (an explicit date well before the article), claimed
 * (reported by a party to the conflict, "selon l'ANL"), else actual.
 */
public final class RealisClassifier {
    private static final Set<String> NEGATORS = Set.of("pas", "jamais", "aucun", "aucune", "not", "never", "no", "n't", "sans", "without", "nul", "nulle");
    private static final Set<String> NO_DETERMINERS = Set.of("no", "aucun", "aucune", "nul", "nulle");
    private static final Set<String> DENY = Set.of("nier", "démentir", "deny", "dismiss", "refute");
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "censé", "censée", "censés", "censées",
            "susceptible", "risquer", "possible", "probable", "likely", "possibly", "perhaps", "peut-être", "must", "devoir", "ought", "need");
    private static final Set<String> PURPOSE = Set.of("afin", "pour", "so", "to", "aim", "viser", "if", "si", "unless");
    private static final Set<String> INTENT = Set.of("prévoir", "planifier", "vouloir", "compter", "promettre",
            "menacer", "projeter", "décider", "apprêter", "plan", "intend", "vow", "threaten", "aim", "want", "pledge", "promise",
            "decide", "seek", "chercher", "envisager", "consider", "propose", "proposer", "agree", "offer", "willing", "ready", "prepared",
            "swear", "prepare", "intention", "accepter", "prêt", "prête", "disposé", "offrir", "jurer");
    /** Verbs whose complement is what someone asks another to do: it has not happened, and it is not the asker's intention. */
    private static final Set<String> REQUESTED = Set.of("order", "ordonner", "command", "commander", "appeler", "call", "urge", "demander", "exhorter", "demand", "request", "ask", "push",
            "press", "pressure", "pressurize", "exiger", "réclamer", "presser", "pousser", "sommer", "encourage", "encourager", "invite", "inviter");
    /** Nouns of asking ("its demand that Israel ease restrictions", "l'appel à cesser le feu"). */
    private static final Set<String> REQUEST_NOUNS = Set.of("demand", "request", "call", "appeal", "demande", "appel", "exigence", "requête");
    /** Verbs whose complement their subject refuses: "refusing to lift the curfew" lifts nothing. */
    private static final Set<String> REFUSAL = Set.of("refuse", "reject", "decline", "refuser", "rejeter", "décliner", "renoncer", "renounce");
    /** Going or gathering "to protest": the purpose of the movement is what the people did there. */
    private static final Set<String> MOTION = Set.of("go", "gather", "take", "come", "assemble", "converge", "march", "rally", "descend", "pour",
            "aller", "rassembler", "descendre", "marcher", "venir", "réunir", "converger", "défiler");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "aller", "going");
    private static final Set<String> REPORT = Set.of("annoncer", "affirmer", "déclarer", "revendiquer", "assurer", "indiquer", "dire",
            "prétendre", "préciser", "claim", "say", "announce", "state", "assert", "report", "insist", "confirm", "confirmer");
    /** Verbs that accuse someone of the event they govern: what they tell is an allegation. */
    private static final Set<String> ALLEGE = Set.of("accuse", "blame", "allege", "accuser", "imputer", "reprocher", "incriminer");
    private static final Set<String> ARMED_SIDE = Set.of("MIL", "REB", "UAF", "INS", "SPY");
    private static final Set<String> ACCORDING = Set.of("selon", "according", "d'après");

    /** The realis and the rule that decided it. */
    public record Verdict(Realis realis, String by) {}

    public Verdict classify(Sentence s, Token trigger, PartialDate date, Optional<TimeExpression> dateEvidence, PartialDate articleDate,
                            boolean anchorGiven, ActorLinks actors) {
        return classify(s, trigger, date, dateEvidence, articleDate, anchorGiven, actors, List.of());
    }

    /**
     * @param participants the event's own actors and recipients: a report by one of them is a claim even when it is
     *                     an open actor ("the Taliban said they had taken ...")
     */
    public Verdict classify(Sentence s, Token trigger, PartialDate date, Optional<TimeExpression> dateEvidence, PartialDate articleDate,
                            boolean anchorGiven, ActorLinks actors, List<ActorMention> participants) {
        if (negated(s, trigger) || governedBy(s, trigger, DENY)) return new Verdict(Realis.NEGATED, "negation");
        if (governedBy(s, trigger, REFUSAL)) return new Verdict(Realis.NEGATED, "refused");
        if (hypothetical(s, trigger)) return new Verdict(Realis.HYPOTHETICAL, "modality");
        if (governedBy(s, trigger, REQUESTED)) return new Verdict(Realis.FUTURE, "requested");
        if (future(s, trigger)) return new Verdict(Realis.FUTURE, "intention");
        if (dateEvidence.isPresent() && date.date().isAfter(articleDate.lastDay())) return new Verdict(Realis.FUTURE, "later-date");
        if (dateEvidence.isPresent() && !dateEvidence.get().kind().equals("since") && anchorGiven && historical(date, articleDate)) return new Verdict(Realis.HISTORICAL, "past-date");
        if (governedBy(s, trigger, ALLEGE)) return new Verdict(Realis.CLAIMED, "alleged");
        if (claimed(s, trigger, actors, participants)) return new Verdict(Realis.CLAIMED, "party-report");
        return new Verdict(Realis.ACTUAL, "default");
    }

    private static boolean negated(Sentence s, Token t) {
        if (hasChild(s, t, NEGATORS)) return true;
        for (Token c : s.children(t)) {
            // "No civilians were killed", "aucun soldat n'a été blessé": the event's only participants are none
            if (!c.deprel().startsWith("nsubj") && !c.rel().equals("obj")) continue;
            for (Token d : s.children(c)) if (d.rel().equals("det") && NO_DETERMINERS.contains(d.lower())) return true;
        }
        Optional<Token> h = s.head(t);
        if (h.isPresent()) {
            String rel = t.rel();
            if ((rel.equals("obj") || rel.equals("nsubj") || rel.equals("xcomp")) && hasChild(s, h.get(), NEGATORS)) return true;
            if (DENY.contains(h.get().lemma())) return true;
        }
        return false;
    }

    /**
     * Whether the trigger is the complement (or inside the object) of one of these verbs, within three arcs; for the
     * verbs of asking, also of a noun of asking.
     */
    private static boolean governedBy(Sentence s, Token t, Set<String> verbs) {
        Token cur = t;
        for (int hop = 0; hop < 3 && cur.head() >= 0 && embedding(cur); hop++) {
            Token h = s.token(cur.head());
            if (h.isNoun() ? REQUEST_NOUNS.contains(h.lemma()) && verbs == REQUESTED : verbs.contains(h.lemma())) return true;
            cur = h;
        }
        return false;
    }

    private static boolean hasChild(Sentence s, Token t, Set<String> words) {
        for (Token c : s.children(t)) if (words.contains(c.lower()) || words.contains(c.lemma())) return true;
        return false;
    }

    private static boolean conditionalForm(Token t) {
        String w = t.lower();
        return (t.upos().equals("VERB") || t.upos().equals("AUX")) && (w.endsWith("rait") || w.endsWith("raient"));
    }

    private static boolean hypothetical(Sentence s, Token t) {
        if (conditionalForm(t) && !reportedFuture(s, t)) return true;
        for (Token c : s.children(t)) {
            if (c.rel().equals("aux") && c.lower().equals("would") && reportedFuture(s, t)) continue;
            if (c.rel().equals("aux") && !c.isNoun() && (MODALS.contains(c.lower()) || conditionalForm(c))) return true;
            if (c.rel().equals("mark") && (c.lower().equals("si") || c.lower().equals("if"))) return true;
        }
        Token cur = t;
        for (int hop = 0; hop < 4 && cur.head() >= 0; hop++) {
            if ((cur.rel().equals("advcl") || cur.deprel().startsWith("advcl")) && !(cur.head() >= 0 && MOTION.contains(s.token(cur.head()).lemma()))) {
                for (Token c : s.children(cur)) if ((c.rel().equals("mark") || c.rel().equals("advmod")) && PURPOSE.contains(c.lower())) return true;
                if (cur.deprel().contains("afin") || cur.deprel().contains("pour")) return true;
            }
            Token h = s.token(cur.head());
            boolean modalWord = !h.isNoun() && !h.upos().equals("NUM") && (MODALS.contains(h.lower()) || MODALS.contains(h.lemma()));
            if (modalWord || conditionalForm(h)) return true;
            for (Token c : s.children(h)) if (c.rel().equals("aux") && (MODALS.contains(c.lower()) || conditionalForm(c)) && h != t) return true;
            if (!embedding(cur)) break;
            cur = h;
        }
        return false;
    }

    /**
     * The future in the past of reported speech: "they said they would boycott", "il a annoncé qu'il retirerait ses
     * troupes" (a clause under a reporting verb, with no "if" in the sentence) tells a stated intention, not a
     * hypothesis.
     */
    private static boolean reportedFuture(Sentence s, Token t) {
        for (Token x : s.tokens()) if (x.rel().equals("mark") && (x.lower().equals("if") || x.lower().equals("si"))) return false;
        Token cur = t;
        for (int hop = 0; hop < 2 && cur.head() >= 0; hop++) {
            Token h = s.token(cur.head());
            if ((cur.rel().equals("ccomp") || cur.rel().equals("parataxis")) && REPORT.contains(h.lemma())) return true;
            cur = h;
        }
        return false;
    }

    /** Relations through which a governing word's mood reaches the trigger. */
    private static boolean embedding(Token t) {
        String r = t.rel();
        return r.equals("xcomp") || r.equals("ccomp") || r.equals("obj") || r.equals("nmod") || r.equals("acl") || r.equals("advcl")
                || r.equals("obl") || r.equals("nsubj");
    }

    private static boolean future(Sentence s, Token t) {
        String w = t.lower();
        if (t.upos().equals("VERB") && (w.endsWith("era") || w.endsWith("eront") || w.endsWith("iront") || w.endsWith("ira") || w.endsWith("dra")
                || w.endsWith("dront"))) return true;
        for (Token c : s.children(t)) if (c.rel().equals("aux") && (FUTURE_AUX.contains(c.lower()) || FUTURE_AUX.contains(c.lemma()))) return true;
        if ((t.upos().equals("VERB") && (w.endsWith("rait") || w.endsWith("raient")) || hasChild(s, t, Set.of("would"))) && reportedFuture(s, t)) return true;
        if (t.isNoun() && (t.rel().equals("obj") || t.deprel().equals("nsubj:pass")) && t.head() >= 0) {
            Token verb = s.token(t.head());
            for (Token c : s.children(verb)) if (c.rel().equals("aux") && (FUTURE_AUX.contains(c.lower()) || FUTURE_AUX.contains(c.lemma()))) return true;
            if (hasChild(s, verb, Set.of("would")) && reportedFuture(s, verb)) return true;
        }
        for (Token c : s.children(t)) if (c.rel().equals("mark") && c.lower().equals("to") && s.head(t).map(h -> INTENT.contains(h.lemma())).orElse(false)) return true;
        Token cur = t;
        for (int hop = 0; hop < 3 && cur.head() >= 0 && embedding(cur); hop++) {
            Token h = s.token(cur.head());
            if (INTENT.contains(h.lemma()) || INTENT.contains(h.lower())) return true;
            if (h.lemma().equals("aller") && cur.isVerb()) return true;
            cur = h;
        }
        return false;
    }

    /**
     * Clearly before the reporting window: a stated year before the article's, or a stated period that ended more
     * than a month before the article's period began ("l'accord de décembre 2018" in a May 2019 article).
     */
    static boolean historical(PartialDate date, PartialDate article) {
        if (date.precision() == Precision.YEAR && date.year() < article.year()) return true;
        return date.lastDay().isBefore(article.date().minusDays(REPORTING_WINDOW_DAYS));
    }

    /** How far back from the article's date an event still counts as news rather than background. */
    static final int REPORTING_WINDOW_DAYS = 31;

    private static boolean claimed(Sentence s, Token t, ActorLinks actors, List<ActorMention> participants) {
        Token cur = t;
        for (int hop = 0; hop < 3; hop++) {
            for (Token c : s.children(cur)) {
                if (!c.rel().equals("obl") && !c.rel().equals("nmod")) continue;
                boolean according = false;
                for (Token g : s.children(c)) according |= ACCORDING.contains(g.lower());
                if (according && partyIn(s, c, actors, participants)) return true;
            }
            if (cur.head() < 0) break;
            String rel = cur.rel();
            Token h = s.token(cur.head());
            if ((rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis") || rel.equals("advcl")) && REPORT.contains(h.lemma())) {
                for (Token c : s.children(h)) if (c.rel().equals("nsubj") && partyIn(s, c, actors, participants)) return true;
            }
            cur = h;
        }
        for (Token c : s.children(t)) if (c.rel().equals("parataxis") && REPORT.contains(c.lemma()))
            for (Token g : s.children(c)) if (g.rel().equals("nsubj") && partyIn(s, g, actors, participants)) return true;
        return false;
    }

    /**
     * Whether the subtree of {@code t} names a party to the conflict that speaks of it: one of the event's own actors
     * or recipients, or a known armed side (an armed group, a military, rebels, unidentified gunmen). Police,
     * officials and civilians reporting what others did are sources, not claimants.
     */
    private static boolean partyIn(Sentence s, Token t, ActorLinks actors, List<ActorMention> participants) {
        List<Token> sub = s.subtree(t);
        for (ActorMention m : actors.inSentence(s.index())) {
            boolean participant = participants.stream().anyMatch(p -> p.actor().id().equals(m.actor().id()) || p.collective().id().equals(m.collective().id()));
            boolean armedSide = m.actor().known() && m.actor().kind() != ActorKind.IGO
                    && (m.collective().kind() == ActorKind.ARMED_GROUP || m.sector().map(x -> ARMED_SIDE.contains(x.code())).orElse(false));
            if (!participant && !armedSide) continue;
            for (Token x : sub) if (m.span().contains(x.span())) return true;
        }
        return false;
    }
}
