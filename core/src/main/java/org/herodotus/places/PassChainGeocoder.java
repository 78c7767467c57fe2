package org.herodotus.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.actors.ActorKind;
import org.herodotus.actors.ActorLinks;
import org.herodotus.actors.ActorMention;
import org.herodotus.model.CountryCode;
import org.herodotus.model.Span;
import org.herodotus.text.Normalizer;
import org.herodotus.text.ParsedArticle;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;

/**
 * Recognises toponyms (NER places plus capitalised proper nouns the gazetteer knows, longest first, common words
 * blocked) and resolves each through an ordered chain of {@link DisambiguationPass}es, counting which pass decided.
 */
public final class PassChainGeocoder implements Geocoder {
    /** Tokens of the longest name tried ("Deir - ez - Zor" is five). */
    private static final int MAX_WORDS = 6;
    private static final long MIN_POPULATION_WITHOUT_NER = 1000;
    private static final Set<String> BLOCK = Set.of("est", "ouest", "nord", "sud", "centre", "north", "south", "east", "west", "central",
            "northern", "southern", "eastern", "western", "upper", "lower", "al", "el", "ad", "ar", "ash", "az", "ath", "le", "la", "les", "un", "une", "des", "the", "a", "an", "of", "and", "et",
            "mais", "but", "pour", "for", "selon", "dans", "in", "on", "at", "as", "by", "president", "président", "general",
            "général", "marshal", "maréchal", "union", "army", "armée", "march", "mars", "mai", "may", "june", "juin", "july",
            "august", "sunday", "monday", "friday", "samedi", "photo", "police", "reuters", "afp", "ap", "sputnik", "council",
            "conseil", "national", "nationale", "coalition", "forces", "gouvernement", "government", "parliament", "parlement",
            "house", "chambre", "plusieurs", "several", "paix", "peace", "libre", "free", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "dimanche", "tuesday", "wednesday", "thursday", "saturday", "janvier", "fevrier", "avril", "juillet",
            "aout", "septembre", "octobre", "novembre", "decembre", "january", "february", "april", "september", "october",
            "november", "december", "christmas", "noel", "noël", "easter", "passover", "ramadan", "thanksgiving", "halloween", "hanukkah");
    /** "the US dollar", "le dinar libyen": a name before a currency's is no place ({@code next}: the token after it). */
    public static boolean namesCurrency(List<Token> t, int next) { return next < t.size() && CURRENCIES.contains(t.get(next).lower()); }

    /** Lower-case words that link the parts of place names in the languages of the news Herodotus reads and names. */
    private static final Set<String> LINKING = Set.of("de", "del", "do", "da", "dos", "das", "di", "du", "des", "la", "le", "el",
            "al", "of", "on", "upon", "en", "sur", "lès", "les", "y", "i", "e", "am", "an", "der", "bin", "ibn", "wa", "ez", "ed", "es", "et");

    /** Words that make the name before them a neighbourhood's or a building's ("Vila Mariana neighborhood"). */
    private static final Set<String> SUBPLACE_AFTER = Set.of("neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "favela");
    /** Words that open a neighbourhood's name in the news Herodotus reads ("Colonia", "Barangay", "Jardim"). */
    private static final Set<String> SUBPLACE_BEFORE = Set.of("colonia", "barangay", "barangays", "bairro", "barrio", "jardim", "vila",
            "fraccionamiento", "quartier");

    private static final Set<String> CURRENCIES = Set.of("dollar", "dollars", "dinar", "dinars", "pound", "pounds", "rupee", "rupees",
            "lira", "riyal", "rial", "franc", "francs", "shilling", "shillings", "naira", "yuan", "euro", "euros", "peso", "pesos", "livre", "livres");
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "az", "ath", "at", "an", "adh");
    /** A place outside the article's focus country must be at least this large (or a capital) to be read as such. */
    private static final long MIN_POPULATION_FOREIGN = 100_000;
    /** A name NER calls a person is still read as a place when a place this large bears it ("Benghazi"). */
    private static final long MIN_POPULATION_OVER_PERSON = 50_000;

    private final Gazetteer gazetteer;
    private final List<DisambiguationPass> passes;

    private final java.util.function.Function<String, Optional<CountryCode>> demonyms;

    public PassChainGeocoder(Gazetteer gazetteer, List<DisambiguationPass> passes) { this(gazetteer, passes, w -> Optional.empty()); }

    /** {@code demonyms} reads a nationality word ("Kenyan", "libyenne", "Russians") as its country. */
    public PassChainGeocoder(Gazetteer gazetteer, List<DisambiguationPass> passes, java.util.function.Function<String, Optional<CountryCode>> demonyms) {
        this.gazetteer = gazetteer;
        this.passes = List.copyOf(passes);
        this.demonyms = demonyms;
    }

    @Override public PlaceLinks geocode(ParsedArticle a, ActorLinks actors) {
        // first reading: each toponym on its own and its sentence; then the article as a whole (which country and
        // which divisions its names point to, which names a sentence already settled) informs a second reading
        Reading first = read(a, actors, actors.focusCountry(), DocumentContext.NONE);
        DocumentContext doc = DocumentContext.of(first.candidates(), first.settled(), first.links().mentions());
        // where its names clearly point to one country, that is the article's country, whatever its actors say
        // ("Georgia communities" is no Georgian actor in a story that also names Ocilla and Fitzgerald)
        Optional<CountryCode> focus = doc.country().or(actors::focusCountry).or(() -> doc.country(DocumentContext.WEAK_COUNTRY_VOTES));
        Reading second = read(a, actors, focus, doc);
        Map<String, Integer> counters = new LinkedHashMap<>(second.links().counters());
        if (!focus.equals(actors.focusCountry())) counters.merge("places.document-country", 1, Integer::sum);
        return new PlaceLinks(second.links().mentions(), counters);
    }

    /** One reading of an article: its toponyms and, for each distinct name read, the candidates it had. */
    record Reading(PlaceLinks links, Map<String, List<Place>> candidates, Map<String, Optional<Place>> settled) {}

    /** The passes whose pick rests on the sentence's own words: what they decide for a name holds in the whole article. */
    private static final Set<String> SETTLING = Set.of("named-region", "named-country");

    private Reading read(ParsedArticle a, ActorLinks actors, Optional<CountryCode> focus, DocumentContext doc) {
        Map<String, Integer> counters = new LinkedHashMap<>();
        Map<String, List<Place>> seen = new LinkedHashMap<>();
        Map<String, Optional<Place>> settled = new LinkedHashMap<>();
        List<PlaceMention> out = new ArrayList<>();
        List<Place> resolved = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Token> t = s.tokens();
            List<Place> nearby = namedNearby(a, s, actors);
            int i = 0;
            while (i < t.size()) {
                int took = 0;
                // "Colonia Mesa Colorada", "Barangay Tuka": a neighbourhood's name, whose words name no town
                if (SUBPLACE_BEFORE.contains(t.get(i).lower()) && upper(t.get(i).word())) {
                    int k = i + 1;
                    while (k < t.size() && (upper(t.get(k).word()) || LINKING.contains(t.get(k).word()) && k + 1 < t.size() && upper(t.get(k + 1).word()))) k++;
                    counters.merge("places.dropped-neighbourhood", 1, Integer::sum);
                    i = k;
                    continue;
                }
                for (int n = Math.min(MAX_WORDS, t.size() - i); n >= 1 && took == 0; n--) {
                    Optional<Place> nationality = n <= 2 ? demonym(a, s, i, n) : Optional.empty();
                    if (nationality.isPresent() && !namesNonPlaceActor(actors, s.index(), s.spanOf(i, i + n - 1))) {
                        // "Kenyan", "libyen", "Sri Lankan": a mention of the country (never an event's place: "Turkish
                        // shelling"); a longer name that starts with one was tried first ("British Columbia")
                        Span sp = s.spanOf(i, i + n - 1);
                        out.add(new PlaceMention(s.index(), sp, sp.of(a.text()), i, nationality.get(), DEMONYM, 1));
                        counters.merge("places.demonym", 1, Integer::sum);
                        took = n;
                        break;
                    }
                    if (!candidateSpan(t, i, n)) continue;
                    Span sp = s.spanOf(i, i + n - 1);
                    String surface = sp.of(a.text());
                    String key = Normalizer.fold(surface);
                    if (BLOCK.contains(key) || namesNonPlaceActor(actors, s.index(), sp)) continue;
                    if (namesCurrency(t, i + n)) continue;
                    // "George Moore", "Mary Lincoln": a word of a person's name the tagger reads whole is no place
                    if (allTagged(t, i, n, Token::nerPerson) && (i > 0 && t.get(i - 1).nerPerson() || i + n < t.size() && t.get(i + n).nerPerson())) continue;
                    // "Vila Mariana neighborhood", "Belen Hospital": the name of a place inside a town, not a town
                    if (i + n < t.size() && SUBPLACE_AFTER.contains(t.get(i + n).lower())) {
                        counters.merge("places.dropped-neighbourhood", 1, Integer::sum);
                        took = n;
                        break;
                    }
                    List<Place> own = candidates(key, focus);
                    List<Place> cands = withoutShadowedRegions(own, key);
                    // "central Mali's Mopti region", "la région de Tillabéri": a division word makes the name the division's,
                    // not that of the town it is named after
                    if (designatesDivision(t, i, n) && own.stream().anyMatch(Place::isRegion)) cands = own.stream().filter(Place::isRegion).toList();
                    // "Ad Dali", "al-Wahbiyah": after an Arabic article the name is an Arabic one, in the article's
                    // country, never the Chinese city the bare word also names
                    // (not "As" or "At" opening a sentence, and never a country's name: "As Mali's army...")
                    if (i > 1 && ARABIC_ARTICLES.contains(t.get(i - 1).lower()) && upper(t.get(i - 1).word()))
                        cands = cands.stream().filter(p -> p.isCountry() || focus.map(p.country()::equals).orElse(false)).toList();
                    if (cands.isEmpty()) continue;
                    // an abbreviation ("Ind.", "Wash.") names a division only after "Town,"
                    // (initials such as "S.C.", "N.Y.", "D.C." abbreviate nothing else and are read anywhere)
                    boolean abbreviation = surface.endsWith(".") && n == 1 && cands.stream().noneMatch(Place::isCountry) && !INITIALS.matcher(surface).matches();
                    if (abbreviation && !(i >= 2 && t.get(i - 1).word().equals(",") && upper(t.get(i - 2).word()))) continue;
                    // ACLED's "Hat (Hat, Al Mahrah)", "Juina, Mato Grosso": a division or country listed after a bracket or
                    // after a name and a comma is one, whatever the tagger says ("Al Mahrah" is no person)
                    boolean listed = i >= 2 && (t.get(i - 1).word().equals("(") || t.get(i - 1).word().equals(",") && upper(t.get(i - 2).word()))
                            && cands.stream().anyMatch(p -> p.isRegion() || p.isCountry());
                    boolean initials = n == 1 && INITIALS.matcher(surface).matches() && cands.stream().anyMatch(p -> p.isRegion() || p.isCountry());
                    boolean ner = abbreviation || listed || initials;
                    for (int k = i; k < i + n; k++) ner |= t.get(k).nerPlace();
                    boolean partOfLongerName = i > 0 && t.get(i - 1).nerPlace() || i + n < t.size() && t.get(i + n).nerPlace();
                    ner &= !partOfLongerName;
                    // a lone common noun the tagger does not call a place is the noun: "Man found killed", "Church members"
                    if (!ner && n == 1 && !t.get(i).upos().equals("PROPN") && cands.stream().noneMatch(Place::isCountry)) {
                        counters.merge("places.dropped-common-noun", 1, Integer::sum);
                        continue;
                    }
                    if (!ner) {
                        cands = plausibleWithoutNer(surface, key, cands, focus);
                        if (cands.isEmpty()) {
                            counters.merge("places.dropped-alternate-name", 1, Integer::sum);
                            continue;
                        }
                    }
                    if (!ner) {
                        boolean person = false;
                        for (int k = i; k < i + n; k++) person |= t.get(k).nerPerson() || t.get(k).nerOrganisation();
                        long min = person ? MIN_POPULATION_OVER_PERSON : MIN_POPULATION_WITHOUT_NER;
                        if (cands.stream().noneMatch(p -> p.isCountry() || p.population() >= min)) continue;
                    }
                    // "Surrey, UK", "Paris, Texas", "Tripoli (Lebanon)": the division or country right after the name holds it
                    // (a country or division followed by another is a list: "France, Italy", "Texas, Oklahoma")
                    int raw = cands.size();
                    List<Place> holders = cands.stream().anyMatch(p -> p.isCountry() || p.isRegion() || p.isMultinational())
                            ? List.of() : qualifier(a, s, i + n, focus);
                    if (!holders.isEmpty()) {
                        List<Place> inside = cands.stream().filter(p -> holders.stream().anyMatch(q -> !p.equals(q) && p.country().equals(q.country())
                                && (q.isCountry() || q.admin1().equals(p.admin1())))).toList();
                        if (inside.isEmpty() && holders.size() == 1 && !cands.contains(holders.get(0))) {
                            // a place the gazetteer lacks: it is known only as far as its holder (never as a namesake abroad)
                            out.add(new PlaceMention(s.index(), sp, surface, head(s, i, i + n - 1), holders.get(0), QUALIFIER, cands.size()));
                            counters.merge("places.qualifier-fallback", 1, Integer::sum);
                            took = n;
                            break;
                        }
                        if (!inside.isEmpty()) cands = inside;
                    }
                    boolean qualified = !holders.isEmpty() && cands.size() < raw;
                    seen.putIfAbsent(key, cands);
                    // what the rest of the sentence names: not these words themselves ("Alexandria" names no governorate
                    // of Alexandria to itself)
                    List<Place> others = nearby.stream().filter(p -> !own.contains(p)).toList();
                    DisambiguationPass.Context ctx = new DisambiguationPass.Context(focus, resolved, others, doc, key);
                    for (DisambiguationPass p : passes) {
                        Optional<Place> pick = p.pick(surface, cands, ctx);
                        // a small place outside the focus country is more likely a local name the gazetteer lacks:
                        // "Salim" of "Abu Salim" in a Libyan story is not a West Bank village, "Aïn Zara" is not Zadar
                        // (a name the tagger calls a place and the gazetteer knows only once is kept: "Tombouctou")
                        if (pick.isPresent() && focus.isPresent() && !(ner && cands.size() == 1) && local(pick.get()) && !pick.get().country().equals(focus.get())
                                && !pick.get().isCapital() && pick.get().population() < MIN_POPULATION_FOREIGN) {
                            counters.merge("places.dropped-foreign", 1, Integer::sum);
                            took = n;   // the name is read and set aside: none of its words is a place ("Lima" of "Santa Rosa de Lima")
                            break;
                        }
                        // "Andar district, Ghazni": when the sentence names divisions or countries, a small place in
                        // none of their countries is a local name the gazetteer lacks, not a namesake abroad
                        if (pick.isPresent() && local(pick.get()) && !pick.get().isCapital()
                                && pick.get().population() < MIN_POPULATION_FOREIGN && outsideNamed(pick.get(), others, focus)) {
                            counters.merge("places.dropped-outside-named", 1, Integer::sum);
                            took = n;   // the name is read and set aside: none of its words is a place ("Lima" of "Santa Rosa de Lima")
                            break;
                        }
                        if (pick.isPresent()) {
                            // the holder named after the name left one candidate: it decided ("Salama, Kitui County")
                            String by = qualified && p instanceof Passes.OnlyCandidatePass ? QUALIFIER : p.name();
                            out.add(new PlaceMention(s.index(), sp, surface, head(s, i, i + n - 1), pick.get(), by, cands.size()));
                            resolved.add(pick.get());
                            counters.merge("places." + by, 1, Integer::sum);
                            if (SETTLING.contains(p.name()) || qualified)
                                settled.merge(key, pick, (x, y) -> x.isPresent() && y.isPresent() && x.get().key().equals(y.get().key()) ? x : Optional.empty());
                            took = n;
                            break;
                        }
                    }
                }
                i += Math.max(1, took);
            }
        }
        return new Reading(new PlaceLinks(out, counters), seen, settled);
    }

    /**
     * The gazetteer's places for a name, trying the usual spellings of an Arabic final ta marbuta when the name as
     * written has none: "Hasakeh" and "Hasakah", "Raqqa" and "Raqqah". A respelled name may only be a division or a
     * place of the article's country ("Badah" in Sindh is not Bade in Taiwan).
     */
    private List<Place> candidates(String key, Optional<CountryCode> focus) {
        List<Place> c = gazetteer.candidates(key);
        if (!c.isEmpty() || key.length() < 5) return c;
        String stem = key.endsWith("eh") || key.endsWith("ah") ? key.substring(0, key.length() - 2) : key.endsWith("a") ? key.substring(0, key.length() - 1) : null;
        if (stem == null) return c;
        for (String v : List.of(stem + "ah", stem + "eh", stem + "a")) {
            if (v.equals(key)) continue;
            c = gazetteer.candidates(v).stream().filter(p -> p.isRegion() || focus.map(p.country()::equals).orElse(false)).toList();
            if (!c.isEmpty()) return c;
        }
        return c;
    }

    /**
     * The divisions or countries a name right after a toponym and a comma or bracket may be ("Surrey, UK", "Kut
     * (Wasit)", "Atlanta, Georgia": the state or the country); a division named like its own main town is the town,
     * so a list of towns ("Kisii, Wajir") qualifies nothing.
     */
    private List<Place> qualifier(ParsedArticle a, Sentence s, int comma, Optional<CountryCode> focus) {
        List<Token> t = s.tokens();
        if (comma + 1 >= t.size() || !(t.get(comma).word().equals(",") || t.get(comma).word().equals("("))) return List.of();
        for (int n = Math.min(4, t.size() - comma - 1); n >= 1; n--) {
            if (!candidateSpan(t, comma + 1, n)) continue;
            String key = Normalizer.fold(s.spanOf(comma + 1, comma + n).of(a.text()));
            if (BLOCK.contains(key)) continue;
            List<Place> all = withoutShadowedRegions(candidates(key, focus), key);
            if (all.stream().anyMatch(p -> !p.isRegion() && !p.isCountry())) return List.of();
            if (!all.isEmpty()) return all;
        }
        return List.of();
    }

    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){2,3}");

    private static boolean allTagged(List<Token> t, int from, int n, java.util.function.Predicate<Token> tag) {
        for (int k = from; k < from + n; k++) if (!tag.test(t.get(k))) return false;
        return true;
    }

    /** A town or a county: what may be a local name the gazetteer lacks (not a country, division, continent or sea). */
    private static boolean local(Place p) { return p.featureClass().equals("P") || p.featureCode().equals("ADM2"); }

    /** The {@code by} of a toponym that the division or country named right after it decided. */
    public static final String QUALIFIER = "qualifier";

    /** The {@code by} of a country mention read off a nationality word. */
    public static final String DEMONYM = "demonym";

    private Optional<Place> demonym(ParsedArticle a, Sentence s, int from, int n) {
        for (int k = from; k < from + n; k++) {
            Token x = s.token(k);
            String u = x.upos();
            if (!(u.equals("ADJ") || u.equals("PROPN") || u.equals("NOUN")) || !Character.isLetter(x.word().codePointAt(0))) return Optional.empty();
        }
        String words = s.spanOf(from, from + n - 1).of(a.text());
        Optional<CountryCode> c = demonyms.apply(words);
        // a word that is also a place's own name is left to the gazetteer ("Mali", "Djibouti", "Monaco")
        if (c.isEmpty() || !gazetteer.candidates(Normalizer.fold(words)).isEmpty()) return Optional.empty();
        return gazetteer.country(c.get()).map(Country::place);
    }

    private static boolean outsideNamed(Place p, List<Place> nearby, Optional<CountryCode> focus) {
        if (nearby.isEmpty()) return false;
        if (focus.isPresent() && focus.get().equals(p.country())) return false;
        for (Place r : nearby) if (r.country().equals(p.country())) return false;
        return true;
    }

    /** The divisions and countries a sentence names anywhere in it: context for its other toponyms. */
    private List<Place> namedNearby(ParsedArticle a, Sentence s, ActorLinks actors) {
        List<Place> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++)
            for (int n = 1; n <= Math.min(MAX_WORDS, t.size() - i); n++) {
                if (!candidateSpan(t, i, n)) continue;
                String key = Normalizer.fold(s.spanOf(i, i + n - 1).of(a.text()));
                if (BLOCK.contains(key)) continue;
                for (Place p : candidates(key, Optional.empty())) if (p.isRegion() || p.isCountry()) out.add(p);
            }
        return out;
    }

    /**
     * A division named like its own main town ("Tripoli", "Nairobi", "Misrata") is the town: the region is dropped
     * when a town of the same name lies in it, that name being the town's own, or the town being large or the
     * division's seat ("Tombouctou" for Timbuktu). A village that merely lists the division's name among its alternate
     * names does not shadow it ("Minnesota" for Minneota).
     */
    static List<Place> withoutShadowedRegions(List<Place> cands, String key) {
        if (cands.size() < 2 || cands.stream().noneMatch(Place::isRegion)) return cands;
        List<Place> out = new ArrayList<>(cands.size());
        for (Place p : cands) {
            boolean shadowed = p.isRegion() && cands.stream().anyMatch(q -> q.featureClass().equals("P")
                    && q.country().equals(p.country()) && q.admin1().equals(p.admin1())
                    && (q.population() >= SHADOWING_POPULATION || q.featureCode().equals("PPLA") || q.isCapital() || Normalizer.fold(q.name()).equals(key)));
            if (!shadowed) out.add(p);
        }
        return out;
    }

    private static final Set<String> OF = Set.of("of", "de", "d'", "d’", "du");

    /** A division word ({@link Place#DIVISION_WORDS}) right after the name, or before it and "of"/"de". */
    static boolean designatesDivision(List<Token> t, int i, int n) {
        if (i + n < t.size() && Place.DIVISION_WORDS.contains(t.get(i + n).lower())) return true;
        if (i < 2 || !OF.contains(t.get(i - 1).lower())) return false;
        // "le département colombien d'Arauca": past the adjectives
        int k = i - 2;
        while (k > 0 && t.get(k).upos().equals("ADJ")) k--;
        return Place.DIVISION_WORDS.contains(t.get(k).lower());
    }

    /** A town this large shadows the division it lies in even under an alternate name. */
    private static final long SHADOWING_POPULATION = 100_000;

    /** A span may be a toponym if it starts and ends with a capitalised word and holds only nouns, adjectives, names and linking words. */
    private static boolean candidateSpan(List<Token> t, int i, int n) {
        Token first = t.get(i), last = t.get(i + n - 1);
        if (!upper(first.word()) || !upper(last.word())) return false;
        for (int k = i; k < i + n; k++) {
            String u = t.get(k).upos();
            if (u.equals("PUNCT") && !t.get(k).word().equals("-")) return false;
            // "Foz do Iguacu", "Santa Rosa de Lima": a linking word inside a name, whatever the tagger calls it
            if (k > i && k < i + n - 1 && LINKING.contains(t.get(k).word())) continue;
            if (u.equals("VERB") || u.equals("AUX") || u.equals("PRON") || u.equals("NUM")) return false;
        }
        return true;
    }

    /**
     * Without NER's support, a word is read as a place only through a place's own name, or through an alternate
     * name when the place lies in the article's focus country: alternate names are where the false friends hide
     * ("Central" for Davao, "Jang" for Yanggu, "Colonia" for Cologne). Short all-capital words ("UP", "OPS") are
     * acronyms unless they name a country.
     */
    private static List<Place> plausibleWithoutNer(String surface, String key, List<Place> cands, Optional<CountryCode> focus) {
        boolean acronym = surface.length() <= 4 && surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
        List<Place> out = new ArrayList<>();
        for (Place p : cands) {
            if (p.isCountry()) { out.add(p); continue; }
            if (acronym) continue;
            boolean ownName = Normalizer.fold(p.name()).equals(key);
            if (ownName || focus.isPresent() && p.country().equals(focus.get())) out.add(p);
        }
        return out;
    }

    /**
     * Whether the span names (part of) an organisation, group or person the KB knows ("Onu", "Haftar", "La Mission
     * d'appui..."): no toponym, except at the end of the name, where organisations put their place ("Conseil
     * militaire de Misrata").
     */
    private static boolean namesNonPlaceActor(ActorLinks actors, int sentence, Span sp) {
        for (ActorMention m : actors.inSentence(sentence)) {
            if (m.actor().kind() == ActorKind.STATE || m.actor().kind() == ActorKind.AGENT || !m.actor().known()) continue;
            if (m.span().contains(sp) && (m.span().length() <= sp.length() + 1 || m.span().end() != sp.end())) return true;
        }
        return false;
    }

    /** An Arabic name with its article in lower case: "al-Hasakeh", "ar-Raqqa". */
    private static final java.util.regex.Pattern ARTICLE_NAME = java.util.regex.Pattern.compile("(?:" + String.join("|", ARABIC_ARTICLES) + ")[-\u2010]\\p{Lu}.*");

    /** Capitalised, or in a script without case (Arabic), or an Arabic name after its lower-case article. */
    private static boolean upper(String w) {
        if (w.isEmpty()) return false;
        if (ARTICLE_NAME.matcher(w).matches()) return true;
        int c = w.codePointAt(0);
        return Character.isUpperCase(c) || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    private static int head(Sentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            int h = s.token(i).head();
            if (h < from || h > to) return i;
        }
        return from;
    }
}
