package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.herodotus.data.DataFile;
import org.herodotus.model.Lang;
import org.herodotus.model.Realis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's realis suites: 395 records of our own, at least 64 per realis class across French and English. The figures are
 * printed (the confusion table) and held to floors: the target of 0.90 on the events found, and the
 * accuracy over all records (a record whose event the coder misses counts as wrong) at the level measured when the
 * suites were written, so a regression fails the build.
 */
class RealisSuiteTest {
    private static final RealisSuite.Confusion ALL = new RealisSuite.Confusion();
    private static final RealisSuite.Confusion FOUND = new RealisSuite.Confusion();

    @BeforeAll
    static void run() throws Exception {
        for (String name : List.of("realis.fr.tsv", "realis.en.tsv")) {
            DataFile f;
            try (InputStream in = RealisSuiteTest.class.getResourceAsStream("/golden/" + name)) {
                f = DataFile.read(name, in, false);
            }
            for (RealisSuite.Record r : RealisSuite.read(f, GoldenRecords.language(name))) {
                RealisSuite.Outcome o = RealisSuite.run(Shared.herodotus().pipeline(), r);
                ALL.add(o);
                if (o.got().isPresent()) FOUND.add(o);
            }
        }
        System.out.print("realis suites, all records:\n" + ALL.table() + "realis suites, events found:\n" + FOUND.table());
    }

    @Test
    void everyClassHasSixtyRecordsAcrossTheTwoLanguages() {
        for (Realis r : Realis.values()) assertThat(ALL.total(r)).as(r.label()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void theRealisOfTheEventsFoundIsRightNineTimesInTenPerClass() {
        for (Realis r : Realis.values()) assertThat(FOUND.accuracy(r)).as(r.label() + "\n" + FOUND.table()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void noClassFallsBelowItsMeasuredLevelOverAllRecords() {
        for (Realis r : Realis.values()) assertThat(ALL.accuracy(r)).as(r.label() + "\n" + ALL.table()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void aRecordWhoseTriggerIsNotInItsTextIsRejected() throws Exception {
        String bad = "x-1\tactual\tc\t2019-04-05\tThe LNA seized Gharyan.\tCOERCE\tcaptured\n";
        DataFile f = DataFile.read("bad.en.tsv", new java.io.ByteArrayInputStream(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RealisSuite.read(f, Lang.EN)).hasMessageContaining("captured");
    }
}
