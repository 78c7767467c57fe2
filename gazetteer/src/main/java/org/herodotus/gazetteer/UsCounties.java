package org.herodotus.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.model.CountryCode;
import org.herodotus.places.GazetteerIndex;
import org.herodotus.places.Place;

/**
 * US counties and county equivalents (Louisiana parishes, Alaska boroughs, census areas and municipalities) as
 * second-level divisions (feature code ADM2), read from {@code counties-10m.json} of the npm package
 * {@code us-atlas} 3.0.1 (ISC licence), TopoJSON made from the US Census Bureau's cartographic boundary files (public
 * domain). The states' admin1 codes are the USPS codes GeoNames uses; Puerto Rico and the other territories (their own
 * countries in GeoNames) are left out, and so are the District of Columbia and the independent cities (Virginia's,
 * Baltimore, St. Louis, Carson City), whose names are those of cities500 towns.
 * <p>A county lies at the area-weighted centroid of its largest polygon's outer ring (largest by area with longitudes
 * scaled by cos(latitude); the centroid itself is unchanged by that scaling). For a concave county that point may lie
 * outside it, which is close enough for a county. Its population is that of the given cities500 towns of its state
 * that lie inside it (ray casting, even-odd over a polygon's rings, so that a town in an enclosed independent city does
 * not count for the county around it).
 */
public final class UsCounties {
    private UsCounties() {}

    private static final Map<String, String> STATES = Map.ofEntries(Map.entry("01", "AL"), Map.entry("02", "AK"),
            Map.entry("04", "AZ"), Map.entry("05", "AR"), Map.entry("06", "CA"), Map.entry("08", "CO"), Map.entry("09", "CT"),
            Map.entry("10", "DE"), Map.entry("11", "DC"), Map.entry("12", "FL"), Map.entry("13", "GA"), Map.entry("15", "HI"),
            Map.entry("16", "ID"), Map.entry("17", "IL"), Map.entry("18", "IN"), Map.entry("19", "IA"), Map.entry("20", "KS"),
            Map.entry("21", "KY"), Map.entry("22", "LA"), Map.entry("23", "ME"), Map.entry("24", "MD"), Map.entry("25", "MA"),
            Map.entry("26", "MI"), Map.entry("27", "MN"), Map.entry("28", "MS"), Map.entry("29", "MO"), Map.entry("30", "MT"),
            Map.entry("31", "NE"), Map.entry("32", "NV"), Map.entry("33", "NH"), Map.entry("34", "NJ"), Map.entry("35", "NM"),
            Map.entry("36", "NY"), Map.entry("37", "NC"), Map.entry("38", "ND"), Map.entry("39", "OH"), Map.entry("40", "OK"),
            Map.entry("41", "OR"), Map.entry("42", "PA"), Map.entry("44", "RI"), Map.entry("45", "SC"), Map.entry("46", "SD"),
            Map.entry("47", "TN"), Map.entry("48", "TX"), Map.entry("49", "UT"), Map.entry("50", "VT"), Map.entry("51", "VA"),
            Map.entry("53", "WA"), Map.entry("54", "WV"), Map.entry("55", "WI"), Map.entry("56", "WY"));
    /** The District of Columbia and the independent cities outside Virginia. */
    private static final Set<String> SKIPPED = Set.of("11001", "24510", "29510", "32510");
    /** Alaska's county equivalents that are not plain boroughs (Census Bureau names, as of us-atlas 3.0.1). */
    private static final Set<String> CENSUS_AREAS = Set.of("02016", "02050", "02070", "02105", "02158", "02180", "02198",
            "02240", "02261", "02290");
    private static final Set<String> CITY_AND_BOROUGHS = Set.of("02110", "02220", "02275", "02282");
    private static final Set<String> MUNICIPALITIES = Set.of("02020", "02230");
    private static final List<String> TYPE_WORDS = List.of("County", "Parish", "Borough", "Census Area", "Municipality");

    /** A polygon: its outer ring first, then its holes; each ring a list of {lon, lat}. */
    private record Polygon(List<double[][]> rings) {
        double[][] outer() { return rings.get(0); }
    }

    static List<GazetteerIndex.Entry> read(ObjectMapper json, Path countiesTopoJson, List<GazetteerIndex.Entry> towns) throws IOException {
        if (!Files.isRegularFile(countiesTopoJson)) throw new IOException(countiesTopoJson + ": missing; run gazetteer/npm/install.sh (npm ci)");
        JsonNode topology = json.readTree(countiesTopoJson.toFile());
        List<double[][]> arcs = arcs(topology);
        CountryCode usa = CountryCode.of("USA");
        Map<String, List<Place>> townsByState = new HashMap<>();
        for (GazetteerIndex.Entry e : towns)
            if (e.place().country().equals(usa)) townsByState.computeIfAbsent(e.place().admin1(), k -> new ArrayList<>()).add(e.place());
        List<GazetteerIndex.Entry> out = new ArrayList<>();
        for (JsonNode g : topology.path("objects").path("counties").path("geometries")) {
            String fips = g.path("id").asText("");
            String name = g.path("properties").path("name").asText("").trim();
            if (fips.length() != 5 || name.isEmpty() || SKIPPED.contains(fips)) continue;
            String state = fips.substring(0, 2), admin1 = STATES.get(state);
            if (admin1 == null || state.equals("51") && Integer.parseInt(fips.substring(2)) >= 500) continue;
            List<Polygon> polygons = new ArrayList<>();
            switch (g.path("type").asText()) {
                case "Polygon" -> polygons.add(polygon(g.path("arcs"), arcs));
                case "MultiPolygon" -> g.path("arcs").forEach(p -> polygons.add(polygon(p, arcs)));
                default -> { continue; }
            }
            double[] centre = centroid(polygons);
            if (centre == null) continue;
            out.add(entry(fips, name, admin1, centre, population(polygons, townsByState.getOrDefault(admin1, List.of()))));
        }
        return out;
    }

    private static GazetteerIndex.Entry entry(String fips, String name, String admin1, double[] centre, long population) {
        String type = fips.startsWith("22") ? "Parish" : !fips.startsWith("02") ? "County" : CENSUS_AREAS.contains(fips) ? "Census Area"
                : CITY_AND_BOROUGHS.contains(fips) ? "City and Borough" : MUNICIPALITIES.contains(fips) ? "Municipality" : "Borough";
        String stem = name;
        for (String w : TYPE_WORDS) if (stem.endsWith(" " + w)) stem = stem.substring(0, stem.length() - w.length() - 1);
        String full = stem.equals(name) ? name + " " + type : name;
        List<String> forms = new ArrayList<>(List.of(full));
        if (type.equals("County")) forms.add(stem + " Co.");
        if (type.equals("City and Borough")) forms.addAll(List.of(stem + " Borough", "City and Borough of " + stem));
        if (type.equals("Municipality")) forms.add("Municipality of " + stem);
        Set<String> names = new LinkedHashSet<>();
        for (String f : forms) {
            names.add(f);
            names.add(f.replaceAll("\\bSt\\. ", "Saint ").replaceAll("\\bSte\\. ", "Sainte "));
            names.add(f.replaceAll("\\bSaint ", "St. ").replaceAll("\\bSainte ", "Ste. "));
        }
        names.remove(full);
        Place p = new Place(Optional.empty(), full, CountryCode.of("USA"), admin1, "A", "ADM2", centre[1], centre[0], population);
        return new GazetteerIndex.Entry(p, new ArrayList<>(names));
    }

    /** {lon, lat} of the centroid of the largest outer ring, or null when every ring is degenerate. */
    private static double[] centroid(List<Polygon> polygons) {
        double[] best = null;
        double bestArea = 0;
        for (Polygon p : polygons) {
            double[][] r = p.outer();
            double a = 0, cx = 0, cy = 0;
            for (int i = 0; i < r.length; i++) {
                double[] u = r[i], v = r[(i + 1) % r.length];
                double cross = u[0] * v[1] - v[0] * u[1];
                a += cross;
                cx += (u[0] + v[0]) * cross;
                cy += (u[1] + v[1]) * cross;
            }
            if (a == 0) continue;   // a sliver that quantization flattened
            double lon = cx / (3 * a), lat = cy / (3 * a);
            double area = Math.abs(a) * Math.cos(Math.toRadians(lat));
            if (area > bestArea) {
                bestArea = area;
                best = new double[] {lon, lat};
            }
        }
        return best;
    }

    private static long population(List<Polygon> polygons, List<Place> towns) {
        double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (Polygon p : polygons)
            for (double[] q : p.outer()) {
                minLon = Math.min(minLon, q[0]); maxLon = Math.max(maxLon, q[0]);
                minLat = Math.min(minLat, q[1]); maxLat = Math.max(maxLat, q[1]);
            }
        long sum = 0;
        for (Place t : towns) {
            if (t.lon() < minLon || t.lon() > maxLon || t.lat() < minLat || t.lat() > maxLat) continue;
            for (Polygon p : polygons)
                if (inside(p, t.lon(), t.lat())) {
                    sum += t.population();
                    break;
                }
        }
        return sum;
    }

    /** Ray casting, even-odd over all of the polygon's rings (a point in a hole is outside). */
    private static boolean inside(Polygon p, double x, double y) {
        boolean in = false;
        for (double[][] r : p.rings())
            for (int i = 0, j = r.length - 1; i < r.length; j = i++)
                if ((r[i][1] > y) != (r[j][1] > y) && x < (r[j][0] - r[i][0]) * (y - r[i][1]) / (r[j][1] - r[i][1]) + r[i][0]) in = !in;
        return in;
    }

    /** The topology's arcs as absolute {lon, lat} points: delta-decoded and transformed when quantized. */
    private static List<double[][]> arcs(JsonNode topology) {
        JsonNode t = topology.path("transform");
        boolean quantized = t.isObject();
        double sx = t.path("scale").path(0).asDouble(1), sy = t.path("scale").path(1).asDouble(1);
        double tx = t.path("translate").path(0).asDouble(0), ty = t.path("translate").path(1).asDouble(0);
        List<double[][]> out = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            double[][] pts = new double[arc.size()][];
            double x = 0, y = 0;
            for (int i = 0; i < arc.size(); i++) {
                JsonNode q = arc.get(i);
                if (quantized) {
                    x += q.get(0).asDouble();
                    y += q.get(1).asDouble();
                    pts[i] = new double[] {x * sx + tx, y * sy + ty};
                } else pts[i] = new double[] {q.get(0).asDouble(), q.get(1).asDouble()};
            }
            out.add(pts);
        }
        return out;
    }

    private static Polygon polygon(JsonNode rings, List<double[][]> arcs) {
        List<double[][]> out = new ArrayList<>();
        for (JsonNode ring : rings) out.add(ring(ring, arcs));
        return new Polygon(out);
    }

    /** Joins a ring's arcs; {@code ~i} is arc i reversed, and each arc after the first starts where the last one ended. */
    private static double[][] ring(JsonNode indexes, List<double[][]> arcs) {
        List<double[]> pts = new ArrayList<>();
        for (JsonNode n : indexes) {
            int i = n.asInt();
            double[][] a = arcs.get(i < 0 ? ~i : i);
            for (int k = pts.isEmpty() ? 0 : 1; k < a.length; k++) pts.add(a[i < 0 ? a.length - 1 - k : k]);
        }
        return pts.toArray(double[][]::new);
    }
}
