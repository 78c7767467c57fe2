package org.herodotus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each gold format on a tiny fixture written for Herodotus, with hand-made predictions: reading, malformed rows, metrics. */
class GoldSetsTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(GoldSetsTest.class.getResource("/fixtures/" + name).toURI());
    }

    private static Map<String, List<JsonNode>> preds(String... jsonLines) throws Exception {
        Map<String, List<JsonNode>> out = new HashMap<>();
        for (String l : jsonLines) {
            JsonNode n = M.readTree(l);
            out.computeIfAbsent(n.path("article_id").asText(), k -> new ArrayList<>()).add(n);
        }
        return out;
    }

    private static Set<String> ids(GoldSet g) {
        Set<String> s = new HashSet<>();
        for (ObjectNode a : g.articles()) s.add(a.get("id").asText());
        return s;
    }

    @Test
    void acledGroupsRowsByNoteAndScoresThePrimaryEvent() throws Exception {
        GoldSet g = GoldSets.open("acled", fixture("acled_modern.csv"));
        assertThat(g.articles()).hasSize(3);
        assertThat(g.articles().get(0).get("date").asText()).isEqualTo("2019-04");
        assertThat(g.articles().get(2).get("date").isNull()).isTrue();
        assertThat(g.problems()).anySatisfy(p -> assertThat(p).contains("event_date 'sometime'"))
                .anySatisfy(p -> assertThat(p).contains("latitude"));
        Report r = g.score(preds(
                "{\"article_id\":\"900001\",\"event\":\"COERCE\",\"realis\":\"claimed\",\"confidence\":0.9,\"date\":\"2019-04-04\","
                        + "\"acled\":{\"event_type\":\"Battles\",\"sub_event_type\":\"Government regains territory\"},"
                        + "\"location\":{\"lat\":32.17,\"lon\":13.02,\"country\":\"LBY\"},\"actor\":[{\"sector\":\"MIL\",\"country\":\"LBY\"}],\"evidence\":{\"start\":0}}",
                "{\"article_id\":\"900001\",\"event\":\"ASSAULT\",\"realis\":\"negated\",\"confidence\":0.99,\"evidence\":{\"start\":0}}",
                "{\"article_id\":\"900002\",\"event\":\"PROTEST\",\"realis\":\"actual\",\"confidence\":0.7,\"date\":\"2020-05\","
                        + "\"acled\":{\"event_type\":\"Protests\",\"sub_event_type\":\"Peaceful protest\"},"
                        + "\"location\":{\"lat\":32.38,\"lon\":15.09,\"country\":\"LBY\"},\"actor\":[{\"sector\":\"GOV\",\"country\":\"LBY\"}],\"evidence\":{\"start\":3}}"),
                ids(g));
        assertThat(r.metric("articles").text()).isEqualTo("3");
        assertThat(r.metric("event_found").text()).isEqualTo("0.667 (2/3)");
        assertThat(r.metric("acled_sub_type").text()).isEqualTo("0.667 (2/3)");
        assertThat(r.metric("date_exact").text()).as("the unreadable date is not counted").isEqualTo("0.500 (1/2)");
        assertThat(r.metric("place_within_25km").text()).as("Misrata row of the multi-place note counts").isEqualTo("0.667 (2/3)");
        assertThat(r.metric("actor1_role").text()).isEqualTo("0.333 (1/3)");
        assertThat(r.metric("calibration acled_type [0.80, 1.00]").text()).as("the 0.9 event is right").isEqualTo("1.000 (1/1)");
        assertThat(r.metric("calibration acled_type [0.65, 0.80)").text()).isEqualTo("1.000 (1/1)");
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.get("why").asText()).isEqualTo("no actual event"));
    }

    @Test
    void acledOldSchemaHasNoSubTypeAndTwoDigitYearsBefore1969AreOfTheLastCentury() throws Exception {
        GoldSet g = GoldSets.open("acled", fixture("acled_old.csv"));
        assertThat(AcledSet.date("31-12-97")).hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(1997));
        assertThat(AcledSet.date("9-May-20")).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2020-05-09"));
        assertThat(AcledSet.date("09 May 2020")).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2020-05-09"));
        Report r = g.score(Map.of(), ids(g));
        assertThat(r.metric("acled_type").text()).isEqualTo("n/a (0)");
        assertThat(r.metric("event_found").text()).isEqualTo("0.000 (0/1)");
    }

    @Test
    void caseRejectsNonConflictAndReportsTheMalformedLine() throws Exception {
        GoldSet g = GoldSets.open("case", fixture("case_mini.tsv"));
        assertThat(g.articles()).hasSize(3);
        assertThat(g.problems()).singleElement().asString().contains("case_mini.tsv:4");
        Report r = g.score(preds("{\"article_id\":\"case-1\",\"realis\":\"actual\",\"confidence\":0.8,\"acled\":{\"sub_event_type\":\"Abduction/forced disappearance\"}}",
                "{\"article_id\":\"case-3\",\"realis\":\"actual\",\"confidence\":0.8,\"acled\":{\"sub_event_type\":\"Attack\"}}"), ids(g));
        assertThat(r.metric("accuracy").text()).isEqualTo("0.667 (2/3)");
        assertThat(r.metric("non_conflict_rejected").text()).isEqualTo("1.000 (1/1)");
        assertThat(r.metric("macro_f1").value()).as("Abduction and NONE right, Arrests missed").isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void ploverMapsOldTypeNamesAndSkipsDocumentationAndBrokenRecords() throws Exception {
        GoldSet g = GoldSets.open("plover", fixture("plover_mini.json"));
        assertThat(g.articles()).extracting(a -> a.get("id").asText()).containsExactly("P-1", "P-2");
        assertThat(g.problems()).singleElement().asString().contains("record 4");
        Report r = g.score(preds("{\"article_id\":\"P-1\",\"event\":\"ASSAULT\",\"realis\":\"actual\",\"actor\":[{\"country\":\"COL\"}]}",
                "{\"article_id\":\"P-2\",\"event\":\"REQUEST\",\"realis\":\"future\"}"), ids(g));
        assertThat(r.metric("plover_type").text()).isEqualTo("0.500 (1/2)");
        assertThat(r.metric("actor_country (found, coded)").text()).isEqualTo("1.000 (1/1)");
    }

    @Test
    void geoScoresRecognitionByOverlapAndDistanceWithin161Km() throws Exception {
        GoldSet g = GoldSets.open("geo", fixture("geo_mini.xml"));
        assertThat(g.articles()).extracting(a -> a.get("id").asText()).containsExactly("geo-10", "geo-1");
        assertThat(g.problems()).singleElement().asString().contains("Nowhere");
        Report r = g.score(preds("{\"article_id\":\"geo-10\",\"start\":11,\"end\":16,\"lat\":48.85,\"lon\":2.35,\"name\":\"Paris\"}",
                "{\"article_id\":\"geo-10\",\"start\":21,\"end\":25,\"lat\":40.0,\"lon\":-83.0,\"name\":\"Lyon\",\"country\":\"USA\"}",
                "{\"article_id\":\"geo-10\",\"start\":0,\"end\":6,\"lat\":1,\"lon\":1}"), ids(g));
        assertThat(r.metric("gold_toponyms").text()).isEqualTo("3");
        assertThat(r.metric("recognition_precision").value()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.metric("recognition_recall").value()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.metric("acc161_all_gold").text()).isEqualTo("0.333 (1/3)");
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.path("why").asText()).isEqualTo("not found"));
    }

    @Test
    void frenchNerRebuildsTextAndScoresExactSpansAndLinks() throws Exception {
        GoldSet h = GoldSets.open("ner-fr", fixture("hipe_mini.tsv"));
        ObjectNode doc = h.articles().get(0);
        assertThat(doc.get("text").asText()).isEqualTo("Le préfet de Lyon, M. Jean Dupont.");
        assertThat(doc.get("date").asText()).isEqualTo("1890-05-02");
        assertThat(h.problems()).singleElement().asString().contains("line 13");
        Report r = h.score(preds("{\"article_id\":\"hipe-TEST-1\",\"type\":\"LOC\",\"start\":13,\"end\":17,\"wikidata\":\"Q456\"}",
                "{\"article_id\":\"hipe-TEST-1\",\"type\":\"PER\",\"start\":22,\"end\":27}"), ids(h));
        assertThat(r.metric("LOC_f1").value()).isEqualTo(1.0);
        assertThat(r.metric("PER_recall").text()).isEqualTo("0.000 (0/1)");
        assertThat(r.metric("overlap_f1").value()).isEqualTo(1.0);
        assertThat(r.metric("link_accuracy").text()).isEqualTo("1.000 (1/1)");

        GoldSet e = GoldSets.open("ner-fr", fixture("enp_mini.bio"));
        assertThat(e.articles()).singleElement().satisfies(a -> {
            assertThat(a.get("text").asText()).isEqualTo("Le conseil municipal de Rennes a reçu M . Martin");
            assertThat(a.get("date").asText()).isEqualTo("1906-04-23");
        });
        assertThat(e.problems()).singleElement().asString().contains("line 11");
        Report re = e.score(preds("{\"article_id\":\"enp-L000001-0\",\"type\":\"ORG\",\"start\":3,\"end\":20}"), ids(e));
        assertThat(re.metric("ORG_f1").value()).isEqualTo(1.0);
        assertThat(re.metric("gold_entities").text()).isEqualTo("3");
    }
}
