package org.herodotus.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herodotus.data.DataFile;
import org.herodotus.model.CountryCode;
import org.herodotus.model.PartialDate;
import org.herodotus.model.Sector;
import org.herodotus.places.Country;
import org.herodotus.text.Normalizer;

/**
 * The actor dictionary: named actors, countries as state actors, demonyms, generic agents and dated affiliations.
 * Names are indexed folded ({@link Normalizer#fold}). Immutable after construction, safe to share between threads.
 */
public final class KnowledgeBase {
    private final Map<ActorId, Actor> actors = new LinkedHashMap<>();
    private final java.util.Set<ActorId> generated = new java.util.HashSet<>();
    private final Map<String, List<Actor>> byName = new HashMap<>();
    private final java.util.Set<String> lowerCaseNames = new java.util.HashSet<>();
    private final Map<String, CountryCode> demonyms = new HashMap<>();
    private final Map<String, Agent> agents = new HashMap<>();
    private final List<Affiliation> affiliations = new ArrayList<>();
    private final Map<CountryCode, String> countryNames = new HashMap<>();
    private final String version;
    private int maxNameWords = 1;
    private int maxAgentWords = 1;

    private KnowledgeBase(String version) { this.version = version; }

    /**
     * The state institutions generated for every country, with the English label of each: {@code KEN-COP} is
     * "Police Forces of Kenya". Affiliations may name them ("a president heads {@code KEN-GOV}").
     */
    public static final Map<String, String> INSTITUTIONS = institutions();

    private static Map<String, String> institutions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("GOV", "Government of %s");
        m.put("MIL", "Military Forces of %s");
        m.put("COP", "Police Forces of %s");
        m.put("LEG", "Parliament of %s");
        m.put("JUD", "Judiciary of %s");
        m.put("SPY", "Intelligence Services of %s");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Loads the bundled data files listed in {@code /herodotus/kb/index.tsv} and the gazetteer's countries. */
    public static KnowledgeBase load(Collection<Country> countries) { return load(countries, List.of()); }

    /**
     * Loads the bundled knowledge base, then the analyst's own files on top ({@code actors*.tsv},
     * {@code affiliations*.tsv}, {@code agents*.tsv} in the same formats); a broken file fails with its name and line.
     */
    public static KnowledgeBase load(Collection<Country> countries, List<DataFile> userFiles) {
        DataFile index = DataFile.resource("/herodotus/kb/index.tsv", false);
        List<DataFile> files = new ArrayList<>();
        for (DataFile.Row r : index.rows()) files.add(DataFile.resource("/herodotus/kb/" + r.get(0), false));
        files.addAll(userFiles);
        int userHash = 0;
        for (DataFile f : userFiles) userHash = 31 * userHash + f.name().hashCode() + f.rows().stream().mapToInt(r -> r.fields().hashCode()).sum();
        KnowledgeBase kb = new KnowledgeBase("kb-" + index.version() + (userFiles.isEmpty() ? "" : "+user-" + Integer.toHexString(userHash)));
        for (Country c : countries) kb.addCountry(c);
        for (DataFile.Row r : DataFile.resource("/herodotus/kb/country-aliases.tsv", true).rows()) {
            CountryCode cc = code(r, r.get(0));
            kb.actors.computeIfPresent(new ActorId(cc.value()), (id, a) -> {
                for (String n : r.get(2).split(",")) kb.index(n, a);
                return a;
            });
        }
        for (DataFile.Row r : DataFile.resource("/herodotus/kb/demonyms.tsv", true).rows()) {
            CountryCode cc = code(r, r.get(0));
            for (String f : r.get(2).split(",")) if (!f.isBlank()) kb.demonyms.putIfAbsent(Normalizer.fold(f), cc);
        }
        for (DataFile f : files) if (f.name().startsWith("actors")) for (DataFile.Row r : f.rows()) kb.addNamed(r);
        for (DataFile f : files) if (f.name().startsWith("affiliations")) for (DataFile.Row r : f.rows()) {
            ActorId p = new ActorId(r.get(0)), o = new ActorId(r.get(1));
            // an institution of a country this gazetteer lacks (a test world's small one) is skipped, not an error
            if (o.value().matches("[A-Z]{3}-[A-Z]{3}") && !kb.actors.containsKey(o)
                    && !kb.countryNames.containsKey(CountryCode.of(o.value().substring(0, 3)))) continue;
            if (!kb.actors.containsKey(p)) throw r.error("unknown actor id '" + p.value() + "' in affiliation");
            if (!kb.actors.containsKey(o)) throw r.error("unknown actor id '" + o.value() + "' in affiliation");
            try {
                kb.affiliations.add(new Affiliation(p, o, r.get(2), date(r, r.get(3), false), date(r, r.get(4), true)));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        for (Agent a : bundledAgents()) kb.addAgent(a);
        for (DataFile f : userFiles) if (f.name().startsWith("agents")) for (Agent a : agents(f)) kb.addAgent(a);
        return kb;
    }

    /** The generic agents of {@code /herodotus/kb/agents.tsv} (language data, not world knowledge: a test world reuses them). */
    public static List<Agent> bundledAgents() { return agents(DataFile.resource("/herodotus/kb/agents.tsv", false)); }

    private static List<Agent> agents(DataFile f) {
        List<Agent> out = new ArrayList<>();
        for (DataFile.Row r : f.rows()) {
            try {
                out.add(new Agent(r.get(0), List.of(r.get(1).split(",")), Sector.of(r.get(2)), r.get(3)));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        return out;
    }

    /** An empty knowledge base to which tests add actors by hand. */
    public static KnowledgeBase empty() { return new KnowledgeBase("kb-test"); }

    private static CountryCode code(DataFile.Row r, String s) {
        try {
            return CountryCode.of(s);
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }

    private static Optional<LocalDate> date(DataFile.Row r, String s, boolean end) {
        if (s.equals("-") || s.isEmpty()) return Optional.empty();
        PartialDate d = PartialDate.parse(s).orElseThrow(() -> r.error("bad date '" + s + "'"));
        return Optional.of(end ? d.lastDay() : d.date());
    }

    private void addCountry(Country c) {
        Actor a = new Actor(new ActorId(c.alpha3().value()), c.englishName(), ActorKind.STATE, Optional.of(c.alpha3()),
                List.of(Sector.of("GOV")), Optional.empty(), true);
        actors.put(a.id(), a);
        countryNames.put(c.alpha3(), c.englishName());
        for (Map.Entry<String, String> i : INSTITUTIONS.entrySet()) {
            ActorId id = institutionId(c.alpha3(), Sector.of(i.getKey()));
            generated.add(id);
            actors.put(id, new Actor(id, String.format(java.util.Locale.ROOT, i.getValue(), c.englishName()), ActorKind.AGENT,
                    Optional.of(c.alpha3()), List.of(Sector.of(i.getKey())), Optional.empty(), true));
        }
        for (String lang : List.of("fr", "en", "ar")) for (String n : c.names().getOrDefault(lang, List.of())) index(n, a);
    }

    private void addNamed(DataFile.Row r) {
        try {
            List<Sector> sectors = new ArrayList<>();
            for (String s : r.get(3).split(",")) sectors.add(Sector.of(s));
            String qid = r.get(4);
            List<String> names = new ArrayList<>();
            String english = null;
            for (String ln : r.get(5).split("\\|")) {
                int c = ln.indexOf(':');
                if (c != 2) throw r.error("name '" + ln + "' must start with a language code (fr:, en:, ar:)");
                names.add(ln.substring(3));
                if (english == null && ln.startsWith("en:")) english = ln.substring(3);
            }
            if (english == null) throw r.error("actor has no English name");
            add(new Actor(new ActorId(r.get(0)), english, ActorKind.parse(r.get(1)), Optional.of(CountryCode.of(r.get(2))), sectors,
                    qid.equals("-") ? Optional.empty() : Optional.of(qid), true), names);
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }

    /** Adds an actor under its names (tests and imports). */
    public KnowledgeBase add(Actor a, Collection<String> names) {
        // a row may name a generated institution ("KEN-MIL: Kenya Defence Forces, KDF"): it then replaces it, once
        if (actors.containsKey(a.id()) && actors.get(a.id()).kind() != ActorKind.STATE && !generated.remove(a.id()))
            throw new IllegalArgumentException("duplicate actor id " + a.id());
        actors.put(a.id(), a);
        if (a.kind() == ActorKind.IGO) igoNames.put(a.id(), List.copyOf(names));
        for (String n : names) index(n, a);
        index(a.name(), a);
        if (a.kind() == ActorKind.STATE) a.country().ifPresent(c -> countryNames.put(c, a.name()));
        return this;
    }

    public KnowledgeBase addDemonym(String form, CountryCode c) { demonyms.put(Normalizer.fold(form), c); return this; }

    public KnowledgeBase addAgent(Agent a) {
        for (String l : a.lemmas()) {
            agents.put(a.lang() + ":" + Normalizer.fold(l), a);
            maxAgentWords = Math.max(maxAgentWords, l.split(" ").length);
        }
        return this;
    }

    public KnowledgeBase addAffiliation(Affiliation f) { affiliations.add(f); return this; }

    private void index(String name, Actor a) {
        String k = Normalizer.fold(name);
        if (k.isEmpty()) return;
        if (Character.isLowerCase(name.codePointAt(0))) lowerCaseNames.add(k);
        List<Actor> l = byName.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!l.contains(a)) l.add(a);
        maxNameWords = Math.max(maxNameWords, k.split(" ").length);
    }

    public List<Actor> byName(String folded) { return byName.getOrDefault(folded, List.of()); }

    /** Whether the KB itself spells this name in lower case ("les talibans", "les shebab", "al-Qaida"): it may match uncapitalised. */
    public boolean namedInLowerCase(String folded) { return lowerCaseNames.contains(folded); }

    private final Map<ActorId, List<String>> igoNames = new HashMap<>();
    private final Map<ActorId, Optional<CountryCode>> hosts = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile(
            "(?i).*\\b(?:in|to|for|en|au|aux|pour|dans|à)\\s+(?:the\\s+|la\\s+|le\\s+|les\\s+|l')?(.+)$");

    /**
     * The country an intergovernmental mission works in, read off its names: "Special Monitoring Mission to Ukraine",
     * "Mission d'appui des Nations unies en Libye", "Stabilization Mission in Mali". Empty for other actors.
     */
    public Optional<CountryCode> host(Actor a) {
        if (a.kind() != ActorKind.IGO) return Optional.empty();
        return hosts.computeIfAbsent(a.id(), id -> {
            for (String n : igoNames.getOrDefault(id, List.of(a.name()))) {
                java.util.regex.Matcher m = HOST.matcher(n);
                if (!m.matches()) continue;
                for (Actor st : byName(Normalizer.fold(m.group(1))))
                    if (st.kind() == ActorKind.STATE && st.country().isPresent()) return st.country();
            }
            return Optional.empty();
        });
    }

    /** The id of a country's institution in a sector: {@code KEN-COP}. */
    public static ActorId institutionId(CountryCode c, Sector s) { return new ActorId(c.value() + "-" + s.code()); }

    public Optional<Actor> actor(ActorId id) { return Optional.ofNullable(actors.get(id)); }

    public Collection<Actor> actors() { return actors.values(); }

    public Optional<CountryCode> demonym(String word) { return Optional.ofNullable(demonyms.get(Normalizer.fold(word))); }

    public Optional<Agent> agent(String lang, String lemma) { return Optional.ofNullable(agents.get(lang + ":" + Normalizer.fold(lemma))); }

    public Optional<String> countryName(CountryCode c) { return Optional.ofNullable(countryNames.get(c)); }

    /** The organisation a person commands, heads or leads during the given period, if exactly one. */
    public Optional<Actor> ledBy(ActorId person, PartialDate when) {
        List<Actor> orgs = new ArrayList<>();
        for (Affiliation f : affiliations)
            if (f.person().equals(person) && f.leads() && f.overlaps(when.date(), when.lastDay()) && !orgs.contains(actors.get(f.organisation())))
                orgs.add(actors.get(f.organisation()));
        return orgs.size() == 1 ? Optional.of(orgs.get(0)) : Optional.empty();
    }

    /** The organisation a person belongs to in any role during the period (the leading one first). */
    public Optional<Actor> affiliation(ActorId person, PartialDate when) {
        Optional<Actor> led = ledBy(person, when);
        if (led.isPresent()) return led;
        for (Affiliation f : affiliations)
            if (f.person().equals(person) && f.overlaps(when.date(), when.lastDay())) return Optional.of(actors.get(f.organisation()));
        return Optional.empty();
    }

    /** The folded names an actor is indexed under. */
    public List<String> names(ActorId id) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<Actor>> e : byName.entrySet()) for (Actor a : e.getValue()) if (a.id().equals(id)) out.add(e.getKey());
        java.util.Collections.sort(out);
        return out;
    }

    /** Folded names held by more than one actor (the resolver never picks one of them), with the actors' ids. */
    public Map<String, List<String>> ambiguousNames() {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (Map.Entry<String, List<Actor>> e : byName.entrySet())
            if (e.getValue().size() > 1) out.put(e.getKey(), e.getValue().stream().map(a -> a.id().value()).sorted().toList());
        return out;
    }

    public int affiliationCount() { return affiliations.size(); }

    public int maxNameWords() { return maxNameWords; }

    public int maxAgentWords() { return maxAgentWords; }

    public String version() { return version; }

    public int size() { return actors.size(); }
}
