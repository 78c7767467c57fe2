package org.herodotus.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.herodotus.actors.Actor;
import org.herodotus.actors.ActorKind;
import org.herodotus.actors.ActorMention;
import org.herodotus.actors.KnowledgeBase;
import org.herodotus.read.ReadResult;
import org.herodotus.store.EventStore;
import org.herodotus.text.Normalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The knowledge base at the command line: list and search it, validate it (with the analyst's own files), show its
 * size, list the most frequent actors it does not know, and import an analyst's CSV into its file format.
 */
@Command(name = "actors", description = {
        "List, search and validate the actor knowledge base; list the most frequent unknown actors; import a CSV.",
        "  herodotus actors [--kind K] [--country C] [--search TEXT]      list (tab-separated: id, kind, country, sectors, name, names)",
        "  herodotus actors --validate [--kb DIR]                          load everything, report sizes and ambiguous names",
        "  herodotus actors --unknown [--db FILE | PATH...] [--top N]      unknown (open) actors by number of mentions",
        "  herodotus actors --import FILE.csv --into DIR                   write DIR/actors-import.tsv or affiliations-import.tsv"})
final class ActorsCommand implements Callable<Integer> {
    @Option(names = "--kind", description = "Only actors of this kind (state, igo, organisation, armed_group, government, person, agent).")
    Optional<String> kind = Optional.empty();
    @Option(names = "--country", description = "Only actors of this country code.")
    Optional<String> country = Optional.empty();
    @Option(names = "--search", description = "Only actors one of whose names contains this text (case and accents ignored).")
    Optional<String> search = Optional.empty();
    @Option(names = "--institutions", description = "Also list the generated state institutions (ISO3-SECTOR).")
    boolean institutions;
    @Option(names = "--validate", description = "Load the knowledge base (and --kb folders), report its size per kind and country and its ambiguous names.")
    boolean validate;
    @Option(names = "--unknown", description = "List the most frequent unknown actors: of the stored events (--db) or of the articles given.")
    boolean unknown;
    @Option(names = "--db", description = "Database for --unknown (default ./herodotus.db when no PATH is given).")
    Optional<String> db = Optional.empty();
    @Option(names = "--top", description = "How many unknown actors to list (default 20).")
    int top = 20;
    @Option(names = "--import", paramLabel = "CSV", description = "A CSV of actors (id,kind,country,sectors,wikidata,en,fr,ar) or affiliations"
            + " (person,organisation,role,from,to) to convert into the knowledge-base format.")
    Optional<Path> importCsv = Optional.empty();
    @Option(names = "--into", paramLabel = "DIR", description = "Folder that receives the imported file (use it later with --kb DIR).")
    Optional<Path> into = Optional.empty();
    @picocli.CommandLine.Mixin Main.KbOption kb;
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles for --unknown (files or folders).")
    List<Path> paths = new ArrayList<>();
    @Option(names = "--date", description = "Date of plain .txt articles for --unknown.")
    Optional<String> date = Optional.empty();
    @Option(names = "--lang", description = "Language of the articles for --unknown when they do not say.")
    Optional<String> lang = Optional.empty();
    @Option(names = "--threads", description = "Pipeline threads for --unknown.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override public Integer call() throws Exception {
        if (importCsv.isPresent()) return importCsv();
        if (unknown) return unknown();
        KnowledgeBase kb = Herodotus.loadKb(Herodotus.loadGazetteer());
        try (PrintWriter out = Main.stdout()) {
            if (validate) validate(kb, out);
            else list(kb, out);
        }
        return 0;
    }

    private void list(KnowledgeBase kb, PrintWriter out) {
        String q = search.map(Normalizer::fold).orElse(null);
        for (Actor a : kb.actors()) {
            if (!institutions && a.kind() == ActorKind.AGENT) continue;
            if (kind.isPresent() && !a.kind().name().equalsIgnoreCase(kind.get())) continue;
            if (country.isPresent() && !a.country().map(c -> c.value().equalsIgnoreCase(country.get())).orElse(false)) continue;
            List<String> names = kb.names(a.id());
            if (q != null && names.stream().noneMatch(n -> n.contains(q))) continue;
            out.println(String.join("\t", a.id().value(), a.kind().name().toLowerCase(Locale.ROOT), a.country().map(Object::toString).orElse("-"),
                    String.join(",", a.sectors().stream().map(Object::toString).toList()), a.name(), String.join("|", names)));
        }
    }

    private static void validate(KnowledgeBase kb, PrintWriter out) {
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> byCountry = new TreeMap<>();
        int named = 0;
        for (Actor a : kb.actors()) {
            if (a.kind() == ActorKind.STATE || a.kind() == ActorKind.AGENT) {
                byKind.merge(a.kind() == ActorKind.STATE ? "state (generated)" : "institution (generated)", 1, Integer::sum);
                continue;
            }
            named++;
            byKind.merge(a.kind().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
            byCountry.merge(a.country().map(Object::toString).orElse("-"), 1, Integer::sum);
        }
        out.printf("knowledge base %s: %d actors (%d named), %d affiliations%n", kb.version(), kb.size(), named, kb.affiliationCount());
        out.println("by kind:");
        byKind.forEach((k, v) -> out.printf("  %-26s %5d%n", k, v));
        out.println("named actors by country (top 25):");
        byCountry.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(25)
                .forEach(e -> out.printf("  %-4s %4d%n", e.getKey(), e.getValue()));
        Map<String, List<String>> ambiguous = kb.ambiguousNames();
        out.printf("ambiguous names (more than one actor; never resolved, counted as actors.ambiguous): %d%n", ambiguous.size());
        ambiguous.forEach((n, ids) -> out.printf("  %s -> %s%n", n, String.join(", ", ids)));
    }

    private int unknown() throws Exception {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, String> display = new HashMap<>();
        if (!paths.isEmpty()) {
            List<ReadResult> inputs = Runner.read(paths, date, lang, System.err);
            Herodotus h = Herodotus.load();
            new Runner(h.pipeline(), threads, System.err).run(inputs, x -> {
                for (ActorMention m : x.actors().mentions()) {
                    if (m.actor().known()) continue;
                    String key = m.actor().id().value();
                    int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                    c[0]++;
                    display.putIfAbsent(key, m.actor().name() + "\t" + m.actor().kind().name().toLowerCase(Locale.ROOT) + "\t"
                            + m.actor().country().map(Object::toString).orElse("-"));
                }
            }, (o, msg) -> { });
        } else {
            String file = db.orElse("herodotus.db");
            if (!Files.exists(Path.of(file.replaceFirst("^jdbc:sqlite:", "")))) throw new IllegalArgumentException("no database at " + file);
            try (EventStore store = new EventStore(file); Statement st = store.connection().createStatement();
                 ResultSet r = st.executeQuery("SELECT a.id, a.name, a.kind, a.country, COUNT(*) FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
                         + " WHERE a.known = 0 GROUP BY a.id")) {
                while (r.next()) {
                    counts.put(r.getString(1), new int[] {r.getInt(5), 0});
                    display.put(r.getString(1), r.getString(2) + "\t" + r.getString(3).toLowerCase(Locale.ROOT) + "\t" + Optional.ofNullable(r.getString(4)).orElse("-"));
                }
            }
        }
        try (PrintWriter out = Main.stdout()) {
            out.println("mentions\tname\tkind\tcountry\tid");
            counts.entrySet().stream().sorted((x, y) -> x.getValue()[0] != y.getValue()[0] ? y.getValue()[0] - x.getValue()[0] : x.getKey().compareTo(y.getKey()))
                    .limit(top).forEach(e -> out.println(e.getValue()[0] + "\t" + display.get(e.getKey()) + "\t" + e.getKey()));
        }
        return 0;
    }

    private int importCsv() throws Exception {
        if (into.isEmpty()) throw new IllegalArgumentException("--import needs --into DIR");
        Path csv = importCsv.get();
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) if (!line.isBlank() && !line.startsWith("#")) rows.add(Csv.split(line));
        }
        if (rows.isEmpty()) throw new IllegalArgumentException(csv + ": empty");
        List<String> header = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        boolean affiliations = header.contains("person");
        List<String> columns = affiliations ? List.of("person", "organisation", "role", "from", "to")
                : List.of("id", "kind", "country", "sectors", "wikidata", "en", "fr", "ar");
        Map<String, Integer> at = new LinkedHashMap<>();
        for (String c : columns) {
            int i = header.indexOf(c);
            if (i < 0 && !(c.equals("wikidata") || c.equals("fr") || c.equals("ar") || c.equals("to")))
                throw new IllegalArgumentException(csv + ": missing column '" + c + "' (header: " + String.join(",", header) + ")");
            at.put(c, i);
        }
        List<String> out = new ArrayList<>();
        out.add("# Herodotus knowledge base: " + (affiliations ? "affiliations" : "actors") + " imported from " + csv.getFileName());
        out.add(affiliations ? "# format: person<TAB>organisation<TAB>role<TAB>from<TAB>to" : "# format: id<TAB>kind<TAB>country<TAB>sectors<TAB>wikidata<TAB>names");
        out.add("# source: analyst import; version: import-" + java.time.LocalDate.now());
        for (int n = 1; n < rows.size(); n++) {
            List<String> f = rows.get(n);
            java.util.function.Function<String, String> get = c -> at.get(c) < 0 || at.get(c) >= f.size() ? "" : f.get(at.get(c)).trim();
            if (affiliations) {
                out.add(String.join("\t", get.apply("person"), get.apply("organisation"), get.apply("role"), dash(get.apply("from")), dash(get.apply("to"))));
            } else {
                List<String> names = new ArrayList<>();
                for (String l : List.of("en", "fr", "ar")) for (String name : get.apply(l).split("\\|")) if (!name.isBlank()) names.add(l + ":" + name.trim());
                if (names.stream().noneMatch(x -> x.startsWith("en:"))) throw new IllegalArgumentException(csv + ":" + (n + 1) + ": an actor needs an English name (column en)");
                out.add(String.join("\t", get.apply("id"), get.apply("kind"), get.apply("country").toUpperCase(Locale.ROOT),
                        get.apply("sectors").replace(';', ',').replace(" ", ""), dash(get.apply("wikidata")), String.join("|", names)));
            }
        }
        Files.createDirectories(into.get());
        Path target = into.get().resolve(affiliations ? "affiliations-import.tsv" : "actors-import.tsv");
        Files.write(target, out, StandardCharsets.UTF_8);
        Herodotus.addUserKb(into.get());
        KnowledgeBase kb = Herodotus.loadKb(Herodotus.loadGazetteer());   // fails with file and line if a row is wrong
        System.err.printf("herodotus: wrote %d rows to %s; knowledge base %s loads with it (%d actors)%n", rows.size() - 1, target, kb.version(), kb.size());
        return 0;
    }

    private static String dash(String s) { return s.isBlank() ? "-" : s; }
}
