package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actors command: an analyst's CSV becomes a knowledge-base file that loads, and then resolves. */
class ActorsCommandTest {
    @TempDir Path dir;

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute(args)).as(String.join(" ", args)).isZero();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anImportedCsvLoadsAndItsActorIsFoundBySearch() throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.write(csv, List.of("id,kind,country,sectors,wikidata,en,fr",
                "tana-river-vigilance,armed_group,KEN,REB,,Tana River Vigilance Group|TRVG,\"Groupe de vigilance de la Tana\""), StandardCharsets.UTF_8);
        Path kb = dir.resolve("kb");
        run("actors", "--import", csv.toString(), "--into", kb.toString());
        assertThat(Files.readAllLines(kb.resolve("actors-import.tsv"), StandardCharsets.UTF_8))
                .contains("tana-river-vigilance\tarmed_group\tKEN\tREB\t-\ten:Tana River Vigilance Group|en:TRVG|fr:Groupe de vigilance de la Tana");
        String found = run("actors", "--kb", kb.toString(), "--search", "vigilance de la tana");
        assertThat(found).startsWith("tana-river-vigilance\tarmed_group\tKEN\tREB\tTana River Vigilance Group\t");
        assertThat(run("actors", "--search", "vigilance de la tana")).as("without --kb it is unknown").isEmpty();
    }

    @Test
    void validateReportsTheSizeAndNoUnexpectedAmbiguity() {
        String report = run("actors", "--validate");
        assertThat(report).contains("affiliations").contains("person").contains("armed_group").contains("institution (generated)");
        assertThat(report).containsPattern("ambiguous names \\(more than one actor; never resolved, counted as actors.ambiguous\\): [0-9]");
    }
}
