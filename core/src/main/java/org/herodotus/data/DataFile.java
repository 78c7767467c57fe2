package org.herodotus.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tab-separated dictionary file with a '#' header (format, source, licence, version, known problems).
 * Every loader reads through this class so that a broken file fails at start-up with file and line:
 * {@code triggers.fr.tsv:41: unknown PLOVER type 'ASSAUT'}.
 */
public final class DataFile {
    private static final Pattern VERSION = Pattern.compile("^#\\s*version:\\s*(\\S+)", Pattern.CASE_INSENSITIVE);

    /** One data line: its number in the file and its fields. */
    public record Row(String file, int line, List<String> fields) {
        public String get(int i) {
            if (i >= fields.size()) throw error("expected at least " + (i + 1) + " fields, found " + fields.size());
            return fields.get(i).trim();
        }

        public DataFileException error(String message) { return new DataFileException(file + ":" + line + ": " + message); }
    }

    private final String name;
    private final String version;
    private final List<Row> rows;

    private DataFile(String name, String version, List<Row> rows) {
        this.name = name;
        this.version = version;
        this.rows = List.copyOf(rows);
    }

    /** Reads a classpath resource such as {@code /herodotus/kb/actors.tsv}; a header row naming columns is skipped when {@code headerRow}. */
    public static DataFile resource(String path, boolean headerRow) {
        try (InputStream in = DataFile.class.getResourceAsStream(path)) {
            if (in == null) throw new DataFileException(path + ": missing from the classpath");
            return read(path.substring(path.lastIndexOf('/') + 1), in, headerRow);
        } catch (IOException e) {
            throw new DataFileException(path + ": " + e.getMessage());
        }
    }

    public static DataFile read(String name, InputStream in, boolean headerRow) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String version = "unversioned";
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        boolean headerSkipped = !headerRow;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.startsWith("#")) {
                Matcher m = VERSION.matcher(line);
                if (m.find()) version = m.group(1);
                continue;
            }
            if (line.isBlank()) continue;
            if (!headerSkipped) { headerSkipped = true; continue; }
            rows.add(new Row(name, n, List.of(line.split("\t", -1))));
        }
        return new DataFile(name, version, rows);
    }

    public String name() { return name; }

    public String version() { return version; }

    public List<Row> rows() { return rows; }
}
