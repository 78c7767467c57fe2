package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herodotus.coding.Event;
import org.herodotus.json.ContractJson;
import org.herodotus.model.PloverType;
import org.herodotus.pipeline.Extraction;
import org.herodotus.read.ReadResult;
import org.herodotus.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short article about another conflict (Yemen, August 2019) through reading, the real pipeline, the contract and the store. */
class EndToEndTest {
    static final String ADEN = " date 2019-08-11 Fighters of the Southern Transitional Council (STC) seized the presidential palace in Aden on Saturday"
            + " after four days of clashes with government forces.\n\nThe Saudi-led coalition called for an immediate ceasefire in the city."
            + " No civilians were killed in the coalition raid on Sunday, the STC said.\n";
    @TempDir Path dir;

    @Test
    void yemeniArticleGivesEvidencedEventsInTheOutputContract() throws Exception {
        Path f = dir.resolve("aden.txt");
        Files.writeString(f, ADEN, StandardCharsets.UTF_8);
        List<ReadResult> in = Runner.read(List.of(f), Optional.empty(), Optional.empty(), System.err);
        List<Extraction> out = new ArrayList<>();
        new Runner(Shared.herodotus().pipeline(), 1, System.err).run(in, out::add, (o, m) -> { });
        assertThat(out).hasSize(1);
        List<Event> ev = out.get(0).events();
        Event seize = ev.stream().filter(e -> e.type() == PloverType.COERCE).findFirst().orElseThrow(() -> new AssertionError(GoldenRecords.describe(ev)));
        assertThat(seize.actors()).extracting(m -> m.collective().id().value()).contains("stc");
        assertThat(seize.location().orElseThrow().mention().place().country().value()).isEqualTo("YEM");
        assertThat(seize.date().toString()).isEqualTo("2019-08-10");
        assertThat(ev).anySatisfy(e -> assertThat(e.type()).isEqualTo(PloverType.REQUEST));

        String text = out.get(0).parsed().article().text();
        ObjectMapper m = new ObjectMapper();
        ContractJson json = new ContractJson();
        for (Event e : ev) {
            JsonNode j = m.readTree(json.line(json.event(e)));
            for (String field : List.of("id", "article_id", "event", "mode", "context", "quad_code", "realis", "date", "date_precision", "actor",
                    "recipient", "location", "cameo", "acled", "evidence", "confidence", "coder"))
                assertThat(j.has(field)).as("field %s", field).isTrue();
            JsonNode evd = j.get("evidence");
            assertThat(text.substring(evd.get("start").asInt(), evd.get("end").asInt())).isEqualTo(evd.get("quote").asText());
            JsonNode tr = evd.get("trigger");
            assertThat(text.substring(tr.get("start").asInt(), tr.get("end").asInt())).isEqualTo(tr.get("text").asText());
            for (JsonNode a : j.get("actor")) assertThat(text.substring(a.get("start").asInt(), a.get("end").asInt())).isEqualTo(a.get("text").asText());
        }
    }

    @Test
    void ingestingTwiceStoresNoDuplicateAndMalformedInputIsReportedAndSkipped() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("aden.txt"), ADEN, StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("nodate.txt"), "Clashes in Aden.", StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("batch.jsonl"), "{\"id\":\"x1\",\"date\":\"2019-04-05\",\"lang\":\"en\",\"text\":\"The LNA seized Gharyan.\"}\n{broken\n",
                StandardCharsets.UTF_8);
        String db = dir.resolve("h.db").toString();
        List<ReadResult> in = Runner.read(List.of(inputs), Optional.empty(), Optional.empty(), System.err);
        Runner.Stats first = Main.ingest(Shared.herodotus(), in, db, 2, System.err);
        assertThat(first.articles()).isEqualTo(2);
        assertThat(first.problems()).isEqualTo(2);
        Map<String, Long> c1 = Main.counts(db);
        Main.ingest(Shared.herodotus(), Runner.read(List.of(inputs), Optional.empty(), Optional.empty(), System.err), db, 2, System.err);
        Map<String, Long> c2 = Main.counts(db);
        assertThat(c2).isEqualTo(c1);
        assertThat(c1.get("articles")).isEqualTo(2);
        assertThat(c1.get("events")).isPositive();
        assertThat(c1.get("problems")).isEqualTo(2);
        try (EventStore s = new EventStore(db)) {
            assertThat(s.summary("SELECT origin FROM problems ORDER BY origin")).extracting(r -> r[0])
                    .containsExactly(inputs.resolve("batch.jsonl") + ":2", inputs.resolve("nodate.txt").toString());
        }
        Path csv = dir.resolve("events.csv");
        assertThat(Main.execute("events", "--db", db, "--format", "csv", "--realis", "all", "--out", csv.toString())).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("id,article_id,event,mode");
        assertThat(lines).hasSize((int) (long) c1.get("events") + 1);
        // by default an export keeps what happened (actual and claimed events) and leaves out the others
        long happened;
        try (EventStore s = new EventStore(db)) {
            happened = Long.parseLong(s.summary("SELECT COUNT(*) FROM events WHERE realis IN ('actual', 'claimed')").get(0)[0]);
            assertThat(happened).as("the Aden story tells an event that did not happen").isLessThan(c1.get("events"));
        }
        assertThat(Main.execute("events", "--db", db, "--format", "csv", "--out", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize((int) happened + 1);

        // an analyst adds a KB file: re-resolving from the kept parses, without the parser, recodes every article with it
        Path kb = Files.createDirectories(dir.resolve("kb"));
        Files.write(kb.resolve("actors-mine.tsv"), List.of("# mine", "# version: 1",
                "aden-guard\tarmed_group\tYEM\tREB\t-\ten:Aden Guard"), StandardCharsets.UTF_8);
        assertThat(Main.execute("reresolve", "--db", db, "--kb", kb.toString())).isZero();
        assertThat(Main.counts(db).get("articles")).isEqualTo(2);
        try (EventStore s = new EventStore(db)) {
            assertThat(s.summary("SELECT dictionaries FROM events")).extracting(r -> r[0]).allMatch(d -> ((String) d).contains("+user-"));
        }
    }
}
