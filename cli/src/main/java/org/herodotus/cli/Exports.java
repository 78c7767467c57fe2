package org.herodotus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Flat exports of stored contract JSON: CSV with one row per event (RFC 4180 quoting). */
final class Exports {
    static final List<String> CSV_COLUMNS = List.of("id", "article_id", "event", "mode", "quad_code", "realis", "date", "date_precision",
            "actor", "actor_country", "actor_sector", "recipient", "recipient_country", "location", "country", "lat", "lon", "geo_precision",
            "cameo", "acled_event_type", "acled_sub_event_type", "fatalities", "injured", "arrested", "confidence", "sentence", "start", "end", "quote");
    private static final ObjectMapper M = new ObjectMapper();

    private Exports() {}

    static void csv(List<String> jsonLines, PrintWriter out) throws IOException {
        out.println(String.join(",", CSV_COLUMNS));
        for (String line : jsonLines) {
            JsonNode e = M.readTree(line);
            JsonNode loc = e.path("location");
            JsonNode ev = e.path("evidence");
            List<String> row = new ArrayList<>();
            row.add(e.path("id").asText());
            row.add(e.path("article_id").asText());
            row.add(e.path("event").asText());
            row.add(text(e.path("mode")));
            row.add(e.path("quad_code").asText());
            row.add(e.path("realis").asText());
            row.add(e.path("date").asText());
            row.add(e.path("date_precision").asText());
            row.add(join(e.path("actor"), "name"));
            row.add(join(e.path("actor"), "country"));
            row.add(join(e.path("actor"), "sector"));
            row.add(join(e.path("recipient"), "name"));
            row.add(join(e.path("recipient"), "country"));
            row.add(text(loc.path("name")));
            row.add(text(loc.path("country")));
            row.add(text(loc.path("lat")));
            row.add(text(loc.path("lon")));
            row.add(text(loc.path("precision")));
            row.add(text(e.path("cameo")));
            row.add(text(e.path("acled").path("event_type")));
            row.add(text(e.path("acled").path("sub_event_type")));
            for (String k : List.of("fatalities", "injured", "arrested")) row.add(text(e.path("size").path(k)));
            row.add(e.path("confidence").asText());
            row.add(ev.path("sentence").asText());
            row.add(ev.path("start").asText());
            row.add(ev.path("end").asText());
            row.add(ev.path("quote").asText());
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(quote(row.get(i)));
            }
            out.println(sb);
        }
    }

    private static String text(JsonNode n) { return n.isMissingNode() || n.isNull() ? "" : n.asText(); }

    private static String join(JsonNode arr, String field) {
        List<String> parts = new ArrayList<>();
        for (JsonNode a : arr) if (!a.path(field).isNull() && !a.path(field).isMissingNode()) parts.add(a.path(field).asText());
        return String.join("; ", parts);
    }

    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }

    /** Prints why a canonical event is what it is (for {@code events --explain ID}); 1 when there is no such event. */
    static int explain(org.herodotus.store.EventStore store, String id, PrintWriter out) throws Exception {
        var x = store.explain(id);
        if (x.isEmpty()) {
            System.err.println("herodotus: no canonical event " + id + " (list them with events --canonical)");
            return 1;
        }
        JsonNode o = M.readTree(x.get().json());
        out.println("canonical event " + id + ": " + o.path("event").asText() + " on " + o.path("date").asText() + " at "
                + text(o.path("location").path("name")) + ", " + o.path("reports").asInt() + " reports from " + o.path("articles").asInt()
                + " articles (" + o.path("sources").asInt() + " distinct stories), first seen " + o.path("first_seen").asText() + ", last seen "
                + o.path("last_seen").asText());
        out.println("how each field was chosen:");
        o.path("chosen").fields().forEachRemaining(f -> out.println("  " + f.getKey() + ": " + f.getValue().asText()));
        out.println("reports:");
        for (var r : x.get().reports())
            out.println("  " + r.event() + "  article " + r.article() + " (" + r.published() + "): " + r.type() + " " + r.date()
                    + (r.place() == null ? "" : " at " + r.place()) + "\n      \"" + r.quote() + "\"");
        out.println(x.get().merges().isEmpty() ? "merges: none (a single report)" : "merges, strongest first:");
        for (var m : x.get().merges())
            out.printf(java.util.Locale.ROOT, "  %d. %s + %s: score %.2f: %s%n", m.step() + 1, m.a(), m.b(), m.score(), m.why());
        out.println("json: " + x.get().json());
        return 0;
    }
}
