package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.herodotus.actors.ActorMention;
import org.herodotus.coding.Event;
import org.herodotus.data.DataFile;
import org.herodotus.model.Article;
import org.herodotus.model.ArticleId;
import org.herodotus.model.Lang;
import org.herodotus.model.PartialDate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden records in French and English, one dynamic test each, run through the whole pipeline with CoreNLP. */
class GoldenRecordsTest {
    @TestFactory
    Stream<DynamicTest> french() { return records("/golden/golden.fr.tsv", Lang.FR); }

    @TestFactory
    Stream<DynamicTest> english() { return records("/golden/golden.en.tsv", Lang.EN); }

    private Stream<DynamicTest> records(String res, Lang lang) {
        List<DynamicTest> tests = new ArrayList<>();
        for (DataFile.Row r : DataFile.resource(res, false).rows()) {
            String id = r.get(0), category = r.get(1), comment = r.get(2), date = r.get(3), text = r.get(4), expect = r.get(5);
            tests.add(DynamicTest.dynamicTest(id + " [" + category + "] " + comment, () -> {
                Article a = new Article(new ArticleId(id), PartialDate.parse(date).orElseThrow(), Optional.of(lang), text,
                        Optional.empty(), Optional.empty(), Optional.empty(), res + ":" + r.line());
                List<Event> events = Shared.herodotus().pipeline().run(a).events();
                for (String clause : expect.split(" && ")) assertThat(holds(clause.trim(), events)).as("%s: %s\nin %s", id, clause, describe(events)).isTrue();
            }));
        }
        return tests.stream();
    }

    static boolean holds(String clause, List<Event> events) {
        if (clause.startsWith("!")) {
            String type = clause.substring(1);
            return events.stream().noneMatch(e -> e.type().name().equals(type) && e.realis().happened());
        }
        String[] parts = clause.split(" ");
        String[] tm = parts[0].split("/");
        return events.stream().anyMatch(e -> {
            if (!e.type().name().equals(tm[0])) return false;
            if (tm.length > 1 && !e.mode().orElse("").equals(tm[1])) return false;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                boolean ok = switch (kv[0]) {
                    case "actor" -> e.actors().stream().anyMatch(m -> matchesActor(m, kv[1]));
                    case "at" -> e.location().map(l -> l.mention().place().name().toLowerCase(Locale.ROOT).contains(kv[1].replace('_', ' ').toLowerCase(Locale.ROOT))
                            || l.mention().text().equalsIgnoreCase(kv[1].replace('_', ' '))).orElse(false);
                    case "realis" -> e.realis().label().equals(kv[1]);
                    case "date" -> e.date().toString().equals(kv[1]);
                    case "acled" -> e.acled().map(a -> a.subEventType().equals(kv[1].replace('_', ' '))).orElse(false);
                    default -> throw new IllegalArgumentException("unknown expectation " + kv[0]);
                };
                if (!ok) return false;
            }
            return true;
        });
    }

    private static boolean matchesActor(ActorMention m, String want) {
        return m.actor().id().value().equals(want) || m.collective().id().value().equals(want);
    }

    static String describe(List<Event> events) {
        StringBuilder sb = new StringBuilder();
        for (Event e : events) {
            sb.append("  ").append(e.type()).append('/').append(e.mode().orElse("-")).append(' ').append(e.realis().label()).append(' ').append(e.date())
                    .append(" actors=").append(e.actors().stream().map(m -> m.actor().id().value() + "(" + m.by() + ")").toList())
                    .append(" at=").append(e.location().map(l -> l.mention().place().name() + "/" + l.by()).orElse("-"))
                    .append(" trigger=").append(e.evidence().triggerText()).append('\n');
        }
        return sb.toString();
    }
}
