package org.herodotus.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.herodotus.coding.Event;
import org.herodotus.dedup.CanonicalEvent;
import org.herodotus.dedup.Clusterer;
import org.herodotus.dedup.Comparison;
import org.herodotus.dedup.Mention;
import org.herodotus.dedup.MentionMatcher;
import org.herodotus.dedup.MinHash;
import org.herodotus.model.Article;
import org.herodotus.model.Span;
import org.herodotus.pipeline.Extraction;

/**
 * Keeps the canonical events up to date as articles come and go, inside the caller's transaction. A new mention is
 * compared with the stored mentions of its comparison family whose dates come within the window (and with every
 * mention of the same sentence text); the merge edges it finds join their components, and only those components are
 * clustered again. Nothing else in the database is read or rewritten.
 */
final class Dedup {
    private final Connection c;
    private final MentionMatcher matcher = new MentionMatcher();
    private final Clusterer clusterer = new Clusterer(matcher);
    private final ObjectMapper json = new ObjectMapper();

    Dedup(Connection c) { this.c = c; }

    /** What an article held before it is replaced or removed: its mentions' components and canonical events, its twins. */
    record Before(Set<String> components, Set<String> canonicals, Set<String> twins) {
        static final Before NONE = new Before(Set.of(), Set.of(), Set.of());
    }

    Before before(String articleId) throws SQLException {
        Set<String> comps = new TreeSet<>(), canon = new TreeSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT component, canonical_id FROM mentions WHERE article_id = ? AND shadowed_by IS NULL")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    comps.add(r.getString(1));
                    canon.add(r.getString(2));
                }
            }
        }
        return new Before(comps, canon, twinsOf(articleId));
    }

    /**
     * After the article's rows are stored: link near-duplicates, add its mentions, shadow the copies' readings of shared
     * sentences, link each mention that counts to the stored mentions that tell the same happening, and cluster what
     * that touches again.
     */
    void added(Extraction x, Before before) throws SQLException {
        Article a = x.parsed().article();
        List<String> keys = new ArrayList<>();
        x.parsed().sentences().forEach(st -> keys.add(Mention.sentenceKey(st.span().of(x.parsed().text()))));
        Set<String> twins = nearDuplicates(a, keys);
        List<Span> resolved = new ArrayList<>();
        // an actor the knowledge base lacks is a name nothing resolved ("the attack on Arbinda" read as its target)
        x.actors().mentions().stream().filter(m -> m.actor().known()).forEach(m -> resolved.add(m.span()));
        for (Event e : x.events()) if (Mention.counts(e.realis())) insert(Mention.of(e, a.date(), x.places().mentions(), resolved));
        Set<String> affected = new TreeSet<>(twins);
        affected.addAll(before.twins());
        affected.add(a.id().value());
        Set<String> comps = new TreeSet<>(before.components());
        Set<String> stale = new TreeSet<>(before.canonicals());
        Set<String> link = shadow(affected, comps, stale);
        link.addAll(column("SELECT event_id FROM mentions WHERE shadowed_by IS NULL AND article_id IN (%s)", List.of(a.id().value())));
        Set<String> touched = new TreeSet<>();
        Map<String, Set<String>> twinsByArticle = new HashMap<>();
        for (String features : column("SELECT features FROM mentions WHERE event_id IN (%s)", link)) {
            Mention m = Mention.fromJson(features);
            Set<String> mine = twinsByArticle.get(m.article());
            if (mine == null) twinsByArticle.put(m.article(), mine = twinsOf(m.article()));
            touched.add(m.id());
            for (Mention o : candidates(m)) {
                Comparison cmp = matcher.compare(m, o, mine.contains(o.article()));
                if (!cmp.edge()) continue;
                String lo = m.id().compareTo(o.id()) < 0 ? m.id() : o.id(), hi = lo.equals(m.id()) ? o.id() : m.id();
                try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO mention_edges(a, b, score, why) VALUES (?,?,?,?)")) {
                    p.setString(1, lo);
                    p.setString(2, hi);
                    p.setDouble(3, cmp.score());
                    p.setString(4, cmp.explain());
                    p.executeUpdate();
                }
                touched.add(o.id());
            }
        }
        comps.addAll(column("SELECT component FROM mentions WHERE event_id IN (%s) AND shadowed_by IS NULL", touched));
        recluster(comps, stale);
    }

    /** Whether dedup has seen this article (it has a signature). */
    boolean indexed(String article) throws SQLException {
        return !column("SELECT article_id FROM article_signatures WHERE article_id IN (%s)", List.of(article)).isEmpty();
    }

    /** The articles stored as near-duplicates of this one. */
    private Set<String> twinsOf(String article) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT b FROM near_duplicates WHERE a = ? UNION SELECT a FROM near_duplicates WHERE b = ?")) {
            p.setString(1, article);
            p.setString(2, article);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        }
        return out;
    }

    /** An article's date and id, by which the earlier of two twins is the one counted. */
    private String order(String article) throws SQLException {
        Set<String> d = column("SELECT date || ' ' || id FROM articles WHERE id IN (%s)", List.of(article));
        return d.isEmpty() ? "" : d.iterator().next();
    }

    /**
     * Brings the shadow marks of these articles' mentions up to date: a mention is shadowed when a near-duplicate twin
     * that comes first (earlier date, then smaller id) holds the same sentence, since that sentence was read there
     * already. A newly shadowed mention leaves its edges and canonical event (its component is clustered again); the
     * ids of mentions that count and have not been linked yet (new or no longer shadowed) are returned.
     */
    private Set<String> shadow(Set<String> articles, Set<String> comps, Set<String> stale) throws SQLException {
        Set<String> unlinked = new TreeSet<>();
        for (String art : articles) {
            String mine = order(art);
            if (mine.isEmpty()) continue;
            Map<String, String> shadowOf = new HashMap<>();
            for (String t : twinsOf(art)) {
                String theirs = order(t);
                if (theirs.isEmpty() || theirs.compareTo(mine) >= 0) continue;
                for (String k : column("SELECT sentence_keys FROM article_signatures WHERE article_id IN (%s)", List.of(t)))
                    for (String key : k.split(" ")) if (!key.isEmpty()) shadowOf.merge(key, t, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT event_id, skey, shadowed_by, component, canonical_id FROM mentions WHERE article_id = ?")) {
                p.setString(1, art);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
                }
            }
            for (String[] m : rows) {
                String now = shadowOf.get(m[1]);
                if (java.util.Objects.equals(now, m[2])) continue;
                if (now != null) {
                    if (m[2] == null) {
                        comps.add(m[3]);
                        stale.add(m[4]);
                    }
                    try (PreparedStatement p = c.prepareStatement("DELETE FROM mention_edges WHERE a = ? OR b = ?")) {
                        p.setString(1, m[0]);
                        p.setString(2, m[0]);
                        p.executeUpdate();
                    }
                    update(m[0], now, "", "");
                } else {
                    update(m[0], null, m[0], Clusterer.canonicalId(m[0]));
                    unlinked.add(m[0]);
                }
            }
        }
        return unlinked;
    }

    private void update(String id, String shadowedBy, String component, String canonical) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE mentions SET shadowed_by = ?, component = ?, canonical_id = ? WHERE event_id = ?")) {
            p.setString(1, shadowedBy);
            p.setString(2, component);
            p.setString(3, canonical);
            p.setString(4, id);
            p.executeUpdate();
        }
    }

    private void insert(Mention m) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO mentions(event_id, article_id, family, day_from, day_to, skey, component,"
                + " canonical_id, features) VALUES (?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, m.id());
            p.setString(2, m.article());
            p.setString(3, m.family());
            p.setString(4, m.from().toString());
            p.setString(5, m.to().toString());
            p.setString(6, m.sentenceKey());
            p.setString(7, m.id());
            p.setString(8, Clusterer.canonicalId(m.id()));
            p.setString(9, m.toJson());
            p.executeUpdate();
        }
    }

    /** Stored mentions that could tell the same happening: same family and dates within the window, or the same sentence text. */
    private List<Mention> candidates(Mention m) throws SQLException {
        Map<String, Mention> out = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT features FROM mentions WHERE family = ? AND day_from <= ? AND day_to >= ? AND event_id <> ?"
                + " AND shadowed_by IS NULL")) {
            p.setString(1, m.family());
            p.setString(2, m.to().plusDays(MentionMatcher.WINDOW_DAYS).toString());
            p.setString(3, m.from().minusDays(MentionMatcher.WINDOW_DAYS).toString());
            p.setString(4, m.id());
            read(p, out);
        }
        // the same sentence in a near-duplicate article, whatever its type or date
        try (PreparedStatement p = c.prepareStatement("SELECT features FROM mentions WHERE skey = ? AND event_id <> ? AND shadowed_by IS NULL AND article_id IN"
                + " (SELECT b FROM near_duplicates WHERE a = ? UNION SELECT a FROM near_duplicates WHERE b = ?)")) {
            p.setString(1, m.sentenceKey());
            p.setString(2, m.id());
            p.setString(3, m.article());
            p.setString(4, m.article());
            read(p, out);
        }
        return new ArrayList<>(out.values());
    }

    private static void read(PreparedStatement p, Map<String, Mention> out) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Mention x = Mention.fromJson(r.getString(1));
                out.put(x.id(), x);
            }
        }
    }

    /**
     * Clusters again every mention of these components: their merge edges are split into connected components anew
     * (a removal may cut one in two), each clustered, and their canonical events rewritten.
     */
    void recluster(Set<String> components, Set<String> oldCanonicals) throws SQLException {
        Map<String, Mention> members = new TreeMap<>();
        for (List<String> chunk : chunks(components)) {
            try (PreparedStatement p = c.prepareStatement("SELECT features FROM mentions WHERE shadowed_by IS NULL AND component IN (" + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
                read(p, members);
            }
        }
        Set<String> stale = new TreeSet<>(oldCanonicals);
        stale.addAll(column("SELECT canonical_id FROM mentions WHERE event_id IN (%s)", members.keySet()));
        for (List<String> chunk : chunks(stale)) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM canonical_events WHERE id IN (" + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
                p.executeUpdate();
            }
        }
        if (members.isEmpty()) return;
        List<Clusterer.Edge> edges = new ArrayList<>();
        for (List<String> chunk : chunks(members.keySet())) {
            try (PreparedStatement p = c.prepareStatement("SELECT a, b, score, why FROM mention_edges WHERE a IN (" + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) if (members.containsKey(r.getString(2))) edges.add(new Clusterer.Edge(r.getString(1), r.getString(2), r.getDouble(3), r.getString(4)));
                }
            }
        }
        Set<String> articles = new TreeSet<>();
        members.values().forEach(m -> articles.add(m.article()));
        Set<String> twinPairs = new java.util.HashSet<>();
        for (Clusterer.Edge e : nearDuplicateLinks(articles)) twinPairs.add(e.a() + "\u0000" + e.b());
        Clusterer.Twins twins = (x, y) -> twinPairs.contains(x.compareTo(y) < 0 ? x + "\u0000" + y : y + "\u0000" + x);
        for (List<String> comp : connected(members.keySet(), edges)) {
            List<Mention> ms = comp.stream().map(members::get).toList();
            Set<String> in = new TreeSet<>(comp);
            List<Clusterer.Edge> es = edges.stream().filter(e -> in.contains(e.a())).toList();
            String component = comp.get(0);
            for (Clusterer.Cluster cl : clusterer.cluster(ms, es, twins)) write(cl, component);
        }
    }

    /** Connected components of the edge graph, each sorted, the smallest member first. */
    static List<List<String>> connected(Collection<String> ids, List<Clusterer.Edge> edges) {
        Map<String, List<String>> adj = new HashMap<>();
        for (String id : ids) adj.put(id, new ArrayList<>());
        for (Clusterer.Edge e : edges) {
            adj.get(e.a()).add(e.b());
            adj.get(e.b()).add(e.a());
        }
        Set<String> seen = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        for (String s : new TreeSet<>(ids)) {
            if (!seen.add(s)) continue;
            List<String> comp = new ArrayList<>();
            Deque<String> todo = new ArrayDeque<>(List.of(s));
            while (!todo.isEmpty()) {
                String x = todo.pop();
                comp.add(x);
                for (String y : adj.get(x)) if (seen.add(y)) todo.push(y);
            }
            comp.sort(null);
            out.add(comp);
        }
        return out;
    }

    private void write(Clusterer.Cluster cl, String component) throws SQLException {
        Map<String, JsonNode> events = new HashMap<>();
        List<String> ids = cl.mentions().stream().map(Mention::id).toList();
        for (List<String> chunk : chunks(ids)) {
            try (PreparedStatement p = c.prepareStatement("SELECT id, json FROM events WHERE id IN (" + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) events.put(r.getString(1), parse(r.getString(2)));
                }
            }
        }
        Set<String> articles = new TreeSet<>();
        cl.mentions().forEach(m -> articles.add(m.article()));
        JsonNode o = CanonicalEvent.merge(cl, events, stories(articles));
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO canonical_events(id, date, event, reports, sources, first_seen, last_seen, json)"
                + " VALUES (?,?,?,?,?,?,?,?)")) {
            p.setString(1, cl.id());
            p.setString(2, o.path("date").asText());
            p.setString(3, o.path("event").asText());
            p.setInt(4, o.path("reports").asInt());
            p.setInt(5, o.path("sources").asInt());
            p.setString(6, o.path("first_seen").asText());
            p.setString(7, o.path("last_seen").asText());
            p.setString(8, o.toString());
            p.executeUpdate();
        }
        int step = 0;
        for (Clusterer.Edge e : cl.merges()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO canonical_merges(canonical_id, step, a, b, score, why) VALUES (?,?,?,?,?,?)")) {
                p.setString(1, cl.id());
                p.setInt(2, step++);
                p.setString(3, e.a());
                p.setString(4, e.b());
                p.setDouble(5, e.score());
                p.setString(6, e.why());
                p.executeUpdate();
            }
        }
        for (Mention m : cl.mentions()) {
            try (PreparedStatement p = c.prepareStatement("UPDATE mentions SET component = ?, canonical_id = ? WHERE event_id = ?")) {
                p.setString(1, component);
                p.setString(2, cl.id());
                p.setString(3, m.id());
                p.executeUpdate();
            }
        }
    }

    private JsonNode parse(String s) {
        try {
            return json.readTree(s);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("bad stored event JSON: " + e.getMessage(), e);
        }
    }

    /** How many distinct stories these articles are: near-duplicates of one another count once. */
    private int stories(Set<String> articles) throws SQLException { return connected(articles, nearDuplicateLinks(articles)).size(); }

    /** The near-duplicate links among these articles. */
    private List<Clusterer.Edge> nearDuplicateLinks(Set<String> articles) throws SQLException {
        List<Clusterer.Edge> links = new ArrayList<>();
        for (List<String> chunk : chunks(articles)) {
            try (PreparedStatement p = c.prepareStatement("SELECT a, b FROM near_duplicates WHERE a IN (" + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) if (articles.contains(r.getString(2))) links.add(new Clusterer.Edge(r.getString(1), r.getString(2), 1, ""));
                }
            }
        }
        return links;
    }

    /** Stores the article's MinHash signature and links it to the stored articles it nearly duplicates; returns those. */
    private Set<String> nearDuplicates(Article a, List<String> sentenceKeys) throws SQLException {
        Set<String> twins = new TreeSet<>();
        long[] sig = MinHash.signature(a.text());
        long[] bands = MinHash.bands(sig);
        Set<String> seen = new TreeSet<>();
        for (int b = 0; b < bands.length; b++) {
            try (PreparedStatement p = c.prepareStatement("SELECT article_id FROM article_bands WHERE band = ? AND hash = ? AND article_id <> ?")) {
                p.setInt(1, b);
                p.setLong(2, bands[b]);
                p.setString(3, a.id().value());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) seen.add(r.getString(1));
                }
            }
        }
        for (String other : seen) {
            String hex;
            try (PreparedStatement p = c.prepareStatement("SELECT minhash FROM article_signatures WHERE article_id = ?")) {
                p.setString(1, other);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) continue;
                    hex = r.getString(1);
                }
            }
            double sim = MinHash.similarity(sig, MinHash.decode(hex));
            if (sim < MinHash.NEAR_DUPLICATE || !sameTime(a.date(), column("SELECT date FROM articles WHERE id IN (%s)", List.of(other)))) continue;
            twins.add(other);
            String x = a.id().value().compareTo(other) < 0 ? a.id().value() : other, y = x.equals(other) ? a.id().value() : other;
            try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO near_duplicates(a, b, similarity) VALUES (?,?,?)")) {
                p.setString(1, x);
                p.setString(2, y);
                p.setDouble(3, sim);
                p.executeUpdate();
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO article_signatures(article_id, minhash, sentence_keys) VALUES (?,?,?)")) {
            p.setString(1, a.id().value());
            p.setString(2, MinHash.encode(sig));
            p.setString(3, String.join(" ", sentenceKeys));
            p.executeUpdate();
        }
        for (int b = 0; b < bands.length; b++) {
            try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO article_bands(band, hash, article_id) VALUES (?,?,?)")) {
                p.setInt(1, b);
                p.setLong(2, bands[b]);
                p.setString(3, a.id().value());
                p.executeUpdate();
            }
        }
        return twins;
    }

    /** How far apart two copies of one story may be published; the same words weeks later tell a new event. */
    static final int COPY_DAYS = 7;

    private static boolean sameTime(org.herodotus.model.PartialDate a, Set<String> other) {
        if (other.isEmpty()) return false;
        var b = org.herodotus.model.PartialDate.parse(other.iterator().next());
        if (b.isEmpty()) return false;
        return !a.date().isAfter(b.get().lastDay().plusDays(COPY_DAYS)) && !b.get().date().isAfter(a.lastDay().plusDays(COPY_DAYS));
    }

    private Set<String> column(String sql, Collection<String> in) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> chunk : chunks(in)) {
            try (PreparedStatement p = c.prepareStatement(String.format(sql, marks(chunk.size())))) {
                for (int i = 0; i < chunk.size(); i++) p.setString(i + 1, chunk.get(i));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    private static List<List<String>> chunks(Collection<String> xs) {
        List<String> all = new ArrayList<>(new TreeSet<>(xs));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) out.add(all.subList(i, Math.min(all.size(), i + 500)));
        return out;
    }

    private static String marks(int n) { return String.join(",", java.util.Collections.nCopies(n, "?")); }
}
