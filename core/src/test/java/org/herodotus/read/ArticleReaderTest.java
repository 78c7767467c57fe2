package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herodotus.model.Article;
import org.herodotus.model.Lang;
import org.herodotus.model.PartialDate;
import org.herodotus.model.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir Path dir;

    private List<ReadResult> read(Optional<PartialDate> date, Path... paths) {
        return new ArticleReader(date, Optional.empty()).readAll(List.of(paths));
    }

    @Test
    void seedLayoutKeepsMonthPrecisionAndTextAfterTheHeader() throws Exception {
        Path f = dir.resolve("a1.txt");
        Files.writeString(f, " date 2019-04 Les rebelles ont pris Syrte.\n\nDeuxième paragraphe.\n", StandardCharsets.UTF_8);
        List<ReadResult> r = read(Optional.empty(), f);
        assertThat(r).singleElement().isInstanceOf(ReadResult.Ok.class);
        Article a = ((ReadResult.Ok) r.get(0)).article();
        assertThat(a.id().value()).isEqualTo("a1");
        assertThat(a.date().precision()).isEqualTo(Precision.MONTH);
        assertThat(a.date().toString()).isEqualTo("2019-04");
        assertThat(a.text()).startsWith("Les rebelles").endsWith("paragraphe.");
    }

    @Test
    void plainTextNeedsADateAndSaysSoWhenMissing() throws Exception {
        Path f = dir.resolve("plain.txt");
        Files.writeString(f, "Gunmen attacked a police post.", StandardCharsets.UTF_8);
        assertThat(read(Optional.empty(), f)).singleElement().isInstanceOfSatisfying(ReadResult.Problem.class,
                p -> assertThat(p.message()).contains("--date"));
        assertThat(read(PartialDate.parse("2020-05-09"), f)).singleElement().isInstanceOfSatisfying(ReadResult.Ok.class,
                ok -> assertThat(ok.article().date().precision()).isEqualTo(Precision.DAY));
    }

    @Test
    void jsonLinesReportEachBadLineByNumberAndKeepTheRest() throws Exception {
        Path f = dir.resolve("batch.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"ok1\",\"date\":\"2019-04-05\",\"text\":\"Les forces libyennes avancent.\",\"lang\":\"fr\",\"title\":\"T\"}",
                "{not json",
                "{\"id\":\"nodate\",\"text\":\"x\"}",
                "{\"id\":\"baddate\",\"date\":\"2019-13-01\",\"text\":\"x\"}",
                "",
                "{\"id\":\"ok2\",\"date\":\"2019\",\"text\":\"Clashes were reported.\"}"), StandardCharsets.UTF_8);
        List<ReadResult> r = read(Optional.empty(), f);
        assertThat(r).hasSize(5);
        assertThat(r.stream().filter(x -> x instanceof ReadResult.Ok).map(x -> ((ReadResult.Ok) x).article().id().value())).containsExactly("ok1", "ok2");
        assertThat(r.stream().filter(x -> x instanceof ReadResult.Problem).map(ReadResult::origin))
                .containsExactly(f + ":2", f + ":3", f + ":4");
        Article a = ((ReadResult.Ok) r.get(0)).article();
        assertThat(a.lang()).contains(Lang.FR);
        assertThat(a.title()).contains("T");
    }

    @Test
    void directoriesAreWalkedAndUnreadableFilesNamed() throws Exception {
        Files.writeString(dir.resolve("b.txt"), " date 2019-04-05 Clashes erupted in Tripoli.", StandardCharsets.UTF_8);
        Files.write(dir.resolve("c.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});
        Files.writeString(dir.resolve("d.pdf"), "%PDF", StandardCharsets.UTF_8);
        List<ReadResult> r = read(Optional.empty(), dir, dir.resolve("missing.txt"));
        assertThat(r).hasSize(4);
        assertThat(r.get(0)).isInstanceOf(ReadResult.Ok.class);
        assertThat(r.get(1)).isInstanceOfSatisfying(ReadResult.Problem.class, p -> assertThat(p.message()).contains("UTF-8"));
        assertThat(r.get(2)).isInstanceOfSatisfying(ReadResult.Problem.class, p -> assertThat(p.message()).contains("unsupported"));
        assertThat(r.get(3)).isInstanceOfSatisfying(ReadResult.Problem.class, p -> assertThat(p.message()).contains("no such file"));
    }

    @Test
    void languageIsDetectedFromFunctionWords() {
        assertThat(LanguageDetector.detect("Les forces de l'ANL se sont emparées de la ville selon une source.")).isEqualTo(Lang.FR);
        assertThat(LanguageDetector.detect("The forces of the LNA said they had taken the town on Friday.")).isEqualTo(Lang.EN);
    }

    @Test
    void anUndatedLineIsAnchoredOnTheLatestYearItNamesAndMarkedAsSuch() throws Exception {
        Path f = dir.resolve("undated.jsonl");
        Files.writeString(f, "{\"id\":\"u1\",\"date\":null,\"text\":\"In 2014 and again in 2019, fighting broke out.\"}\n", StandardCharsets.UTF_8);
        Article a = ((ReadResult.Ok) read(Optional.empty(), f).get(0)).article();
        assertThat(a.date().toString()).isEqualTo("2019");
        assertThat(a.dateGiven()).isFalse();
        Article b = ((ReadResult.Ok) read(PartialDate.parse("2020-05"), f).get(0)).article();
        assertThat(b.date().toString()).isEqualTo("2020-05");
        assertThat(b.dateGiven()).isFalse();
    }
}
