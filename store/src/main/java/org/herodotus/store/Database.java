package org.herodotus.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a database by the --db value (a file path or jdbc:sqlite:PATH) and brings its schema up to date by running,
 * in order and once each, the migrations {@code /herodotus/db/sqlite/V<n>__*.sql} listed in {@link #MIGRATIONS}.
 */
public final class Database {
    static final List<String> MIGRATIONS = List.of("V1__init.sql", "V2__counts.sql", "V3__parses.sql", "V4__dedup.sql");

    private Database() {}

    /** The JDBC URL for a --db value; PostgreSQL URLs are refused until the production store lands. */
    public static String url(String db) {
        if (db.startsWith("jdbc:sqlite:")) return db;
        if (db.startsWith("jdbc:postgresql:") || db.startsWith("postgresql://") || db.startsWith("postgres://"))
            throw new IllegalArgumentException("PostgreSQL is not supported yet (only SQLite): " + db);
        return "jdbc:sqlite:" + db;
    }

    public static Connection open(String db) throws SQLException {
        Connection c = DriverManager.getConnection(url(db));
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA busy_timeout = 10000");
        }
        migrate(c);
        return c;
    }

    /** The schema version after migrating. */
    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        int have = version(c);
        for (int v = have + 1; v <= MIGRATIONS.size(); v++) {
            String name = MIGRATIONS.get(v - 1);
            String sql = resource("/herodotus/db/sqlite/" + name);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String stmt : statements(sql)) s.execute(stmt);
                s.execute("INSERT INTO schema_version(version, name, applied_at) VALUES (" + v + ", '" + name + "', datetime('now'))");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String resource(String path) {
        try (InputStream in = Database.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + ": missing migration");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    /** Splits a migration into statements on ';' at line ends, dropping '--' comment lines. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (line.strip().startsWith("--")) continue;
            cur.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                out.add(cur.toString().strip().replaceAll(";$", ""));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().strip());
        return out;
    }
}
