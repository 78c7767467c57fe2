package org.herodotus.store;

import org.herodotus.model.ArticleId;
import org.herodotus.model.Lang;
import org.herodotus.model.PartialDate;
import org.herodotus.text.ParseCodec;
import org.herodotus.text.ParsedArticle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.actors.Actor;
import org.herodotus.actors.ActorMention;
import org.herodotus.coding.Count;
import org.herodotus.coding.Event;
import org.herodotus.json.ContractJson;
import org.herodotus.model.Article;
import org.herodotus.pipeline.Extraction;
import org.herodotus.places.Place;
import org.herodotus.places.PlaceMention;

/**
 * Stores extractions: one transaction per article, so a failure leaves the database as it was. Re-ingesting an
 * article with the same id and text changes nothing; with changed text it replaces that article's rows.
 * Not thread-safe: use one store per thread, or call it from one writer thread.
 */
public final class EventStore implements AutoCloseable {
    /** What saving an article did. */
    public enum Outcome { INSERTED, REPLACED, UNCHANGED }

    private final Connection c;
    private final ContractJson json = new ContractJson();

    private final java.util.Map<String, PreparedStatement> statements = new java.util.HashMap<>();

    private final Dedup dedup;

    public EventStore(String db) throws SQLException {
        this.c = Database.open(db);
        this.dedup = new Dedup(c);
    }

    /** A prepared statement kept for the store's lifetime: each row reuses it instead of preparing SQL again. */
    private PreparedStatement stmt(String sql) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            statements.put(sql, p);
        }
        p.clearParameters();
        return p;
    }

    public Outcome save(Extraction x) throws SQLException {
        Article a = x.parsed().article();
        String sha = sha256(a.text() + "\u0000" + a.date() + "\u0000" + x.events().size() + "\u0000" + dictionaries(x));
        Optional<String> old = existingSha(a.id().value());
        if (old.isPresent() && old.get().equals(sha)) {
            // an article stored before deduplication existed (schema 3 or older) gets its mentions and canonical events now
            if (!dedup.indexed(a.id().value())) inTransaction(() -> dedup.added(x, Dedup.Before.NONE));
            return Outcome.UNCHANGED;
        }
        inTransaction(() -> {
            Dedup.Before before = old.isPresent() ? dedup.before(a.id().value()) : Dedup.Before.NONE;
            if (old.isPresent()) {
                PreparedStatement d = stmt("DELETE FROM articles WHERE id = ?");
                d.setString(1, a.id().value());
                d.executeUpdate();
            }
            insertArticle(x, sha);
            insertParse(x);
            for (Event e : x.events()) insertEvent(e);
            for (PlaceMention m : x.places().mentions()) insertToponym(a.id().value(), m, x.isEventPlace(m));
            dedup.added(x, before);
        });
        return old.isPresent() ? Outcome.REPLACED : Outcome.INSERTED;
    }

    private interface Work { void run() throws SQLException; }

    /** Runs the work in one transaction: all of it is stored, or on any failure none of it. */
    private void inTransaction(Work w) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            w.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static String dictionaries(Extraction x) {
        return x.events().isEmpty() ? "" : x.events().get(0).coder().dictionaries();
    }

    private Optional<String> existingSha(String id) throws SQLException {
        PreparedStatement p = stmt("SELECT sha256 FROM articles WHERE id = ?");
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
            return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
        }
    }

    private void insertArticle(Extraction x, String sha) throws SQLException {
        Article a = x.parsed().article();
        PreparedStatement p = stmt("INSERT INTO articles(id, date, date_precision, lang, title, url, source, origin, text, sha256, ingested_at)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,datetime('now'))");
        p.setString(1, a.id().value());
        p.setString(2, a.date().toString());
        p.setString(3, a.date().precision().label());
        p.setString(4, x.parsed().lang().code());
        p.setString(5, a.title().orElse(null));
        p.setString(6, a.url().orElse(null));
        p.setString(7, a.source().orElse(null));
        p.setString(8, a.origin());
        p.setString(9, a.text());
        p.setString(10, sha);
        p.executeUpdate();
    }

    private void insertParse(Extraction x) throws SQLException {
        PreparedStatement p = stmt("INSERT INTO parses(article_id, lang, date_given, parse) VALUES (?,?,?,?)");
        p.setString(1, x.parsed().article().id().value());
        p.setString(2, x.parsed().lang().code());
        p.setInt(3, x.parsed().article().dateGiven() ? 1 : 0);
        p.setString(4, ParseCodec.encode(x.parsed()));
        p.executeUpdate();
    }

    /** Receives stored parses one at a time. */
    public interface ParseSink { void accept(ParsedArticle p) throws Exception; }

    /**
     * Hands every stored article with its kept parse to {@code sink}, in id order, so that the stages after parsing
     * can run again; returns the number of articles stored without a parse (ingested before parses were kept).
     */
    public int parses(ParseSink sink) throws Exception {
        int missing = 0;
        List<String> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT id FROM articles ORDER BY id")) {
            while (r.next()) ids.add(r.getString(1));
        }
        for (String id : ids) {
            PreparedStatement p = stmt("SELECT a.date, a.lang, a.title, a.url, a.source, a.origin, a.text, p.lang, p.date_given, p.parse"
                    + " FROM articles a LEFT JOIN parses p ON p.article_id = a.id WHERE a.id = ?");
            p.setString(1, id);
            ParsedArticle parsed = null;
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) continue;
                if (r.getString(10) == null) { missing++; continue; }
                Lang lang = Lang.parse(r.getString(8)).orElseThrow(() -> new IllegalStateException("article " + id + ": bad stored language"));
                PartialDate date = PartialDate.parse(r.getString(1)).orElseThrow(() -> new IllegalStateException("article " + id + ": bad stored date"));
                Article a = new Article(new ArticleId(id), date, Lang.parse(r.getString(2)), r.getString(7), Optional.ofNullable(r.getString(3)),
                        Optional.ofNullable(r.getString(4)), Optional.ofNullable(r.getString(5)), r.getString(6), r.getInt(9) == 1);
                parsed = ParseCodec.decode(a, lang, r.getString(10));
            }
            sink.accept(parsed);
        }
        return missing;
    }

    private void upsertActor(Actor a, ActorMention m) throws SQLException {
        PreparedStatement p = stmt("INSERT INTO actors(id, name, kind, country, sector, known) VALUES (?,?,?,?,?,?)"
            + " ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country, sector = excluded.sector, known = excluded.known");
        p.setString(1, a.id().value());
        p.setString(2, a.name());
        p.setString(3, a.kind().name());
        p.setString(4, a.country().or(() -> m.collective().country()).map(Object::toString).orElse(null));
        p.setString(5, a.sector().or(() -> m.collective().sector()).map(Object::toString).orElse(null));
        // the actor row keeps the actor's own sector; a mention's role (troops of a government) lives in the event JSON
        p.setInt(6, a.known() ? 1 : 0);
        p.executeUpdate();
    }

    private void upsertPlace(Place pl) throws SQLException {
        PreparedStatement p = stmt("INSERT OR IGNORE INTO places(key, geonameid, name, country, admin1, feature_code, lat, lon) VALUES (?,?,?,?,?,?,?,?)");
        p.setString(1, pl.key());
        if (pl.id().isPresent()) p.setLong(2, pl.id().get().value()); else p.setNull(2, java.sql.Types.INTEGER);
        p.setString(3, pl.name());
        p.setString(4, pl.country().value());
        p.setString(5, pl.admin1());
        p.setString(6, pl.featureCode());
        p.setDouble(7, pl.lat());
        p.setDouble(8, pl.lon());
        p.executeUpdate();
    }

    private void insertEvent(Event e) throws SQLException {
        if (e.location().isPresent()) upsertPlace(e.location().get().mention().place());
        PreparedStatement p = stmt("INSERT OR REPLACE INTO events(id, article_id, event, mode, quad_code, realis, date, date_precision, place_key,"
            + " location_precision, cameo, acled_event_type, acled_sub_event_type, confidence, sentence, start, \"end\", quote, trigger_text, trigger_start,"
            + " trigger_end, coder_version, dictionaries, json, fatalities, injured, arrested) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        int i = 1;
        p.setString(i++, e.id());
        p.setString(i++, e.article().value());
        p.setString(i++, e.type().name());
        p.setString(i++, e.mode().orElse(null));
        p.setInt(i++, e.type().quadCode());
        p.setString(i++, e.realis().label());
        p.setString(i++, e.date().toString());
        p.setString(i++, e.date().precision().label());
        p.setString(i++, e.location().map(l -> l.mention().place().key()).orElse(null));
        if (e.location().isPresent()) p.setInt(i++, e.location().get().precision()); else p.setNull(i++, java.sql.Types.INTEGER);
        p.setString(i++, e.cameo());
        p.setString(i++, e.acled().map(Event.Acled::eventType).orElse(null));
        p.setString(i++, e.acled().map(Event.Acled::subEventType).orElse(null));
        p.setDouble(i++, e.confidence());
        p.setInt(i++, e.evidence().sentence());
        p.setInt(i++, e.evidence().span().start());
        p.setInt(i++, e.evidence().span().end());
        p.setString(i++, e.evidence().quote());
        p.setString(i++, e.evidence().triggerText());
        p.setInt(i++, e.evidence().trigger().start());
        p.setInt(i++, e.evidence().trigger().end());
        p.setString(i++, e.coder().version());
        p.setString(i++, e.coder().dictionaries());
        p.setString(i++, json.line(json.event(e)));
        for (Count.Kind k : List.of(Count.Kind.FATALITIES, Count.Kind.INJURED, Count.Kind.ARRESTED)) {
            java.util.Optional<Integer> n = e.count(k);
            if (n.isPresent()) p.setInt(i++, n.get()); else p.setNull(i++, java.sql.Types.INTEGER);
        }
        p.executeUpdate();
        insertRoles(e.id(), "actor", e.actors());
        insertRoles(e.id(), "recipient", e.recipients());
    }

    private void insertRoles(String eventId, String role, List<ActorMention> ms) throws SQLException {
        int pos = 0;
        for (ActorMention m : ms) {
            upsertActor(m.actor(), m);
            PreparedStatement p = stmt("INSERT INTO event_actors(event_id, role, position, actor_id, text, start, \"end\", resolved_by) VALUES (?,?,?,?,?,?,?,?)");
            p.setString(1, eventId);
            p.setString(2, role);
            p.setInt(3, pos++);
            p.setString(4, m.actor().id().value());
            p.setString(5, m.text());
            p.setInt(6, m.span().start());
            p.setInt(7, m.span().end());
            p.setString(8, m.by());
            p.executeUpdate();
        }
    }

    private void insertToponym(String article, PlaceMention m, boolean eventPlace) throws SQLException {
        upsertPlace(m.place());
        PreparedStatement p = stmt("INSERT OR REPLACE INTO toponyms(article_id, start, \"end\", text, place_key, resolved_by, event_place) VALUES (?,?,?,?,?,?,?)");
        p.setString(1, article);
        p.setInt(2, m.span().start());
        p.setInt(3, m.span().end());
        p.setString(4, m.text());
        p.setString(5, m.place().key());
        p.setString(6, m.by());
        p.setInt(7, eventPlace ? 1 : 0);
        p.executeUpdate();
    }

    /** Records an input that could not be read, so that a run's problems stay visible in the database. */
    public void problem(String origin, String message) throws SQLException {
        PreparedStatement p = stmt("INSERT OR REPLACE INTO problems(origin, message, seen_at) VALUES (?,?,datetime('now'))");
        p.setString(1, origin);
        p.setString(2, message);
        p.executeUpdate();
    }

    /** A filter for {@link #events}; empty fields match everything ({@code realis}: any of these, none given: all). */
    public record Query(Optional<String> type, Set<String> realis, Optional<String> from, Optional<String> to, Optional<String> article, int limit) {
        public Query {
            realis = Set.copyOf(realis);
        }
    }

    /** Stored events as contract JSON lines, ordered by date then article and offset. */
    public List<String> events(Query q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT json FROM events WHERE 1=1");
        List<String> args = new ArrayList<>();
        q.type().ifPresent(v -> { sql.append(" AND event = ?"); args.add(v); });
        if (!q.realis().isEmpty()) {
            sql.append(" AND realis IN (").append(String.join(", ", java.util.Collections.nCopies(q.realis().size(), "?"))).append(')');
            args.addAll(new java.util.TreeSet<>(q.realis()));
        }
        dates(q, sql, args);
        q.article().ifPresent(v -> { sql.append(" AND article_id = ?"); args.add(v); });
        return column(sql.append(" ORDER BY date, article_id, start"), q, args);
    }

    /** Canonical events as JSON lines (see {@link org.herodotus.dedup.CanonicalEvent}), by date then id, with the filters of {@link Query} (realis aside). */
    public List<String> canonicalEvents(Query q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT json FROM canonical_events WHERE 1=1");
        List<String> args = new ArrayList<>();
        q.type().ifPresent(v -> { sql.append(" AND event = ?"); args.add(v); });
        dates(q, sql, args);
        q.article().ifPresent(v -> { sql.append(" AND id IN (SELECT canonical_id FROM mentions WHERE article_id = ?)"); args.add(v); });
        return column(sql.append(" ORDER BY date, id"), q, args);
    }

    /** The --from and --to filters: from a date on, up to a date at its own precision ("2019-04" takes all of April). */
    private static void dates(Query q, StringBuilder sql, List<String> args) {
        q.from().ifPresent(v -> { sql.append(" AND date >= ?"); args.add(v); });
        q.to().ifPresent(v -> { sql.append(" AND substr(date, 1, length(?)) <= ?"); args.add(v); args.add(v); });
    }

    /** The first column of a filtered query, up to the query's limit. */
    private List<String> column(StringBuilder sql, Query q, List<String> args) throws SQLException {
        sql.append(" LIMIT ").append(q.limit() > 0 ? q.limit() : -1);
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) p.setString(i + 1, args.get(i));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        }
        return out;
    }

    /** Why a canonical event is what it is: its JSON, its reports, and each merge with its reasons. */
    public record Explanation(String json, List<Report> reports, List<Merge> merges) {}

    /** One report of a canonical event: the mention, its article and date, and its sentence. */
    public record Report(String event, String article, String published, String type, String date, String place, String quote) {}

    /** One merge step: the two mentions an edge joined, its score and reasons. */
    public record Merge(int step, String a, String b, double score, String why) {}

    public Optional<Explanation> explain(String canonicalId) throws SQLException {
        String js;
        try (PreparedStatement p = c.prepareStatement("SELECT json FROM canonical_events WHERE id = ?")) {
            p.setString(1, canonicalId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return Optional.empty();
                js = r.getString(1);
            }
        }
        List<Report> reports = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT e.id, e.article_id, a.date, e.event, e.date, pl.name, e.quote FROM mentions m"
                + " JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = e.article_id LEFT JOIN places pl ON pl.key = e.place_key"
                + " WHERE m.canonical_id = ? ORDER BY a.date, e.id")) {
            p.setString(1, canonicalId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) reports.add(new Report(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7)));
            }
        }
        List<Merge> merges = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT step, a, b, score, why FROM canonical_merges WHERE canonical_id = ? ORDER BY step")) {
            p.setString(1, canonicalId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) merges.add(new Merge(r.getInt(1), r.getString(2), r.getString(3), r.getDouble(4), r.getString(5)));
            }
        }
        return Optional.of(new Explanation(js, reports, merges));
    }

    /** Pairs of near-duplicate articles, with their estimated similarity. */
    public List<String[]> nearDuplicates() throws SQLException { return summary("SELECT a, b, similarity FROM near_duplicates ORDER BY a, b"); }

    /** Row counts per table, for summaries and tests. */
    public Map<String, Long> counts() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : List.of("articles", "events", "actors", "places", "event_actors", "toponyms", "problems", "mentions", "canonical_events", "near_duplicates")) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                out.put(t, r.next() ? r.getLong(1) : 0);
            }
        }
        return out;
    }

    /** A grouped count, e.g. events per type and realis, for the demo's summary. */
    public List<String[]> summary(String sql) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) row[i] = r.getString(i + 1);
                out.add(row);
            }
        }
        return out;
    }

    public Connection connection() { return c; }

    @Override public void close() throws SQLException {
        for (PreparedStatement p : statements.values()) p.close();
        c.close();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
