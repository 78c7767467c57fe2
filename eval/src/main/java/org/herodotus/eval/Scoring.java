package org.herodotus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Helpers shared by the scorers, each the twin of a score.py function. */
final class Scoring {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ACTUAL = Set.of("actual", "claimed");

    private Scoring() {}

    /** score.py {@code primary}: the actual or claimed event of highest confidence, earliest in the text on ties. */
    static Optional<JsonNode> primary(List<JsonNode> events) {
        List<JsonNode> c = new ArrayList<>();
        for (JsonNode e : events) {
            String r = e.path("realis").isMissingNode() || e.path("realis").isNull() ? "actual" : e.path("realis").asText();
            if (ACTUAL.contains(r)) c.add(e);
        }
        c.sort(Comparator.comparingDouble((JsonNode e) -> -e.path("confidence").asDouble(0.0))
                .thenComparingInt(e -> e.path("evidence").path("start").asInt(0)));
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }

    /** score.py {@code fnum}: a number, or empty for anything else. */
    static Optional<Double> num(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) return Optional.empty();
        if (n.isNumber()) return Optional.of(n.asDouble());
        return num(n.asText());
    }

    static Optional<Double> num(String s) {
        if (s == null) return Optional.empty();
        try {
            double d = Double.parseDouble(s.trim());
            return Double.isNaN(d) ? Optional.empty() : Optional.of(d);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** score.py {@code km}: haversine distance on a 6371 km sphere. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 6371.0 * 2 * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    static String text(JsonNode n) { return n == null || n.isMissingNode() || n.isNull() ? "" : n.asText(); }

    static ObjectNode error() { return JSON.createObjectNode(); }

    static ObjectNode article(String id, String date, String text, String lang) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        if (date == null) o.putNull("date"); else o.put("date", date);
        o.put("text", text);
        o.put("lang", lang);
        return o;
    }

    /** score.py {@code macro_f1}: mean F1 over gold labels, optionally weighted by gold count. */
    static double macroF1(List<String> gold, List<String> got, boolean weighted) {
        java.util.TreeSet<String> labels = new java.util.TreeSet<>(gold);
        double sum = 0, wsum = 0;
        for (String lab : labels) {
            int tp = 0, fp = 0, fn = 0, count = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).equals(lab), p = got.get(i).equals(lab);
                if (g) count++;
                if (g && p) tp++;
                if (!g && p) fp++;
                if (g && !p) fn++;
            }
            double pr = tp + fp > 0 ? tp / (double) (tp + fp) : 0, rc = tp + fn > 0 ? tp / (double) (tp + fn) : 0;
            double f = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0;
            double w = weighted ? count : 1;
            sum += f * w;
            wsum += w;
        }
        return wsum == 0 ? 0 : sum / wsum;
    }
}
