package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.herodotus.model.Lang;
import org.herodotus.pipeline.Extraction;
import org.herodotus.testing.Parses;
import org.herodotus.testing.TestWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
    private static final TestWorld WORLD = new TestWorld();
    @TempDir Path dir;

    private static Extraction sirte(String text) {
        return WORLD.pipeline.analyse(Parses.parse("a1", "2016-12", Lang.FR, text,
                "1 Les le DET 2 det\n2 rebelles _ NOUN 4 nsubj\n3 ont _ AUX 4 aux\n4 pris _ VERB 0 root\n5 Syrte _ PROPN 4 obj I-LOC\n6 . _ PUNCT 4 punct"));
    }

    @Test
    void sameArticleTwiceIsStoredOnceAndChangedTextReplacesIt() throws Exception {
        String db = dir.resolve("t.db").toString();
        try (EventStore s = new EventStore(db)) {
            assertThat(Database.version(s.connection())).isEqualTo(Database.MIGRATIONS.size());
            assertThat(s.save(sirte("Les rebelles ont pris Syrte."))).isEqualTo(EventStore.Outcome.INSERTED);
            var counts = s.counts();
            assertThat(counts.get("events")).isEqualTo(1);
            assertThat(counts.get("event_actors")).isEqualTo(1);
            assertThat(counts.get("toponyms")).isEqualTo(1);
            assertThat(s.save(sirte("Les rebelles ont pris Syrte."))).isEqualTo(EventStore.Outcome.UNCHANGED);
            assertThat(s.counts()).isEqualTo(counts);
            assertThat(s.save(sirte("Les rebelles ont pris Syrte .."))).isEqualTo(EventStore.Outcome.REPLACED);
            assertThat(s.counts().get("articles")).isEqualTo(1);
            assertThat(s.counts().get("events")).isEqualTo(1);
            assertThat(s.events(new EventStore.Query(Optional.of("COERCE"), java.util.Set.of(), Optional.of("2016"), Optional.of("2016-12"), Optional.empty(), 0)))
                    .singleElement().asString().contains("\"event\":\"COERCE\"").contains("\"name\":\"Sirte\"");
        }
        try (EventStore again = new EventStore("jdbc:sqlite:" + db)) {
            assertThat(again.counts().get("articles")).isEqualTo(1);
        }
    }

    @Test
    void theKeptParseGivesBackTheSameAnalysisWithoutTheParser() throws Exception {
        String db = dir.resolve("p.db").toString();
        Extraction first = sirte("Les rebelles ont pris Syrte.");
        try (EventStore s = new EventStore(db)) {
            s.save(first);
            java.util.List<org.herodotus.text.ParsedArticle> kept = new java.util.ArrayList<>();
            assertThat(s.parses(kept::add)).as("articles without a parse").isZero();
            assertThat(kept).singleElement().satisfies(p -> {
                assertThat(p.sentences()).isEqualTo(first.parsed().sentences());
                assertThat(p.article().date()).isEqualTo(first.parsed().article().date());
            });
            Extraction again = WORLD.pipeline.analyse(kept.get(0));
            assertThat(again.events()).hasSameSizeAs(first.events());
            assertThat(s.save(again)).as("same dictionaries, same events").isEqualTo(EventStore.Outcome.UNCHANGED);
        }
    }

    @Test
    void postgresUrlsAreRefusedClearlyForNow() {
        assertThatThrownBy(() -> Database.url("postgresql://u:p@localhost:5432/h")).hasMessageContaining("not supported yet");
    }

    @Test
    void migrationsSplitIntoStatements() {
        assertThat(Database.statements("-- c\nCREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\n")).containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
    }
}
