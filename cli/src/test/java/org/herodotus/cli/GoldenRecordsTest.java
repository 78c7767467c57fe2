package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.herodotus.coding.Event;
import org.herodotus.data.DataFile;
import org.herodotus.model.Lang;
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
        for (GoldenRecords.Record r : GoldenRecords.read(DataFile.resource(res, false), lang)) {
            tests.add(DynamicTest.dynamicTest(r.id() + " [" + r.category() + "] " + r.comment(), () -> {
                List<Event> events = Shared.herodotus().pipeline().run(r.article()).events();
                assertThat(GoldenRecords.unmet(r.expect(), events)).as("%s: unmet clauses\nin %s", r.id(), GoldenRecords.describe(events)).isEmpty();
            }));
        }
        return tests.stream();
    }
}
