package org.herodotus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.herodotus.actors.ActorMention;
import org.herodotus.coding.Count;
import org.herodotus.coding.Event;
import org.herodotus.data.DataFile;
import org.herodotus.model.Article;
import org.herodotus.model.ArticleId;
import org.herodotus.model.Lang;
import org.herodotus.model.PartialDate;
import org.herodotus.pipeline.ArticlePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Golden records: our own sentences with what a careful coder expects of them. One record is {@code id, category,
 * comment, date, text, expect}; {@code expect} is clauses joined by {@code " && "}, each {@code !TYPE} (no actual or
 * claimed event of that type) or {@code TYPE[/mode] key=value...} (some event has them all; keys actor, at, realis,
 * date, acled, fatalities, injured, arrested; '_' stands for a space). {@code herodotus golden FILE...} prints the
 * share of records that hold, per file and category, and each record that does not.
 */
@Command(name = "golden", description = "Run golden-record files (id, category, comment, date, text, expect) and print which records hold.")
final class GoldenRecords implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Golden TSV files; the language is taken from the name (….fr.tsv, ….en.tsv).")
    List<Path> files;

    /** One record and the article it makes. */
    record Record(String id, String category, String comment, String expect, Article article) {}

    static List<Record> read(DataFile f, Lang lang) {
        List<Record> out = new ArrayList<>();
        for (DataFile.Row r : f.rows()) {
            String id = r.get(0);
            Article a = new Article(new ArticleId(id), PartialDate.parse(r.get(3)).orElseThrow(() -> r.error("bad date " + r.get(3))), Optional.of(lang),
                    r.get(4), Optional.empty(), Optional.empty(), Optional.empty(), f.name() + ":" + r.line());
            out.add(new Record(id, r.get(1), r.get(2), r.get(5), a));
        }
        return out;
    }

    /** The clauses of the expectation that do not hold for these events (empty: the record holds). */
    static List<String> unmet(String expect, List<Event> events) {
        List<String> out = new ArrayList<>();
        for (String clause : expect.split(" && ")) if (!holds(clause.trim(), events)) out.add(clause.trim());
        return out;
    }

    static boolean holds(String clause, List<Event> events) {
        if (clause.startsWith("!")) {
            String type = clause.substring(1);
            return events.stream().noneMatch(e -> e.type().name().equals(type) && e.realis().happened());
        }
        String[] parts = clause.split(" ");
        String[] tm = parts[0].split("/", 2);
        return events.stream().anyMatch(e -> {
            if (!e.type().name().equals(tm[0])) return false;
            if (tm.length > 1 && !e.mode().orElse("").equals(tm[1])) return false;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                String v = kv[1].replace('_', ' ');
                boolean ok = switch (kv[0]) {
                    case "actor" -> e.actors().stream().anyMatch(m -> m.actor().id().value().equals(kv[1]) || m.collective().id().value().equals(kv[1]));
                    case "at" -> e.location().map(l -> l.mention().place().name().toLowerCase(Locale.ROOT).contains(v.toLowerCase(Locale.ROOT))
                            || l.mention().text().equalsIgnoreCase(v)).orElse(false);
                    case "realis" -> e.realis().label().equals(kv[1]);
                    case "date" -> e.date().toString().equals(kv[1]);
                    case "acled" -> e.acled().map(a -> a.subEventType().equals(v)).orElse(false);
                    case "fatalities" -> kv[1].equals("none") ? e.count(Count.Kind.FATALITIES).isEmpty()
                            : e.count(Count.Kind.FATALITIES).map(n -> n == Integer.parseInt(kv[1])).orElse(false);
                    case "injured" -> e.count(Count.Kind.INJURED).map(n -> n == Integer.parseInt(kv[1])).orElse(false);
                    case "arrested" -> e.count(Count.Kind.ARRESTED).map(n -> n == Integer.parseInt(kv[1])).orElse(false);
                    default -> throw new IllegalArgumentException("unknown expectation " + kv[0]);
                };
                if (!ok) return false;
            }
            return true;
        });
    }

    /** A suite file's language, from its name (….fr.tsv, ….en.tsv). */
    static Lang language(String fileName) { return fileName.contains(".fr.") ? Lang.FR : Lang.EN; }

    /** A suite file from disk (tab-separated, no header row). */
    static DataFile readFile(Path file) throws java.io.IOException {
        try (var in = Files.newInputStream(file)) {
            return DataFile.read(file.getFileName().toString(), in, false);
        }
    }

    static String describe(List<Event> events) {
        StringBuilder sb = new StringBuilder();
        for (Event e : events) {
            sb.append("  ").append(e.type()).append('/').append(e.mode().orElse("-")).append(' ').append(e.realis().label()).append(' ').append(e.date())
                    .append(" actors=").append(e.actors().stream().map(GoldenRecords::actorLabel).toList())
                    .append(" at=").append(e.location().map(l -> l.mention().place().name() + "/" + l.by()).orElse("-"))
                    .append(" acled=").append(e.acled().map(Event.Acled::subEventType).orElse("-"))
                    .append(" size=").append(e.size().stream().map(c -> c.kind().label() + ":" + c.value()).toList())
                    .append(" conf=").append(e.confidence())
                    .append(" trigger=").append(e.evidence().triggerText()).append('\n');
        }
        return sb.toString();
    }

    private static String actorLabel(ActorMention m) { return m.actor().id().value() + "(" + m.by() + ")"; }

    @Override public Integer call() throws Exception {
        ArticlePipeline p = Herodotus.load().pipeline();
        int allOk = 0, all = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            Lang lang = language(name);
            DataFile f = readFile(file);
            Map<String, int[]> byCategory = new TreeMap<>();
            int ok = 0, n = 0;
            for (Record r : read(f, lang)) {
                List<Event> events = p.run(r.article()).events();
                List<String> miss = unmet(r.expect(), events);
                int[] c = byCategory.computeIfAbsent(r.category(), k -> new int[2]);
                c[1]++;
                n++;
                if (miss.isEmpty()) { ok++; c[0]++; continue; }
                System.out.printf("FAIL %s [%s] %s%n  text: %s%n  unmet: %s%n%s", r.id(), r.category(), r.comment(), r.article().text(), miss, describe(events));
            }
            System.out.printf("== %s: %d/%d records hold (%.3f)%n", name, ok, n, n == 0 ? 0.0 : (double) ok / n);
            byCategory.forEach((k, v) -> System.out.printf("   %-24s %d/%d%n", k, v[0], v[1]));
            allOk += ok;
            all += n;
        }
        System.out.printf("== all: %d/%d%n", allOk, all);
        return 0;
    }
}
