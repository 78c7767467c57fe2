package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.herodotus.model.Lang;
import org.herodotus.pipeline.Extraction;
import org.herodotus.testing.Parses;
import org.herodotus.testing.TestWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories of articles arriving one by one: reports of one capture become one canonical event, whatever the order. */
class DedupStoreTest {
    private static final TestWorld WORLD = new TestWorld();
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    /** "Les rebelles ont pris TOWN." published on DATE: a capture the text does not date itself. */
    private static Extraction taken(String id, String date, String town) {
        return WORLD.pipeline.analyse(Parses.parse(id, date, Lang.FR, "Les rebelles ont pris " + town + ".",
                "1 Les le DET 2 det\n2 rebelles _ NOUN 4 nsubj\n3 ont _ AUX 4 aux\n4 pris _ VERB 0 root\n5 " + town + " _ PROPN 4 obj I-LOC\n6 . _ PUNCT 4 punct"));
    }

    /** "TOWN a été prise par les rebelles.": the same capture told in other words. */
    private static Extraction passive(String id, String date, String town) {
        return WORLD.pipeline.analyse(Parses.parse(id, date, Lang.FR, town + " a été prise par les rebelles.",
                "1 " + town + " _ PROPN 4 nsubj:pass I-LOC\n2 a avoir AUX 4 aux\n3 été être AUX 4 aux:pass\n4 prise prendre VERB 0 root\n5 par _ ADP 7 case\n"
                + "6 les le DET 7 det\n7 rebelles rebelle NOUN 4 obl:agent\n8 . _ PUNCT 4 punct"));
    }

    private static List<Extraction> reports() {
        return List.of(taken("a1", "2016-12-05", "Syrte"), taken("a2", "2016-12-05", "Syrte"), passive("a3", "2016-12-06", "Syrte"),
                taken("a4", "2016-12-20", "Syrte"), taken("a5", "2016-12-05", "Gharyan"));
    }

    private static final EventStore.Query EVERYTHING = new EventStore.Query(Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), 0);

    private List<String> ingest(List<Extraction> xs, String name) throws Exception {
        try (EventStore s = new EventStore(dir.resolve(name).toString())) {
            for (Extraction x : xs) s.save(x);
            return s.canonicalEvents(EVERYTHING);
        }
    }

    @Test
    void reportsOfOneCaptureBecomeOneCanonicalEventAndACopyIsNotCountedTwice() throws Exception {
        List<String> lines;
        try (EventStore s = new EventStore(dir.resolve("one.db").toString())) {
            for (Extraction x : reports()) s.save(x);
            lines = s.canonicalEvents(EVERYTHING);
            assertThat(s.nearDuplicates()).extracting(r -> r[0] + "/" + r[1]).as("a1 and a2 are one text published the same day").containsExactly("a1/a2");
        }
        assertThat(lines).hasSize(3);
        JsonNode sirte = null;
        for (String l : lines) {
            JsonNode n = JSON.readTree(l);
            if (n.path("location").path("name").asText().equals("Sirte") && n.path("first_seen").asText().equals("2016-12-05")) sirte = n;
        }
        assertThat(sirte).as(lines.toString()).isNotNull();
        assertThat(sirte.path("reports").asInt()).as("a1 and a3; a2 is a copy of a1").isEqualTo(2);
        assertThat(sirte.path("articles").asInt()).isEqualTo(2);
        assertThat(sirte.path("sources").asInt()).isEqualTo(2);
        assertThat(sirte.path("last_seen").asText()).isEqualTo("2016-12-06");
        assertThat(sirte.path("chosen").path("location").asText()).contains("most precise");
        assertThat(lines).as("the same words two weeks later tell a new capture; Gharyan is another town")
                .anySatisfy(l -> assertThat(l).contains("\"first_seen\":\"2016-12-20\""))
                .anySatisfy(l -> assertThat(l).contains("\"name\":\"Gharyan\""));
    }

    @Test
    void ingestOrderDoesNotChangeTheCanonicalEventsNorTheirIds() throws Exception {
        List<String> expected = ingest(reports(), "base.db");
        for (int k = 0; k < 6; k++) {
            List<Extraction> xs = new ArrayList<>(reports());
            Collections.shuffle(xs, new Random(k));
            assertThat(ingest(xs, "shuffled" + k + ".db")).as("order " + k).isEqualTo(expected);
        }
    }

    @Test
    void aReplacedArticleLeavesItsCanonicalEventAndEveryMergeIsExplained() throws Exception {
        try (EventStore s = new EventStore(dir.resolve("r.db").toString())) {
            for (Extraction x : reports()) s.save(x);
            assertThat(s.save(passive("a3", "2016-12-06", "Gharyan"))).isEqualTo(EventStore.Outcome.REPLACED);
            List<JsonNode> ns = new ArrayList<>();
            for (String l : s.canonicalEvents(EVERYTHING)) ns.add(JSON.readTree(l));
            assertThat(ns).extracting(n -> n.path("location").path("name").asText() + "/" + n.path("reports").asInt())
                    .containsExactlyInAnyOrder("Sirte/1", "Sirte/1", "Gharyan/2");
            JsonNode gharyan = ns.stream().filter(n -> n.path("location").path("name").asText().equals("Gharyan")).findFirst().orElseThrow();
            var why = s.explain(gharyan.path("id").asText()).orElseThrow();
            assertThat(why.reports()).extracting(EventStore.Report::article).containsExactlyInAnyOrder("a3", "a5");
            assertThat(why.merges()).singleElement().satisfies(m -> assertThat(m.why()).contains("same place Gharyan"));
            assertThat(s.explain("ce-none")).isEmpty();
        }
    }

    @Test
    void aCopyIngestedBeforeItsOriginalGivesWayToIt() throws Exception {
        List<String> expected = ingest(reports(), "in-order.db");
        List<Extraction> copyFirst = new ArrayList<>(reports());
        Collections.swap(copyFirst, 0, 1);
        assertThat(ingest(copyFirst, "copy-first.db")).isEqualTo(expected);
        try (EventStore s = new EventStore(dir.resolve("copy-first.db").toString())) {
            assertThat(s.summary("SELECT article_id, shadowed_by FROM mentions WHERE shadowed_by IS NOT NULL")).extracting(r -> r[0] + "<" + r[1])
                    .containsExactly("a2<a1");
        }
    }

    @Test
    void aDatabaseFromBeforeDeduplicationGetsItsCanonicalEventsWhenItsArticlesAreSavedAgain() throws Exception {
        try (EventStore s = new EventStore(dir.resolve("old.db").toString())) {
            for (Extraction x : reports()) s.save(x);
            List<String> expected = s.canonicalEvents(EVERYTHING);
            for (String t : List.of("canonical_events", "mention_edges", "mentions", "near_duplicates", "article_bands", "article_signatures"))
                s.connection().createStatement().execute("DELETE FROM " + t);
            assertThat(s.canonicalEvents(EVERYTHING)).isEmpty();
            for (Extraction x : reports()) assertThat(s.save(x)).isEqualTo(EventStore.Outcome.UNCHANGED);
            assertThat(s.canonicalEvents(EVERYTHING)).isEqualTo(expected);
        }
    }

    @Test
    void theSameArticleSavedAgainChangesNothing() throws Exception {
        try (EventStore s = new EventStore(dir.resolve("u.db").toString())) {
            for (Extraction x : reports()) s.save(x);
            List<String> before = s.canonicalEvents(EVERYTHING);
            assertThat(s.save(passive("a3", "2016-12-06", "Syrte"))).isEqualTo(EventStore.Outcome.UNCHANGED);
            assertThat(s.canonicalEvents(EVERYTHING)).isEqualTo(before);
        }
    }
}
