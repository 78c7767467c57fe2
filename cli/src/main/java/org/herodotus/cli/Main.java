package org.herodotus.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.herodotus.json.ContractJson;
import org.herodotus.pipeline.Extraction;
import org.herodotus.read.ArticleReader;
import org.herodotus.read.ReadResult;
import org.herodotus.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The herodotus command line. */
@Command(name = "herodotus", mixinStandardHelpOptions = true, version = "herodotus 0.1.0",
        description = "Who did what to whom, where and when: dated news (French, English) to PLOVER-coded, evidenced events.",
        subcommands = {Main.Demo.class, Main.Extract.class, Main.Places.class, Main.Parse.class, Main.Ingest.class, Main.Events.class, Main.Reresolve.class, ActorsCommand.class, Eval.class, DedupEval.class, GoldenRecords.class, RealisSuite.class, Bench.class})
public final class Main implements Runnable {
    @Override public void run() { CommandLine.usage(this, System.out); }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        Herodotus.resetUserKb();
        try {
            return new CommandLine(new Main()).setExecutionExceptionHandler((ex, cl, parsed) -> {
                cl.getErr().println("herodotus: " + ex.getMessage());
                return 2;
            }).execute(args);
        } finally {
            Herodotus.resetUserKb();
        }
    }

    /** The realis names of {@code --realis}: checked against {@link org.herodotus.model.Realis}; 'all' (or nothing) keeps every event. */
    static java.util.Set<String> realisFilter(List<String> names) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String n : names) {
            String k = n.trim().toLowerCase(java.util.Locale.ROOT);
            if (k.equals("all")) return java.util.Set.of();
            try {
                out.add(org.herodotus.model.Realis.valueOf(k.toUpperCase(java.util.Locale.ROOT)).label());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--realis " + n + ": expected actual, claimed, historical, future, hypothetical, negated or all");
            }
        }
        return out;
    }

    static PrintWriter stdout() {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), false);
    }

    /** Options shared by the commands that read articles. */
    static class Inputs {
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files (.txt seed layout or plain, .jsonl) or directories.")
        List<Path> paths = new ArrayList<>();
        @Option(names = "--date", description = "Date (YYYY[-MM[-DD]]) of plain .txt files without a date header.")
        Optional<String> date = Optional.empty();
        @Option(names = "--lang", description = "Language (fr, en) when the input does not say; detected otherwise.")
        Optional<String> lang = Optional.empty();
        @Option(names = "--threads", description = "Pipeline threads (default: available cores).")
        int threads = Runtime.getRuntime().availableProcessors();

        @CommandLine.Mixin KbOption kb;
    }

    /** The --kb option of every command that loads the knowledge base. */
    static class KbOption {
        @Option(names = "--kb", paramLabel = "DIR", description = "A folder of your own knowledge-base files (actors*.tsv, affiliations*.tsv,"
                + " agents*.tsv) loaded on top of the bundled ones; repeatable. Default: $HERODOTUS_KB.")
        void kb(List<Path> dirs) { dirs.forEach(Herodotus::addUserKb); }
    }

    @Command(name = "extract", description = "Print one JSON object per event (the output contract) on stdout.")
    static final class Extract implements Callable<Integer> {
        @CommandLine.Mixin Inputs in;

        @Override public Integer call() throws Exception {
            ContractJson json = new ContractJson();
            return printLines(in, x -> x.events().stream().map(e -> json.line(json.event(e))).toList());
        }
    }

    @Command(name = "places", description = "Print one JSON object per toponym mention on stdout, the event's place marked.")
    static final class Places implements Callable<Integer> {
        @CommandLine.Mixin Inputs in;

        @Override public Integer call() throws Exception {
            ContractJson json = new ContractJson();
            return printLines(in, x -> x.places().mentions().stream()
                    .map(m -> json.line(json.toponym(x.parsed().article().id().value(), m, x.isEventPlace(m)))).toList());
        }
    }

    @Command(name = "parse", description = "Print the parse the coder sees: per token its index, word, lemma, UPOS, NER, head and relation (CoNLL-U-like).")
    static final class Parse implements Callable<Integer> {
        @CommandLine.Mixin Inputs in;

        @Override public Integer call() throws Exception {
            return printLines(in, x -> {
                List<String> out = new java.util.ArrayList<>();
                out.add("# article " + x.parsed().article().id().value() + " lang=" + x.parsed().lang().code());
                for (org.herodotus.text.Sentence s : x.parsed().sentences()) {
                    out.add("# sentence " + s.index() + ": " + s.span().of(x.parsed().text()));
                    for (org.herodotus.text.Token t : s.tokens())
                        out.add(String.join("\t", String.valueOf(t.index()), t.word(), t.lemma(), t.upos(), t.ner(), String.valueOf(t.head()), t.deprel()));
                }
                return out;
            });
        }
    }

    /** Runs the pipeline over the inputs and prints, per article in input order, the lines {@code lines} makes of it. */
    static int printLines(Inputs in, java.util.function.Function<Extraction, List<String>> lines) throws Exception {
        List<ReadResult> inputs = Runner.read(in.paths, in.date, in.lang, System.err);
        Herodotus h = Herodotus.load();
        try (PrintWriter out = stdout()) {
            Runner.Stats s = new Runner(h.pipeline(), in.threads, System.err).run(inputs, x -> {
                lines.apply(x).forEach(out::println);
                out.flush();
            }, (o, m) -> { });
            System.err.printf("herodotus: %d articles, %d events, %d problems in %.1f s%n", s.articles(), s.events(), s.problems(), s.seconds());
            return s.articles() == 0 && s.problems() > 0 ? 1 : 0;
        }
    }

    @Command(name = "ingest", description = "Extract events from articles and store them (idempotent: re-ingesting an article replaces it).")
    static final class Ingest implements Callable<Integer> {
        @CommandLine.Mixin Inputs in;
        @Option(names = "--db", description = "Database: a file path or jdbc:sqlite:PATH (default ./herodotus.db).")
        String db = "herodotus.db";

        @Override public Integer call() throws Exception {
            List<ReadResult> inputs = Runner.read(in.paths, in.date, in.lang, System.err);
            Herodotus h = Herodotus.load();
            Runner.Stats s = ingest(h, inputs, db, in.threads, System.err);
            return s.articles() == 0 && s.problems() > 0 ? 1 : 0;
        }
    }

    static Runner.Stats ingest(Herodotus h, List<ReadResult> inputs, String db, int threads, PrintStream err) throws Exception {
        try (EventStore store = new EventStore(db)) {
            int[] outcome = new int[EventStore.Outcome.values().length];
            Runner.Stats s = new Runner(h.pipeline(), threads, err).run(inputs, x -> outcome[store.save(x).ordinal()]++, store::problem);
            err.printf("herodotus: %d articles (%d new, %d replaced, %d unchanged), %d events, %d problems in %.1f s -> %s%n", s.articles(),
                    outcome[0], outcome[1], outcome[2], s.events(), s.problems(), s.seconds(), db);
            return s;
        }
    }

    @Command(name = "demo", description = "Ingest the bundled sample articles into ./herodotus.db and print a summary of the events found.")
    static final class Demo implements Callable<Integer> {
        @Option(names = "--db", description = "Database (default ./herodotus.db).")
        String db = "herodotus.db";
        @Option(names = "--threads", description = "Pipeline threads.")
        int threads = Runtime.getRuntime().availableProcessors();

        @Override public Integer call() throws Exception {
            List<ReadResult> inputs = new ArrayList<>();
            try (InputStream s = Main.class.getResourceAsStream("/herodotus/samples/articles.jsonl")) {
                if (s == null) throw new IllegalStateException("bundled samples missing from the jar");
                ArticleReader.readJsonLines("samples/articles.jsonl", s, inputs::add, new ArticleReader(Optional.empty(), Optional.empty()));
            }
            System.err.println("herodotus demo: loading dictionaries, gazetteer and CoreNLP models (about 30 s)...");
            Herodotus h = Herodotus.load();
            ingest(h, inputs, db, threads, System.err);
            try (EventStore store = new EventStore(db); PrintWriter out = stdout()) {
                Demos.summary(store, out);
            }
            return 0;
        }
    }

    @Command(name = "events", description = "List or export stored events (jsonl: the output contract; csv: one row per event).")
    static final class Events implements Callable<Integer> {
        @Option(names = "--db", description = "Database (default ./herodotus.db).")
        String db = "herodotus.db";
        @Option(names = "--format", description = "jsonl or csv (default jsonl).")
        String format = "jsonl";
        @Option(names = "--type", description = "Only this PLOVER type.")
        Optional<String> type = Optional.empty();
        @Option(names = "--realis", split = ",", description = "Only events of these realis, comma-separated (actual, claimed, historical, future,"
                + " hypothetical, negated), or 'all'. Default: actual,claimed (what happened, as counts and maps show it).")
        List<String> realis = List.of("actual", "claimed");
        @Option(names = "--from", description = "Only events dated from (YYYY[-MM[-DD]]).")
        Optional<String> from = Optional.empty();
        @Option(names = "--to", description = "Only events dated up to (YYYY[-MM[-DD]]).")
        Optional<String> to = Optional.empty();
        @Option(names = "--article", description = "Only events of this article id.")
        Optional<String> article = Optional.empty();
        @Option(names = "--limit", description = "At most this many events.")
        int limit = 0;
        @Option(names = {"-o", "--out"}, description = "Write to this file instead of stdout.")
        Optional<Path> outFile = Optional.empty();
        @Option(names = "--canonical", description = "Canonical events (one per happening, its reports merged across articles) instead of event mentions;"
                + " jsonl only. --type, --from, --to, --article and --limit apply.")
        boolean canonical;
        @Option(names = "--explain", paramLabel = "ID", description = "Explain one canonical event: its merged fields and how each was chosen, its reports,"
                + " and every merge with its reasons.")
        Optional<String> explain = Optional.empty();

        @Override public Integer call() throws Exception {
            if (!Files.exists(Path.of(db.replaceFirst("^jdbc:sqlite:", "")))) throw new IllegalArgumentException("no database at " + db + " (run ingest or demo first)");
            try (EventStore store = new EventStore(db);
                 PrintWriter out = outFile.isPresent() ? new PrintWriter(Files.newBufferedWriter(outFile.get(), StandardCharsets.UTF_8)) : stdout()) {
                if (explain.isPresent()) return Exports.explain(store, explain.get(), out);
                if (canonical) {
                    if (!format.equals("jsonl")) throw new IllegalArgumentException("--canonical: only --format jsonl");
                    store.canonicalEvents(new EventStore.Query(type.map(String::toUpperCase), java.util.Set.of(), from, to, article, limit)).forEach(out::println);
                    return 0;
                }
                List<String> rows = store.events(new EventStore.Query(type.map(String::toUpperCase), realisFilter(realis), from, to, article, limit));
                switch (format) {
                    case "jsonl" -> rows.forEach(out::println);
                    case "csv" -> Exports.csv(rows, out);
                    default -> throw new IllegalArgumentException("--format " + format + ": expected jsonl or csv");
                }
            }
            return 0;
        }
    }

    @Command(name = "reresolve", description = "Run actors, places, dates and coding again on the stored articles from their kept parses"
            + " (after a knowledge-base or lexicon change), without the parser; articles whose events do not change are left as they are.")
    static final class Reresolve implements Callable<Integer> {
        @Option(names = "--db", description = "Database (default ./herodotus.db).")
        String db = "herodotus.db";
        @CommandLine.Mixin KbOption kb;

        @Override public Integer call() throws Exception {
            if (!Files.exists(Path.of(db.replaceFirst("^jdbc:sqlite:", "")))) throw new IllegalArgumentException("no database at " + db + " (run ingest or demo first)");
            Herodotus h = Herodotus.load();
            int[] outcome = new int[EventStore.Outcome.values().length];
            int[] problems = {0};
            long t0 = System.nanoTime();
            try (EventStore store = new EventStore(db)) {
                int missing = store.parses(p -> {
                    try {
                        outcome[store.save(h.pipeline().analyse(p)).ordinal()]++;
                    } catch (RuntimeException e) {
                        problems[0]++;
                        System.err.println("herodotus: article " + p.article().id() + ": " + e.getMessage());
                        store.problem(p.article().origin(), "reresolve: " + e.getMessage());
                    }
                });
                System.err.printf("herodotus: re-resolved %d articles (%d changed, %d unchanged), %d without a kept parse (ingest them again),"
                        + " %d problems in %.1f s -> %s%n", outcome[1] + outcome[2], outcome[1], outcome[2], missing, problems[0],
                        (System.nanoTime() - t0) / 1e9, db);
            }
            return problems[0] > 0 ? 1 : 0;
        }
    }

    static Map<String, Long> counts(String db) throws Exception {
        try (EventStore s = new EventStore(db)) {
            return s.counts();
        }
    }

}
