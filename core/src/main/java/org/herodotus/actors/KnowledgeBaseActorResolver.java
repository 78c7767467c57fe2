package org.herodotus.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.model.CountryCode;
import org.herodotus.model.Lang;
import org.herodotus.model.PartialDate;
import org.herodotus.model.Sector;
import org.herodotus.model.Span;
import org.herodotus.places.PlaceLinks;
import org.herodotus.places.PlaceMention;
import org.herodotus.text.Normalizer;
import org.herodotus.text.ParsedArticle;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;

/**
 * Resolves actor mentions against the {@link KnowledgeBase} in named steps, in this order: dictionary names
 * (longest match), in-text acronym definitions ("Armée nationale libyenne (ANL)"), generic agents combined with a
 * country, an organisation, a loyalty or a possessive ("les forces libyennes", "militaires de l'ANL", "forces
 * fidèles au maréchal Haftar", "ses troupes"), persons tied to an organisation by the KB at the article's date or
 * by a title in the text, and finally open actors for named persons and organisations the KB lacks.
 */
public final class KnowledgeBaseActorResolver implements ActorResolver {
    private static final Set<String> LOYAL = Set.of("fidèle", "fidele", "loyal", "loyale", "loyaliste", "proche", "allié", "alliée",
            "affilié", "affiliée", "aligned", "allied", "affiliated", "backed", "soutenu");
    private static final Set<String> POSSESSIVE = Set.of("son", "sa", "ses", "leur", "leurs", "its", "their", "his", "her");
    private static final Set<String> TITLES = Set.of("chef", "commandant", "président", "dirigeant", "leader", "porte-parole",
            "head", "commander", "chief", "president", "spokesman", "spokesperson", "spokeswoman", "secrétaire", "secretary",
            "émissaire", "envoyé", "envoy", "ministre", "minister", "responsable", "official");
    private static final Set<String> RANKS = Set.of("général", "maréchal", "commandant", "capitaine", "cheikh",
            "general", "marshal", "captain", "sheikh", "m.", "mr", "mr.", "président", "president", "ministre", "minister");

    private final KnowledgeBase kb;

    public KnowledgeBaseActorResolver(KnowledgeBase kb) { this.kb = kb; }

    @Override public String version() { return kb.version(); }

    @Override public ActorLinks resolve(ParsedArticle a) { return resolve(a, new PlaceLinks(List.of(), Map.of())); }

    /**
     * Resolves with the evidence of the article's places added to the focus-country vote, so that agents and open
     * actors with no country in their phrase take the country where the article happens ("police dispersed the
     * crowd in Nakuru" → Police Forces of Kenya).
     */
    @Override public ActorLinks resolve(ParsedArticle a, PlaceLinks places) {
        Map<CountryCode, Integer> placeVotes = placeVotes(places);
        Map<String, Integer> counters = new LinkedHashMap<>();
        List<ActorMention> found = new ArrayList<>();
        Map<String, Actor> acronyms = new HashMap<>();
        for (Sentence s : a.sentences()) dictionary(a, s, found, counters);
        for (Sentence s : a.sentences()) acronymDefinitions(a, s, found, acronyms, counters);
        // an acronym the article defines means what the article says, whatever else the KB knows by it
        found.removeIf(m -> m.by().equals("dictionary") && acronyms.containsKey(m.text()) && !acronyms.get(m.text()).equals(m.actor()));
        for (Sentence s : a.sentences()) acronymUses(a, s, found, acronyms, counters);
        Optional<CountryCode> textFocus = focusCountry(a, found, Map.of());
        Optional<CountryCode> focus = focusCountry(a, found, placeVotes);
        boolean fromPlaces = !focus.equals(textFocus);
        PartialDate when = a.article().date();
        List<ActorMention> withOrgs = new ArrayList<>();
        for (ActorMention m : found) {
            Optional<Actor> org = m.actor().kind() == ActorKind.PERSON ? kb.affiliation(m.actor().id(), when) : Optional.empty();
            withOrgs.add(org.map(o -> new ActorMention(m.sentence(), m.span(), m.text(), m.head(), m.actor(), Optional.of(o), m.by())).orElse(m));
        }
        found = withOrgs;
        for (Sentence s : a.sentences()) open(a, s, found, focus, places, counters);
        for (Sentence s : a.sentences()) titledPersons(a, s, found, counters);
        for (Sentence s : a.sentences()) titles(a, s, found, counters);
        titleCoreference(a, found, counters);
        for (PlaceMention pm : places.mentions()) capital(a, pm, found, counters);
        for (Sentence s : a.sentences()) agents(a, s, found, focus, fromPlaces, counters);
        for (Sentence s : a.sentences()) demonymModifiers(a, s, found, counters);
        found.sort((x, y) -> x.span().start() != y.span().start() ? Integer.compare(x.span().start(), y.span().start())
                : Integer.compare(y.span().length(), x.span().length()));
        return new ActorLinks(found, focus, counters);
    }

    /** Per country, the evidence of the article's geocoded places: 2 for each town or site, 1 for each country name. */
    static Map<CountryCode, Integer> placeVotes(PlaceLinks pl) {
        Map<CountryCode, Integer> votes = new HashMap<>();
        // nationality words are counted by the text's own vote already
        for (PlaceMention m : pl.mentions())
            if (!m.by().equals(org.herodotus.places.PassChainGeocoder.DEMONYM) && !m.place().isMultinational()) votes.merge(m.place().country(), m.place().isCountry() ? 1 : 2, Integer::sum);
        return votes;
    }

    /** Words of a title before a person's name: "Israeli Prime Minister Ehud Barak", "le président kényan". */
    private static final Set<String> HEAD_OF_GOVERNMENT = Set.of("president", "prime", "premier", "minister", "chancellor", "king", "emir",
            "sultan", "queen", "président", "ministre", "chancelier", "roi", "émir", "reine", "secretary", "secrétaire", "foreign", "defence",
            "defense", "interior", "deputy", "vice", "vice-president", "vice-président", "leader", "dirigeant", "ruler", "head");

    /**
     * Titled-person step: a person named after a title with a nationality ("Russian President Boris Yeltsin",
     * "Israeli Prime Minister Ehud Barak", "le ministre libyen X") belongs to that country; a head-of-government
     * title ties the person to the country's government unless the KB already ties them at the article's date.
     */
    private void titledPersons(ParsedArticle a, Sentence s, List<ActorMention> found, Map<String, Integer> counters) {
        List<Token> t = s.tokens();
        for (int idx = 0; idx < found.size(); idx++) {
            ActorMention p = found.get(idx);
            if (p.sentence() != s.index() || p.actor().kind() != ActorKind.PERSON || p.organisation().isPresent()) continue;
            int first = tokenAt(s, p.span().start());
            Optional<CountryCode> country = Optional.empty();
            Optional<Actor> body = Optional.empty();
            boolean government = false;
            int from = first;
            for (int k = first - 1; k >= Math.max(0, first - 6); k--) {
                Token w = t.get(k);
                String l = w.lower();
                if (HEAD_OF_GOVERNMENT.contains(l) || RANKS.contains(l) || TITLES.contains(l) || l.startsWith("secretary-") || l.startsWith("secrétaire")) {
                    government |= HEAD_OF_GOVERNMENT.contains(l);
                    from = k;
                    continue;
                }
                Optional<ActorMention> org = mentionAt(s, w, found).filter(m -> m.actor().kind().isCollective() && m.actor().kind() != ActorKind.STATE);
                if (org.isPresent() && body.isEmpty()) {
                    // "U.N. Secretary-General Kofi Annan", "Arab League Secretary-General X": the body before the title
                    body = Optional.of(org.get().collective());
                    k = tokenAt(s, org.get().span().start());
                    from = k;
                    continue;
                }
                Optional<CountryCode> d = nationality(w);
                if (d.isPresent()) { country = d; from = k; continue; }
                if (w.word().equals("'s") && k > 0 || w.word().equals("-")) continue;
                break;
            }
            int to = tokenAt(s, p.span().end() - 1);
            if (body.isEmpty() && to + 2 < t.size() && t.get(to + 1).word().equals(",")) {
                // "Kenzo Oshima, the United Nations Emergency Relief Coordinator": a body in the apposition after the name
                int k = to + 2;
                while (k < t.size() && t.get(k).upos().equals("DET")) k++;
                if (k < t.size()) {
                    Token w = t.get(k);
                    body = mentionAt(s, w, found)
                            .filter(m -> m.actor().kind().isCollective() && m.actor().kind() != ActorKind.STATE && m.span().start() == w.span().start())
                            .map(ActorMention::collective);
                }
            }
            if (country.isEmpty() && body.isEmpty()) continue;
            Optional<CountryCode> own = country.isPresent() ? country : body.flatMap(Actor::country);
            Actor person = p.actor().known() ? p.actor() : new Actor(p.actor().id(), p.actor().name(), ActorKind.PERSON, own, p.actor().sectors(),
                    Optional.empty(), false);
            Optional<Actor> titled = body.isPresent() ? body
                    : government ? kb.actor(KnowledgeBase.institutionId(country.get(), Sector.of("GOV"))) : Optional.empty();
            Optional<Actor> org = p.actor().known() ? kb.affiliation(p.actor().id(), a.article().date()).or(() -> titled) : titled;
            Span wide = Span.cover(t.get(from).span(), p.span());
            ActorMention m = new ActorMention(p.sentence(), wide, wide.of(a.text()), p.head(), person, org, p.by() + "+title", p.role());
            found.set(idx, m);
            found.removeIf(o -> o != m && o.sentence() == s.index() && wide.contains(o.span()) && !o.span().equals(wide));
            count(counters, "actors.title-country");
        }
    }

    /**
     * Coreference step for titles: once the article has named "le maréchal Khalifa Haftar" or "General X", a later
     * "le maréchal" / "the general" with no name after it is that person (and stands for the body they lead at the
     * article's date). The latest person named with that title wins; a title never seen with a name stays unresolved.
     */
    private void titleCoreference(ParsedArticle a, List<ActorMention> found, Map<String, Integer> counters) {
        Map<String, ActorMention> byTitle = new HashMap<>();
        List<ActorMention> added = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Token> t = s.tokens();
            for (Token x : t) {
                String title = x.lower();
                if (!RANKS.contains(title) && !TITLES.contains(title) || x.word().endsWith(".")) continue;
                Optional<ActorMention> named = Optional.empty();
                if (x.index() + 1 < t.size()) {
                    Token next = t.get(x.index() + 1);
                    for (ActorMention m : found)
                        if (m.sentence() == s.index() && m.actor().kind() == ActorKind.PERSON && m.span().contains(next.span())) named = Optional.of(m);
                }
                if (named.isPresent()) { byTitle.put(title, named.get()); continue; }
                boolean definite = s.children(x).stream().anyMatch(c -> c.rel().equals("det") && DEFINITE.contains(c.lower()));
                ActorMention ante = byTitle.get(title);
                if (!definite || ante == null || covered(found, s.index(), x.span()) || hasNmod(s, x)) continue;
                added.add(new ActorMention(s.index(), x.span(), x.word(), x.index(), ante.actor(), ante.organisation(), "coreference", ante.role()));
                count(counters, "actors.coreference");
            }
        }
        found.addAll(added);
    }

    private static final Set<String> DEFINITE = Set.of("le", "la", "l'", "the");

    /** "le chef de l'ONU" names its own body: not a coreference. */
    private static boolean hasNmod(Sentence s, Token x) {
        for (Token c : s.children(x)) if (c.rel().equals("nmod") || c.rel().equals("appos") || c.rel().equals("flat")) return true;
        return false;
    }

    /** "selon Kiev", "according to Moscow", "d'après Washington": a capital as the source of a report. */
    private static final java.util.Set<String> SOURCE_CASES = java.util.Set.of("selon", "according", "d'après", "d’après");

    /**
     * Capital step: a capital city that is the subject of a verb or the source of a report stands for its government
     * ("Berlin rejected the calls", "Beyrouth a rejeté l'appel", "selon Kiev"), as in CAMEO coding; a capital anywhere
     * else is a place.
     */
    private void capital(ParsedArticle a, PlaceMention pm, List<ActorMention> found, Map<String, Integer> counters) {
        if (!pm.place().isCapital()) return;
        // an open actor the tagger made of the capital's name ("Kyiv" read as an organisation) gives way to its government
        boolean onlyOpen = found.stream().filter(m -> m.sentence() == pm.sentence() && m.span().overlaps(pm.span()))
                .allMatch(m -> !m.actor().known() && m.span().equals(pm.span()));
        if (!onlyOpen) return;
        Sentence s = a.sentences().get(pm.sentence());
        Token head = s.token(pm.head());
        boolean subject = head.rel().equals("nsubj") && head.head() >= 0 && s.token(head.head()).isVerb();
        boolean source = false;
        for (Token c : s.children(head)) source |= c.rel().equals("case") && SOURCE_CASES.contains(c.lower());
        if (!subject && !source) return;
        Optional<Actor> gov = kb.actor(KnowledgeBase.institutionId(pm.place().country(), Sector.of("GOV")));
        if (gov.isEmpty()) return;
        found.removeIf(m -> m.sentence() == pm.sentence() && m.span().equals(pm.span()));
        found.add(new ActorMention(s.index(), pm.span(), pm.text(), pm.head(), gov.get(), Optional.empty(), "capital"));
        count(counters, "actors.capital");
    }

    private static void count(Map<String, Integer> c, String k) { c.merge(k, 1, Integer::sum); }

    private static boolean covered(List<ActorMention> found, int sentence, Span sp) {
        for (ActorMention m : found) if (m.sentence() == sentence && m.span().overlaps(sp)) return true;
        return false;
    }

    private static int headOf(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            int h = s.token(i).head();
            if (h < from || h > to) return i;
        }
        return from;
    }

    private static boolean capitalised(String w) { return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)); }

    /**
     * Dictionary step: the longest token sequence whose folded text is a KB name; one-word names must be capitalised
     * unless the KB spells them in lower case ("les talibans").
     */
    private void dictionary(ParsedArticle a, Sentence s, List<ActorMention> found, Map<String, Integer> counters) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            Token first = t.get(i);
            boolean matched = false;
            if (!first.upos().equals("DET") && !first.upos().equals("ADP") && !first.upos().equals("PUNCT")) {
                for (int n = Math.min(kb.maxNameWords() + 2, t.size() - i); n >= 1 && !matched; n--) {
                    int j = i + n - 1;
                    Span sp = s.spanOf(i, j);
                    String surface = sp.of(a.text());
                    if (n == 1 && !capitalised(surface) && !kb.namedInLowerCase(Normalizer.fold(surface))) continue;
                    List<Actor> hits = kb.byName(Normalizer.fold(surface));
                    // "the US dollar": a state's name before a currency is the currency's
                    if (hits.size() == 1 && hits.get(0).kind() == ActorKind.STATE && org.herodotus.places.PassChainGeocoder.namesCurrency(t, j + 1)) continue;
                    if (hits.size() == 1 && !covered(found, s.index(), sp)) {
                        found.add(new ActorMention(s.index(), sp, surface, headOf(s, i, j), hits.get(0), Optional.empty(), "dictionary"));
                        count(counters, "actors.dictionary");
                        i = j + 1;
                        matched = true;
                    } else if (hits.size() > 1) {
                        count(counters, "actors.ambiguous");
                    }
                }
            }
            if (!matched) i++;
        }
    }

    private static boolean isAcronym(String w) {
        if (w.length() < 2 || w.length() > 8) return false;
        int upper = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isUpperCase(c)) upper++;
            else if (!Character.isLowerCase(c) && c != '-' && c != '.' && !Character.isDigit(c)) return false;
        }
        return upper * 2 > w.length() && Character.isUpperCase(w.charAt(0));
    }

    /** "Armée nationale libyenne (ANL)", "Southern Transitional Council (STC)": the bracketed acronym names the actor before it. */
    private void acronymDefinitions(ParsedArticle a, Sentence s, List<ActorMention> found, Map<String, Actor> acronyms, Map<String, Integer> counters) {
        List<Token> t = s.tokens();
        for (int k = 1; k + 1 < t.size(); k++) {
            if (!t.get(k - 1).word().equals("(") || !t.get(k + 1).word().equals(")") || !isAcronym(t.get(k).word())) continue;
            Token acr = t.get(k);
            int before = k - 2;
            if (before < 0) continue;
            Optional<ActorMention> prev = Optional.empty();
            for (ActorMention m : found) if (m.sentence() == s.index() && m.span().end() <= t.get(k - 1).span().start()
                    && m.span().end() >= t.get(before).span().end()) prev = Optional.of(m);
            Actor actor;
            if (prev.isPresent()) {
                actor = prev.get().actor();
            } else {
                int start = before;
                while (start >= 0 && (t.get(start).nerOrganisation() || t.get(start).nerPerson())) start--;
                start++;
                if (start > before) continue;
                String name = s.spanOf(start, before).of(a.text());
                actor = openActor(name, ActorKind.ORGANISATION, start < before ? nationality(t.get(start)) : Optional.empty(), List.of());
                found.add(new ActorMention(s.index(), s.spanOf(start, before), name, headOf(s, start, before), actor, Optional.empty(), "open"));
                count(counters, "actors.open");
            }
            acronyms.put(acr.word(), actor);
            found.removeIf(m -> m.sentence() == s.index() && m.span().equals(acr.span()) && !m.actor().equals(actor));
            if (!covered(found, s.index(), acr.span())) {
                found.add(new ActorMention(s.index(), acr.span(), acr.word(), k, actor, Optional.empty(), "acronym"));
                count(counters, "actors.acronym");
            }
        }
    }

    private void acronymUses(ParsedArticle a, Sentence s, List<ActorMention> found, Map<String, Actor> acronyms, Map<String, Integer> counters) {
        if (acronyms.isEmpty()) return;
        for (Token tok : s.tokens()) {
            Actor act = acronyms.get(tok.word());
            if (act != null && !covered(found, s.index(), tok.span())) {
                found.add(new ActorMention(s.index(), tok.span(), tok.word(), tok.index(), act, Optional.empty(), "acronym"));
                count(counters, "actors.acronym");
            }
        }
    }

    /**
     * The country the article is about: the most mentioned through known actors (2 each, IGOs 0 but a mission 2 for
     * the country it works in), demonyms and
     * one-word country names (1 each, also inside longer names such as "Mission d'appui des Nations unies en Libye"),
     * plus the votes of its geocoded places.
     */
    private Optional<CountryCode> focusCountry(ParsedArticle a, List<ActorMention> found, Map<CountryCode, Integer> placeVotes) {
        Map<CountryCode, Integer> votes = new HashMap<>(placeVotes);
        for (ActorMention m : found) m.actor().country().filter(c -> kb.countryName(c).isPresent())
                .ifPresent(c -> votes.merge(c, m.actor().kind() == ActorKind.IGO ? 0 : m.actor().kind() == ActorKind.ARMED_GROUP ? 1 : 2, Integer::sum));
        // a mission names the country it works in: "the OSCE SMM observed..." happens in Ukraine
        for (ActorMention m : found) kb.host(m.actor()).ifPresent(c -> votes.merge(c, 2, Integer::sum));
        for (Sentence s : a.sentences()) for (Token t : s.tokens()) {
            if (org.herodotus.places.PassChainGeocoder.namesCurrency(s.tokens(), t.index() + 1)) continue;
            kb.demonym(t.word()).ifPresent(c -> votes.merge(c, 1, Integer::sum));
            if (capitalised(t.word()))
                for (Actor st : kb.byName(Normalizer.fold(t.word())))
                    if (st.kind() == ActorKind.STATE) st.country().ifPresent(c -> votes.merge(c, 1, Integer::sum));
        }
        return votes.entrySet().stream().filter(e -> e.getValue() > 0)
                .max((x, y) -> x.getValue().equals(y.getValue()) ? y.getKey().value().compareTo(x.getKey().value()) : Integer.compare(x.getValue(), y.getValue()))
                .map(Map.Entry::getKey);
    }

    private static Actor openActor(String name, ActorKind kind, Optional<CountryCode> country, List<Sector> sectors) {
        String id = "open:" + Normalizer.fold(name).replace(' ', '-');
        return new Actor(new ActorId(id), name.trim(), kind, country, sectors, Optional.empty(), false);
    }

    private static final Set<String> MEMBERSHIP = Set.of("from", "of", "de", "du", "des");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "around", "across", "inside", "outside", "dans", "près", "en", "au", "aux");

    /**
     * A name the tagger took for a person or an organisation but that sits where places sit: after a locative
     * preposition ("in Cabo Delgado", "dans le Nord"), in brackets after another name ("Monterrey (Nuevo Leon)") or
     * after a place and a comma ("Juina, Mato Grosso"). Regions the gazetteer lacks are not actors. Acronyms in
     * brackets are left to the acronym step.
     */
    private static boolean placeLike(Sentence s, int start, int end, PlaceLinks places) {
        List<Token> t = s.tokens();
        // "in Juina, Mato Grosso": a name right after a place and a comma is the place's region
        if (start >= 2 && t.get(start - 1).word().equals(",")) {
            int before = t.get(start - 2).span().end();
            for (PlaceMention pm : places.mentions()) if (pm.sentence() == s.index() && pm.span().end() == before) return true;
        }
        int head = headOf(s, start, end);
        for (Token c : s.children(t.get(head))) if (c.rel().equals("case") && LOCATIVE.contains(c.lower())) return true;
        boolean bracketed = start > 0 && t.get(start - 1).word().equals("(") && end + 1 < t.size()
                && (t.get(end + 1).word().equals(")") || t.get(end + 1).word().equals(","));
        return bracketed && !(start == end && isAcronym(t.get(start).word()));
    }

    /** The country a word names as a demonym or a one-word country name ("US Congress", "the Kenyan Sacco"). */
    private Optional<CountryCode> nationality(Token w) { return nationality(w.word()); }

    private Optional<CountryCode> nationality(String word) {
        Optional<CountryCode> d = kb.demonym(word);
        if (d.isEmpty() && capitalised(word))
            d = kb.byName(Normalizer.fold(word)).stream().filter(x -> x.kind() == ActorKind.STATE).findFirst().flatMap(Actor::country);
        return d;
    }

    /** Words that only qualify an institution: "Nigerian Armed Forces", "Military Police", "Forces armées maliennes". */
    private static final Set<String> QUALIFIERS = Set.of("armed", "national", "security", "special", "federal", "military", "state",
            "royal", "republican", "popular", "local", "regional", "defence", "defense", "riot", "civil", "civilian", "the", "armée", "armées",
            "nationale", "nationales", "spéciales", "forces");

    /** Whether the words before an agent noun in a name are only demonyms, country names or qualifiers. */
    private boolean generic(List<Token> words) {
        for (Token w : words) {
            String l = w.lower();
            if (QUALIFIERS.contains(l) || kb.demonym(w.word()).isPresent()) continue;
            boolean state = kb.byName(Normalizer.fold(w.word())).stream().anyMatch(x -> x.kind() == ActorKind.STATE);
            if (!state) return false;
        }
        return true;
    }

    /** Open actors: named persons and organisations (by NER) that no KB name covers keep their surface name. */
    private void open(ParsedArticle a, Sentence s, List<ActorMention> found, Optional<CountryCode> focus, PlaceLinks places,
                      Map<String, Integer> counters) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            Token x = t.get(i);
            boolean per = x.nerPerson(), org = x.nerOrganisation();
            if ((!per && !org) || !x.upos().equals("PROPN") && !capitalised(x.word())) { i++; continue; }
            int j = i;
            while (j + 1 < t.size() && t.get(j + 1).nerBare().equals(x.nerBare()) && !t.get(j + 1).upos().equals("PUNCT")) j++;
            while (j > i && !capitalised(t.get(j).word())) j--;
            int start = i;
            while (start < j && (!capitalised(t.get(start).word()) || RANKS.contains(t.get(start).lower()) || t.get(start).upos().equals("DET"))) start++;
            Span sp = s.spanOf(start, j);
            String lang = a.lang() == Lang.FR ? "fr" : "en";
            Token last = t.get(j);
            Optional<Agent> kindOf = per ? Optional.empty() : common(lang, last).or(() -> kb.agent(lang, last.lemma()));
            boolean institution = kindOf.isPresent() && generic(t.subList(start, j));
            if (placeLike(s, start, j, places)) {
                count(counters, "actors.open-skipped-place");
                i = j + 1;
                continue;
            }
            if (capitalised(t.get(start).word()) && !covered(found, s.index(), sp) && !institution) {
                String name = sp.of(a.text());
                // "US Congress", "the Kenyan Tana Union", "Montenegro Municipality Association": a nationality before or opening the name
                Optional<CountryCode> own = Optional.empty();
                if (!per && start > 0) own = nationality(t.get(start - 1));
                if (!per && own.isEmpty() && start < j) own = nationality(t.get(start));
                Actor open = openActor(name, per ? ActorKind.PERSON : ActorKind.ORGANISATION, own.or(() -> focus),
                        kindOf.map(Agent::sector).stream().toList());
                found.add(new ActorMention(s.index(), sp, name, headOf(s, start, j), open, Optional.empty(), "open"));
                count(counters, "actors.open");
            }
            i = j + 1;
        }
    }

    /**
     * Title step: "Le chef du Conseil militaire de Misrata, le général Ibrahim Ben Rajab" ties the person to the
     * organisation named in the title phrase beside it; the mention then spans both.
     */
    private void titles(ParsedArticle a, Sentence s, List<ActorMention> found, Map<String, Integer> counters) {
        List<Token> t = s.tokens();
        for (int idx = 0; idx < found.size(); idx++) {
            ActorMention p = found.get(idx);
            if (p.sentence() != s.index() || p.actor().kind() != ActorKind.PERSON || p.organisation().isPresent()) continue;
            int first = tokenAt(s, p.span().start()), k = first - 1;
            while (k >= 0 && (t.get(k).upos().equals("DET") || RANKS.contains(t.get(k).lower()))) k--;
            if (k < 0 || !t.get(k).word().equals(",")) continue;
            int commaTok = k;
            for (ActorMention o : found) {
                if (o.sentence() != s.index() || o == p || !o.actor().kind().isCollective() || o.actor().kind() == ActorKind.STATE) continue;
                if (o.span().end() > t.get(commaTok).span().start() || tokenAt(s, o.span().end() - 1) != commaTok - 1) continue;
                int os = tokenAt(s, o.span().start());
                for (int b = os - 1; b >= Math.max(0, os - 4); b--) {
                    if (TITLES.contains(t.get(b).lower())) {
                        int from = b;
                        while (from > 0 && t.get(from - 1).upos().equals("DET")) from--;
                        Span wide = Span.cover(t.get(from).span(), p.span());
                        found.set(idx, p.withOrganisation(o.actor(), wide, wide.of(a.text())));
                        count(counters, "actors.title");
                        break;
                    }
                }
                break;
            }
        }
    }

    private static int tokenAt(Sentence s, int charOffset) {
        for (Token t : s.tokens()) if (t.span().start() <= charOffset && charOffset < Math.max(t.span().end(), t.span().start() + 1)) return t.index();
        return 0;
    }

    /** Agent step: "les forces libyennes" → LBY MIL; "militaires de l'ANL" → the LNA; "ses troupes" → the subject's force. */
    private void agents(ParsedArticle a, Sentence s, List<ActorMention> found, Optional<CountryCode> focus, boolean fromPlaces,
                        Map<String, Integer> counters) {
        String lang = a.lang() == Lang.FR ? "fr" : "en";
        List<Token> t = s.tokens();
        for (Token x : t) {
            if (!x.upos().equals("NOUN") && !(x.upos().equals("PROPN") && common(lang, x).isPresent())) continue;
            Optional<Agent> agent = Optional.empty();
            int end = x.index();
            if (x.index() + 1 < t.size()) {
                Token nx = t.get(x.index() + 1);
                String two = x.lemma() + " " + (lang.equals("fr") ? org.herodotus.text.FrenchLemmatizer.singular(nx.lower()) : nx.lemma());
                agent = kb.agent(lang, two);
                if (agent.isPresent()) end = nx.index();
            }
            if (agent.isEmpty() && x.index() > 0 && lang.equals("en")) {
                Token pv = t.get(x.index() - 1);
                Optional<Agent> two = kb.agent(lang, pv.lemma() + " " + x.lemma());
                if (two.isPresent()) agent = two;
            }
            if (agent.isEmpty()) agent = kb.agent(lang, x.lemma());
            if (agent.isEmpty()) agent = common(lang, x);
            if (agent.isEmpty()) continue;
            Span sp = s.spanOf(x.index(), end);
            if (covered(found, s.index(), sp)) continue;
            // "au président Bachar al-Assad": a title before a name is the person's, not an agent of its own
            if (end + 1 < t.size() && mentionAt(s, t.get(end + 1), found).filter(m -> m.actor().kind() == ActorKind.PERSON).isPresent()) continue;
            Agent ag = agent.get();
            // "the Zembian air force": the phrase's head ("force") carries its modifiers
            Token head = end != x.index() && x.head() == end ? t.get(end) : x;
            Owner owner = owner(a, s, head, found);
            Actor actor;
            String by;
            if (owner.actor != null && owner.actor.kind() != ActorKind.STATE) {
                actor = owner.actor;
                by = owner.by;
            } else {
                Optional<CountryCode> c = owner.actor != null ? owner.actor.country() : owner.country;
                by = owner.by.equals("agent+loyalty") ? owner.by : c.isPresent() ? "agent+country" : fromPlaces ? "agent+place" : "agent+focus";
                if (c.isEmpty()) c = focus;
                actor = agentActor(ag, c);
            }
            int from = x.index();
            while (from > 0 && t.get(from - 1).upos().equals("DET") && t.get(from - 1).head() == x.index()) from--;
            Span wide = s.spanOf(from, end);
            found.add(new ActorMention(s.index(), wide, wide.of(a.text()), head.index(), actor, Optional.empty(), by, Optional.of(ag.sector())));
            count(counters, "actors." + by);
        }
    }

    /** A capitalised agent noun the tagger took for a name ("the Ukrainian Forces"): its lower-case singular. */
    private Optional<Agent> common(String lang, Token x) {
        String w = x.lower();
        Optional<Agent> ag = kb.agent(lang, w);
        if (ag.isEmpty() && w.length() > 3 && w.endsWith("s")) ag = kb.agent(lang, w.substring(0, w.length() - 1));
        return ag;
    }

    /**
     * Demonym step: a national adjective or a country name modifying a noun that is no agent ("Turkish shelling",
     * "US drone strike", "frappes françaises") stands for that state; the coder takes it as the agent of an event noun.
     */
    private void demonymModifiers(ParsedArticle a, Sentence s, List<ActorMention> found, Map<String, Integer> counters) {
        for (Token c : s.tokens()) {
            if (c.head() < 0 || !(c.rel().equals("amod") || c.rel().equals("compound"))) continue;
            Token head = s.token(c.head());
            if (!head.upos().equals("NOUN") || covered(found, s.index(), c.span()) || covered(found, s.index(), head.span())) continue;
            Optional<CountryCode> cc = kb.demonym(c.word());
            if (cc.isEmpty()) continue;
            Optional<Actor> state = kb.actor(new ActorId(cc.get().value()));
            if (state.isEmpty()) continue;
            found.add(new ActorMention(s.index(), c.span(), c.word(), c.index(), state.get(), Optional.empty(), "demonym"));
            count(counters, "actors.demonym");
        }
    }

    private Actor agentActor(Agent ag, Optional<CountryCode> c) {
        if (c.isPresent() && KnowledgeBase.INSTITUTIONS.containsKey(ag.sector().code())) {
            Optional<Actor> inst = kb.actor(KnowledgeBase.institutionId(c.get(), ag.sector()));
            if (inst.isPresent()) return inst.get();
        }
        String country = c.flatMap(kb::countryName).orElse(c.map(CountryCode::value).orElse("unknown country"));
        String id = c.map(CountryCode::value).orElse("XXX") + "-" + ag.sector().code();
        return new Actor(new ActorId(id), String.format(Locale.ROOT, ag.label(), country), ActorKind.AGENT, c, List.of(ag.sector()),
                Optional.empty(), true);
    }

    private record Owner(Actor actor, Optional<CountryCode> country, String by) {}

    /** Who an agent noun belongs to: a demonym, an organisation or country it modifies, a loyalty, or a possessive's antecedent. */
    private Owner owner(ParsedArticle a, Sentence s, Token x, List<ActorMention> found) {
        for (Token c : s.children(x)) {
            String w = c.word();
            // "Vietnamese-led forces", "Saudi-led coalition": the leading country owns them
            if (w.length() > 5 && w.toLowerCase(Locale.ROOT).endsWith("-led")) {
                String lead = w.substring(0, w.length() - 4);
                Optional<CountryCode> d = nationality(lead);
                if (d.isPresent()) return new Owner(null, d, "agent+country");
            }
            if (c.lower().equals("led") && c.rel().equals("amod"))
                // the tokenizer's "Vietnamese - led forces"
                for (Token g : s.children(c)) {
                    Optional<CountryCode> d = nationality(g);
                    if (d.isPresent()) return new Owner(null, d, "agent+country");
                }
            if (w.length() < 6 || !w.regionMatches(true, 0, "pro-", 0, 4)) continue;
            String rest = w.substring(4);
            List<Actor> named = kb.byName(Normalizer.fold(rest));
            if (named.size() == 1) {
                Actor n = named.get(0);
                Actor org = n.kind() == ActorKind.PERSON ? kb.affiliation(n.id(), a.article().date()).orElse(n) : n;
                return new Owner(org, org.country(), "agent+loyalty");
            }
            Optional<CountryCode> d = kb.demonym(rest);
            if (d.isPresent()) return new Owner(null, d, "agent+loyalty");
        }
        for (Token c : s.children(x)) {
            Optional<CountryCode> d = kb.demonym(c.word());
            if (d.isPresent() && (c.rel().equals("amod") || c.rel().equals("compound") || c.rel().equals("nmod"))) return new Owner(null, d, "agent+country");
        }
        for (Token c : s.children(x)) {
            // "doctors from two American aid groups", "soldats de l'armée malienne": the nationality of the body they come from
            if (c.rel().equals("nmod") && s.hasCase(c, MEMBERSHIP) && mentionAt(s, c, found).isEmpty())
                for (Token g : s.children(c)) {
                    Optional<CountryCode> d = kb.demonym(g.word());
                    if (d.isPresent() && g.rel().equals("amod")) return new Owner(null, d, "agent+country");
                }
        }
        for (Token c : s.children(x)) {
            if (c.rel().equals("nmod") || c.rel().equals("compound") || c.deprel().equals("nmod:poss")) {
                Optional<ActorMention> m = mentionAt(s, c, found);
                boolean loyal = false;
                if (m.isEmpty()) {
                    // "forces du général X": the name sits below a title noun
                    for (Token g : s.subtree(c)) {
                        m = mentionAt(s, g, found);
                        if (m.isPresent()) break;
                    }
                }
                for (Token sib : s.children(x)) loyal |= LOYAL.contains(sib.lower()) || LOYAL.contains(sib.lemma());
                if (m.isPresent()) return new Owner(m.get().collective(), m.get().actor().country(), loyal ? "agent+loyalty" : "agent+org");
            }
        }
        for (Token c : s.children(x)) {
            if (!LOYAL.contains(c.lower()) && !LOYAL.contains(c.lemma())) continue;
            for (Token g : s.subtree(c)) {
                if (g == c) continue;
                Optional<ActorMention> m = mentionAt(s, g, found);
                if (m.isPresent()) return new Owner(m.get().collective(), m.get().actor().country(), "agent+loyalty");
            }
        }
        for (Token c : s.children(x)) {
            if (!POSSESSIVE.contains(c.lower())) continue;
            Optional<ActorMention> ante = antecedent(s, x, found);
            if (ante.isPresent()) return new Owner(ante.get().collective(), ante.get().actor().country(), "possessive");
        }
        return new Owner(null, Optional.empty(), "agent");
    }

    private static Optional<ActorMention> mentionAt(Sentence s, Token t, List<ActorMention> found) {
        for (ActorMention m : found) if (m.sentence() == s.index() && m.span().contains(t.span())) return Optional.of(m);
        return Optional.empty();
    }

    /** The antecedent of a possessive on {@code x}: the subject of the nearest clause above it, else the last actor before it. */
    private static Optional<ActorMention> antecedent(Sentence s, Token x, List<ActorMention> found) {
        for (Token anc : s.ancestors(x)) {
            for (Token c : s.children(anc)) {
                if (!c.rel().equals("nsubj") || s.dominates(x, c)) continue;
                Optional<ActorMention> m = mentionAt(s, c, found);
                if (m.isEmpty()) for (Token g : s.children(c)) if (g.rel().equals("appos") || g.rel().equals("nmod")) { m = mentionAt(s, g, found); if (m.isPresent()) break; }
                if (m.isPresent()) return m;
            }
        }
        ActorMention last = null;
        for (ActorMention m : found)
            if (m.sentence() == s.index() && m.span().end() <= x.span().start() && m.actor().kind() != ActorKind.STATE) last = m;
        return Optional.ofNullable(last);
    }
}
