package org.herodotus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.herodotus.coding.Event;
import org.herodotus.data.DataFile;
import org.herodotus.model.Article;
import org.herodotus.model.ArticleId;
import org.herodotus.model.Lang;
import org.herodotus.model.PartialDate;
import org.herodotus.model.PloverType;
import org.herodotus.model.Realis;
import org.herodotus.pipeline.ArticlePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The realis suites (issue 7): our own sentences, each naming one judged event by its PLOVER type and trigger word,
 * with the realis a careful analyst gives it. A record is {@code id, realis, comment, date, text, type, trigger}.
 * The event judged is the one whose trigger is that word, else the first of that type, else the one of the same act
 * (see {@link #sameAct}) whose trigger is within a few words of it (a verb and its noun: "imposerait des sanctions"); with none, the answer is
 * "no event". A negated event that yields no event at all is right (nothing actual was coded); for every other
 * class no event is a miss. {@code herodotus realis FILE...} prints the confusion table and the misses.
 */
@Command(name = "realis", description = "Run realis-suite files (id, realis, comment, date, text, type, trigger) and print the confusion table.")
final class RealisSuite implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Realis TSV files; the language is taken from the name (….fr.tsv, ….en.tsv).")
    List<Path> files;

    /** One record: the article and the event judged in it. */
    record Record(String id, Realis expected, String comment, Article article, PloverType type, String trigger) {
        Record {
            if (!article.text().toLowerCase(Locale.ROOT).contains(trigger.toLowerCase(Locale.ROOT)))
                throw new IllegalArgumentException(id + ": trigger '" + trigger + "' is not in the text");
        }
    }

    /** What the pipeline gave for one record: the judged event's realis, or empty when no event was found. */
    record Outcome(Record record, Optional<Realis> got, String events) {
        boolean right() {
            return got.map(r -> r == record.expected()).orElse(record.expected() == Realis.NEGATED);
        }
    }

    /** Counts per expected class: the answers given ({@code null} key: no event) and the right ones. */
    static final class Confusion {
        final Map<Realis, Map<Realis, Integer>> cells = new EnumMap<>(Realis.class);
        final Map<Realis, Integer> none = new EnumMap<>(Realis.class);
        final Map<Realis, int[]> right = new EnumMap<>(Realis.class);

        void add(Outcome o) {
            Realis want = o.record().expected();
            if (o.got().isPresent()) cells.computeIfAbsent(want, k -> new EnumMap<>(Realis.class)).merge(o.got().get(), 1, Integer::sum);
            else none.merge(want, 1, Integer::sum);
            int[] c = right.computeIfAbsent(want, k -> new int[2]);
            c[1]++;
            if (o.right()) c[0]++;
        }

        double accuracy(Realis r) {
            int[] c = right.get(r);
            return c == null || c[1] == 0 ? Double.NaN : (double) c[0] / c[1];
        }

        int total(Realis r) { return right.containsKey(r) ? right.get(r)[1] : 0; }

        /** The table: one row per expected class, one column per answer, "none" for no event, then the accuracy. */
        String table() {
            StringBuilder sb = new StringBuilder(String.format("%-13s", "gold \\ got"));
            for (Realis r : Realis.values()) sb.append(String.format("%13s", r.label()));
            sb.append(String.format("%8s  %s%n", "none", "accuracy"));
            for (Realis want : Realis.values()) {
                if (!right.containsKey(want)) continue;
                sb.append(String.format("%-13s", want.label()));
                Map<Realis, Integer> row = cells.getOrDefault(want, Map.of());
                for (Realis got : Realis.values()) sb.append(String.format("%13d", row.getOrDefault(got, 0)));
                int[] c = right.get(want);
                sb.append(String.format("%8d  %s%n", none.getOrDefault(want, 0), String.format(Locale.ROOT, "%.3f", accuracy(want)) + " (" + c[0] + "/" + c[1] + ")"));
            }
            return sb.toString();
        }
    }

    static List<Record> read(DataFile f, Lang lang) {
        List<Record> out = new ArrayList<>();
        for (DataFile.Row r : f.rows()) {
            Realis want;
            try {
                want = Realis.valueOf(r.get(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown realis " + r.get(1));
            }
            PloverType type = PloverType.parse(r.get(5)).orElseThrow(() -> r.error("unknown PLOVER type " + r.get(5)));
            Article a = new Article(new ArticleId(r.get(0)), PartialDate.parse(r.get(3)).orElseThrow(() -> r.error("bad date " + r.get(3))), Optional.of(lang),
                    r.get(4), Optional.empty(), Optional.empty(), Optional.empty(), f.name() + ":" + r.line());
            try {
                out.add(new Record(r.get(0), want, r.get(2), a, type, r.get(6).trim()));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        return out;
    }

    /** The event the record judges: the one whose trigger contains its word, else the first of its type. */
    static Optional<Event> judged(Record r, List<Event> events) {
        String word = r.trigger().toLowerCase(Locale.ROOT);
        for (Event e : events) {
            String t = e.evidence().triggerText().toLowerCase(Locale.ROOT);
            if (t.equals(word) || List.of(t.split("\\s+")).contains(word)) return Optional.of(e);
        }
        Optional<Event> typed = events.stream().filter(e -> e.type() == r.type()).findFirst();
        if (typed.isPresent()) return typed;
        // the word's event may carry another word of its phrase as trigger ("imposerait des sanctions", coded COERCE as
        // CAMEO 163 says): the nearest trigger within a few words of it, of the same act (not "denied" for "deploying")
        int at = wordAt(r.article().text(), word);
        Event best = null;
        int bestD = NEAR_CHARS + 1;
        for (Event e : events) {
            if (!sameAct(e.type(), r.type())) continue;
            int d = Math.min(Math.abs(e.evidence().trigger().start() - at), Math.abs(e.evidence().trigger().end() - (at + word.length())));
            if (d < bestD) { bestD = d; best = e; }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Types the crosswalk gives one act under two names: sanctions are COERCE (CAMEO 163), releases RETREAT (CAMEO
     * 0841), signed agreements SUPPORT (CAMEO 057), while a writer may call them SANCTION, CONCEDE and AGREE.
     */
    static boolean sameAct(PloverType a, PloverType b) {
        if (a == b) return true;
        java.util.Set<PloverType> pair = java.util.EnumSet.of(a, b);
        return pair.equals(java.util.EnumSet.of(PloverType.SANCTION, PloverType.COERCE)) || pair.equals(java.util.EnumSet.of(PloverType.CONCEDE, PloverType.RETREAT))
                || pair.equals(java.util.EnumSet.of(PloverType.AGREE, PloverType.SUPPORT));
    }

    /** How far (characters) from the record's word the trigger of its event may be: a verb and its object noun. */
    static final int NEAR_CHARS = 30;

    private static int wordAt(String text, String lowerWord) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})" + java.util.regex.Pattern.quote(lowerWord) + "(?!\\p{L})").matcher(text);
        return m.find() ? m.start() : text.toLowerCase(Locale.ROOT).indexOf(lowerWord);
    }

    static Outcome run(ArticlePipeline p, Record r) {
        List<Event> events = p.run(r.article()).events();
        return new Outcome(r, judged(r, events).map(Event::realis), GoldenRecords.describe(events));
    }

    @Override public Integer call() throws Exception {
        ArticlePipeline p = Herodotus.load().pipeline();
        Confusion all = new Confusion();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Confusion one = new Confusion();
            for (Record r : read(GoldenRecords.readFile(file), GoldenRecords.language(name))) {
                Outcome o = run(p, r);
                one.add(o);
                all.add(o);
                if (!o.right()) System.out.printf("MISS %s want %s got %s [%s %s] %s%n  text: %s%n%s", r.id(), r.expected().label(),
                        o.got().map(Realis::label).orElse("no event"), r.type(), r.trigger(), r.comment(), r.article().text(), o.events());
            }
            System.out.printf("== %s%n%s", name, one.table());
        }
        if (files.size() > 1) System.out.printf("== all%n%s", all.table());
        return 0;
    }
}
