package org.herodotus.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups mentions into canonical events. Merge edges are taken strongest first (score, then ids); an edge joins two
 * groups unless some pair across them conflicts (different neighbourhoods, tolls, actors, dates...). The result is a
 * function of the set of mentions and edges alone, so ingest order does not change it, and a canonical id is named
 * after its smallest mention id, so the same inputs give the same ids.
 */
public final class Clusterer {
    /** A merge edge between two mentions, {@code a < b}. */
    public record Edge(String a, String b, double score, String why) {
        public Edge {
            if (a.compareTo(b) >= 0) throw new IllegalArgumentException("edge ends out of order: " + a + ", " + b);
        }
    }

    /** One canonical event: its id, its mentions in id order, and the edges that joined them, in the order taken. */
    public record Cluster(String id, List<Mention> mentions, List<Edge> merges) {
        public Cluster {
            mentions = List.copyOf(mentions);
            merges = List.copyOf(merges);
        }
    }

    /** Whether two articles are near-duplicates of each other. */
    public interface Twins {
        boolean twins(String articleA, String articleB);

        Twins NONE = (a, b) -> false;
    }

    private final MentionMatcher matcher;

    public Clusterer(MentionMatcher matcher) { this.matcher = matcher; }

    public List<Cluster> cluster(List<Mention> mentions, List<Edge> edges) { return cluster(mentions, edges, Twins.NONE); }

    public List<Cluster> cluster(List<Mention> mentions, List<Edge> edges, Twins twins) {
        Map<String, Mention> byId = new TreeMap<>();
        for (Mention m : mentions) byId.put(m.id(), m);
        Map<String, List<String>> groupOf = new HashMap<>();
        Map<String, List<Edge>> mergesOf = new HashMap<>();
        for (String id : byId.keySet()) {
            groupOf.put(id, new ArrayList<>(List.of(id)));
            mergesOf.put(id, new ArrayList<>());
        }
        Map<String, String> root = new HashMap<>();
        for (String id : byId.keySet()) root.put(id, id);
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingDouble(Edge::score).reversed().thenComparing(Edge::a).thenComparing(Edge::b));
        for (Edge e : sorted) {
            if (!byId.containsKey(e.a()) || !byId.containsKey(e.b())) continue;
            String ra = root.get(e.a()), rb = root.get(e.b());
            if (ra.equals(rb) || conflicts(groupOf.get(ra), groupOf.get(rb), byId, twins)) continue;
            String keep = ra.compareTo(rb) < 0 ? ra : rb, gone = keep.equals(ra) ? rb : ra;
            for (String id : groupOf.get(gone)) root.put(id, keep);
            groupOf.get(keep).addAll(groupOf.remove(gone));
            mergesOf.get(keep).addAll(mergesOf.remove(gone));
            mergesOf.get(keep).add(e);
        }
        List<Cluster> out = new ArrayList<>();
        for (String r : new TreeSet<>(groupOf.keySet())) {
            List<Mention> ms = groupOf.get(r).stream().sorted().map(byId::get).toList();
            out.add(new Cluster(canonicalId(ms.get(0).id()), ms, mergesOf.get(r)));
        }
        return out;
    }

    private boolean conflicts(List<String> x, List<String> y, Map<String, Mention> byId, Twins twins) {
        for (String a : x) for (String b : y) {
            Mention ma = byId.get(a), mb = byId.get(b);
            if (matcher.compare(ma, mb, twins.twins(ma.article(), mb.article())).conflict()) return true;
        }
        return false;
    }

    /** A canonical event's id: derived from its smallest mention id, so stable across runs with the same inputs. */
    public static String canonicalId(String smallestMention) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("canonical:" + smallestMention).getBytes(StandardCharsets.UTF_8));
            return "ce-" + HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
