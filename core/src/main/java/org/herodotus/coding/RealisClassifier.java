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
    /** Plots undone before they happened: "un attentat a été déjoué", "police foiled a plan to bomb" ("thwarted", as ACLED writes of repelled attacks, is not one). */
    private static final Set<String> FOILED = Set.of("foil", "déjouer");
    /** Verbs of choice that "against" turns into a decision not to act ("decided against imposing a curfew"). */
    private static final Set<String> CHOICE = Set.of("decide", "vote", "choose", "opt", "advise", "rule");

    /** Verbs whose complement did not come about: "failed to capture", "a échoué à prendre", "called off the strike". */
    private static final Set<String> FAILED = Set.of("fail", "échouer", "cancel", "annuler", "scrap", "abort", "avorter", "abandon", "halt");
    /** Verbs whose complement is kept from happening or feared: "aimed at preventing attacks", "craignent que les shebab ne commettent". */
    private static final Set<String> AVERTED = Set.of("prevent", "avert", "deter", "forestall", "empêcher", "éviter", "dissuader");
    /** Verbs of fear: their clause ("fears that ... may", "craignent que ... ne") is a supposition; "feared dead" is not. */
    private static final Set<String> FEAR = Set.of("fear", "craindre", "redouter", "worry");
    /** Modifiers of an event noun that make it a plan ("a planned offensive") or a possibility ("a possible offensive"). */
    private static final Set<String> PLANNED = Set.of("planned", "upcoming", "impending", "scheduled", "proposed", "forthcoming", "announced",
            "prévu", "prévue", "prévus", "prévues", "annoncé", "annoncée", "annoncés", "annoncées", "prochain", "prochaine", "projeté", "projetée");
    private static final Set<String> POSSIBLE = Set.of("possible", "potential", "eventual", "hypothetical", "likely", "feared", "éventuel",
            "éventuelle", "éventuels", "éventuelles", "hypothétique", "probable", "redouté", "redoutée", "potentiel", "potentielle");
    /** Verbs of a threat or warning: an "if" under them conditions what is threatened, not the threat. */
    private static final Set<String> THREAT = Set.of("threaten", "warn", "menacer", "avertir", "prévenir", "mettre");
    /** The forms of French "ne" ("n'a pas", "ne ... ni", "ne ... la moindre"; "ne ... que" is "only"). */
    private static final Set<String> NE = Set.of("ne", "n'", "n’");
    /** "n'exclut pas d'envoyer", "does not rule out": what is not excluded is possible. */
    private static final Set<String> EXCLUDE = Set.of("exclure", "exclude", "rule", "écarter");
    /** Subjects that are nobody: "None of the 62 passengers has been released". */
    private static final Set<String> NONE = Set.of("none", "nobody", "nothing", "rien");
    /** Nouns of risk and fear: what they name has not happened ("the risk of kidnapping", "la crainte d'une attaque"). */
    private static final Set<String> RISK_NOUNS = Set.of("risk", "threat", "fear", "danger", "prospect", "possibility", "risque", "menace", "crainte",
            "perspective", "possibilité", "spectre");
    static final Set<String> NO_DETERMINERS = Set.of("no", "aucun", "aucune", "nul", "nulle");
    private static final Set<String> DENY = Set.of("nier", "démentir", "deny", "dismiss", "refute");
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "envisager", "consider", "censé", "censée", "censés", "censées",
            "susceptible", "risquer", "risk", "weigh", "mull", "contemplate", "envisage", "possible", "probable", "likely", "possibly", "perhaps", "peut-être", "must", "devoir", "ought", "need");
    private static final Set<String> PURPOSE = Set.of("afin", "pour", "so", "to", "aim", "viser", "if", "si", "unless");
    private static final Set<String> INTENT = Set.of("prévoir", "planifier", "vouloir", "compter", "promettre",
            "menacer", "projeter", "décider", "apprêter", "plan", "intend", "vow", "threaten", "aim", "want", "pledge", "promise",
            "decide", "seek", "chercher", "propose", "proposer", "agree", "offer", "willing", "ready", "prepared",
            "swear", "prepare", "intention", "accepter", "prêt", "prête", "disposé", "offrir", "jurer",
            "engager", "commit", "programmer", "convoquer", "expect", "anticipate");
    /** Intentions only with an infinitive ("s'engager à se retirer"): "engager des combats" is fighting. */
    private static final Set<String> INTENT_INFINITIVE = Set.of("engager", "commit");
    /** "is set to deploy", "are due to meet", "was scheduled to resume". */
    private static final Set<String> SCHEDULED = Set.of("set", "due", "schedule", "slate", "poise", "expect");
    /** Verbs whose complement is what someone asks another to do: it has not happened, and it is not the asker's intention. */
    private static final Set<String> REQUESTED = Set.of("order", "ordonner", "command", "commander", "appeler", "call", "urge", "demander", "exhorter", "demand", "request", "ask", "push",
            "press", "pressure", "pressurize", "exiger", "réclamer", "presser", "pousser", "sommer", "encourage", "encourager", "invite", "inviter");
    /** Nouns of asking ("its demand that Israel ease restrictions", "l'appel à cesser le feu"). */
    private static final Set<String> REQUEST_NOUNS = Set.of("demand", "request", "call", "appeal", "demande", "appel", "exigence", "requête");
    /** Verbs whose complement their subject refuses: "refusing to lift the curfew" lifts nothing. */
    private static final Set<String> REFUSAL = Set.of("refuse", "reject", "decline", "refuser", "rejeter", "décliner", "renoncer", "renounce");
    /** Going or gathering "to protest": the purpose of the movement is what the people did there. */
    private static final Set<String> MOTION = Set.of("go", "gather", "take", "come", "assemble", "converge", "march", "rally", "descend", "pour", "drive", "travel", "head", "flock", "walk", "ride",
            "aller", "rassembler", "descendre", "marcher", "venir", "réunir", "converger", "défiler");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "aller", "going");
    static final Set<String> REPORT = Set.of("annoncer", "affirmer", "déclarer", "revendiquer", "assurer", "indiquer", "dire",
            "prétendre", "préciser", "claim", "say", "announce", "state", "assert", "report", "insist", "confirm", "confirmer");
    /** Verbs that accuse someone of the event they govern: what they tell is an allegation. */
    private static final Set<String> ALLEGE = Set.of("accuse", "blame", "allege", "accuser", "imputer", "reprocher", "incriminer");
    private static final Set<String> ARMED_SIDE = Set.of("MIL", "REB", "UAF", "INS", "SPY");
    private static final Set<String> ACCORDING = Set.of("selon", "according", "d'après");
    /** "Les Houthis ont revendiqué les frappes": who claims an attack says it was theirs. */
    private static final Set<String> RESPONSIBILITY = Set.of("revendiquer");

    /** "claimed responsibility for the bombing", "a revendiqué la responsabilité de l'attaque". */
    private static boolean responsibilityClaimed(Sentence s, Token t) {
        Token cur = t;
        for (int hop = 0; hop < 2 && cur.head() >= 0; hop++) {
            Token h = s.token(cur.head());
            if ((h.lemma().equals("responsibility") || h.lemma().equals("responsabilité")) && h.head() >= 0) {
                String v = s.token(h.head()).lemma();
                return v.equals("claim") || v.equals("assume") || v.equals("revendiquer") || v.equals("endosser");
            }
            cur = h;
        }
        return false;
    }

    /** The trigger is in a finite clause under a verb of fear ("fear that militants may attack", "craignent que ... ne commettent"). */
    private static boolean fearedClause(Sentence s, Token t) {
        Token cur = t;
        boolean clause = false;
        for (int hop = 0; hop < 3 && cur.head() >= 0 && embedding(cur); hop++) {
            clause |= cur.rel().equals("ccomp");
            Token h = s.token(cur.head());
            if (FEAR.contains(h.lemma()) && clause) return true;
            cur = h;
        }
        return false;
    }

    /**
     * The trigger is what a verb of failure or cancelling governs as its complement or object, within two arcs ("failed
     * to capture", "a annulé la manifestation", "the operation was aborted"); not a word deep in its adjuncts.
     */
    private static boolean failed(Sentence s, Token t) {
        Token cur = t;
        for (int hop = 0; hop < 2 && cur.head() >= 0; hop++) {
            String r = cur.deprel();
            if (!(r.equals("xcomp") || r.equals("obj") || r.equals("ccomp") || r.equals("nsubj:pass"))) return false;
            Token h = s.token(cur.head());
            if (FAILED.contains(h.lemma())) return true;
            cur = h;
        }
        return false;
    }

    /** The verb of exclusion above the trigger (within three arcs), or the trigger itself. */
    private static Token exclusion(Sentence s, Token t) {
        Token cur = t;
        for (int hop = 0; hop < 3 && cur.head() >= 0; hop++) {
            boolean subject = cur.rel().equals("nsubj");
            cur = s.token(cur.head());
            if (EXCLUDE.contains(cur.lemma())) return cur;
            // "un envoi de troupes ne peut être exclu": the subject of a modal is the subject of the exclusion it governs
            if (subject) for (Token c : s.children(cur)) if (c.rel().equals("xcomp") && EXCLUDE.contains(c.lemma())) return c;
        }
        return t;
    }

    /** The exclusion is negated on itself or on the modal that governs it ("ne peut être exclu"). */
    private static boolean exclusionNegated(Sentence s, Token x) {
        return negated(s, x) || x.rel().equals("xcomp") && x.head() >= 0 && negated(s, s.token(x.head()));
    }

    /** "a exclu tout déploiement", "ruled out talks": an exclusion {@code x} above the trigger, not itself negated. */
    private static boolean ruledOut(Sentence s, Token x) {
        if (exclusionNegated(s, x)) return false;
        return !x.lemma().equals("rule") || s.children(x).stream().anyMatch(c -> c.lower().equals("out"));
    }

    /** "made no attempt to disperse", "n'a aucune intention de négocier": the act under a noun denied by "no". */
    private static boolean noAttempt(Sentence s, Token t) {
        if (t.head() < 0 || !(t.rel().equals("acl") || t.rel().equals("xcomp") || t.rel().equals("nmod") || t.rel().equals("ccomp"))) return false;
        Token h = s.token(t.head());
        if (!h.isNoun()) return false;
        for (Token d : s.children(h)) if (d.rel().equals("det") && NO_DETERMINERS.contains(d.lower())) return true;
        return false;
    }

    /**
     * The subject of {@code v} is nobody: "None of the 62 passengers has been released", "No civilians were killed",
     * "aucun soldat n'a été blessé".
     */
    private static boolean nobodyDoes(Sentence s, Token v) {
        return nobodyAs(s, v, c -> c.deprel().startsWith("nsubj"));
    }

    /** The object of {@code v} is nobody or nothing: "the strike killed no one", "arrested nobody", "imposed no restrictions". */
    private static boolean nobodyUndergoes(Sentence s, Token v) {
        return v.isVerb() && nobodyAs(s, v, c -> c.rel().equals("obj"));
    }

    /** A dependent of {@code v} in the given role is nobody: "none", "nobody", or a noun under "no"/"aucun". */
    private static boolean nobodyAs(Sentence s, Token v, java.util.function.Predicate<Token> role) {
        for (Token c : s.children(v)) {
            if (!role.test(c)) continue;
            if (NONE.contains(c.lower())) return true;
            for (Token d : s.children(c)) if (d.rel().equals("det") && NO_DETERMINERS.contains(d.lower())) return true;
        }
        return false;
    }

    /** The verb that carries an event: the trigger, or the light verb of an event noun ("n'ont lancé la moindre offensive"). */
    private static Token carrier(Sentence s, Token t) {
        return t.isNoun() && t.head() >= 0 && (t.rel().equals("obj") || t.deprel().equals("nsubj:pass")) ? s.token(t.head()) : t;
    }

    /** "because of the risk of kidnapping", "redoutent une attaque", "la crainte d'une offensive". */
    private static boolean risked(Sentence s, Token t) {
        if (t.head() < 0) return false;
        Token h = s.token(t.head());
        if (t.rel().equals("nmod") && RISK_NOUNS.contains(h.lemma())) return true;
        return t.isNoun() && t.rel().equals("obj") && FEAR.contains(h.lemma());
    }

    /**
     * A prevention carried out: "police prevented supporters from holding a rally", "a empêché les partisans de
     * manifester". The prevented act did not happen; a prevention that is itself a purpose or a plan ("pour empêcher",
     * "to prevent") leaves it a possibility.
     */
    private static boolean prevented(Sentence s, Token t) {
        Token cur = t;
        for (int hop = 0; hop < 3 && cur.head() >= 0 && embedding(cur); hop++) {
            Token h = s.token(cur.head());
            if (AVERTED.contains(h.lemma())) return h.isVerb() && told(h) && !hypothetical(s, h) && !future(s, h) && !negated(s, h);
            cur = h;
        }
        return false;
    }

    /**
     * An event noun that names no particular event: "approve any deployment", "toute intervention serait ..."; its
     * only determiner is "any" or a bare "tout(e)".
     */
    private static boolean anyOne(Sentence s, Token t) {
        if (!t.isNoun()) return false;
        boolean any = false;
        for (Token c : s.children(t)) {
            if (!c.rel().equals("det")) continue;
            if (!ANY.contains(c.lower())) return false;
            any = true;
        }
        return any;
    }

    private static final Set<String> ANY = Set.of("any", "tout", "toute");

    /** A finite or past-participle form ("prevented", "a empêché", "empêche"), not an infinitive or a present participle. */
    private static boolean told(Token v) {
        String w = v.lower();
        return !w.equals(v.lemma().toLowerCase(java.util.Locale.ROOT)) && !w.endsWith("ing") && !w.endsWith("ant");
    }

    /** "decided against imposing", "voted against deploying", "stopped short of deploying the army". */
    private static boolean decidedAgainst(Sentence s, Token t) {
        Token v = t.isNoun() && t.head() >= 0 && t.rel().equals("obj") ? s.token(t.head()) : t;
        if (v.head() < 0) return false;
        Token h = s.token(v.head());
        boolean against = s.hasCase(v, Set.of("against")) || s.children(v).stream().anyMatch(c -> c.lower().equals("against") && c.index() < v.index());
        if (against && CHOICE.contains(h.lemma())) return true;
        boolean shortOf = s.hasCase(v, Set.of("of")) && s.children(h).stream().anyMatch(c -> c.lower().equals("short"));
        return shortOf && (h.lemma().equals("stop") || h.lemma().equals("fall"));
    }

    /** "called off a strike", "a annulé la manifestation". */
    private static boolean calledOff(Sentence s, Token t) {
        if (t.head() < 0 || !(t.rel().equals("obj") || t.deprel().equals("nsubj:pass"))) return false;
        Token h = s.token(t.head());
        if (!h.lemma().equals("call")) return false;
        for (Token c : s.children(h)) if (c.deprel().equals("compound:prt") && c.lower().equals("off")) return true;
        return false;
    }

    /** An adjective of the trigger noun, or of the noun it is the verb of ("une éventuelle offensive"), among these words. */
    private static boolean modified(Sentence s, Token t, Set<String> words) {
        if (!t.isNoun()) return false;
        for (Token c : s.children(t)) if ((c.rel().equals("amod") || c.rel().equals("acl")) && (words.contains(c.lower()) || words.contains(c.lemma()))) return true;
        return false;
    }

    /** "in case of air strikes", "en cas de frappes", "au cas où ils avanceraient". */
    private static boolean inCaseOf(Sentence s, Token t) {
        int i = t.index();
        for (int k = Math.max(0, i - 5); k + 1 < i; k++) {
            String a = s.token(k).lower(), b = s.token(k + 1).lower();
            if ((a.equals("in") || a.equals("en") || a.equals("au")) && b.equals("case") && k + 2 <= i) return true;
            if ((a.equals("en") || a.equals("au")) && b.equals("cas")) return true;
        }
        return false;
    }

    /**
     * A stated date after the article's in a clause of obligation or plan ("doit libérer vendredi", "are due to meet on
     * Saturday"): a schedule, not a supposition.
     */
    private static boolean scheduled(Sentence s, Token t) {
        Token cur = t;
        for (int hop = 0; hop < 3; hop++) {
            for (Token c : s.children(cur)) if (c.rel().equals("aux") && (c.lemma().equals("devoir") || c.lower().equals("must"))) return true;
            if (cur.lemma().equals("devoir") || cur.lemma().equals("must")) return true;
            if (cur.head() < 0 || !embedding(cur)) break;
            cur = s.token(cur.head());
        }
        return false;
    }

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
        return classify(s, trigger, date, dateEvidence, articleDate, anchorGiven, actors, participants, Set.of());
    }

    /**
     * @param stake the countries at stake in the event (its participants' and its place's): a government of one of them
     *              reporting an armed event between others is a party ("selon Kiev, l'armée russe a bombardé ...")
     */
    public Verdict classify(Sentence s, Token trigger, PartialDate date, Optional<TimeExpression> dateEvidence, PartialDate articleDate,
                            boolean anchorGiven, ActorLinks actors, List<ActorMention> participants, Set<String> stake) {
        Token exclusion = exclusion(s, trigger);
        boolean excluded = exclusion != trigger;
        if (excluded && exclusionNegated(s, exclusion)) return new Verdict(Realis.HYPOTHETICAL, "not-excluded");
        if (negated(s, trigger) || governedBy(s, trigger, DENY) || noAttempt(s, trigger)) return new Verdict(Realis.NEGATED, "negation");
        if (excluded && ruledOut(s, exclusion)) return new Verdict(Realis.NEGATED, "ruled-out");
        if (governedBy(s, trigger, REFUSAL)) return new Verdict(Realis.NEGATED, "refused");
        if (failed(s, trigger) || calledOff(s, trigger) || governedBy(s, trigger, FOILED) || decidedAgainst(s, trigger)) return new Verdict(Realis.NEGATED, "failed");
        if (prevented(s, trigger)) return new Verdict(Realis.NEGATED, "prevented");
        if (anyOne(s, trigger)) return new Verdict(Realis.HYPOTHETICAL, "any");
        if (modified(s, trigger, POSSIBLE) || modified(s, trigger, AVERTED) || governedBy(s, trigger, AVERTED) || fearedClause(s, trigger) || risked(s, trigger) || inCaseOf(s, trigger)) return new Verdict(Realis.HYPOTHETICAL, "possibility");
        if (modified(s, trigger, PLANNED)) return new Verdict(Realis.FUTURE, "planned");
        boolean later = dateEvidence.isPresent() && !dateEvidence.get().kind().equals(org.herodotus.time.DateTagger.RANGE_END)
                && (date.date().isAfter(articleDate.lastDay()) || dateEvidence.get().kind().equals(org.herodotus.time.DateTagger.NEXT));
        if ((later || dateEvidence.isPresent() && dateEvidence.get().kind().equals(org.herodotus.time.DateTagger.WEEKDAY_KIND)) && scheduled(s, trigger)) return new Verdict(Realis.FUTURE, "scheduled");
        if (expletiveNe(s, trigger)) return new Verdict(Realis.HYPOTHETICAL, "feared");
        // "demanding a ransom for the missionaries abducted on Saturday", "promis de renforcer la défense après l'attaque
        // qui a visé mardi Moscou": what the trigger's own words date to a day before the article has happened, whatever
        // the verb above it demands, intends or supposes
        boolean donePast = ownPastDay(s, trigger, date, dateEvidence, articleDate, anchorGiven);
        if (!donePast && hypothetical(s, trigger)) return new Verdict(Realis.HYPOTHETICAL, "modality");
        if (!donePast && governedBy(s, trigger, REQUESTED)) return new Verdict(Realis.FUTURE, "requested");
        if (!donePast && future(s, trigger)) return new Verdict(Realis.FUTURE, "intention");
        if (later && !pastClause(s, trigger)) return new Verdict(Realis.FUTURE, "later-date");
        if (dateEvidence.isPresent() && !dateEvidence.get().kind().equals(org.herodotus.time.DateTagger.SINCE_KIND) && anchorGiven && historical(date, articleDate)) return new Verdict(Realis.HISTORICAL, "past-date");
        if (governedBy(s, trigger, ALLEGE)) return new Verdict(Realis.CLAIMED, "alleged");
        if (governedBy(s, trigger, RESPONSIBILITY) || responsibilityClaimed(s, trigger)) return new Verdict(Realis.CLAIMED, "responsibility");
        if (claimed(s, trigger, actors, participants, stake)) return new Verdict(Realis.CLAIMED, "party-report");
        return new Verdict(Realis.ACTUAL, "default");
    }

    private static boolean negated(Sentence s, Token t) {
        if (hasChild(s, t, NEGATORS)) return true;
        Token verb = carrier(s, t);
        if (frenchNegation(s, verb) || verb != t && frenchNegation(s, t)) return true;
        // "aucune aide n'a pu être acheminée": the subject of the verb that governs the trigger
        if (verb.rel().equals("xcomp") && verb.head() >= 0) {
            Token h = s.token(verb.head());
            if (hasChild(s, h, NEGATORS) || frenchNegation(s, h) || nobodyDoes(s, h)) return true;
        }
        if (nobodyDoes(s, verb) || nobodyDoes(s, t) || nobodyUndergoes(s, t)) return true;
        Optional<Token> h = s.head(t);
        if (h.isPresent()) {
            String rel = t.rel();
            if ((rel.equals("obj") || rel.equals("nsubj") || rel.equals("xcomp")) && hasChild(s, h.get(), NEGATORS)) return true;
            if (DENY.contains(h.get().lemma())) return true;
        }
        return false;
    }

    /**
     * French "ne" on the verb: a negation, save "ne ... que" (only) and the expletive "ne" of fear and prevention ("avant
     * qu'il ne", "craignent que ... ne", "éviter que ... ne").
     */
    private static boolean frenchNegation(Sentence s, Token v) {
        if (!hasNe(s, v) || expletiveNe(s, v)) return false;
        for (Token c : s.children(v)) {
            if (c.lower().equals("que") && c.index() > v.index() && !c.rel().equals("mark")) return false;
            if (c.rel().equals("mark") && (c.lower().equals("que") || c.lower().equals("qu'")) && v.head() >= 0
                    && (AVERTED.contains(s.token(v.head()).lemma()) || FEAR.contains(s.token(v.head()).lemma()) || s.token(v.head()).lemma().equals("avant"))) return false;
            if (c.rel().equals("mark") && (c.lower().equals("avant") || c.lower().equals("moins"))) return false;
        }
        for (int k = v.index() + 1; k < Math.min(s.tokens().size(), v.index() + 4); k++) if (s.token(k).lower().equals("que")) return false;
        return true;
    }

    /**
     * A clause told in the past ("was shot", "had seized", "a tué"): an "if" clause hung on it by the parser is an
     * embedded question ("not clear if he was off duty"), not a condition.
     */
    private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "has", "have", "a", "ont", "avait", "avaient", "été", "fut");

    /** The trigger's own words (its subtree) hold its date, a day before the article's date. */
    private static boolean ownPastDay(Sentence s, Token t, PartialDate date, Optional<TimeExpression> evidence, PartialDate articleDate, boolean anchorGiven) {
        if (evidence.isEmpty() || !anchorGiven || date.precision() != org.herodotus.model.Precision.DAY || !date.date().isBefore(articleDate.date())
                || evidence.get().kind().equals(org.herodotus.time.DateTagger.NEXT) || evidence.get().sentence() != s.index()) return false;
        // the date's attachment: the token of the expression whose head lies outside it; then up through verbs only
        // ("l'attaque qui a visé mardi": mardi, visé, attaque), never through another noun ("fermer ... en représailles à
        // l'arrestation dimanche" dates the arrest, not the closing)
        Token top = s.headOf(evidence.get().span()).orElse(null);
        if (top == null || top == t) return false;
        // and a verb on the way is told in the past ("a visé", "were abducted", a participle modifying the noun:
        // "the missionaries abducted on Saturday"), none in the future or the conditional ("quitteront le 11 septembre")
        boolean past = false;
        Token cur = top;
        for (int hop = 0; hop < 4 && cur.head() >= 0; hop++) {
            Token h = s.token(cur.head());
            if (h != t && !h.isVerb()) return false;
            if (frenchFuture(h) || conditionalForm(h) || hasChild(s, h, FUTURE_AUX) || hasChild(s, h, MODALS) || hasChild(s, h, Set.of("would"))) return false;
            past |= pastClause(s, h) || h.isVerb() && h.deprel().equals("acl") && s.children(h).stream().noneMatch(c -> c.rel().equals("mark"));
            if (h == t) return past;
            cur = h;
        }
        return false;
    }

    private static boolean pastClause(Sentence s, Token t) {
        for (Token c : s.children(t)) {
            if (!c.rel().startsWith("aux")) continue;
            String w = c.lower();
            if (PAST_AUX.contains(w)) return true;
        }
        return false;
    }

    /** A clause of condition: "if ...", "si ...", "unless ...", "au cas où ...", "in case ...". */
    private static boolean conditionalClause(Sentence s, Token clause) {
        List<Token> sub = s.subtree(clause);
        StringBuilder lead = new StringBuilder();
        for (int k = 0; k < Math.min(3, sub.size()); k++) lead.append(sub.get(k).lower()).append(' ');
        String l = lead.toString();
        return l.startsWith("si ") || l.startsWith("s'") || l.startsWith("if ") || l.startsWith("unless ") || l.startsWith("should ") || l.startsWith("au cas ")
                || l.startsWith("in case ") || l.startsWith("à moins ") || l.startsWith("even if ") || l.startsWith("même si ");
    }

    /** Whether {@code v} carries French "ne" (not the "N'" of "N'Djamena"). */
    private static boolean hasNe(Sentence s, Token v) {
        for (Token c : s.children(v)) if (NE.contains(c.lower()) && c.rel().equals("advmod") && !nameElision(s, c)) return true;
        return false;
    }

    /** "N'Djamena": an elided "n'" glued to a capitalised word is part of a name, not a negation. */
    private static boolean nameElision(Sentence s, Token n) {
        if (n.index() + 1 >= s.tokens().size()) return false;
        Token next = s.token(n.index() + 1);
        return next.span().start() == n.span().end() && Character.isUpperCase(next.word().codePointAt(0));
    }

    /**
     * The expletive "ne" of fear and prevention ("pour éviter que les étudiants ne manifestent", "craignent que les
     * shebab ne commettent"): a verb with "ne" and no "pas", after "que" that follows a verb of fear or prevention.
     */
    private static boolean expletiveNe(Sentence s, Token t) {
        Token v = t.isNoun() && t.head() >= 0 ? s.token(t.head()) : t;
        if (!hasNe(s, v) || hasChild(s, v, NEGATORS)) return false;
        boolean que = false;
        for (int k = v.index() - 1; k >= 0; k--) {
            Token x = s.token(k);
            if (x.lower().equals("que") || x.lower().equals("qu'") || x.lower().equals("qu’")) que = true;
            else if (que && (AVERTED.contains(x.lemma()) || FEAR.contains(x.lemma()) || x.lower().equals("avant") || x.lower().equals("peur") || x.lower().equals("crainte"))) return true;
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
            boolean match = h.isNoun() ? REQUEST_NOUNS.contains(h.lemma()) && verbs == REQUESTED : verbs.contains(h.lemma());
            // what is asked for is the request's object or complement ("demand a ceasefire", "call for talks", "a strike was
            // called"), not its subject ("a strike called by the unions took hold") or a time adjunct ("ten years after an attack ...")
            if (match && verbs == REQUESTED && !requestedThing(s, cur)) return false;
            if (match) return true;
            cur = h;
        }
        return false;
    }

    private static final Set<String> REQUEST_CASES = Set.of("for", "pour", "à", "de", "d'", "d’", "of", "to", "au", "aux");

    private static boolean requestedThing(Sentence s, Token cur) {
        String r = cur.deprel();
        if (r.equals("obj") || r.equals("xcomp") || r.equals("ccomp") || r.equals("nsubj:pass") || r.equals("iobj")) return true;
        return (cur.rel().equals("obl") || cur.rel().equals("nmod")) && s.hasCase(cur, REQUEST_CASES);
    }

    private static boolean hasChild(Sentence s, Token t, Set<String> words) {
        for (Token c : s.children(t)) if (words.contains(c.lower()) || words.contains(c.lemma())) return true;
        return false;
    }

    /**
     * A French conditional ("pourrait", "serait", "lancerait"): the verb's future stem and an imperfect ending;
     * "rencontraient" (imperfect of rencontrer) is none. Without a lemma, the "-rait/-raient" ending decides.
     */
    static boolean conditionalForm(Token t) {
        if (!t.upos().equals("VERB") && !t.upos().equals("AUX")) return false;
        String w = t.lower(), l = t.lemma().toLowerCase(java.util.Locale.ROOT);
        if (l.isEmpty() || l.equals(w)) return w.endsWith("rait") || w.endsWith("raient");
        for (String e : java.util.List.of("ais", "ait", "aient", "ions", "iez")) {
            if (!w.endsWith(e) || w.length() <= e.length() + 1) continue;
            if (futureStem(w.substring(0, w.length() - e.length()), l)) return true;
        }
        return false;
    }

    private static boolean hypothetical(Sentence s, Token t) {
        if (conditionalForm(t) && !reportedFuture(s, t)) return true;
        for (Token c : s.children(t)) {
            if (c.rel().equals("aux") && c.lower().equals("would") && reportedFuture(s, t)) continue;
            if (c.rel().equals("aux") && !c.isNoun() && (MODALS.contains(c.lower()) || conditionalForm(c))) return true;
            if (c.rel().equals("mark") && (c.lower().equals("si") || c.lower().equals("if")) && !THREAT.contains(t.lemma())) return true;
            if (c.rel().startsWith("advcl") && !THREAT.contains(t.lemma()) && conditionalClause(s, c) && !pastClause(s, t)) return true;
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
            for (Token c : s.children(h)) if ((c.rel().equals("aux") || c.rel().equals("cop")) && (MODALS.contains(c.lower()) || conditionalForm(c)) && h != t
                    && !(c.lower().equals("would") && reportedFuture(s, h) && !cur.rel().equals("nsubj"))) return true;
            for (Token c : s.children(h)) if (c.rel().startsWith("advcl") && conditionalClause(s, c)) return true;
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
        if ((t.isVerb() || t.upos().equals("AUX")) && frenchFuture(t)) return true;
        for (Token c : s.children(t)) if (c.rel().startsWith("aux") && frenchFuture(c)) return true;
        if (beTo(s, t) || goingTo(s, t) || setTo(s, t)) return true;
        // "commenceront à arrêter", "will begin deporting": the future of the verb that governs the trigger
        for (Token cur = t; cur.rel().equals("xcomp") && cur.head() >= 0; ) {
            Token h = s.token(cur.head());
            if (h.isVerb() && frenchFuture(h)) return true;
            for (Token c : s.children(h)) if (c.rel().startsWith("aux") && (frenchFuture(c) || c.lower().equals("will") || c.lower().equals("shall"))) return true;
            cur = h;
        }
        Token np = t;
        // "adopteront un paquet de sanctions": the noun inside its quantity's phrase
        if (t.isNoun() && t.rel().equals("nmod") && t.head() >= 0 && s.token(t.head()).isNoun()) np = s.token(t.head());
        if (t.isNoun()) for (Token c : s.children(t)) if (c.rel().equals("acl") && c.isVerb() && frenchFuture(c)) return true;
        if (np.isNoun() && np.head() >= 0 && (np.rel().equals("obj") || np.deprel().startsWith("nsubj") || np.deprel().equals("obl:arg"))) {
            Token verb = s.token(np.head());
            if (verb.isVerb() && frenchFuture(verb) || beTo(s, verb) || goingTo(s, verb) || setTo(s, verb)) return true;
            for (Token c : s.children(verb)) if (c.rel().startsWith("aux") && (frenchFuture(c) || FUTURE_AUX.contains(c.lower()))) return true;
        }
        for (Token c : s.children(t)) if (c.rel().equals("aux") && (FUTURE_AUX.contains(c.lower()) || FUTURE_AUX.contains(c.lemma()))) return true;
        if ((conditionalForm(t) || hasChild(s, t, Set.of("would"))) && reportedFuture(s, t)) return true;
        if (t.isNoun() && (t.rel().equals("obj") || t.deprel().equals("nsubj:pass")) && t.head() >= 0) {
            Token verb = s.token(t.head());
            for (Token c : s.children(verb)) if (c.rel().equals("aux") && (FUTURE_AUX.contains(c.lower()) || FUTURE_AUX.contains(c.lemma()))) return true;
            if (hasChild(s, verb, Set.of("would")) && reportedFuture(s, verb)) return true;
        }
        for (Token c : s.children(t)) if (c.rel().equals("mark") && c.lower().equals("to") && s.head(t).map(h -> INTENT.contains(h.lemma())).orElse(false)) return true;
        Token cur = t;
        for (int hop = 0; hop < 3 && cur.head() >= 0 && embedding(cur); hop++) {
            Token h = s.token(cur.head());
            if ((INTENT.contains(h.lemma()) || INTENT.contains(h.lower())) && !(INTENT_INFINITIVE.contains(h.lemma()) && !cur.rel().equals("xcomp"))) return true;
            if (h.lemma().equals("aller") && cur.isVerb()) return true;
            cur = h;
        }
        return false;
    }

    /** "Israel is to release 150 prisoners", "troops are to be deployed": "be" with a to-infinitive. */
    private static boolean beTo(Sentence s, Token t) {
        boolean be = false, to = false;
        for (Token c : s.children(t)) {
            if ((c.rel().equals("aux") || c.rel().equals("cop")) && c.lemma().equals("be") && c.index() < t.index()) be = !c.lower().equals("be") || be;
            if (c.rel().equals("mark") && c.lower().equals("to")) to = true;
        }
        return be && to && t.isVerb();
    }

    /** "Kenya is set to deploy", "negotiators are due to resume talks": a to-infinitive under a passive of schedule. */
    private static boolean setTo(Sentence s, Token t) {
        if (t.head() < 0 || !hasChild(s, t, Set.of("to"))) return false;
        Token h = s.token(t.head());
        if (!SCHEDULED.contains(h.lemma()) && !SCHEDULED.contains(h.lower())) return false;
        for (Token c : s.children(h)) if ((c.rel().equals("aux") || c.deprel().equals("aux:pass") || c.rel().equals("cop")) && c.lemma().equals("be")) return true;
        return false;
    }

    /** "France is going to pull its soldiers out": "going to" with a present auxiliary. */
    private static boolean goingTo(Sentence s, Token t) {
        if (!t.rel().equals("xcomp") || t.head() < 0) return false;
        Token h = s.token(t.head());
        if (!h.lower().equals("going")) return false;
        for (Token c : s.children(h)) if (c.rel().equals("aux") && (c.lower().equals("is") || c.lower().equals("are") || c.lower().equals("'s") || c.lower().equals("am")))
            return true;
        return false;
    }

    private static final java.util.List<String> FUTURE_ENDINGS = java.util.List.of("ai", "as", "a", "ons", "ez", "ont");
    /** Future stems that are not the infinitive ("enverr-" of envoyer, "ser-" of être). */
    private static final Set<String> IRREGULAR_FUTURE_STEMS = Set.of("ser", "aur", "ir", "fer", "pourr", "devr", "verr", "enverr", "renverr", "viendr",
            "tiendr", "recevr", "voudr", "saur", "faudr", "vaudr", "mourr", "courr", "reviendr", "obtiendr", "maintiendr", "soutiendr", "parviendr", "interviendr");

    /**
     * A French simple future ("adopteront", "enverra", "sera"): the verb's future stem (its infinitive, less the final
     * "e" of "-re" verbs, or an irregular stem) and a future ending; "tira" (passé simple of tirer) is none. Without a
     * lemma, the usual future endings decide.
     */
    static boolean frenchFuture(Token t) {
        String w = t.lower(), l = t.lemma().toLowerCase(java.util.Locale.ROOT);
        if (l.isEmpty() || l.equals(w))
            return w.endsWith("era") || w.endsWith("eront") || w.endsWith("iront") || w.endsWith("ira") || w.endsWith("dra") || w.endsWith("dront");
        for (String e : FUTURE_ENDINGS) {
            if (!w.endsWith(e) || w.length() <= e.length() + 1) continue;
            if (futureStem(w.substring(0, w.length() - e.length()), l)) return true;
        }
        return false;
    }

    /** Whether {@code st} is the future stem of the verb whose infinitive is {@code l}. */
    private static boolean futureStem(String st, String l) {
        if (!st.endsWith("r")) return false;
        String stem = l.endsWith("re") ? l.substring(0, l.length() - 1) : l.endsWith("yer") ? l.substring(0, l.length() - 3) + "ier" : l;
        return st.equals(stem) || IRREGULAR_FUTURE_STEMS.contains(st) || l.endsWith("eler") && st.equals(l.substring(0, l.length() - 2) + "ler")
                || l.endsWith("eter") && st.equals(l.substring(0, l.length() - 2) + "ter");
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

    private static boolean claimed(Sentence s, Token t, ActorLinks actors, List<ActorMention> participants, Set<String> stake) {
        boolean disputed = disputed(s);
        Token cur = t;
        for (int hop = 0; hop < 3; hop++) {
            for (Token c : s.children(cur)) {
                if (!c.rel().equals("obl") && !c.rel().equals("nmod")) continue;
                boolean according = false;
                for (Token g : s.children(c)) according |= ACCORDING.contains(g.lower());
                if (according && (partyIn(s, c, actors, participants, stake) || disputed)) return true;
            }
            if (cur.head() < 0) break;
            String rel = cur.rel();
            Token h = s.token(cur.head());
            // "dep": the parser's fallback, under a verb of saying almost always the clause said
            if ((rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis") || rel.equals("advcl") || rel.equals("dep")) && REPORT.contains(h.lemma())) {
                for (Token c : s.children(h)) if (c.rel().equals("nsubj") && (partyIn(s, c, actors, participants, stake)
                        || selfReport(s, cur, rel) && belligerentIn(s, c, actors) || armedOwnSubject(s, cur) || disputed)) return true;
                // "a annoncé une source au sein de l'armée": the speaker's body, hung on the verb by the parser
                for (Token c : s.children(h)) if (c.rel().equals("obl") && (c.lemma().equals("sein") || s.hasCase(c, Set.of("within", "inside"))) && partyIn(s, c, actors, participants, stake)) return true;
            }
            cur = h;
        }
        // "..., indique un communiqué de l'état-major": the report hung on the trigger's clause
        Token clause = t;
        for (int hop = 0; hop < 3; hop++) {
            for (Token c : s.children(clause)) {
                if (!(c.rel().equals("parataxis") || c.rel().equals("advcl") && c.index() > clause.index()) || !REPORT.contains(c.lemma())) continue;
                // the speaker: the subject, or the object the parser made of a French inverted subject ("indique un communiqué de ...")
                boolean subject = s.children(c).stream().anyMatch(g -> g.rel().equals("nsubj"));
                for (Token g : s.children(c))
                    if ((g.rel().equals("nsubj") || !subject && g.rel().equals("obj") && g.index() > c.index()) && partyIn(s, g, actors, participants, stake)) return true;
            }
            if (clause.head() < 0 || clause.isVerb()) break;
            clause = s.token(clause.head());
        }
        return false;
    }

    /**
     * A state's own organs of war and of information: a defence ministry or general staff, its intelligence services ("selon le ministère russe de
     * la Défense") and state media ("Syrian state television said", "selon l'agence officielle Irna", KCNA).
     */
    private static boolean defenceVoice(List<Token> speaker) {
        for (Token x : speaker) {
            String w = x.lower();
            if ((w.equals("défense") || w.equals("defence") || w.equals("defense")) && speaker.stream().anyMatch(y -> MINISTRY.contains(y.lemma()))) return true;
            // "South Korea's spy agency", "les services de renseignement ukrainiens"
            if (w.equals("spy") || (w.equals("intelligence") || w.startsWith("renseignement")) && speaker.stream().anyMatch(y -> AGENCY.contains(y.lower()))) return true;
        }
        return false;
    }

    /**
     * The sentence disputes or cannot verify what it reports: "a claim the government dismissed as propaganda", "an
     * assertion that could not be independently verified", "ce que la Maison Blanche n'a pas commenté": whoever
     * reported it, the report is a claim.
     */
    private static boolean disputed(Sentence s) {
        for (Token x : s.tokens()) {
            if (x.isNoun() && DISPUTE_NOUNS.contains(x.lemma().toLowerCase(java.util.Locale.ROOT))) return true;
            if (UNVERIFIED.contains(x.lower())) return true;
            if (VERIFY.contains(x.lemma()) && (negated(s, x) || hasChild(s, x, NE))) return true;
        }
        return false;
    }

    private static final Set<String> DISPUTE_NOUNS = Set.of("claim", "assertion", "allegation", "propaganda", "affirmation", "allégation", "propagande");
    private static final Set<String> UNVERIFIED = Set.of("unverified", "unconfirmed", "invérifiable", "invérifiables");
    private static final Set<String> VERIFY = Set.of("verify", "confirm", "comment", "corroborate", "vérifier", "confirmer", "commenter", "corroborer");

    /** The reported clause's subject is the speaker's own fighters: "said its fighters had attacked", "affirme que ses combattants ont repoussé". */
    private static boolean armedOwnSubject(Sentence s, Token clause) {
        for (Token c : s.children(clause)) {
            if (!c.deprel().startsWith("nsubj") || !ARMED_NOUNS.contains(c.lemma().toLowerCase(java.util.Locale.ROOT))) continue;
            for (Token d : s.children(c)) if (d.deprel().equals("nmod:poss") && d.upos().equals("PRON") || d.rel().equals("det") && POSSESSIVES.contains(d.lower())) return true;
        }
        return false;
    }

    private static final Set<String> ARMED_NOUNS = Set.of("fighter", "troops", "troop", "force", "forces", "soldier", "militant", "militia", "unit", "men", "man",
            "combattant", "combattants", "troupe", "troupes", "soldat", "soldats", "hommes", "unité", "unités", "militants");

    /** State media as a speaker: a word of the state and a word of the media ("Syrian state television", "l'agence officielle Irna"). */
    private static boolean stateMedia(List<Token> speaker) {
        boolean state = false, media = false;
        for (Token x : speaker) {
            String w = x.lower();
            state |= w.equals("state") || w.equals("official") || w.equals("officielle") || w.equals("état") || w.equals("publique") || w.equals("state-run");
            media |= STATE_MEDIA.contains(w) || w.equals("agence") || w.equals("télévision") || w.equals("médias");
        }
        return state && media;
    }

    private static final Set<String> AGENCY = Set.of("agency", "service", "services", "directorate", "agence", "direction");
    private static final Set<String> MINISTRY = Set.of("ministère", "ministry", "ministre", "minister", "department");
    private static final Set<String> STATE_MEDIA = Set.of("television", "tv", "media", "radio", "broadcaster", "news", "agency", "newspaper");

    /** An armed side: an armed group, a military, rebels, insurgents, unidentified armed men, spies. */
    private static boolean armed(ActorMention m) {
        return m.collective().kind() == ActorKind.ARMED_GROUP || m.sector().map(x -> ARMED_SIDE.contains(x.code())).orElse(false);
    }

    /** A state or its government (a capital standing for it, "Kiev affirme"). */
    private static boolean government(ActorMention m) {
        return m.collective().kind() == ActorKind.STATE || m.collective().kind() == ActorKind.GOVERNMENT
                || m.sector().map(x -> x.code().equals("GOV")).orElse(false);
    }

    /**
     * A state speaking as a state: its name, its capital ("selon Kiev"), a government the KB knows or its known leader
     * ("Prime Minister Abiy Ahmed said"); local officials and a health ministry counting the dead are sources, not parties.
     */
    private static boolean stateVoice(ActorMention m) {
        if (m.actor().kind() == ActorKind.PERSON) return m.actor().known() && m.collective().kind() != ActorKind.PERSON && government(m);
        return m.by().equals("capital") || m.actor().kind() == ActorKind.STATE || m.actor().kind() == ActorKind.GOVERNMENT && m.actor().known() && !m.by().startsWith("agent");
    }

    /** Who can claim in a conflict: armed sides and governments, not the police, civilians, officials of no side or unknown bodies. */
    private static boolean belligerent(ActorMention m) {
        return m.actor().kind() != ActorKind.IGO && (armed(m) || government(m));
    }

    /** Whether the subtree of {@code t} names a belligerent (armed side or government). */
    private static boolean belligerentIn(Sentence s, Token t, ActorLinks actors) {
        List<Token> sub = s.subtree(t);
        for (ActorMention m : actors.inSentence(s.index())) {
            if (!belligerent(m)) continue;
            for (Token x : sub) if (m.span().contains(x.span())) return true;
        }
        return false;
    }

    /**
     * The speaker tells its own act: the reported clause has no subject of its own ("Kiev affirme avoir abattu",
     * "the rebels claimed to have captured") or a pronoun or "its forces" as subject ("Kyiv said it shot down").
     */
    private static boolean selfReport(Sentence s, Token clause, String rel) {
        if (!clause.isVerb()) return false;
        Token subj = null;
        for (Token c : s.children(clause)) if (c.deprel().startsWith("nsubj")) subj = c;
        if (subj == null) return rel.equals("xcomp");
        if (subj.upos().equals("PRON")) return true;
        for (Token c : s.children(subj)) if (c.deprel().equals("nmod:poss") || c.rel().equals("det") && POSSESSIVES.contains(c.lower())) return true;
        return false;
    }

    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "ses", "son", "sa", "leurs", "leur");

    /**
     * Whether the subtree of {@code t} names a party to the conflict that speaks of it: one of the event's own actors
     * or recipients, or a known armed side (an armed group, a military, rebels, unidentified gunmen), a state at stake in an
     * armed event, its defence ministry or its media. Police,
     * officials and civilians reporting what others did are sources, not claimants.
     */
    private static boolean partyIn(Sentence s, Token t, ActorLinks actors, List<ActorMention> participants, Set<String> stake) {
        List<Token> sub = s.subtree(t);
        // a defence ministry speaks as a party; state media too, save when it announces its own government's decision
        // ("a instauré un couvre-feu, a annoncé la télévision publique")
        if (defenceVoice(sub)) return true;
        if (stateMedia(sub) && participants.stream().noneMatch(p -> p.sector().map(x -> x.code().equals("GOV")).orElse(false))) return true;
        boolean armedEvent = participants.stream().anyMatch(RealisClassifier::armed);
        for (ActorMention m : actors.inSentence(s.index())) {
            boolean participant = armedEvent && belligerent(m) && participants.stream().anyMatch(p -> p.actor().id().equals(m.actor().id()) || p.collective().id().equals(m.collective().id()));
            boolean armedSide = m.actor().known() && m.actor().kind() != ActorKind.IGO && armed(m);
            boolean atStake = armedEvent && stateVoice(m) && m.collective().country().map(c -> stake.contains(c.value())).orElse(false);
            if (!participant && !armedSide && !atStake) continue;
            for (Token x : sub) if (m.span().contains(x.span())) return true;
        }
        return false;
    }
}
