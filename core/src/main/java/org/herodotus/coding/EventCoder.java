package org.herodotus.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.actors.ActorKind;
import org.herodotus.actors.ActorLinks;
import org.herodotus.actors.ActorMention;
import org.herodotus.model.Lang;
import org.herodotus.model.PartialDate;
import org.herodotus.model.PloverType;
import org.herodotus.model.Sector;
import org.herodotus.model.Span;
import org.herodotus.places.Gazetteer;
import org.herodotus.places.Place;
import org.herodotus.places.PassChainGeocoder;
import org.herodotus.places.PlaceLinks;
import org.herodotus.places.PlaceMention;
import org.herodotus.text.ParsedArticle;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;
import org.herodotus.time.TimeExpression;

/**
 * Codes events from triggers over UD dependencies: a lexicon lemma whose conditions hold becomes an event whose
 * source is the agent (subject, or the "par"/"by" agent of a passive, or the controller of an infinitive) and whose
 * recipient is the patient; then place, date, realis and confidence are attached. Stateless; thread-safe.
 */
public final class EventCoder {
    public static final String VERSION = "herodotus-coder-0.1";
    private static final Set<String> TITLE_NOUNS = Set.of("chef", "commandant", "président", "dirigeant", "porte-parole", "leader",
            "head", "commander", "chief", "president", "spokesman", "spokesperson", "général", "maréchal", "general", "marshal", "ministre", "minister");
    /** Heads that stand for the group in their "of" phrase: "a group of residents", "des dizaines de manifestants". */
    private static final Set<String> COLLECTIVE = Set.of("group", "number", "member", "dozen", "dozens", "hundred", "hundreds", "thousand",
            "thousands", "band", "team", "delegation", "contingent", "handful", "score", "scores", "majority", "section", "lot", "some",
            "several", "many", "all", "groupe", "nombre", "membre", "dizaine", "centaine", "millier", "poignée", "partie", "majorité",
            "délégation", "équipe");
    private static final Set<String> RELATIVE = Set.of("qui", "que", "lequel", "laquelle", "who", "which", "that");
    private static final Set<String> AGENT_CASE = Set.of("par", "by");
    private static final Set<String> BETWEEN = Set.of("between", "entre", "among", "parmi");
    private static final Set<String> TARGET_CASE = Set.of("contre", "sur", "vers", "against", "on", "at", "toward", "towards", "with", "avec");
    private static final Set<String> CAPITAL = Set.of("capitale", "capital");
    private static final Set<String> CITY = Set.of("ville", "city", "town", "localité", "cité");
    private static final Set<String> PLACE_PATH = Set.of("obl", "nmod", "obj", "appos", "flat", "nsubj", "advcl", "xcomp", "acl", "compound", "conj");

    private final Map<Lang, TriggerLexicon> lexicons;
    private final RealisClassifier realis;
    private final Gazetteer gazetteer;
    private final String dictionaries;
    private final Casualties casualties = new Casualties();

    public EventCoder(Map<Lang, TriggerLexicon> lexicons, RealisClassifier realis, Gazetteer gazetteer, String kbVersion) {
        this.lexicons = Map.copyOf(lexicons);
        this.realis = realis;
        this.gazetteer = gazetteer;
        StringBuilder d = new StringBuilder();
        for (Lang l : Lang.values()) if (lexicons.containsKey(l)) d.append(lexicons.get(l).version()).append('+');
        this.dictionaries = d + kbVersion + "+" + gazetteer.version();
    }

    public String dictionaries() { return dictionaries; }

    /** A trigger that fired, before the sentence-level passes (outcome merging, casualties, ACLED typing). */
    private record Raw(Token trigger, TriggerEntry entry, Event event) {}

    public List<Event> code(ParsedArticle a, ActorLinks actors, PlaceLinks places, List<TimeExpression> times) {
        TriggerLexicon lex = lexicons.get(a.lang());
        List<Event> out = new ArrayList<>();
        if (lex == null) return out;
        // a dateline's date ("KHARTOUM, 4 juin -") is the filing day: it dates no event, though it is no victim either
        List<TimeExpression> told = times.stream().filter(x -> !filedOn(a, x)).toList();
        for (Sentence s : a.sentences()) {
            List<Raw> raws = new ArrayList<>();
            for (Token t : s.tokens()) {
                Optional<TriggerEntry> e = match(lex, s, t, actors);
                if (e.isEmpty()) continue;
                Optional<Raw> under = subsumer(s, t, e.get(), raws, lex);
                if (under.isPresent() && !(t.isVerb() && under.get().trigger().isNoun() && !outcomeWord(lex, t))) continue;
                Raw raw = new Raw(t, e.get(), event(a, s, t, e.get(), actors, places, told));
                if (under.isPresent() && !(under.get().event().actors().isEmpty() && !raw.event().actors().isEmpty())) continue;
                if (under.isPresent()) raws.set(raws.indexOf(under.get()), raw); else raws.add(raw);
            }
            raws = withoutOutcomes(s, raws, lex);
            raws = withoutDisruptedWeapons(s, raws);
            List<Casualties.Stated> stated = casualties.in(s, a.text(), lex, times.stream().filter(x -> x.sentence() == s.index()).map(TimeExpression::span).toList());
            List<Event> kept = new ArrayList<>();
            boolean resisted = resistedNearby(a, s, lex);
            for (Raw r : raws) kept.add(finish(s, r, raws, stated, lex, actors, resisted));
            out.addAll(kept);
            for (Event e : kept) statedIntention(a, s, e).ifPresent(out::add);
            out.addAll(demands(a, s, actors, places, told, kept));
        }
        List<Event> passed = SaliencePass.apply(a, Certainty.apply(ProtestPasses.apply(a, MeansPass.apply(a, out, lex), lex)), lex);
        return ImplicitActors.apply(a, passed, actors.focusCountry(), c -> gazetteer.country(c).map(org.herodotus.places.Country::englishName));
    }

    /**
     * The sentence-level part of an event: the counts its outcome words state (each outcome word goes to the
     * nearest compatible event in the parse), and its ACLED type, which may depend on who those outcome words say
     * was hurt.
     */
    private static Event finish(Sentence s, Raw r, List<Raw> all, List<Casualties.Stated> stated, TriggerLexicon lex, ActorLinks actors,
                                boolean resisted) {
        List<Count> counts = new ArrayList<>();
        List<Token> victims = new ArrayList<>();
        for (Casualties.Stated st : stated) {
            Count.Kind kind = st.count().map(Count::kind).orElse(null);
            Raw owner = null;
            int best = Integer.MAX_VALUE;
            for (Raw o : all) {
                if (!takesCount(o, st, lex)) continue;
                int d = treeDistance(s, o.trigger(), st.word());
                if (d < best) { best = d; owner = o; }
            }
            if (owner != r) continue;
            st.count().ifPresent(counts::add);
            if (kind != Count.Kind.ARRESTED && !lex.inSet("@arrest", st.word())) victims.addAll(st.victims());
        }
        Optional<Event.Acled> acled = AcledTyping.decide(r.entry(), lex, s, r.trigger(), r.event().actors(), r.event().recipients(), victims, actors, resisted);
        Event e = r.event().withAcled(acled).withSize(counts);
        boolean riot = acled.map(x -> x.subEventType().equals("Violent demonstration") && x.by().equals("crowd-violence")).orElse(false);
        return riot && e.type() == PloverType.ASSAULT ? e.withType(PloverType.PROTEST, Optional.of("riot"), "145") : e;
    }

    /**
     * Whether the sentence or the next one of its paragraph says that the violence met resistance ("... before being
     * repelled by security forces"): the lexicon's {@code @resist} words.
     */
    private static boolean resistedNearby(ParsedArticle a, Sentence s, TriggerLexicon lex) {
        List<Sentence> near = new ArrayList<>(List.of(s));
        int next = s.index() + 1;
        if (next < a.sentences().size() && !a.text().substring(s.span().end(), a.sentences().get(next).span().start()).contains("\n\n"))
            near.add(a.sentences().get(next));
        return near.stream().anyMatch(x -> lex.mentions(x, "@resist"));
    }

    /** Killed and injured people belong to violence (or a riot); arrested ones to an arrest, a dispersal or a protest. */
    private static boolean takesCount(Raw o, Casualties.Stated st, TriggerLexicon lex) {
        boolean arrest = lex.inSet("@arrest", st.word());
        PloverType t = o.entry().type();
        return arrest ? t == PloverType.COERCE || t == PloverType.PROTEST : t == PloverType.ASSAULT || t == PloverType.PROTEST || t == PloverType.COERCE;
    }

    /** The number of dependency arcs between two tokens of a sentence. */
    static int treeDistance(Sentence s, Token a, Token b) {
        List<Token> up = new ArrayList<>();
        up.add(a);
        up.addAll(s.ancestors(a));
        int steps = 0;
        Token cur = b;
        while (true) {
            int i = up.indexOf(cur);
            if (i >= 0) return i + steps;
            if (cur.head() < 0) return Integer.MAX_VALUE / 2;
            cur = s.token(cur.head());
            steps++;
        }
    }

    private static final Set<String> CONDITIONAL_MARKS = Set.of("unless", "if", "sinon", "à moins", "si");

    /**
     * PLOVER codes a stated intention as a verbal event: "X will provide aid" is X agreeing to aid now, "X will
     * withdraw unless ..." or "X plans to impose restrictions" is X threatening. The intended event keeps its
     * future realis; the statement is added as AGREE (cooperative intent) or THREATEN (conflictual or conditional).
     */
    private Optional<Event> statedIntention(ParsedArticle a, Sentence s, Event e) {
        if (e.realis() != org.herodotus.model.Realis.FUTURE || e.realisBy().equals("requested") || e.type() == PloverType.THREATEN
                || e.type() == PloverType.AGREE) return Optional.empty();
        boolean conditional = false;
        for (Token t : s.tokens()) conditional |= CONDITIONAL_MARKS.contains(t.lower()) && t.rel().equals("mark");
        boolean conflict = e.type().quadCode() >= 3 || conditional;
        PloverType type = conflict ? PloverType.THREATEN : PloverType.AGREE;
        String cameo = conflict ? "130" : "030";
        String id = id(a.article().id().value(), e.evidence().sentence(), e.evidence().trigger(),
                new TriggerEntry("intent", "ANY", type, Optional.empty(), cameo, Optional.empty(), Optional.empty(), List.of(), "intent"), dictionaries);
        return Optional.of(new Event(id, e.article(), type, Optional.empty(), e.context(), org.herodotus.model.Realis.ACTUAL, "stated-intention",
                e.date(), e.dateEvidence(), e.actors(), e.recipients(), e.location(), cameo, Optional.empty(), List.of(),
                new Event.Evidence(e.evidence().sentence(), e.evidence().span(), e.evidence().quote(), e.evidence().trigger(), e.evidence().triggerText(),
                        "intention:" + e.evidence().rule()), Math.max(0.05, Math.round((e.confidence() - 0.15) * 100) / 100.0), e.coder()));
    }

    private static final Set<String> OBLIGATION = Set.of("must", "should", "doit", "doivent", "devrait", "devraient");
    /** Verbs that only carry an event noun ("held a protest", "a mené une attaque"): never mere talk about it. */
    private static final Set<String> LIGHT = Set.of("hold", "stage", "take", "carry", "launch", "conduct", "mount", "organise", "organize",
            "lead", "make", "start", "begin", "continue", "perpetrate", "commit", "tenir", "organiser", "mener", "lancer",
            "effectuer", "conduire", "commettre", "perpétrer", "entamer", "poursuivre", "déclencher");
    private static final Set<String> PERCEPTION = Set.of("observe", "record", "report", "document", "monitor", "hear", "see", "notice",
            "witness", "register", "count", "confirm", "detect", "observer", "constater", "enregistrer", "signaler", "entendre", "voir",
            "recenser", "relever", "documenter", "confirmer");
    private static final Set<String> SPEECH = Set.of("say", "declare", "state", "insist", "reiterate", "tell", "announce", "warn", "conclude",
            "dire", "déclarer", "affirmer", "estimer", "insister", "réitérer", "annoncer", "exiger");

    /**
     * "Y said that X must Z": a party telling another what it must do makes a demand (REQUEST) from the speaker to
     * the one obliged, whatever Z is.
     */
    private List<Event> demands(ParsedArticle a, Sentence s, ActorLinks actors, PlaceLinks places, List<TimeExpression> times, List<Event> existing) {
        List<Event> out = new ArrayList<>();
        for (Token v : s.tokens()) {
            if (!SPEECH.contains(v.lemma())) continue;
            for (Token c : s.children(v)) {
                if (!c.rel().equals("ccomp")) continue;
                boolean must = false;
                for (Token x : s.children(c)) must |= x.rel().equals("aux") && OBLIGATION.contains(x.lower());
                if (!must || existing.stream().anyMatch(e -> e.type() == PloverType.REQUEST && e.evidence().sentence() == s.index())) continue;
                List<ActorMention> speaker = new ArrayList<>(), obliged = new ArrayList<>();
                for (Token x : s.children(v)) if (x.rel().equals("nsubj")) speaker.addAll(actorsFor(s, x, actors));
                for (Token x : s.children(c)) if (x.rel().equals("nsubj")) obliged.addAll(actorsFor(s, x, actors));
                TriggerEntry demand = new TriggerEntry(v.lemma(), "VERB", PloverType.REQUEST, Optional.empty(), "100", Optional.empty(), Optional.empty(),
                        List.of(), "demand:" + v.lemma() + "+must");
                Event base = event(a, s, v, demand, actors, places, times);
                out.add(new Event(base.id(), base.article(), base.type(), base.mode(), base.context(), base.realis(), base.realisBy(), base.date(),
                        base.dateEvidence(), speaker.isEmpty() ? base.actors() : speaker, obliged, base.location(), base.cameo(), base.acled(),
                        base.size(), base.evidence(), base.confidence(), base.coder()));
            }
        }
        return out;
    }

    /**
     * Casualty verbs are often the outcome of the event that caused them: "three were killed in clashes" is the
     * clashes, "gunmen attacked a checkpoint, killing five" the attack. A kill/injure trigger (the lexicon's
     * {@code @fatal} and {@code @injure} sets) within three dependency arcs of another assault trigger (above it,
     * below it, or beside it under the same verb: "a roadside bomb struck a van, killing six") is dropped; its count
     * and victims go to that event, and its agents too when the event names none.
     */
    private static List<Raw> withoutOutcomes(Sentence s, List<Raw> raws, TriggerLexicon lex) {
        java.util.Map<Raw, Raw> agents = new java.util.IdentityHashMap<>();
        java.util.Set<Raw> outcomes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Raw r : raws) {
            if (!outcomeWord(lex, r.trigger()) || r.entry().type() != PloverType.ASSAULT) continue;
            for (Raw o : raws) {
                if (o == r || o.entry().type() != PloverType.ASSAULT || outcomeWord(lex, o.trigger())) continue;
                // "two killed and property destroyed": the killing is the violence, the destruction its consequence
                if (o.entry().acledSubType().orElse("").equals(AcledTyping.DESTRUCTION)) continue;
                if (treeDistance(s, o.trigger(), r.trigger()) > 3) continue;
                outcomes.add(r);
                // "British aircraft killed four Iraqis in an attack": the killers are the attack's agents
                if (o.event().actors().isEmpty() && !r.event().actors().isEmpty()) agents.putIfAbsent(o, r);
            }
        }
        List<Raw> out = new ArrayList<>();
        for (Raw r : raws) {
            if (outcomes.contains(r)) continue;
            // the killers named by the outcome word are the event's agents, and its confidence is read again with them
            Raw k = agents.get(r);
            out.add(k == null ? r : new Raw(r.trigger(), r.entry(), r.event().withActors(k.event().actors())
                    .withConfidence(confidence(s, r.trigger(), r.entry(), k.event().actors(), r.event().location(), lex))));
        }
        return out;
    }

    /**
     * Weapons found, seized or defused were not used: an assault trigger inside the object of a disrupted-weapons
     * trigger ("defused 83 explosives planted by ...") is part of that event, not an attack.
     */
    private static List<Raw> withoutDisruptedWeapons(Sentence s, List<Raw> raws) {
        List<Raw> out = new ArrayList<>();
        for (Raw r : raws) {
            boolean inside = false;
            for (Raw o : raws)
                if (o != r && r.entry().type() == PloverType.ASSAULT && o.entry().acledSubType().orElse("").equals("Disrupted weapons use")
                        && s.dominates(o.trigger(), r.trigger())) inside = true;
            if (!inside) out.add(r);
        }
        return out;
    }

    /** A casualty word (the lexicon's {@code @fatal} and {@code @injure} sets): the outcome of violence, not its kind. */
    static boolean outcomeWord(TriggerLexicon lex, Token t) {
        return lex.inSet("@fatal", t) || lex.inSet("@injure", t);
    }

    /**
     * Two triggers of the same type, one the direct dependent of the other, are one event ("a lancé une offensive",
     * "aid was distributed by the WFP"): the earlier one found, which the verb replaces when the earlier is its noun
     * and only the verb names an agent.
     */
    private static Optional<Raw> subsumer(Sentence s, Token t, TriggerEntry e, List<Raw> raws, TriggerLexicon lex) {
        for (Raw r : raws) {
            Token o = r.trigger();
            if (outcomeWord(lex, o) || t.rel().equals("conj") || o.rel().equals("conj")) continue;
            // "houses were torched after clashes": an event in a time adjunct of another is an event of its own
            if (s.hasCase(t, SEQUENCE_CASE) || s.hasCase(o, SEQUENCE_CASE)) continue;
            if (r.entry().type() == e.type() && (o.index() == t.head() || t.index() == o.head())) return Optional.of(r);
        }
        return Optional.empty();
    }

    private static final Set<String> PURPOSE_CASE = Set.of("pour", "for");
    /** Prepositions that put one happening before or after another. */
    private static final Set<String> SEQUENCE_CASE = Set.of("after", "following", "before", "après", "avant");

    /**
     * The offence a clause gives as the reason of its act is background, not an event of the report: "lynched by
     * residents for allegedly shooting a youth", "arrested for killing", "lynché pour avoir volé une moto".
     */
    private static boolean reason(Sentence s, Token t) {
        if (!t.isVerb() || !t.rel().equals("advcl")) return false;
        Token first = t;
        for (Token c : s.children(t)) if ((c.rel().equals("mark") || c.rel().equals("case")) && c.index() < first.index()) first = c;
        if (t.deprel().equals("advcl:for") || first != t && first.lower().equals("for")) return t.lower().endsWith("ing");
        boolean pour = t.deprel().equals("advcl:pour") || first != t && first.lower().equals("pour");
        return pour && s.children(t).stream().anyMatch(c -> c.rel().startsWith("aux") && (c.lower().equals("avoir") || c.lower().equals("être")));
    }
    private static final Set<String> STATIVE_PARTICIPLES = Set.of("station", "base", "position", "stationner", "baser", "positionner");
    /** Heads under which a noun of purpose is an event: what is called for, what responsibility is claimed for. */
    private static final Set<String> CALL_FOR = Set.of("call", "appeal", "responsibility", "appel", "responsabilité");
    /** Modes whose noun takes its patient in the genitive: "le meurtre de Kadhafi", "the arrest of two suspects". */
    private static final Set<String> PATIENT_GENITIVE = Set.of("assassinate", "abduct", "arrest", "detain");

    private Optional<TriggerEntry> match(TriggerLexicon lex, Sentence s, Token t, ActorLinks actors) {
        // a noun of purpose ("for peace") names no event, save what is called for ("called for a march") or claimed
        // ("claimed responsibility for the bombing"): the realis says it has not happened or who claims it
        boolean calledFor = t.isNoun() && s.hasCase(t, PURPOSE_CASE) && s.head(t).map(h -> CALL_FOR.contains(h.lemma())).orElse(false);
        // a meeting a journey is for is an event of its own ("due to fly to Israel for talks", "gather in Abuja for a summit")
        boolean meetingFor = t.isNoun() && s.hasCase(t, PURPOSE_CASE) && lex.entries(t.lemma()).stream().anyMatch(x -> x.type() == PloverType.CONSULT);
        if (t.isNoun() && (s.hasCase(t, PURPOSE_CASE) && !calledFor && !meetingFor || s.head(t).map(h -> h.upos().equals("ADJ")).orElse(false))) return Optional.empty();
        if (!t.isNoun() && t.deprel().equals("amod") && s.head(t).map(Token::isNoun).orElse(false)) return Optional.empty();
        if (reason(s, t)) return Optional.empty();
        // "troops stationed near the border engaged ...": a participle of position describes the noun, it is no new event
        if (t.deprel().startsWith("acl") && STATIVE_PARTICIPLES.contains(t.lemma()) && !t.lower().equals(t.lemma())) return Optional.empty();
        Optional<TriggerEntry> e = firstHolding(lex.entries(t.lemma()), t.upos(), s, t, actors);
        // "Une frappe de drone a touché ...": a word the tagger read as a verb right after a determiner is a noun
        if (e.isEmpty() && t.isVerb() && t.index() > 0 && s.token(t.index() - 1).upos().equals("DET")) {
            String w = t.lower();
            List<TriggerEntry> asNoun = lex.entries(w);
            if (asNoun.isEmpty() && (w.endsWith("s") || w.endsWith("x"))) asNoun = lex.entries(w.substring(0, w.length() - 1));
            e = firstHolding(asNoun, "NOUN", s, t, actors);
        }
        return e;
    }

    /** The first of these entries that accepts the part of speech and whose conditions hold at {@code t}. */
    private static Optional<TriggerEntry> firstHolding(List<TriggerEntry> entries, String upos, Sentence s, Token t, ActorLinks actors) {
        for (TriggerEntry e : entries) {
            if (!e.acceptsPos(upos)) continue;
            boolean ok = true;
            for (TriggerEntry.Condition c : e.conditions()) ok &= holds(c, s, t, actors) != c.negated();
            if (ok) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** Nouns that count or group what follows them ("une centaine de cibles", "a series of targets"). */
    private static final Set<String> QUANTITY_HEADS = Set.of("dizaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "centaine", "millier",
            "série", "nombre", "ensemble", "plusieurs", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "series",
            "number", "handful", "string", "wave", "vague", "salve", "volley", "couple", "package", "paquet", "round", "train", "batch");

    /** A word that counts what its complement names: "une centaine de cibles", "28 of the 35 drones", "a package of sanctions". */
    private static boolean quantity(Token x) {
        return QUANTITY_HEADS.contains(x.lemma().toLowerCase(java.util.Locale.ROOT)) || x.upos().equals("NUM");
    }

    private static boolean objectIs(TriggerEntry.Condition c, Token o) {
        return c.values().contains(o.lemma()) || c.values().contains(":place") && o.upos().equals("PROPN") && o.nerPlace();
    }

    private static boolean holds(TriggerEntry.Condition c, Sentence s, Token t, ActorLinks actors) {
        switch (c.kind()) {
            case OBJ: {
                for (Token ch : s.children(t)) {
                    String r = ch.deprel();
                    if (!(r.equals("obj") || r.equals("obl:arg") || r.equals("nsubj:pass") || r.equals("iobj"))) continue;
                    if (objectIs(c, ch)) return true;
                    // "une centaine de cibles", "dozens of targets": the noun a quantity counts
                    if (quantity(ch))
                        for (Token g : s.children(ch)) if (g.rel().equals("nmod") && objectIs(c, g)) return true;
                }
                return false;
            }
            case ARG: {
                for (Token ch : s.children(t)) {
                    String r = ch.rel();
                    if (!(r.equals("obj") || r.equals("iobj") || r.equals("obl"))) continue;
                    for (ActorMention m : actors.inSentence(s.index())) {
                        if (m.head() != ch.index() && !m.span().contains(ch.span())) continue;
                        Optional<Sector> sec = m.sector();
                        if (sec.isPresent() && c.values().contains(sec.get().code())) return true;
                    }
                }
                return false;
            }
            case DOWN: {
                for (Token d : s.subtree(t))
                    if (d != t && (c.values().contains(d.lemma()) || c.values().contains(d.lower())
                            || c.values().contains(":place") && d.upos().equals("PROPN") && d.nerPlace())) return true;
                return false;
            }
            case SUBJ: {
                for (Token ch : s.children(t)) {
                    if (!ch.rel().equals("nsubj")) continue;
                    if (c.values().contains(ch.lemma()) || c.values().contains(ch.lower())) return true;
                    for (Token g : s.children(ch)) if (g.rel().equals("conj") && (c.values().contains(g.lemma()) || c.values().contains(g.lower()))) return true;
                }
                return false;
            }
            case SENT: {
                for (Token d : s.tokens()) if (d != t && (c.values().contains(d.lemma()) || c.values().contains(d.lower()))) return true;
                return false;
            }
            case HEAD: {
                Optional<Token> h = s.head(t);
                // "adopted a package of sanctions": the head of the quantity that counts the trigger
                if (h.isPresent() && t.rel().equals("nmod") && quantity(h.get())) h = s.head(h.get()).or(() -> s.head(t));
                return h.map(x -> c.values().contains(x.lemma()) || c.values().contains(x.lower())).orElse(false);
            }
            default:
                throw new IllegalStateException("condition " + c.kind());
        }
    }

    /** @param times the article's date expressions that may date an event (a dateline's aside) */
    private Event event(ParsedArticle a, Sentence s, Token t, TriggerEntry e, ActorLinks actors, PlaceLinks places, List<TimeExpression> times) {
        boolean passive = false;
        for (Token c : s.children(t)) passive |= c.deprel().equals("aux:pass") || c.deprel().equals("nsubj:pass") || c.deprel().equals("obl:agent");
        List<ActorMention> source = new ArrayList<>();
        List<ActorMention> target = new ArrayList<>();
        if (e.pos().equals("NOUN")) {
            boolean genitiveIsPatient = e.mode().map(PATIENT_GENITIVE::contains).orElse(false);
            for (Token c : s.children(t)) {
                boolean genitive = c.deprel().equals("nmod:poss") || c.rel().equals("nmod") && !s.hasCase(c, TARGET_CASE) && !s.hasCase(c, AGENT_CASE);
                List<ActorMention> of = genitive ? actorsFor(s, c, actors) : List.of();
                // "the ILO reiterated its demand": a possessive pronoun's owner is its clause's subject
                if (of.isEmpty() && c.deprel().equals("nmod:poss") && c.upos().equals("PRON")) of = governingSubject(s, t, actors, false);
                if (genitive) (genitiveIsPatient ? target : source).addAll(of);
                if (c.rel().equals("nmod") && s.hasCase(c, AGENT_CASE)) source.addAll(actorsFor(s, c, actors));
                if (!source.isEmpty()) break;
            }
            for (Token c : s.children(t)) if (c.rel().equals("nmod") && s.hasCase(c, TARGET_CASE)) target.addAll(actorsFor(s, c, actors));
            if (source.isEmpty())
                for (Token c : s.children(t)) if (c.rel().equals("compound") || c.rel().equals("amod")) source.addAll(actorsFor(s, c, actors));
            if (source.isEmpty()) source.addAll(participleAgent(s, t, actors));
            if (source.isEmpty()) source.addAll(lightVerbSubject(s, t, e.type(), actors, lexicons.get(a.lang())));
            if (source.isEmpty()) source.addAll(between(s, t, actors));
            if (source.isEmpty()) source.addAll(stateSubject(s, t, actors));
        } else {
            for (Token c : s.children(t)) {
                if (passive && (c.deprel().equals("obl:agent") || c.rel().equals("obl") && s.hasCase(c, AGENT_CASE))) source.addAll(actorsFor(s, c, actors));
                if (!passive && (c.rel().equals("nsubj") || c.deprel().equals("csubj"))) source.addAll(actorsFor(s, c, actors));
            }
            if (source.isEmpty()) source.addAll(governingSubject(s, t, actors, e.type().material()));
            for (Token c : s.children(t)) {
                String r = c.deprel();
                if (passive ? r.equals("nsubj:pass") : (r.equals("obj") || r.equals("obl:arg") || r.equals("iobj"))) target.addAll(actorsFor(s, c, actors));
            }
            if (target.isEmpty()) for (Token c : s.children(t)) if (c.rel().equals("obl") && s.hasCase(c, TARGET_CASE)) target.addAll(actorsFor(s, c, actors));
        }
        target.removeIf(m -> source.stream().anyMatch(x -> x.actor().id().equals(m.actor().id())));

        Optional<TimeExpression> when = date(s, t, times).or(() -> dateline(a, s, times));
        PartialDate date = when.map(TimeExpression::date).orElse(a.article().date());
        List<ActorMention> participants = new ArrayList<>(source);
        participants.addAll(target);
        Optional<Event.Location> loc = location(a, s, t, source, places, actors);
        Set<String> stake = new java.util.HashSet<>();
        for (ActorMention m : participants) m.collective().country().ifPresent(c -> stake.add(c.value()));
        loc.ifPresent(l -> stake.add(l.mention().place().country().value()));
        RealisClassifier.Verdict v = realis.classify(s, t, date, when, a.article().date(), a.article().dateGiven(), actors, participants, stake);

        List<String> context = new ArrayList<>();
        for (ActorMention m : source) {
            String sec = m.sector().map(Sector::code).orElse("");
            if ((sec.equals("MIL") || sec.equals("REB")) && !context.contains("military")) context.add("military");
        }
        double conf = confidence(s, t, e, source, loc, lexicons.get(a.lang()));
        String quote = s.span().of(a.text());
        Event.Evidence ev = new Event.Evidence(s.index(), s.span(), quote, t.span(), t.span().of(a.text()), e.source());
        String id = id(a.article().id().value(), s.index(), t.span(), e, dictionaries);
        return new Event(id, a.article().id(), e.type(), e.mode(), context, v.realis(), v.by(), date, when, source, target, loc,
                e.cameo(), e.acledType().map(x -> new Event.Acled(x, e.acledSubType().get())), List.of(), ev, conf, new Event.Coder(VERSION, dictionaries));
    }

    /** The actors an argument token stands for: its mention, an apposed name, a title's organisation, a relative's antecedent, conjuncts. */
    static List<ActorMention> actorsFor(Sentence s, Token arg, ActorLinks actors) {
        List<ActorMention> out = new ArrayList<>();
        Optional<ActorMention> m = actors.at(s.index(), arg.index(), s);
        if (m.isEmpty()) {
            for (Token c : s.children(arg)) if (c.rel().equals("appos") || c.rel().equals("flat")) { m = actors.at(s.index(), c.index(), s); if (m.isPresent()) break; }
        }
        if (m.isEmpty() && (TITLE_NOUNS.contains(arg.lemma()) || COLLECTIVE.contains(arg.lemma().toLowerCase(java.util.Locale.ROOT)))) {
            for (Token c : s.children(arg)) if (c.rel().equals("nmod")) {
                // "leaders of the opposition coalition", "a group of residents": the body or group in the "of" phrase
                List<ActorMention> inner = actorsFor(s, c, actors);
                if (!inner.isEmpty()) { m = Optional.of(inner.get(0)); break; }
            }
        }
        if (m.isEmpty() && RELATIVE.contains(arg.lower()) && arg.upos().equals("PRON")) {
            Optional<Token> clause = s.head(arg);
            if (clause.isPresent() && clause.get().deprel().startsWith("acl")) return actorsFor(s, s.token(clause.get().head()), actors);
        }
        if (m.isEmpty() && arg.isNoun()) {
            // "rebel leaders", "Palestinian leaders": the group or country that qualifies a head no actor covers
            for (Token c : s.children(arg)) if (c.rel().equals("compound") || c.rel().equals("amod")) { m = actors.at(s.index(), c.index(), s); if (m.isPresent()) break; }
        }
        m.ifPresent(out::add);
        for (Token c : s.children(arg)) if (c.rel().equals("conj")) {
            for (ActorMention x : actorsFor(s, c, actors)) if (out.stream().noneMatch(o -> o.actor().id().equals(x.actor().id()))) out.add(x);
        }
        return out;
    }

    /**
     * The agent of a noun trigger that is the object of a verb ("a lancé une offensive", "ordonne le début de
     * l'offensive"): that verb's subject, unless the verb only speaks of the event ("condemned the shelling") or
     * perceives it ("observed explosions"). A noun in any other position ("plongée dans le chaos depuis le meurtre
     * de X") takes no agent from its clause.
     */
    private static List<ActorMention> lightVerbSubject(Sentence s, Token t, PloverType type, ActorLinks actors, TriggerLexicon lex) {
        Token cur = t;
        while (cur.rel().equals("nmod") && cur.head() >= 0) cur = s.token(cur.head());
        if (!cur.rel().equals("obj") || cur.head() < 0) return List.of();
        Token verb = s.token(cur.head());
        if (!verb.isVerb() || statementVerb(lex, verb)) return List.of();
        // "the OSCE SMM observed 27 explosions", "la mission a constaté des tirs": the observer is not the agent
        // (but "observed a sit-in" is holding one)
        if (type != PloverType.PROTEST && PERCEPTION.contains(verb.lemma())) return List.of();
        for (Token c : s.children(verb)) if (c.rel().equals("nsubj")) return actorsFor(s, c, actors);
        return governingSubject(s, verb, actors, type.material());
    }

    private static final Set<String> STATIVE = Set.of("remain", "stay", "be", "go", "keep", "rester", "être", "demeurer");

    /** "Israeli troops remained on alert", "les forces restent en alerte": a state noun under a verb of being is its subject's. */
    private static List<ActorMention> stateSubject(Sentence s, Token t, ActorLinks actors) {
        if (!t.rel().equals("obl") || t.head() < 0 || !STATIVE.contains(s.token(t.head()).lemma())) return List.of();
        for (Token c : s.children(s.token(t.head()))) if (c.deprel().equals("nsubj")) return actorsFor(s, c, actors);
        return List.of();
    }

    /** The agent of a participle on an event noun: "shells fired by LNA forces", "des frappes menées par l'aviation". */
    private static List<ActorMention> participleAgent(Sentence s, Token t, ActorLinks actors) {
        for (Token p : s.children(t)) {
            if (!p.deprel().startsWith("acl")) continue;
            for (Token c : s.children(p))
                if (c.deprel().equals("obl:agent") || (c.rel().equals("obl") || c.rel().equals("nmod")) && s.hasCase(c, AGENT_CASE))
                    return actorsFor(s, c, actors);
        }
        return List.of();
    }

    /**
     * The sides of an event noun that is the subject of a verb of occurrence: "clashes erupted between X and Y",
     * "des affrontements ont éclaté entre X et Y". Both sides are sources (a mutual event).
     */
    private static List<ActorMention> between(Sentence s, Token t, ActorLinks actors) {
        if (!t.rel().equals("nsubj") || t.head() < 0) return List.of();
        List<ActorMention> out = new ArrayList<>();
        for (Token c : s.children(s.token(t.head())))
            if ((c.rel().equals("obl") || c.rel().equals("nmod")) && s.hasCase(c, BETWEEN)) out.addAll(actorsFor(s, c, actors));
        return out;
    }

    /**
     * A verb that speaks about an event rather than doing it ("condemned the shelling", "a démenti l'attaque"): one
     * the lexicon codes as a verbal event (PLOVER's verbal quad classes), or a verb of reporting.
     */
    private static boolean statementVerb(TriggerLexicon lex, Token verb) {
        if (SPEECH.contains(verb.lemma())) return true;
        if (LIGHT.contains(verb.lemma())) return false;
        for (TriggerEntry e : lex.entries(verb.lemma())) {
            if (!e.pos().equals("NOUN") && !e.type().material()) return true;
        }
        return false;
    }

    /** The implicit agent: the controller of an infinitive, the antecedent of a relative, or the subject of the clause above. */
    /** @param material a material act (PLOVER's quad classes 2 and 4), which a reporter does not perform by speaking */
    private static List<ActorMention> governingSubject(Sentence s, Token t, ActorLinks actors, boolean material) {
        Token cur = t;
        for (int hop = 0; hop < 4 && cur.head() >= 0; hop++) {
            Token h = s.token(cur.head());
            // "..., when they blew themselves up, police said": the reporter of an adjunct clause does not do what it
            // tells, though a threat or a promise is made by the speaking ("a déclaré que ses forces étaient prêtes à ...")
            if (material && cur.rel().equals("advcl") && RealisClassifier.REPORT.contains(h.lemma())) return List.of();
            if (cur.deprel().equals("acl:relcl") && !t.isNoun()) {
                List<ActorMention> ante = actorsFor(s, h, actors);
                if (!ante.isEmpty()) return ante;
            }
            for (Token c : s.children(h)) {
                if (c.rel().equals("nsubj") && c != cur && !s.dominates(t, c)) {
                    List<ActorMention> found = actorsFor(s, c, actors);
                    if (!found.isEmpty()) return found;
                }
            }
            cur = h;
        }
        return List.of();
    }

    /**
     * The date expression of the trigger's own clause: one whose nearest verb above is the trigger's clause head,
     * or a participle modifying a noun trigger ("l'offensive lancée le 4 avril"); "réclamé ... l'offensive lancée le
     * 4 avril" does not date the demand.
     */
    private static Optional<TimeExpression> date(Sentence s, Token t, List<TimeExpression> times) {
        Token clause = clauseHead(s, t);
        TimeExpression best = null;
        int bestDist = Integer.MAX_VALUE;
        for (TimeExpression x : times) {
            if (x.sentence() != s.index()) continue;
            Token at = null;
            for (Token k : s.tokens()) if (x.span().contains(k.span()) || k.span().contains(x.span())) { at = k; break; }
            // "the 2017 truck bombing", "l'attentat de 2016": a year on the event noun itself dates it
            // (also through the place that names it: "le massacre de Srebrenica de juillet 1995")
            // and any date does that modifies the event noun directly: "Saturday's truck bombing", "the 10 December raid"
            Token top = at == null ? null : s.headOf(x.span()).orElse(at);
            boolean onTrigger = at != null && t.isNoun() && (top.head() == t.index() && at.index() < t.index()
                    || (x.kind().equals("year") || x.kind().equals("month-year"))
                    && (at.head() == t.index() || at.head() >= 0 && s.token(at.head()).upos().equals("PROPN") && s.token(at.head()).head() == t.index()));
            // a verb that tells what an event noun did ("the 10 December raid that killed 71 soldiers") takes the noun's date
            onTrigger |= at != null && !t.isNoun() && t.deprel().startsWith("acl") && t.head() >= 0 && s.token(t.head()).isNoun() && top.head() == t.head()
                    && at.index() < t.index();
            if (at == null || namePart(s, x) && !onTrigger) continue;
            Token own = at.head() >= 0 ? clauseHead(s, s.token(at.head())) : at;
            boolean sameClause = own.index() == clause.index() || own.head() == t.index() && t.isNoun();
            int up = sameClause && s.dominates(clause, at) ? 0 : governingDepth(s, clause, own);
            if (up < 0) continue;
            // the end of a range ("between 23 Aug and 6 Sept") dates the event only when its start is no date of its own
            // a year on the event noun beats any date of its clause ("commémore samedi le massacre de juillet 1995")
            // a date inside the event noun's own phrase ("condemned the attack on the station on April 8") is the noun's
            boolean inPhrase = t.isNoun() && top != t && s.dominates(t, top);
            int d = onTrigger ? -1 : inPhrase ? 0 : up * 1000 + Math.abs(at.index() - t.index()) + (x.kind().equals(org.herodotus.time.DateTagger.RANGE_END) ? 500 : 0);
            if (d < bestDist) { bestDist = d; best = x; }
        }
        return Optional.ofNullable(best);
    }

    private static final Set<String> NAME_PART = Set.of("compound", "amod", "flat", "nmod:poss");

    /**
     * A date that modifies the noun after it ("the July 7 neighbourhood") is part of a name and dates nothing; one
     * after its noun ("Gharyan jeudi", which the parser may attach as a compound) still dates the clause. A bare
     * number counting a noun ("more than 2000 workers") is no year either.
     */
    private static boolean namePart(Sentence s, TimeExpression x) {
        for (Token k : s.tokens()) {
            if (!x.span().contains(k.span()) || k.head() < 0) continue;
            if (x.span().contains(s.token(k.head()).span())) continue;
            Token head = s.token(k.head());
            // "during the 2011 famine", "lors de la révolution de 2011": a year naming a period the clause happened in dates it
            if ((x.kind().equals("year") || x.kind().equals("month-year")) && s.hasCase(head, PERIOD_CASE)) return false;
            if (k.upos().equals("NUM") && k.deprel().equals("nummod") && head.isNoun() && !YEAR_NOUNS.contains(head.lemma())) return true;
            return NAME_PART.contains(k.deprel()) && head.isNoun() && k.index() < k.head();
        }
        return false;
    }

    /** Prepositions of a period an event happened in. */
    private static final Set<String> PERIOD_CASE = Set.of("during", "amid", "lors", "pendant", "durant");

    private static final Set<String> YEAR_NOUNS = Set.of("year", "years", "an", "ans", "année", "années");

    /**
     * The narrative date of a paragraph: a date that heads a sentence ("On October 29, gunmen ambushed ..."), stands
     * alone as a sentence (a dateline such as "25 Sep." that the splitter cut off) or after a label ("Arrests: 20
     * May."), or the one day a sentence states, dates the events of that sentence and of the following ones in the
     * same paragraph whose own clauses give none.
     */
    private static Optional<TimeExpression> dateline(ParsedArticle a, Sentence s, List<TimeExpression> times) {
        for (int i = s.index(); i >= 0; i--) {
            Sentence cur = a.sentences().get(i);
            if (i < s.index() && a.text().substring(cur.span().end(), a.sentences().get(i + 1).span().start()).contains("\n\n")) break;
            for (TimeExpression x : times) {
                if (x.sentence() != cur.index()) continue;
                String before = a.text().substring(cur.span().start(), x.span().start()).strip();
                String rest = (before + a.text().substring(x.span().end(), cur.span().end())).replaceAll("[\\p{Punct}\\s]", "");
                if (before.isEmpty() || DATELINE_LEAD.matcher(before).matches() || rest.isEmpty() || LABEL.matcher(before).matches() && after(a, cur, x).isEmpty())
                    return Optional.of(x);
            }
            // a sentence that states one day, wherever ("A mob on 17 October disrupted ... stormed"), dates what it and
            // the rest of its paragraph tell without a date of their own
            List<TimeExpression> own = times.stream().filter(x -> x.sentence() == cur.index() && !namePart(cur, x)).toList();
            if (own.size() == 1 && own.get(0).date().precision() == org.herodotus.model.Precision.DAY
                    && !own.get(0).kind().equals(org.herodotus.time.DateTagger.SINCE_KIND) && !own.get(0).kind().equals(org.herodotus.time.DateTagger.RANGE_END)) return Optional.of(own.get(0));
        }
        return Optional.empty();
    }

    /** A heading label before a dateline: "Property destruction: 20 July.", "Arrests: 20 May." */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("(?u)[\\p{L} /&'-]{1,40}:");

    /** What the sentence says after the date expression, punctuation aside. */
    private static String after(ParsedArticle a, Sentence cur, TimeExpression x) {
        return a.text().substring(x.span().end(), cur.span().end()).replaceAll("[\\p{Punct}\\s]", "");
    }

    private static final java.util.regex.Pattern DATELINE_LEAD = java.util.regex.Pattern.compile(
            "(?iu)(on|around|on or around|in|at|by|le|ce|dès le|vers le|dans la nuit du|depuis le)");

    /**
     * How many clauses up {@code own} governs the trigger's clause ("On 3 May, ten people were reported killed":
     * the date of "reported" dates the killing), or -1 when it is no clause above it.
     */
    private static int governingDepth(Sentence s, Token clause, Token own) {
        int depth = 0;
        Token c = clause;
        while (c.head() >= 0) {
            c = clauseHead(s, s.token(c.head()));
            depth++;
            if (c.index() == own.index()) return depth;
            if (depth > 4) break;
        }
        return -1;
    }

    /** A town that opens a dispatch, before a comma or bracket and a dash: "BOGOTA, 20 janvier (AFP) - ...", "KRAMATORSK, April 8 - ...". */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile("(?u)\\s*[,(][^\\n]{0,40}?\\s[-\u2013\u2014]{1,2}\\s");

    /** A date between a dateline town and its dash: "KHARTOUM, 4 juin - ...", "Tripoli, 8 avril (AFP) - ...". */
    private static final java.util.regex.Pattern FILED_BEFORE = java.util.regex.Pattern.compile("(?u)\\s*\\p{Lu}[\\p{L} .'-]{0,40}(\\([^)\\n]{0,30}\\))?,\\s*");
    private static final java.util.regex.Pattern FILED_AFTER = java.util.regex.Pattern.compile("(?u)\\s*(\\([^)\\n]{0,30}\\)\\s*)?[-\u2013\u2014]{1,2}\\s");

    /** Whether a date is the dateline's: the day the dispatch was filed, which dates none of its events. */
    static boolean filedOn(ParsedArticle a, TimeExpression x) {
        Sentence s = a.sentences().get(x.sentence());
        String before = a.text().substring(s.span().start(), x.span().start());
        String after = a.text().substring(x.span().end(), Math.min(s.span().end(), x.span().end() + 40));
        return FILED_BEFORE.matcher(before).matches() && FILED_AFTER.matcher(after).lookingAt();
    }

    /** Whether a place is the dateline of the sentence: where the dispatch was filed, not where its events happened. */
    static boolean dateline(ParsedArticle a, Sentence s, PlaceMention p) {
        if (p.sentence() != s.index() || !a.text().substring(s.span().start(), p.span().start()).isBlank()) return false;
        return DATELINE.matcher(a.text().substring(p.span().end(), Math.min(s.span().end(), p.span().end() + 60))).lookingAt();
    }

    /** The nearest verb at or above a token (the root when there is none). */
    private static Token clauseHead(Sentence s, Token t) {
        Token c = t;
        while (!c.isVerb() && c.head() >= 0) c = s.token(c.head());
        return c;
    }

    /**
     * The event's place: the nearest toponym reached from the trigger through obliques and modifiers ("à Gharyan",
     * "quartiers de Tripoli"); "la capitale" is the focus country's capital and "la ville" the last city named;
     * else a toponym of the same sentence (precision 2); else the source's or article's country (precision 3).
     */
    private Optional<Event.Location> location(ParsedArticle a, Sentence s, Token t, List<ActorMention> source, PlaceLinks places, ActorLinks actors) {
        Deque<Token> queue = new ArrayDeque<>();
        Deque<Integer> depth = new ArrayDeque<>();
        queue.add(t);
        depth.add(0);
        PlaceMention country = null;
        while (!queue.isEmpty()) {
            Token x = queue.poll();
            int d = depth.poll();
            // the parse may hang "in Celaya, Guanajuato, workers protested" on the holder: the place it qualifies is meant
            Optional<PlaceMention> pm = placeAt(places, s, x).map(m -> qualified(a, m, places)).filter(m -> !dateline(a, s, m));
            if (pm.isPresent() && x != t) {
                if (!pm.get().place().isCountry())
                    return Optional.of(pm.get().place().isRegion() ? new Event.Location(atCapital(pm.get()), 3, "attached-region")
                            : relative(s, t, x) ? new Event.Location(pm.get(), 2, "attached-relative")
                            : new Event.Location(pm.get(), precision(pm.get().place()), "attached"));
                if (country == null) country = pm.get();
            }
            if (x != t && pm.isEmpty()) {
                Optional<Event.Location> ana = anaphor(a, s, x, places, actors);
                if (ana.isPresent()) return ana;
            }
            if (d >= 4) continue;
            for (Token c : s.children(x)) {
                if (!PLACE_PATH.contains(c.rel())) continue;
                if (c.rel().equals("nsubj") && !c.deprel().equals("nsubj:pass")) continue;
                queue.add(c);
                depth.add(d + 1);
            }
        }
        PlaceMention near = null;
        int bestDist = Integer.MAX_VALUE;
        for (PlaceMention p : places.mentions()) {
            if (p.sentence() != s.index() || p.place().isCountry() || !canBeEventPlace(p) || qualifiesAnother(a, p, places) || dateline(a, s, p)) continue;
            // a town before a province: "in Karakai (Bungudu LGA, Zamfara)" happened in Karakai
            // ... and a province before a town the sentence only measures from: "a base in Lahj province, 60 km north of Aden"
            int dist = Math.abs(p.span().start() - t.span().start()) + (p.place().isRegion() ? 100_000 : 0)
                    + (p.head() >= 0 && p.head() < s.tokens().size() && measuredFrom(s, s.token(p.head())) ? 200_000 : 0);
            if (dist < bestDist) { bestDist = dist; near = p; }
        }
        if (near != null) return Optional.of(near.place().isRegion() ? new Event.Location(atCapital(near), 3, "same-sentence-region")
                : new Event.Location(near, Math.max(2, precision(near.place())), "same-sentence"));
        // a dispatch filed from a town that tells no other place: the event is near where it was filed
        for (PlaceMention p : places.mentions())
            if (p.sentence() == s.index() && !p.place().isCountry() && dateline(a, s, p)) return Optional.of(new Event.Location(p, 2, "dateline"));
        // "In Iquique (Tarapaca), residents set up barricades. Police dispersed them.": the place of the sentences just
        // before, when the sentence names none (and its country, if it names one, holds it)
        PlaceMention before = null;
        for (PlaceMention p : places.mentions())
            if (p.sentence() < s.index() && p.sentence() >= s.index() - PREVIOUS_SENTENCES && !p.place().isCountry() && canBeEventPlace(p)
                    && !qualifiesAnother(a, p, places) && (country == null || country.place().country().equals(p.place().country()))
                    && (before == null || p.sentence() >= before.sentence())) before = p;
        if (before != null) return Optional.of(before.place().isRegion() ? new Event.Location(atCapital(before), 3, "previous-sentence-region")
                : new Event.Location(before, 2, "previous-sentence"));
        if (country != null) return Optional.of(new Event.Location(atCapital(country), 3, "attached-country"));
        // "the missionaries abducted near Ganthier on Saturday, Haiti's justice minister said": the one country the
        // sentence names, before the article's (a nationality word tells who, not where: "Turkish shelling")
        PlaceMention named = null;
        for (PlaceMention p : places.mentions()) {
            if (p.sentence() != s.index() || !p.place().isCountry() || p.by().equals(org.herodotus.places.PassChainGeocoder.DEMONYM)) continue;
            if (named != null && !named.place().country().equals(p.place().country())) { named = null; break; }
            named = p;
        }
        if (named != null) return Optional.of(new Event.Location(atCapital(named), 3, "same-sentence-country"));
        // the country the article happens in (its places weigh in) before the actor's own: US forces in Syria are in Syria
        Optional<org.herodotus.model.CountryCode> cc = actors.focusCountry().filter(c -> gazetteer.country(c).isPresent());
        if (cc.isEmpty()) cc = source.stream().map(m -> m.collective().country()).flatMap(Optional::stream)
                .filter(c -> gazetteer.country(c).isPresent()).findFirst();
        return cc.flatMap(gazetteer::country).map(c -> new Event.Location(atCapital(
                new PlaceMention(s.index(), t.span(), t.span().of(a.text()), t.index(), c.place(), "country-fallback", 1)), 3, "country-fallback"));
    }

    /**
     * An event known only to the country is put at the capital (precision 3), where country-level news happens most
     * (a government's decision, a protest "in Greece"), and one known only to a province at its largest town: the
     * country's or province's own place lies at its centre, which is nowhere in particular. The place keeps the
     * country's or province's name and code.
     */
    private PlaceMention atCapital(PlaceMention m) {
        Place c = m.place();
        Optional<Place> cap = c.isRegion() ? gazetteer.seat(c) : c.isCountry() ? gazetteer.capital(c.country()) : Optional.empty();
        if (cap.isEmpty()) return m;
        Place at = new Place(c.id(), c.name(), c.country(), c.admin1(), c.featureClass(), c.featureCode(), cap.get().lat(), cap.get().lon(), c.population());
        return new PlaceMention(m.sentence(), m.span(), m.text(), m.head(), at, m.by(), m.candidates());
    }

    private static final Set<String> RELATIVE_WORDS = Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "outskirts", "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "nord", "sud", "est",
            "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "périphérie", "environs", "kilomètres", "kilomètre", "banlieue");

    /**
     * Whether the place is only the reference of the event's place: "à une centaine de kilomètres au sud de Tripoli",
     * "40 km north of Mogadishu", "on the outskirts of Sirte" (a direction or a distance on the path from the place
     * up to the trigger, or beside the place).
     */
    private static boolean relative(Sentence s, Token trigger, Token place) {
        for (Token cur = place; cur != null && cur != trigger; cur = s.head(cur).orElse(null)) {
            if (RELATIVE_WORDS.contains(cur.lower())) return true;
            for (Token c : s.children(cur)) if (c != place && RELATIVE_WORDS.contains(c.lower())) return true;
        }
        return false;
    }

    /** A place the text measures from: its own head is a distance or a direction ("60 km north of Aden", "au sud de Tripoli"). */
    private static boolean measuredFrom(Sentence s, Token place) {
        Token cur = place;
        for (int hop = 0; hop < 3 && cur.head() >= 0; hop++) {
            Token h = s.token(cur.head());
            if (RELATIVE_WORDS.contains(h.lower())) return true;
            if (h.isNoun() || h.isVerb()) return false;
            cur = h;
        }
        return false;
    }

    /**
     * A nationality word ("Turkish shelling") or a place across borders ("in Africa", "the Mediterranean") is never
     * where an event happened: the text names where only more precisely, or not at all.
     */
    private static boolean canBeEventPlace(PlaceMention p) {
        return !p.by().equals(PassChainGeocoder.DEMONYM) && !p.place().isMultinational();
    }

    /** How far back a sentence without a place of its own looks for one. */
    private static final int PREVIOUS_SENTENCES = 2;

    /**
     * Whether the mention only says where another one lies: "Campinas, Sao Paulo", "Soweto (City of Johannesburg,
     * Gauteng)": the place right after another place and a comma or bracket (or after such a holder) is no event's.
     */
    private static boolean qualifiesAnother(ParsedArticle a, PlaceMention p, PlaceLinks places) { return qualified(a, p, places) != p; }

    /** The place a mention qualifies, following a chain of holders back to the first ("Soweto" for "Gauteng"); else itself. */
    private static PlaceMention qualified(ParsedArticle a, PlaceMention p, PlaceLinks places) {
        PlaceMention cur = p;
        for (int guard = 0; guard < 4; guard++) {
            PlaceMention prev = null;
            for (PlaceMention q : places.mentions()) {
                if (q == cur || q.sentence() != cur.sentence() || q.span().end() > cur.span().start()) continue;
                String between = a.text().substring(q.span().end(), cur.span().start()).strip();
                if (between.equals(",") || between.equals("(")) prev = q;
            }
            if (prev == null || !canBeEventPlace(prev)) return cur;
            cur = prev;
        }
        return cur;
    }

    /** ACLED's geo-precision of a place named as such: a town 1, a county 2, a region or a natural feature 3. */
    private static int precision(Place p) {
        return p.featureClass().equals("P") ? 1 : p.featureCode().equals("ADM2") ? 2 : 3;
    }

    private static Optional<PlaceMention> placeAt(PlaceLinks places, Sentence s, Token x) {
        for (PlaceMention p : places.mentions())
            if (p.sentence() == s.index() && canBeEventPlace(p) && (p.head() == x.index() || p.span().contains(x.span()))) return Optional.of(p);
        return Optional.empty();
    }

    private Optional<Event.Location> anaphor(ParsedArticle a, Sentence s, Token x, PlaceLinks places, ActorLinks actors) {
        boolean named = false;
        // "Salem city", "la ville de Syrte", "the city, Afrin": a city that is named is that one, no anaphor
        for (Token c : s.children(x)) named |= c.rel().equals("appos") || c.rel().equals("flat") || c.rel().equals("nmod") || c.rel().equals("compound")
                && Character.isUpperCase(c.word().codePointAt(0));
        if (named) return Optional.empty();
        if (CAPITAL.contains(x.lemma()) && actors.focusCountry().isPresent()) {
            Optional<Place> cap = gazetteer.capital(actors.focusCountry().get());
            return cap.map(p -> new Event.Location(new PlaceMention(s.index(), x.span(), x.span().of(a.text()), x.index(), p, "capital-anaphor", 1), 1, "capital-anaphor"));
        }
        if (CITY.contains(x.lemma())) {
            PlaceMention last = null;
            for (PlaceMention p : places.mentions())
                if (!p.place().isCountry() && canBeEventPlace(p) && p.span().end() <= x.span().start()) last = p;
            if (last != null) {
                PlaceMention p = new PlaceMention(s.index(), x.span(), x.span().of(a.text()), x.index(), last.place(), "city-anaphor", 1);
                return Optional.of(new Event.Location(p, 1, "city-anaphor"));
            }
        }
        return Optional.empty();
    }

    private static final Set<String> LIGHT_VERBS = Set.of("stage", "hold", "launch", "carry", "conduct", "mount", "organise", "organize", "lead",
            "begin", "start", "continue", "erupt", "break", "take", "perform", "do", "mener", "lancer", "organiser", "tenir", "effectuer", "procéder", "déclencher",
            "éclater", "poursuivre", "commencer", "entamer");
    private static final Set<String> ADJUNCT = Set.of("advcl", "acl");

    /**
     * How sure the coder is, from the shape of the evidence: a verb trigger, or a noun carried by a light verb ("staged
     * a protest", "clashes erupted"), in the main clause, with known actors and an attached place scores high; a
     * trigger in an adjunct clause ("..., demanding wages", "..., killing two") is usually a detail of another event.
     */
    private static double confidence(Sentence s, Token t, TriggerEntry e, List<ActorMention> source, Optional<Event.Location> loc, TriggerLexicon lex) {
        double c = t.isVerb() ? 0.75 : 0.65;
        Token nounHead = t;
        while (nounHead.rel().equals("conj") && nounHead.head() >= 0 && s.token(nounHead.head()).isNoun()) nounHead = s.token(nounHead.head());
        if (!t.isVerb() && s.head(nounHead).map(h -> LIGHT_VERBS.contains(h.lemma())).orElse(false)) c += 0.1;
        if (ADJUNCT.contains(t.rel())) c -= 0.1;
        if (outcomeWord(lex, t)) c -= 0.1;
        if (!e.conditions().isEmpty()) c += 0.05;
        if (source.isEmpty()) c -= 0.2;
        else if (source.stream().allMatch(m -> m.actor().known())) c += 0.1;
        if (loc.isPresent() && loc.get().precision() == 1) c += 0.05;
        return Math.max(0.05, Math.min(0.95, Math.round(c * 100) / 100.0));
    }

    static String id(String article, int sentence, Span trigger, TriggerEntry e, String dictionaries) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String key = article + "|" + sentence + "|" + trigger.start() + "|" + trigger.end() + "|" + e.type() + "|" + e.mode().orElse("")
                    + "|" + dictionaries;
            return HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 20);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
