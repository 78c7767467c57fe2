package org.herodotus.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.herodotus.actors.ActorKind;
import org.herodotus.actors.ActorMention;
import org.herodotus.coding.Count;
import org.herodotus.coding.Event;
import org.herodotus.model.PartialDate;
import org.herodotus.model.PloverType;
import org.herodotus.model.Precision;
import org.herodotus.model.Realis;
import org.herodotus.model.Span;
import org.herodotus.places.Place;
import org.herodotus.places.PlaceMention;
import org.herodotus.text.Normalizer;

/**
 * What deduplication knows of one event mention: enough to compare it with a mention of another article without
 * reading either article again. Built from an {@link Event} at ingest, stored as a small JSON object.
 * {@code from}/{@code to} are the first and last day the event's date stands for ({@code calendarDate}: the text gives
 * it as a calendar date, "7 May 2020", not as a weekday or "yesterday" to resolve); {@code words} are the folded content
 * words of its sentence; {@code sentenceKey} names the sentence's folded text;
 * {@code towns} are the gazetteer keys of the towns its sentence names (whatever the event's own place), {@code names}
 * the folded proper names of its sentence that no actor or place resolved (a village the gazetteer lacks);
 * {@code localities} are the places its sentence puts something in ("in X", "near the village of Y", "à Z"): a town's
 * gazetteer key, or the folded name of one the gazetteer lacks; {@code anaphoric} says its trigger is a definite noun ("the protest", "cette attaque") that may point back.
 */
public record Mention(String id, String article, LocalDate published, PloverType type, String family, Optional<String> acledSub, Realis realis,
                      LocalDate from, LocalDate to, Precision precision, boolean calendarDate, Optional<Where> place, List<Who> actors, List<Who> recipients,
                      OptionalInt fatalities, int sentence, String sentenceKey, Set<String> words, Set<String> towns, Set<String> names,
                      Set<String> localities, boolean anaphoric, double confidence) {
    public Mention {
        if (id == null || id.isBlank() || article == null || published == null || type == null || family == null || realis == null || from == null
                || to == null || precision == null || sentenceKey == null)
            throw new IllegalArgumentException("incomplete mention " + id);
        if (to.isBefore(from)) throw new IllegalArgumentException("mention " + id + ": date ends before it starts");
        acledSub = acledSub == null ? Optional.empty() : acledSub;
        place = place == null ? Optional.empty() : place;
        fatalities = fatalities == null ? OptionalInt.empty() : fatalities;
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        words = sorted(words);
        towns = sorted(towns);
        names = sorted(names);
        localities = sorted(localities);
    }

    /** An unmodifiable sorted copy: reasons that list a set read the same on every run. */
    private static Set<String> sorted(Set<String> s) { return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(s)); }

    /** An actor as dedup compares it: the collective id, its country, and whether it names one body rather than a kind of actor. */
    public record Who(String id, String name, Optional<String> country, boolean specific) {
        public Who {
            if (id == null || id.isBlank() || name == null) throw new IllegalArgumentException("actor without id");
            country = country == null ? Optional.empty() : country;
        }
    }

    /** Where the event happened, with the ACLED precision of the location (1 exact, 2 near, 3 region). */
    public record Where(String key, String name, String country, String admin1, String featureCode, double lat, double lon, int precision) {
        public Where {
            if (key == null || key.isBlank() || country == null || precision < 1 || precision > 3) throw new IllegalArgumentException("bad place " + key);
            admin1 = admin1 == null ? "" : admin1;
            featureCode = featureCode == null ? "" : featureCode;
        }

        public boolean isCountry() { return featureCode.startsWith("PCL"); }

        public boolean isRegion() { return featureCode.startsWith("ADM") || featureCode.isEmpty(); }

        public boolean isSection() { return featureCode.equals("PPLX"); }

        public double km(Where o) { return Place.km(lat, lon, o.lat, o.lon); }
    }

    /** Whether a mention of this realis stands for a happening (what canonical events count). */
    public static boolean counts(Realis r) { return r == Realis.ACTUAL || r == Realis.CLAIMED || r == Realis.HISTORICAL; }

    /**
     * The comparison family: force (an assault, a seizure or arrest, a protest: one happening may be told as any of
     * them, a clash as an attack, a riot as a protest), accord (an agreement signed is told as agreed to or as
     * endorsed: "the ceasefire signed in Havana", "backed the ceasefire"), otherwise the PLOVER type itself.
     */
    static String family(PloverType t) {
        return switch (t) {
            case ASSAULT, COERCE, PROTEST -> "force";
            case AGREE, SUPPORT -> "accord";
            default -> t.name();
        };
    }

    /** Families whose members may differ in PLOVER type and still be one happening. */
    static boolean loose(String family) { return family.equals("force") || family.equals("accord"); }

    /** How many days before its article an event the text does not date may have happened. */
    public static final int UNDATED_LAG_DAYS = 2;

    public static Mention of(Event e, PartialDate published) { return of(e, published, List.of(), List.of()); }

    /**
     * @param places the article's place mentions (those of the event's sentence give {@code towns})
     * @param resolved the spans of the article's actor and place mentions (a name in none of them is unresolved)
     */
    public static Mention of(Event e, PartialDate published, List<PlaceMention> places, List<Span> resolved) {
        Optional<Where> where = e.location().map(l -> {
            Place p = l.mention().place();
            return new Where(p.key(), p.name(), p.country().value(), p.admin1(), p.featureCode(), p.lat(), p.lon(), l.precision());
        });
        // a day the text does not give is the article's: the event happened on it or shortly before
        boolean undated = e.dateEvidence().isEmpty() && e.date().precision() == Precision.DAY;
        return new Mention(e.id(), e.article().value(), published.date(), e.type(), family(e.type()),
                e.acled().map(Event.Acled::subEventType), e.realis(), undated ? e.date().date().minusDays(UNDATED_LAG_DAYS) : e.date().date(),
                e.date().lastDay(), e.date().precision(), e.dateEvidence().map(x -> CALENDAR_KINDS.contains(x.kind())).orElse(false), where,
                who(e.actors()), who(e.recipients()), e.count(Count.Kind.FATALITIES).map(OptionalInt::of).orElse(OptionalInt.empty()),
                e.evidence().sentence(), sentenceKey(e.evidence().quote()), words(e.evidence().quote()), towns(e, places), names(e, places, resolved),
                localities(e, places), anaphoric(e), e.confidence());
    }

    /** A capitalised name after a locative preposition, through "the town of", "le village de" and particles ("Maarat al-Numan"). */
    private static final java.util.regex.Pattern LOCATIVE = java.util.regex.Pattern.compile(
            "(?u)\\b(?:in|near|at|outside|à|près de|dans|vers)\\s+(the\\s+|la\\s+|le\\s+|l')?((?:town|village|city|district|area|neighbou?rhood"
            + "|locality|camp|commune|ville|localité|quartier|région|region|province)\\s+(?:of|de|d')\\s*)?"
            + "(\\p{Lu}[\\p{L}’-]*(?:(?:\\s+|[\\s-]+(?:al|el|ad|as|ash|an|ar|de|du|des|di|da|do|del|bin|ibn)[\\s-]+)\\p{Lu}[\\p{L}’-]*)*)('s|’s)?(\\s+\\p{Ll})?");

    /**
     * The places the sentence puts something in: a town the gazetteer knows as {@code geo:KEY@LAT@LON}, an unknown one
     * by its folded name (those are what {@link MentionMatcher} compares); countries and regions are left out (they
     * hold many towns), and so are capitalised words that qualify a noun ("in Tuesday's attack", "near the Malian border").
     */
    static Set<String> localities(Event e, List<PlaceMention> places) {
        Set<String> out = new TreeSet<>();
        String q = e.evidence().quote();
        int base = e.evidence().span().start();
        java.util.regex.Matcher m = LOCATIVE.matcher(q);
        while (m.find()) {
            // "in the Malian border area" qualifies a noun; "in the town of Bennsh in Idleb" names a town
            if (m.group(4) != null || m.group(1) != null && m.group(2) == null && m.group(5) != null) continue;
            // "dans le district de Dantewada", "in Chhattisgarh's Dantewada district": a division holds many localities
            if (m.group(2) != null && DIVISION_OR_DISTRICT.matcher(m.group(2)).lookingAt() || DIVISION_OR_DISTRICT_AFTER.matcher(q.substring(m.end(3))).lookingAt())
                continue;
            int from = base + m.start(3), to = base + m.end(3);
            Optional<PlaceMention> known = places.stream().filter(p -> p.span().start() < to && from < p.span().end()).findFirst();
            if (known.isPresent()) {
                Place p = known.get().place();
                if (!p.isCountry() && !p.isMultinational() && !p.featureCode().startsWith("ADM") && !p.featureClass().equals("L"))
                    out.add(String.format(Locale.ROOT, "geo:%s@%.4f@%.4f", p.key(), p.lat(), p.lon()));
            } else {
                String f = Normalizer.fold(m.group(3));
                if (!CALENDAR.contains(f)) out.add(f);
            }
        }
        return out;
    }

    /** The localities the gazetteer does not know. */
    public Set<String> unknownLocalities() {
        Set<String> out = new TreeSet<>();
        for (String l : localities) if (!l.startsWith("geo:")) out.add(l);
        return out;
    }

    /** Date expressions that name the day on the calendar rather than relative to the article. */
    private static final Set<String> CALENDAR_KINDS = Set.of("numeric", "day-month", "month-day");

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "le", "la", "les", "l", "ce", "cet", "cette", "ces");

    /** The word before the trigger is a definite article or a demonstrative: "the protest was initiated by ...", "cette attaque". */
    static boolean anaphoric(Event e) {
        int at = e.evidence().trigger().start() - e.evidence().span().start();
        if (at <= 0 || at > e.evidence().quote().length()) return false;
        String[] before = Normalizer.fold(e.evidence().quote().substring(0, at)).split("[^\\p{L}]+");
        return before.length > 0 && DEFINITE.contains(before[before.length - 1]);
    }

    private static Set<String> towns(Event e, List<PlaceMention> places) {
        Set<String> out = new TreeSet<>();
        for (PlaceMention p : places)
            if (p.sentence() == e.evidence().sentence() && !p.place().isCountry() && !p.place().isMultinational() && !p.place().featureCode().startsWith("ADM")
                    && !p.place().featureClass().equals("L") && !p.place().featureClass().equals("H") && !p.place().featureClass().equals("T"))
                out.add(p.place().key());
        return out;
    }

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "june", "july", "august", "september", "october", "november", "december");

    /** Capitalised words inside the sentence (not its first), in no resolved span, not in capitals only (acronyms), not a day or month. */
    static Set<String> names(Event e, List<PlaceMention> places, List<Span> resolved) {
        return names(e.evidence().quote(), e.evidence().span().start(), at -> resolved.stream().anyMatch(r -> r.start() <= at.start() && at.end() <= r.end())
                || places.stream().anyMatch(p -> p.span().start() <= at.start() && at.end() <= p.span().end()));
    }

    /** @param base where the quote starts in the article; {@code known} says whether an actor or a place resolved a span of it */
    static Set<String> names(String q, int base, java.util.function.Predicate<Span> known) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = NAME.matcher(q);
        boolean first = true;
        while (m.find()) {
            String w = m.group().replaceFirst("['’]s$", "");
            boolean initial = first;
            first = false;
            if (initial || w.length() < 4 || w.equals(w.toUpperCase(Locale.ROOT))) continue;
            // "la province du Soum", "Soum province": a division's name, shared by every village in it
            if (DIVISION_BEFORE.matcher(q.substring(0, m.start())).find() || DIVISION_AFTER.matcher(q.substring(m.start() + w.length())).lookingAt()) continue;
            if (known.test(new Span(base + m.start(), base + m.start() + w.length()))) continue;
            String f = Normalizer.fold(w);
            if (!CALENDAR.contains(f) && !TITLED.contains(f)) out.add(f);
        }
        return out;
    }

    private static final String DIVISIONS = String.join("|", new TreeSet<>(Place.DIVISION_WORDS));
    /** A division word and "of"/"de" just before a name ("la province du Soum"), or a division word just after it ("Soum province"). */
    private static final java.util.regex.Pattern DIVISION_BEFORE = java.util.regex.Pattern.compile(
            "(?iu)\\b(" + DIVISIONS + ")(\\s+\\p{L}+)?\\s+(of|de|du|d'|d’)\\s*$");
    private static final java.util.regex.Pattern DIVISION_AFTER = java.util.regex.Pattern.compile("(?iu)(['’]s)?\\s+(" + DIVISIONS + ")\\b");
    /**
     * A division or a district, as a locality's designator ("le district de Dantewada") or after it ("Dantewada district"):
     * too large to be a locality; a district's name still places two reports together as a name.
     */
    private static final java.util.regex.Pattern DIVISION_OR_DISTRICT = java.util.regex.Pattern.compile("(?iu)(district|" + DIVISIONS + ")\\b");
    private static final java.util.regex.Pattern DIVISION_OR_DISTRICT_AFTER = java.util.regex.Pattern.compile("(?iu)(['’]s)?\\s+(district|" + DIVISIONS + ")\\b");

    /**
     * Common words that news and ACLED notes capitalise as titles of institutions, units, directions or facilities
     * ("l'État Kayah", "Military Police", "Federal Highway 45", "Byblos Bank"): no names that place an event.
     */
    private static final Set<String> TITLED = Set.of("etat", "etats", "state", "states", "gouvernement", "government", "president", "presidente", "ministre",
            "minister", "ministere", "ministry", "parlement", "parliament", "assemblee", "assembly", "conseil", "council", "senat", "senate", "armee", "army",
            "republique", "republic", "nord", "sud", "est", "ouest", "north", "south", "east", "west", "province", "region", "royaume", "kingdom",
            "military", "militaire", "police", "forces", "force", "security", "securite", "national", "nationale", "guard", "garde", "navy", "defence",
            "defense", "interior", "interieur", "justice", "court", "supreme", "union", "front", "brigade", "brigades", "battalion", "bataillon",
            "regiment", "division", "resistance", "coalition", "militia", "milice", "rebels", "rebelles", "movement", "mouvement", "party", "parti",
            "federal", "federale", "general", "generale", "regional", "central", "centrale", "civil", "civile", "labour", "labor", "workers", "municipality",
            "municipalite", "highway", "road", "street", "square", "university", "universite", "hospital", "hopital", "airport", "aeroport", "market",
            "marche", "school", "ecole", "church", "eglise", "mosque", "mosquee", "port", "bank", "banque", "office", "headquarters", "directorate");

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("(?u)\\b\\p{Lu}[\\p{L}'’-]*");
    // (a possessive is the name itself: "Tripoli's airport" names Tripoli)

    private static List<Who> who(List<ActorMention> ms) {
        List<Who> out = new ArrayList<>();
        for (ActorMention m : ms) {
            var a = m.collective();
            boolean specific = a.known() && a.kind() != ActorKind.AGENT && a.kind() != ActorKind.STATE;
            var country = a.country().or(() -> m.actor().country()).map(Object::toString);
            if (out.stream().noneMatch(w -> w.id().equals(a.id().value()))) out.add(new Who(a.id().value(), a.name(), country, specific));
        }
        return out;
    }

    private static final Set<String> STOP = Set.of("dans", "avec", "pour", "sont", "ont", "une", "des", "les", "par", "sur", "qui", "que", "leur", "leurs",
            "selon", "cette", "apres", "avant", "entre", "depuis", "plus", "sans", "sous", "vers", "lors", "elle", "elles", "ils", "mais", "aussi", "tout",
            "tous", "toutes", "with", "from", "that", "this", "were", "have", "has", "had", "their", "they", "them", "which", "said", "says", "after",
            "before", "into", "over", "about", "also", "been", "when", "where", "while", "other", "more", "than", "some", "according", "there", "would");

    /** Folded words of four or more letters (and numbers), stop words out: what two reports of one event share, across languages too. */
    static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        for (String w : Normalizer.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || STOP.contains(w)) continue;
            if (w.length() >= 4 || w.chars().allMatch(Character::isDigit)) out.add(w);
        }
        return out;
    }

    /** A hash of the folded sentence: the same for a copy whose spacing, casing or punctuation changed. */
    public static String sentenceKey(String text) {
        String[] w = Normalizer.fold(text).split("[^\\p{L}\\p{N}]+");
        List<String> kept = new ArrayList<>();
        for (String x : w) if (!x.isEmpty()) kept.add(x);
        return Long.toHexString(MinHash.hash(String.join(" ", kept)));
    }

    // ---- storage: a small JSON object ----

    private static final ObjectMapper JSON = new ObjectMapper();

    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id).put("article", article).put("published", published.toString()).put("type", type.name()).put("family", family);
        acledSub.ifPresent(s -> o.put("sub", s));
        o.put("realis", realis.label()).put("from", from.toString()).put("to", to.toString()).put("precision", precision.label())
                .put("calendar", calendarDate);
        place.ifPresent(p -> {
            ObjectNode n = o.putObject("place");
            n.put("key", p.key()).put("name", p.name()).put("country", p.country()).put("admin1", p.admin1()).put("fc", p.featureCode())
                    .put("lat", p.lat()).put("lon", p.lon()).put("precision", p.precision());
        });
        whoJson(o.putArray("actors"), actors);
        whoJson(o.putArray("recipients"), recipients);
        fatalities.ifPresent(f -> o.put("fatalities", f));
        o.put("sentence", sentence).put("skey", sentenceKey).put("anaphoric", anaphoric).put("confidence", confidence);
        ArrayNode ws = o.putArray("words");
        words.stream().sorted().forEach(ws::add);
        ArrayNode ts = o.putArray("towns");
        towns.stream().sorted().forEach(ts::add);
        ArrayNode ns = o.putArray("names");
        names.stream().sorted().forEach(ns::add);
        ArrayNode ls = o.putArray("localities");
        localities.stream().sorted().forEach(ls::add);
        return o.toString();
    }

    private static void whoJson(ArrayNode a, List<Who> ws) {
        for (Who w : ws) {
            ObjectNode n = a.addObject().put("id", w.id()).put("name", w.name()).put("specific", w.specific());
            w.country().ifPresent(c -> n.put("country", c));
        }
    }

    public static Mention fromJson(String s) {
        try {
            JsonNode o = JSON.readTree(s);
            Optional<Where> where = Optional.empty();
            if (o.has("place")) {
                JsonNode p = o.get("place");
                where = Optional.of(new Where(p.get("key").asText(), p.get("name").asText(), p.get("country").asText(), p.get("admin1").asText(),
                        p.get("fc").asText(), p.get("lat").asDouble(), p.get("lon").asDouble(), p.get("precision").asInt()));
            }
            Set<String> ws = strings(o.get("words")), ts = strings(o.get("towns")), ns = strings(o.get("names")), ls = strings(o.get("localities"));
            return new Mention(o.get("id").asText(), o.get("article").asText(), LocalDate.parse(o.get("published").asText()),
                    PloverType.valueOf(o.get("type").asText()), o.get("family").asText(), Optional.ofNullable(o.path("sub").textValue()),
                    Realis.valueOf(o.get("realis").asText().toUpperCase(Locale.ROOT)), LocalDate.parse(o.get("from").asText()),
                    LocalDate.parse(o.get("to").asText()), Precision.valueOf(o.get("precision").asText().toUpperCase(Locale.ROOT)), o.path("calendar").asBoolean(), where,
                    whoOf(o.get("actors")), whoOf(o.get("recipients")), o.has("fatalities") ? OptionalInt.of(o.get("fatalities").asInt()) : OptionalInt.empty(),
                    o.get("sentence").asInt(), o.get("skey").asText(), ws, ts, ns, ls, o.path("anaphoric").asBoolean(), o.get("confidence").asDouble());
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("bad stored mention: " + e.getMessage(), e);
        }
    }

    private static Set<String> strings(JsonNode a) {
        Set<String> out = new TreeSet<>();
        if (a != null) a.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<Who> whoOf(JsonNode a) {
        List<Who> out = new ArrayList<>();
        for (JsonNode n : a) out.add(new Who(n.get("id").asText(), n.get("name").asText(), Optional.ofNullable(n.path("country").textValue()),
                n.get("specific").asBoolean()));
        return out;
    }
}
