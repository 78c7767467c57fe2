package org.herodotus.cli;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import org.herodotus.model.Article;
import org.herodotus.model.ArticleId;
import org.herodotus.read.ArticleReader;
import org.herodotus.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Throughput benchmark of {@code extract}'s work: builds a corpus of N articles by recombining the paragraphs of the
 * bundled samples (fixed seed, same language per article), runs the pipeline over it after a warm-up, and prints
 * articles/s, events and peak heap. Figures, not assertions: run it on the machine you care about.
 */
@Command(name = "bench", description = "Measure extract throughput (articles/s) and peak heap on a generated corpus.")
final class Bench implements Callable<Integer> {
    @Option(names = "--articles", description = "Corpus size (default 200).")
    int n = 200;
    @Option(names = "--threads", description = "Pipeline threads (default: available cores).")
    int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = "--seed", description = "Random seed of the corpus (default 42).")
    long seed = 42;

    @Override public Integer call() throws Exception {
        List<ReadResult> samples = new ArrayList<>();
        try (InputStream s = Bench.class.getResourceAsStream("/herodotus/samples/articles.jsonl")) {
            ArticleReader.readJsonLines("samples", s, samples::add, new ArticleReader(Optional.empty(), Optional.empty()));
        }
        List<Article> base = samples.stream().filter(r -> r instanceof ReadResult.Ok).map(r -> ((ReadResult.Ok) r).article()).toList();
        List<ReadResult> corpus = generate(base, n, seed);
        long t0 = System.nanoTime();
        long g0 = System.nanoTime();
        var gz = Herodotus.loadGazetteer();
        System.out.printf("bench: gazetteer index load %.2f s (%d names)%n", (System.nanoTime() - g0) / 1e9, gz.nameCount());
        Herodotus h = Herodotus.load();
        h.parser().warmUp(org.herodotus.model.Lang.FR, org.herodotus.model.Lang.EN);
        double load = (System.nanoTime() - t0) / 1e9;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
        Runner.Stats st = new Runner(h.pipeline(), threads, System.err).run(corpus, x -> { }, (o, m) -> { });
        long chars = corpus.stream().mapToLong(r -> ((ReadResult.Ok) r).article().text().length()).sum();
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        System.out.printf("bench: %d articles (%d chars), %d threads, %d events%n", st.articles(), chars, threads, st.events());
        System.out.printf("bench: model+dictionary load %.1f s; extract %.1f s = %.2f articles/s (%.0f chars/s)%n", load, st.seconds(),
                st.articles() / st.seconds(), chars / st.seconds());
        System.out.printf("bench: peak heap during extract %.0f MB (max heap %.0f MB)%n", peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        return 0;
    }

    /** N articles, each three to six paragraphs drawn from sample articles of one language, with a sample's date. */
    static List<ReadResult> generate(List<Article> base, int n, long seed) {
        Random r = new Random(seed);
        List<ReadResult> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Article first = base.get(r.nextInt(base.size()));
            List<Article> same = base.stream().filter(a -> a.lang().equals(first.lang())).toList();
            StringBuilder sb = new StringBuilder();
            int k = 3 + r.nextInt(4);
            for (int j = 0; j < k; j++) {
                String[] pars = same.get(r.nextInt(same.size())).text().split("\\n\\s*\\n");
                if (sb.length() > 0) sb.append("\n\n");
                sb.append(pars[r.nextInt(pars.length)]);
            }
            out.add(new ReadResult.Ok(new Article(new ArticleId("bench-" + i), first.date(), first.lang(), sb.toString(), Optional.empty(),
                    Optional.empty(), Optional.empty(), "bench-" + i)));
        }
        return out;
    }
}
