package org.herodotus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.herodotus.model.Article;
import org.herodotus.model.Lang;
import org.herodotus.model.PartialDate;
import org.herodotus.pipeline.ArticlePipeline;
import org.herodotus.pipeline.Extraction;
import org.herodotus.read.ArticleReader;
import org.herodotus.read.ReadResult;

/**
 * Runs the pipeline over inputs on a few threads, handing extractions to a sink in input order. Problems (an
 * unreadable file, a bad line, an article the pipeline fails on) go to stderr and to {@code onProblem}; the run goes on.
 */
final class Runner {
    interface Sink { void accept(Extraction x) throws Exception; }

    interface ProblemSink { void accept(String origin, String message) throws Exception; }

    /** Counts of a run, for the summary line. */
    record Stats(int articles, int events, int problems, double seconds) {}

    private final ArticlePipeline pipeline;
    private final int threads;
    private final PrintStream err;

    Runner(ArticlePipeline pipeline, int threads, PrintStream err) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.err = err;
    }

    static List<ReadResult> read(List<Path> paths, Optional<String> date, Optional<String> lang, PrintStream err) {
        Optional<PartialDate> d = date.map(s -> PartialDate.parse(s).orElseThrow(() -> new IllegalArgumentException("--date " + s + ": expected YYYY[-MM[-DD]]")));
        Optional<Lang> l = lang.map(s -> Lang.parse(s).orElseThrow(() -> new IllegalArgumentException("--lang " + s + ": expected fr or en")));
        return new ArticleReader(d, l).readAll(paths);
    }

    Stats run(List<ReadResult> inputs, Sink sink, ProblemSink problems) throws Exception {
        List<Article> articles = new ArrayList<>();
        int nProblems = 0;
        for (ReadResult r : inputs) {
            if (r instanceof ReadResult.Ok ok) articles.add(ok.article());
            else if (r instanceof ReadResult.Problem p) {
                err.println("herodotus: skipped " + p.origin() + ": " + p.message());
                problems.accept(p.origin(), p.message());
                nProblems++;
            }
        }
        Progress progress = new Progress(err, "articles", articles.size());
        int events = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "herodotus-pipeline");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = threads * 4;
            List<Future<Extraction>> pending = new ArrayList<>();
            int next = 0, emitted = 0;
            while (emitted < articles.size()) {
                while (next < articles.size() && pending.size() < window) {
                    Article a = articles.get(next++);
                    pending.add(pool.submit(() -> pipeline.run(a)));
                }
                Future<Extraction> f = pending.remove(0);
                Article a = articles.get(emitted++);
                try {
                    Extraction x = f.get();
                    sink.accept(x);
                    events += x.events().size();
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause() == null ? e : e.getCause();
                    err.println("\nherodotus: failed on " + a.origin() + " (article " + a.id() + "): " + c);
                    problems.accept(a.origin(), "pipeline failed: " + c);
                    nProblems++;
                }
                progress.step();
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        return new Stats(articles.size(), events, nProblems, progress.seconds());
    }
}
