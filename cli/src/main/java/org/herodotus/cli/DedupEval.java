package org.herodotus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.herodotus.dedup.Comparison;
import org.herodotus.dedup.Mention;
import org.herodotus.dedup.MentionMatcher;
import org.herodotus.eval.AcledSet;
import org.herodotus.pipeline.Extraction;
import org.herodotus.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herodotus dedup-eval suite FILE...}: pairwise precision and recall of canonical events against the clusters of
 * a multi-report suite (JSON Lines articles with a {@code cluster} field), and whether shuffled ingest orders give the
 * same canonical events. {@code herodotus dedup-eval acled CSV}: how often distinct ACLED events (different places or
 * dates) are merged when every note is ingested as an article, and, with {@code --reword}, how many new canonical
 * events the same notes make when ingested again with only their spacing and casing changed.
 */
@Command(name = "dedup-eval", description = "Measure cross-article deduplication: 'suite FILE...' (articles with a gold 'cluster') or 'acled CSV'.")
final class DedupEval implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "suite or acled.")
    String kind;
    @Parameters(index = "1..*", paramLabel = "FILE", description = "Suite JSON Lines files, or one ACLED CSV.")
    List<Path> files = new ArrayList<>();
    @Option(names = "--orders", description = "Suite: shuffled ingest orders compared with the file order (default 3).")
    int orders = 3;
    @Option(names = "--sample", description = "ACLED: a random sample of N notes (fixed --seed).")
    int sample = 0;
    @Option(names = "--seed", description = "Seed of --sample (default 42).")
    long seed = 42;
    @Option(names = "--reword", description = "ACLED: ingest every note again, only its spacing and casing changed, and count new canonical events.")
    boolean reword;
    @Option(names = "--errors", description = "Write the wrong merges and missed pairs, with the comparison's reasons, to this file.")
    Optional<Path> errors = Optional.empty();
    @Option(names = "--keep", paramLabel = "DB", description = "ACLED: keep the database at this path (to inspect with events --explain).")
    Optional<Path> keep = Optional.empty();
    @Option(names = "--threads", description = "Pipeline threads (default: available cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    private final List<String> errorLines = new ArrayList<>();

    @Override public Integer call() throws Exception {
        int rc = switch (kind) {
            case "suite" -> suite();
            case "acled" -> acled();
            default -> throw new IllegalArgumentException("dedup-eval " + kind + ": expected suite or acled");
        };
        if (errors.isPresent()) Files.write(errors.get(), errorLines, StandardCharsets.UTF_8);
        return rc;
    }

    /** A stored mention as the eval reads it back: its article, canonical event, offset and features. */
    private record Stored(String article, String event, String canonical, int start, Mention mention) {}

    private static List<Stored> stored(EventStore s) throws Exception {
        List<Stored> out = new ArrayList<>();
        for (String[] r : s.summary("SELECT m.article_id, m.event_id, m.canonical_id, e.start, m.features FROM mentions m JOIN events e ON e.id = m.event_id"
                + " WHERE m.shadowed_by IS NULL ORDER BY m.article_id, e.start, m.event_id"))
            out.add(new Stored(r[0], r[1], r[2], Integer.parseInt(r[3]), Mention.fromJson(r[4])));
        return out;
    }

    private static List<Extraction> extractAll(Herodotus h, List<org.herodotus.read.ReadResult> inputs, int threads) throws Exception {
        List<Extraction> out = new ArrayList<>();
        new Runner(h.pipeline(), threads, System.err).run(inputs, out::add, (o, m) -> { });
        return out;
    }

    private static Path tempDb() throws Exception {
        Path p = Files.createTempFile("herodotus-dedup", ".db");
        Files.delete(p);
        p.toFile().deleteOnExit();
        return p;
    }

    /** Ingests the extractions in this order into a fresh database and returns the canonical events (sorted lines) and mentions. */
    private static List<String> ingest(List<Extraction> xs, Path db) throws Exception {
        try (EventStore s = new EventStore(db.toString())) {
            for (Extraction x : xs) s.save(x);
            List<String> lines = new ArrayList<>();
            for (Stored m : stored(s)) lines.add(m.canonical() + " " + m.event());
            Collections.sort(lines);
            return lines;
        }
    }

    private int suite() throws Exception {
        SuiteResult r = runSuite(Herodotus.load(), files, orders, threads, errorLines);
        try (PrintWriter out = Main.stdout()) {
            r.lines().forEach(out::println);
        }
        return 0;
    }

    /** What the suite measured: lead-event and any-event pair counts, near-miss merges, orders that agreed, and the printed lines. */
    record SuiteResult(long tp, long fp, long fn, long tpAny, long fpAny, long fnAny, long nearPairs, long nearMerged, int sameOrders, int orders,
                       List<String> lines) {
        double precision() { return tp / (double) (tp + fp); }

        double recall() { return tp / (double) (tp + fn); }
    }

    static SuiteResult runSuite(Herodotus h, List<Path> files, int orders, int threads, List<String> errorLines) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> cluster = new HashMap<>(), near = new HashMap<>();
        for (Path f : files) for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (l.isBlank()) continue;
            JsonNode n = json.readTree(l);
            cluster.put(n.path("id").asText(), n.path("cluster").asText());
            near.put(n.path("id").asText(), n.path("near").asText(""));
        }
        var inputs = Runner.read(files, Optional.empty(), Optional.empty(), System.err);
        List<Extraction> xs = extractAll(h, inputs, threads);
        Path db = tempDb();
        List<String> first = ingest(xs, db);
        int same = 0;
        for (int k = 1; k <= orders; k++) {
            List<Extraction> shuffled = new ArrayList<>(xs);
            Collections.shuffle(shuffled, new Random(k));
            Path other = tempDb();
            if (ingest(shuffled, other).equals(first)) same++;
            Files.deleteIfExists(other);
        }
        List<String> lines = new ArrayList<>();
        long tp = 0, fp = 0, fn = 0, tpAny = 0, fpAny = 0, fnAny = 0, nearPairs = 0, nearMerged = 0;
        try (EventStore s = new EventStore(db.toString())) {
            List<Stored> ms = stored(s);
            Map<String, List<Stored>> byArticle = new TreeMap<>();
            for (Stored m : ms) byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m);
            Map<String, Set<String>> articlesOf = new HashMap<>();
            Map<String, List<Stored>> byCanonical = new HashMap<>();
            for (Stored m : ms) {
                articlesOf.computeIfAbsent(m.canonical(), k -> new TreeSet<>()).add(m.article());
                byCanonical.computeIfAbsent(m.canonical(), k -> new ArrayList<>()).add(m);
            }
            Map<String, Stored> lead = new HashMap<>();
            for (var e : byArticle.entrySet()) lead.put(e.getKey(), lead(e.getValue(), articlesOf));
            List<String> ids = new ArrayList<>(new TreeSet<>(cluster.keySet()));
            MentionMatcher matcher = new MentionMatcher();
            for (int i = 0; i < ids.size(); i++) for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i), b = ids.get(j);
                boolean gold = cluster.get(a).equals(cluster.get(b));
                List<Stored> ma = byArticle.getOrDefault(a, List.of()), mb = byArticle.getOrDefault(b, List.of());
                boolean strict = !ma.isEmpty() && !mb.isEmpty() && lead.get(a).canonical().equals(lead.get(b).canonical());
                Set<String> ca = new TreeSet<>();
                ma.forEach(m -> ca.add(m.canonical()));
                boolean any = mb.stream().anyMatch(m -> ca.contains(m.canonical()));
                if (gold && strict) tp++; else if (strict) fp++; else if (gold) fn++;
                if (gold && any) tpAny++; else if (any) fpAny++; else if (gold) fnAny++;
                boolean isNear = cluster.get(b).equals(near.get(a)) || cluster.get(a).equals(near.get(b));
                if (isNear) {
                    nearPairs++;
                    if (strict) nearMerged++;
                }
                if (gold != strict) {
                    String why = ma.isEmpty() || mb.isEmpty() ? "no event in " + (ma.isEmpty() ? a : b)
                            : explain(matcher.compare(lead.get(a).mention(), lead.get(b).mention())) + heldApartBy(lead.get(a), lead.get(b), byCanonical, matcher);
                    errorLines.add((gold ? "MISSED " : "WRONG MERGE ") + a + " / " + b + " (" + cluster.get(a) + "/" + cluster.get(b) + "): " + why);
                }
            }
            long noEvent = ids.stream().filter(a -> !byArticle.containsKey(a)).count();
            var counts = s.counts();
            lines.add("== dedup-eval suite " + files.stream().map(p -> p.getFileName().toString()).toList() + " (" + ids.size() + " articles, "
                    + new TreeSet<>(cluster.values()).size() + " gold clusters)");
            lines.add("mentions: " + counts.get("mentions") + ", canonical events: " + counts.get("canonical_events") + ", near-duplicate article pairs: "
                    + counts.get("near_duplicates") + ", articles without a happening: " + noEvent);
            lines.add(metric("pairwise (lead events)", tp, fp, fn));
            lines.add(metric("pairwise (any shared event)", tpAny, fpAny, fnAny));
            lines.add(String.format(Locale.ROOT, "near-miss pairs merged: %d of %d", nearMerged, nearPairs));
            lines.add(String.format(Locale.ROOT, "shuffled ingest orders giving the same canonical events: %d of %d", same, orders));
        }
        Files.deleteIfExists(db);
        return new SuiteResult(tp, fp, fn, tpAny, fpAny, fnAny, nearPairs, nearMerged, same, orders, lines);
    }

    /**
     * The happening an article is about: of the events of its first sentence that tells one (news puts the event in
     * the lead), the one whose canonical event the most articles report; ties go to the smaller canonical id.
     */
    private static Stored lead(List<Stored> ms, Map<String, Set<String>> articlesOf) {
        int first = ms.stream().mapToInt(m -> m.mention().sentence()).min().getAsInt();
        return ms.stream().filter(m -> m.mention().sentence() == first)
                .min(java.util.Comparator.comparingInt((Stored m) -> -articlesOf.get(m.canonical()).size()).thenComparing(Stored::canonical)).get();
    }

    /** For two lead mentions linked by an edge yet in two canonical events: the pair across their groups that conflicts. */
    private static String heldApartBy(Stored x, Stored y, Map<String, List<Stored>> byCanonical, MentionMatcher matcher) {
        if (x.canonical().equals(y.canonical()) || !matcher.compare(x.mention(), y.mention()).edge()) return "";
        for (Stored p : byCanonical.get(x.canonical())) {
            for (Stored q : byCanonical.get(y.canonical())) {
                Comparison c = matcher.compare(p.mention(), q.mention());
                if (c.conflict()) return " | held apart by " + p.article() + "#" + p.mention().sentence() + " / " + q.article() + "#" + q.mention().sentence()
                        + ": " + String.join("; ", c.reasons().stream().filter(r -> r.startsWith("conflict")).toList());
            }
        }
        return " | in two groups, no conflict across them";
    }

    private static String explain(Comparison c) { return (c.edge() ? "edge" : "no edge") + " score " + c.score() + ": " + c.explain(); }

    private static String metric(String name, long tp, long fp, long fn) {
        double p = tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp), r = tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
        return String.format(Locale.ROOT, "%s: precision %.3f (%d/%d), recall %.3f (%d/%d), F1 %.3f", name, p, tp, tp + fp, r, tp, tp + fn, 2 * p * r / (p + r));
    }

    private int acled() throws Exception {
        if (files.size() != 1) throw new IllegalArgumentException("dedup-eval acled: one ACLED CSV");
        AcledSet set = AcledSet.read(files.get(0));
        List<ObjectNode> prepared = Eval.select(set.articles(), 0, sample, seed);
        Map<String, List<Map<String, String>>> rows = set.rowsByArticle();
        Herodotus h = Herodotus.load();
        Path db = keep.isPresent() ? keep.get() : tempDb();
        try (EventStore s = new EventStore(db.toString()); PrintWriter out = Main.stdout()) {
            String origin = files.get(0).getFileName().toString();
            Eval.extract(h, prepared, origin, Optional.empty(), threads, s::save);
            List<Stored> ms = stored(s);
            Map<String, Set<String>> articlesOf = new TreeMap<>();
            Map<String, List<Stored>> byArticle = new TreeMap<>();
            for (Stored m : ms) {
                articlesOf.computeIfAbsent(m.canonical(), k -> new TreeSet<>()).add(m.article());
                byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m);
            }
            Map<String, Set<String>> byLead = new TreeMap<>();
            for (var e : byArticle.entrySet()) byLead.computeIfAbsent(lead(e.getValue(), articlesOf).canonical(), k -> new TreeSet<>()).add(e.getKey());
            long[] lead = wrongMerges(byLead, rows, true), any = wrongMerges(articlesOf, rows, false);
            long merged = lead[0], wrong = lead[1];
            long n = prepared.size(), all = n * (n - 1) / 2;
            long canonicalBefore = s.counts().get("canonical_events");
            out.println("== dedup-eval acled " + origin + " (" + (sample > 0 ? "random sample of " + n + ", seed " + seed : "all " + n) + " notes)");
            out.println("mentions: " + s.counts().get("mentions") + ", canonical events: " + canonicalBefore);
            out.printf(Locale.ROOT, "note pairs whose lead events merged: %d; of them distinct ACLED events (other place or date): %d, that is %.3f %% of all"
                    + " %d note pairs%n", merged, wrong, all == 0 ? 0.0 : 100.0 * wrong / all, all);
            long notesWrong = lead[2];
            out.printf(Locale.ROOT, "notes whose lead event merged with a distinct ACLED event: %d of %d (%.1f %%)%n", notesWrong, n, 100.0 * notesWrong / n);
            out.printf(Locale.ROOT, "note pairs sharing any canonical event (background events included): %d; distinct ACLED events: %d (%.1f %% of notes"
                    + " touched)%n", any[0], any[1], 100.0 * any[2] / n);
            if (reword) {
                List<ObjectNode> again = new ArrayList<>();
                for (ObjectNode a : prepared) {
                    ObjectNode b = a.deepCopy();
                    b.put("id", a.path("id").asText() + "-reworded");
                    b.put("text", reworded(a.path("text").asText()));
                    again.add(b);
                }
                Eval.extract(h, again, origin + " (reworded)", Optional.empty(), threads, s::save);
                var c = s.counts();
                long newCanonical = c.get("canonical_events") - canonicalBefore;
                long linked = Long.parseLong(s.summary("SELECT COUNT(DISTINCT b) FROM near_duplicates WHERE b LIKE '%-reworded'").get(0)[0]);
                out.printf(Locale.ROOT, "reworded copies (spacing and casing only): %d notes, %d linked as near-duplicates, new canonical events: %d%n",
                        again.size(), linked, newCanonical);
            }
        }
        if (keep.isEmpty()) Files.deleteIfExists(db);
        return 0;
    }

    /** Pairs of notes grouped together, how many of them are distinct ACLED events, and how many notes such pairs touch (errors listed when asked). */
    private long[] wrongMerges(Map<String, Set<String>> groups, Map<String, List<Map<String, String>>> rows, boolean list) {
        long merged = 0, wrong = 0;
        Set<String> touched = new TreeSet<>();
        for (Set<String> arts : groups.values()) {
            List<String> l = new ArrayList<>(arts);
            for (int i = 0; i < l.size(); i++) for (int j = i + 1; j < l.size(); j++) {
                merged++;
                if (!distinct(rows.get(l.get(i)), rows.get(l.get(j)))) continue;
                wrong++;
                touched.add(l.get(i));
                touched.add(l.get(j));
                if (list) errorLines.add("WRONG MERGE " + l.get(i) + " / " + l.get(j) + ": " + where(rows.get(l.get(i))) + " vs " + where(rows.get(l.get(j))));
            }
        }
        return new long[] {merged, wrong, touched.size()};
    }

    /** Two notes are distinct ACLED events when no row of one shares an event id, or a place and a date, with a row of the other. */
    static boolean distinct(List<Map<String, String>> a, List<Map<String, String>> b) {
        for (Map<String, String> x : a) for (Map<String, String> y : b) {
            if (x.getOrDefault("event_id_cnty", "").equals(y.getOrDefault("event_id_cnty", "")) && !x.getOrDefault("event_id_cnty", "").isEmpty()) return false;
            if (x.getOrDefault("location", "").equals(y.getOrDefault("location", "")) && x.getOrDefault("event_date", "").equals(y.getOrDefault("event_date", "")))
                return false;
        }
        return true;
    }

    private static String where(List<Map<String, String>> rows) {
        Map<String, String> r = rows.get(0);
        return r.getOrDefault("location", "") + " " + r.getOrDefault("event_date", "");
    }

    /**
     * The same note with only spacing and casing changed: its first sentence in capitals (a wire lead), every other
     * space doubled, and a line break after each sentence.
     */
    static String reworded(String text) {
        int end = text.indexOf(". ");
        String lead = end < 0 ? text : text.substring(0, end + 1);
        String rest = end < 0 ? "" : text.substring(end + 1);
        StringBuilder sb = new StringBuilder(lead.toUpperCase(Locale.ROOT));
        int spaces = 0;
        for (char ch : rest.toCharArray()) {
            if (ch == ' ' && spaces++ % 2 == 0) sb.append("  ");
            else sb.append(ch);
        }
        return sb.toString().replace(".  ", ".\n");
    }
}
