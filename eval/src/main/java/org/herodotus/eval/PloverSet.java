package org.herodotus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** PLOVER gold-standard records (CAMEO manual examples recoded to PLOVER); metrics as score.py's {@code score_plover}. */
public final class PloverSet extends ReadGoldSet {
    private static final Map<String, String> OLD_TO_NEW = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    private final List<JsonNode> records;

    private PloverSet(String name, List<JsonNode> records, List<String> problems) {
        super(name, problems);
        this.records = records;
    }

    public static PloverSet read(Path json) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int k = 0;
        for (JsonNode r : Scoring.JSON.readTree(json.toFile())) {
            k++;
            if (!r.isObject() || Scoring.text(r.path("id")).isEmpty()) {
                problems.add(json.getFileName() + ": record " + k + ": not an object with an id, skipped");
                continue;
            }
            String ev = r.path("event").isNull() || r.path("event").isMissingNode() ? null : r.path("event").asText();
            if (ev == null || ev.equals("DOCUMENT") || Scoring.text(r.path("text")).isEmpty()) continue;
            out.add(r);
        }
        return new PloverSet(json.getFileName().toString(), out, problems);
    }

    @Override public String kind() { return "plover"; }

    @Override public Output output() { return Output.EVENTS; }

    @Override public List<ObjectNode> articles() {
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode r : records) {
            String d = Scoring.text(r.path("date"));
            out.add(Scoring.article(r.path("id").asText(), d.isEmpty() ? null : d, r.path("text").asText(), "en"));
        }
        return out;
    }

    @Override public Report score(Map<String, List<JsonNode>> preds, Set<String> scope) {
        long n = 0, ok = 0, found = 0, cn = 0, cok = 0;
        List<ObjectNode> errs = new ArrayList<>();
        Calibration calibration = new Calibration();
        for (JsonNode r : records) {
            String id = r.path("id").asText();
            if (!scope.contains(id)) continue;
            n++;
            String g = OLD_TO_NEW.getOrDefault(r.path("event").asText(), r.path("event").asText());
            var p = Scoring.primary(preds.getOrDefault(id, List.of()));
            String got = p.map(e -> Scoring.text(e.path("event"))).orElse(null);
            if (p.isPresent()) found++;
            if (g.equals(got)) ok++;
            p.ifPresent(e -> calibration.add(e.path("confidence").asDouble(0), g.equals(got)));
            Set<String> codes = new HashSet<>();
            for (JsonNode s : r.path("source")) if (s.isObject()) codes.add(Scoring.text(s.path("code")).toUpperCase(Locale.ROOT));
            codes.remove("");
            if (!codes.isEmpty() && p.isPresent()) {
                cn++;
                boolean any = false;
                for (JsonNode a : p.get().path("actor")) any |= codes.contains(Scoring.text(a.path("country")).toUpperCase(Locale.ROOT));
                if (any) cok++;
            }
            if (!g.equals(got)) {
                ObjectNode x = Scoring.error();
                x.put("id", id).put("gold", g);
                if (got == null) x.putNull("got"); else x.put("got", got);
                x.put("text", r.path("text").asText());
                errs.add(x);
            }
        }
        List<Metric> m = new ArrayList<>(List.of(Metric.count("records", n), Metric.ratio("event_found", found, n), Metric.ratio("plover_type", ok, n),
                Metric.ratio("actor_country (found, coded)", cok, cn)));
        m.addAll(calibration.metrics("plover_type"));
        return new Report(kind(), name, m, errs, List.of());
    }
}
