package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.herodotus.model.CountryCode;
import org.herodotus.places.GazetteerIndex;
import org.herodotus.places.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsCountiesTest {
    /*
     * Quantized with scale 0.01 and translate (-100, 20): x 1500 is longitude -85, y 1700 latitude 37.
     * Laurel County (KY) is the square -85..-84 x 37..38, drawn from arc 0 and arc 1 reversed, plus a small island;
     * St. Mary Parish (LA) is -91..-90 x 29..30; Richmond (51760, an independent city) and a Puerto Rico
     * municipio (72127) are left out.
     */
    private static final String TOPOLOGY = """
            {"type": "Topology",
             "transform": {"scale": [0.01, 0.01], "translate": [-100, 20]},
             "objects": {"counties": {"type": "GeometryCollection", "geometries": [
               {"type": "MultiPolygon", "id": "21125", "properties": {"name": "Laurel"}, "arcs": [[[0, -2]], [[2]]]},
               {"type": "Polygon", "id": "22101", "properties": {"name": "St. Mary"}, "arcs": [[3]]},
               {"type": "Polygon", "id": "51760", "properties": {"name": "Richmond"}, "arcs": [[4]]},
               {"type": "Polygon", "id": "72127", "properties": {"name": "San Juan"}, "arcs": [[-5]]}]}},
             "arcs": [
               [[1500, 1700], [100, 0], [0, 100]],
               [[1500, 1700], [0, 100], [100, 0]],
               [[1700, 1700], [10, 0], [0, 10], [-10, 0], [0, -10]],
               [[900, 900], [100, 0], [0, 100], [-100, 0], [0, -100]],
               [[2200, 1700], [10, 0], [0, 10], [-10, 0], [0, -10]]]}
            """;

    private static GazetteerIndex.Entry town(String name, String country, String admin1, double lat, double lon, long population) {
        return new GazetteerIndex.Entry(new Place(Optional.empty(), name, CountryCode.of(country), admin1, "P", "PPL", lat, lon, population), List.of());
    }

    @Test
    void readsCountiesWithTheirStatesCentresAndTowns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("counties-10m.json");
        Files.writeString(file, TOPOLOGY);
        List<GazetteerIndex.Entry> towns = List.of(
                town("London", "USA", "KY", 37.13, -84.08, 8000),      // in Laurel's square
                town("Islet", "USA", "KY", 37.05, -82.95, 100),        // on Laurel's island
                town("Corbin", "USA", "KY", 38.5, -84.5, 7000),        // north of it, inside its bounding box's longitudes
                town("Elsewhere", "USA", "KY", 37.5, -83.5, 900),      // inside the bounding box, between square and island
                town("Jellico", "USA", "TN", 37.5, -84.5, 50000),      // in the square but in another state
                town("Morgan City", "USA", "LA", 29.7, -90.6, 11000),
                town("Richmond", "USA", "VA", 37.05, -77.95, 200000));

        List<GazetteerIndex.Entry> counties = UsCounties.read(new ObjectMapper(), file, towns);

        Map<String, GazetteerIndex.Entry> byName = counties.stream().collect(Collectors.toMap(e -> e.place().name(), Function.identity()));
        assertThat(byName).containsOnlyKeys("Laurel County", "St. Mary Parish");

        Place laurel = byName.get("Laurel County").place();
        assertThat(laurel.country()).isEqualTo(CountryCode.of("USA"));
        assertThat(laurel.admin1()).isEqualTo("KY");
        assertThat(laurel.featureCode()).isEqualTo("ADM2");
        assertThat(laurel.lat()).isCloseTo(37.5, within(0.01));
        assertThat(laurel.lon()).isCloseTo(-84.5, within(0.01));
        assertThat(laurel.population()).isEqualTo(8100);
        assertThat(byName.get("Laurel County").names()).contains("Laurel Co.").doesNotContain("Laurel", "Laurel County");

        Place mary = byName.get("St. Mary Parish").place();
        assertThat(mary.admin1()).isEqualTo("LA");
        assertThat(mary.lat()).isCloseTo(29.5, within(0.01));
        assertThat(mary.lon()).isCloseTo(-90.5, within(0.01));
        assertThat(mary.population()).isEqualTo(11000);
        assertThat(byName.get("St. Mary Parish").names()).contains("Saint Mary Parish").doesNotContain("St. Mary", "St. Mary County", "St. Mary Co.");
    }
}
