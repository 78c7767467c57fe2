package org.herodotus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.herodotus.actors.ActorMention;
import org.herodotus.coding.Event;
import org.herodotus.eval.GoldSet;
import org.herodotus.eval.GoldSets;
import org.herodotus.eval.Metric;
import org.herodotus.eval.Report;
import org.herodotus.json.ContractJson;
import org.herodotus.model.PartialDate;
import org.herodotus.pipeline.Extraction;
import org.herodotus.places.PlaceMention;
import org.herodotus.read.ArticleReader;
import org.herodotus.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herodotus eval KIND GOLD}: runs the real pipeline in-process over a gold set's articles (the same articles
 * {@code score.py prepare} writes) and scores the output as {@code score.py} does. {@code --pred} scores an existing
 * output file instead, {@code --save} keeps the output for {@code score.py}.
 */
@Command(name = "eval", description = "Measure Herodotus on gold data: acled, case, plover, geo, ner-fr (see shared/eval/README.md).")
final class Eval implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "acled, case, plover, geo or ner-fr.")
    String kind;
    @Parameters(index = "1", paramLabel = "GOLD", description = "The gold file.")
    Path gold;
    @Option(names = "--errors", description = "Write one JSON object per mistake (gold, got, text, why) to this file.")
    Optional<Path> errors = Optional.empty();
    @Option(names = "--limit", description = "Only the first N articles of the set.")
    int limit = 0;
    @Option(names = "--sample", description = "A random sample of N articles (fixed --seed).")
    int sample = 0;
    @Option(names = "--seed", description = "Seed of --sample (default 42).")
    long seed = 42;
    @Option(names = "--json", description = "Print the metrics as one JSON object instead of a table.")
    boolean json;
    @Option(names = "--pred", description = "Score this file of output lines (extract, places or entities) instead of running the pipeline.")
    Optional<Path> pred = Optional.empty();
    @Option(names = "--save", description = "Also write the pipeline's output lines to this file (for score.py).")
    Optional<Path> save = Optional.empty();
    @Option(names = "--date", description = "Date (YYYY[-MM[-DD]]) for gold articles that have none (default: the latest year in the text).")
    Optional<String> date = Optional.empty();
    @Option(names = "--threads", description = "Pipeline threads (default: available cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override public Integer call() throws Exception {
        GoldSet set = GoldSets.open(kind, gold);
        if (!set.problems().isEmpty()) {
            System.err.println("herodotus eval: " + set.problems().size() + " malformed gold rows in " + gold.getFileName() + " (skipped or partly used):");
            set.problems().stream().limit(10).forEach(p -> System.err.println("  " + p));
        }
        List<ObjectNode> prepared = select(set.articles(), limit, sample, seed);
        Set<String> scope = new LinkedHashSet<>();
        for (ObjectNode a : prepared) scope.add(a.get("id").asText());
        ObjectMapper m = new ObjectMapper();
        Map<String, List<JsonNode>> preds = new HashMap<>();
        List<String> lines = new ArrayList<>();
        if (pred.isPresent()) {
            for (String l : Files.readAllLines(pred.get(), StandardCharsets.UTF_8)) if (!l.isBlank()) lines.add(l);
        } else {
            lines = run(prepared, set.output());
        }
        for (String l : lines) {
            JsonNode n = m.readTree(l);
            preds.computeIfAbsent(n.path("article_id").asText(), k -> new ArrayList<>()).add(n);
        }
        if (save.isPresent()) Files.write(save.get(), lines, StandardCharsets.UTF_8);
        Report r = set.score(preds, scope);
        String sampled = limit > 0 ? "first " + scope.size() : sample > 0 ? "random sample of " + scope.size() + ", seed " + seed : "all " + scope.size();
        try (PrintWriter out = Main.stdout()) {
            if (json) {
                ObjectNode o = m.createObjectNode();
                o.put("kind", kind).put("gold", gold.toString()).put("articles", sampled);
                ObjectNode mo = o.putObject("metrics");
                for (Metric x : r.metrics()) {
                    if (x.text().isEmpty()) continue;
                    ObjectNode v = mo.putObject(x.name());
                    if (Double.isNaN(x.value())) v.putNull("value"); else v.put("value", x.value());
                    if (x.den() >= 0) v.put("num", x.num()).put("den", x.den());
                    v.put("text", x.text());
                }
                out.println(m.writeValueAsString(o));
            } else {
                out.println("== eval " + kind + " " + gold.getFileName() + " (" + sampled + " articles)");
                for (Metric x : r.metrics()) out.println(x.text().isEmpty() ? x.name() : x);
            }
        }
        if (errors.isPresent()) {
            List<String> el = new ArrayList<>();
            for (ObjectNode e : r.errors()) el.add(m.writeValueAsString(e));
            Files.write(errors.get(), el, StandardCharsets.UTF_8);
        }
        return 0;
    }

    /** The first {@code limit} articles, or a random sample of {@code sample} (seeded), kept in their order; all when neither is set. */
    static List<ObjectNode> select(List<ObjectNode> all, int limit, int sample, long seed) {
        if (limit > 0) return all.subList(0, Math.min(limit, all.size()));
        if (sample > 0 && sample < all.size()) {
            List<ObjectNode> copy = new ArrayList<>(all);
            Collections.shuffle(copy, new Random(seed));
            List<ObjectNode> pick = copy.subList(0, sample);
            List<ObjectNode> ordered = new ArrayList<>();
            for (ObjectNode a : all) if (pick.contains(a)) ordered.add(a);
            return ordered;
        }
        return all;
    }

    /** Reads the prepared articles exactly as {@code extract} would read score.py's prepared file, and runs the pipeline. */
    private List<String> run(List<ObjectNode> prepared, GoldSet.Output kindOfOutput) throws Exception {
        ContractJson cj = new ContractJson();
        List<String> out = new ArrayList<>();
        Optional<PartialDate> d = date.map(s -> PartialDate.parse(s).orElseThrow(() -> new IllegalArgumentException("--date " + s)));
        extract(Herodotus.load(), prepared, gold.getFileName().toString(), d, threads, x -> out.addAll(lines(x, kindOfOutput, cj)));
        return out;
    }

    /** Reads prepared articles exactly as {@code extract} reads score.py's prepared file, and runs the pipeline over them. */
    static void extract(Herodotus h, List<ObjectNode> prepared, String origin, Optional<PartialDate> d, int threads, Runner.Sink sink) throws Exception {
        StringBuilder jsonl = new StringBuilder();
        ObjectMapper m = new ObjectMapper();
        for (ObjectNode a : prepared) jsonl.append(m.writeValueAsString(a)).append('\n');
        List<ReadResult> inputs = new ArrayList<>();
        ArticleReader.readJsonLines(origin, new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)), inputs::add,
                new ArticleReader(d, Optional.empty()));
        Runner.Stats s = new Runner(h.pipeline(), threads, System.err).run(inputs, sink, (o, msg) -> { });
        System.err.printf("herodotus eval: %d articles, %d events, %d problems in %.1f s%n", s.articles(), s.events(), s.problems(), s.seconds());
    }

    static List<String> lines(Extraction x, GoldSet.Output o, ContractJson cj) {
        String id = x.parsed().article().id().value();
        List<String> out = new ArrayList<>();
        switch (o) {
            case EVENTS -> { for (Event e : x.events()) out.add(cj.line(cj.event(e))); }
            case TOPONYMS -> { for (PlaceMention p : x.places().mentions()) out.add(cj.line(cj.toponym(id, p, x.isEventPlace(p)))); }
            case ENTITIES -> {
                for (ActorMention a : x.actors().mentions()) {
                    String type = switch (a.actor().kind()) {
                        case PERSON -> "PER";
                        case STATE -> "LOC";
                        case AGENT -> null;
                        default -> "ORG";
                    };
                    if (type != null && a.by().equals("title")) type = null;
                    if (type != null) out.add(cj.line(cj.entity(id, type, a.span(), a.text(), a.actor().wikidata())));
                }
                for (PlaceMention p : x.places().mentions()) if (!p.place().isCountry()) out.add(cj.line(cj.entity(id, "LOC", p.span(), p.text(), Optional.empty())));
            }
            default -> throw new IllegalStateException(String.valueOf(o));
        }
        return out;
    }
}
