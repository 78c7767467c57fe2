package org.herodotus.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The merged fields of a canonical event, in the shape of the output contract, and how each was chosen: the PLOVER
 * and ACLED types most reports give (weighted by confidence), the most precise place, the best-supported date, the
 * largest stated tolls, every actor any report names, the most certain realis.
 */
public final class CanonicalEvent {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CanonicalEvent() {}

    /**
     * @param events the contract JSON of each mention, by event id
     * @param sources how many distinct stories the mentions come from (near-duplicate articles count once)
     */
    public static ObjectNode merge(Clusterer.Cluster c, Map<String, JsonNode> events, int sources) {
        List<Mention> ms = c.mentions();
        ObjectNode o = JSON.createObjectNode();
        ObjectNode how = JSON.createObjectNode();
        o.put("id", c.id());
        o.put("reports", ms.size());
        o.put("sources", sources);
        Set<String> articles = new TreeSet<>();
        ms.forEach(m -> articles.add(m.article()));
        o.put("articles", articles.size());
        o.put("first_seen", ms.stream().map(m -> m.published().toString()).min(String::compareTo).orElseThrow());
        o.put("last_seen", ms.stream().map(m -> m.published().toString()).max(String::compareTo).orElseThrow());

        Mention typed = vote(ms, m -> m.type().name(), how, "event");
        JsonNode te = events.get(typed.id());
        o.put("event", typed.type().name());
        o.set("mode", te.path("mode"));
        ArrayNode ctx = o.putArray("context");
        Set<String> contexts = new TreeSet<>();
        for (Mention m : ms) events.get(m.id()).path("context").forEach(n -> contexts.add(n.asText()));
        contexts.forEach(ctx::add);
        o.put("quad_code", typed.type().quadCode());
        o.put("realis", realis(ms, how));

        List<Mention> dayDated = ms.stream().filter(m -> m.precision() == org.herodotus.model.Precision.DAY).toList();
        Mention dated = vote(dayDated.isEmpty() ? ms : dayDated, m -> events.get(m.id()).path("date").asText(), how, "date");
        o.set("date", events.get(dated.id()).path("date"));
        o.set("date_precision", events.get(dated.id()).path("date_precision"));

        o.set("actor", actors(ms, events, "actor", Set.of()));
        Set<String> actorIds = new TreeSet<>();
        o.get("actor").forEach(a -> actorIds.add(a.path("id").asText()));
        o.set("recipient", actors(ms, events, "recipient", actorIds));
        how.put("actor", "every actor named by a report, most reported first");

        List<Mention> placed = ms.stream().filter(m -> m.place().isPresent()).sorted(Comparator.comparingInt((Mention m) -> m.place().get().precision())
                .thenComparing(m -> -support(ms, m)).thenComparing(Mention::id)).toList();
        if (placed.isEmpty()) {
            o.putNull("location");
            how.put("location", "no report places it");
        } else {
            Mention p = placed.get(0);
            o.set("location", events.get(p.id()).path("location"));
            how.put("location", "most precise (precision " + p.place().get().precision() + ") of " + placed.size() + " placed reports, "
                    + support(ms, p) + " give this place");
        }

        Mention acled = vote(ms.stream().filter(m -> !events.get(m.id()).path("acled").isNull() && events.get(m.id()).has("acled")).toList(),
                m -> events.get(m.id()).path("acled").path("sub_event_type").asText(), how, "acled");
        if (acled == null) o.putNull("acled"); else o.set("acled", events.get(acled.id()).path("acled"));
        o.set("cameo", te.path("cameo"));

        ObjectNode size = o.putObject("size");
        for (String k : List.of("fatalities", "injured", "arrested")) {
            List<Integer> said = new ArrayList<>();
            for (Mention m : ms) {
                JsonNode v = events.get(m.id()).path("size").path(k);
                if (v.isInt()) said.add(v.asInt());
            }
            if (said.isEmpty()) continue;
            size.put(k, said.stream().max(Integer::compare).get());
            how.put(k, "largest stated (reports say " + said.stream().sorted().map(String::valueOf).reduce((x, y) -> x + ", " + y).get() + ")");
        }
        double miss = 1;
        for (Mention m : ms) miss *= 1 - m.confidence();
        o.put("confidence", Math.round(Math.min(0.99, 1 - miss) * 100) / 100.0);
        how.put("confidence", "1 - product of (1 - confidence) over the reports");
        ArrayNode ids = o.putArray("mentions");
        ms.forEach(m -> ids.add(m.id()));
        o.set("chosen", how);
        return o;
    }

    private static int support(List<Mention> ms, Mention m) {
        return (int) ms.stream().filter(x -> x.place().isPresent() && x.place().get().key().equals(m.place().get().key())).count();
    }

    /** The mention whose value has the most confidence-weighted support (ties: the value first in order). */
    private static Mention vote(List<Mention> ms, Function<Mention, String> value, ObjectNode how, String field) {
        if (ms.isEmpty()) return null;
        Map<String, Double> weight = new TreeMap<>();
        Map<String, Integer> count = new TreeMap<>();
        Map<String, Mention> first = new LinkedHashMap<>();
        for (Mention m : ms) {
            String v = value.apply(m);
            weight.merge(v, m.confidence(), Double::sum);
            count.merge(v, 1, Integer::sum);
            first.putIfAbsent(v, m);
        }
        String best = weight.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .get().getKey();
        how.put(field, "given by " + count.get(best) + " of " + ms.size() + " reports" + (weight.size() > 1 ? " (others: "
                + String.join(", ", weight.keySet().stream().filter(k -> !k.equals(best)).toList()) + ")" : ""));
        return first.get(best);
    }

    private static String realis(List<Mention> ms, ObjectNode how) {
        for (String r : List.of("actual", "claimed", "historical")) {
            long n = ms.stream().filter(m -> m.realis().label().equals(r)).count();
            if (n > 0) {
                how.put("realis", r + ": the most certain realis among the reports (" + n + " of " + ms.size() + ")");
                return r;
            }
        }
        return ms.get(0).realis().label();
    }

    private static ArrayNode actors(List<Mention> ms, Map<String, JsonNode> events, String role, Set<String> exclude) {
        Map<String, JsonNode> node = new LinkedHashMap<>();
        Map<String, Integer> n = new TreeMap<>();
        for (Mention m : ms) {
            Set<String> seen = new TreeSet<>();
            for (JsonNode a : events.get(m.id()).path(role)) {
                String id = a.path("id").asText();
                if (exclude.contains(id) || !seen.add(id)) continue;
                node.putIfAbsent(id, a);
                n.merge(id, 1, Integer::sum);
            }
        }
        ArrayNode out = JSON.createArrayNode();
        node.keySet().stream().sorted(Comparator.comparing((String id) -> -n.get(id)).thenComparing(id -> id)).forEach(id -> {
            ObjectNode a = node.get(id).deepCopy();
            a.put("reports", n.get(id));
            out.add(a);
        });
        return out;
    }
}
