package org.herodotus.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.herodotus.model.Article;
import org.herodotus.model.ArticleId;
import org.herodotus.model.Lang;
import org.herodotus.model.PartialDate;

/**
 * Reads articles: files in the seed layout (" date YYYY-MM[-DD] text", leading whitespace tolerated), plain .txt
 * with a date given by the caller, .jsonl lines ({@code id, date, text, title?, url?, lang?, source?}); directories
 * are walked in name order. A bad file or line becomes a {@link ReadResult.Problem} and reading goes on.
 */
public final class ArticleReader {
    private static final Pattern SEED = Pattern.compile("\\A\\s*date\\s+(\\d{4}(?:-\\d{1,2}(?:-\\d{1,2})?)?)\\s+", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<PartialDate> defaultDate;
    private final Optional<Lang> defaultLang;

    public ArticleReader(Optional<PartialDate> defaultDate, Optional<Lang> defaultLang) {
        this.defaultDate = defaultDate;
        this.defaultLang = defaultLang;
    }

    /** Reads every article under the given paths, handing each result to {@code sink} as it comes. */
    public void read(List<Path> paths, Consumer<ReadResult> sink) {
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> w = Files.walk(p)) {
                    w.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                } catch (IOException e) {
                    sink.accept(new ReadResult.Problem(p.toString(), "cannot walk directory: " + e.getMessage()));
                    continue;
                }
                for (Path f : files) readFile(f, sink);
            } else if (Files.isRegularFile(p)) {
                readFile(p, sink);
            } else {
                sink.accept(new ReadResult.Problem(p.toString(), "no such file or directory"));
            }
        }
    }

    public List<ReadResult> readAll(List<Path> paths) {
        List<ReadResult> out = new ArrayList<>();
        read(paths, out::add);
        return out;
    }

    void readFile(Path f, Consumer<ReadResult> sink) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        String content;
        try {
            content = decode(Files.readAllBytes(f));
        } catch (CharacterCodingException e) {
            sink.accept(new ReadResult.Problem(f.toString(), "not valid UTF-8 text"));
            return;
        } catch (IOException e) {
            sink.accept(new ReadResult.Problem(f.toString(), "cannot read: " + e.getMessage()));
            return;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            readJsonLines(f.toString(), content, sink);
        } else if (name.endsWith(".txt") || name.endsWith(".text") || !name.contains(".")) {
            sink.accept(text(f.toString(), stem(f), content));
        } else {
            sink.accept(new ReadResult.Problem(f.toString(), "unsupported file type (expected .txt or .jsonl)"));
        }
    }

    public static void readJsonLines(String origin, InputStream in, Consumer<ReadResult> sink, ArticleReader reader) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder();
        String line;
        while ((line = r.readLine()) != null) sb.append(line).append('\n');
        reader.readJsonLines(origin, sb.toString(), sink);
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String stem(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** A text file: the seed layout's date header if present, else the default date; the id is the file name's stem. */
    ReadResult text(String origin, String id, String content) {
        Matcher m = SEED.matcher(content);
        Optional<PartialDate> date;
        String body;
        if (m.find()) {
            date = PartialDate.parse(m.group(1));
            if (date.isEmpty()) return new ReadResult.Problem(origin, "date header '" + m.group(1) + "' is not a real date");
            body = content.substring(m.end());
        } else {
            date = defaultDate;
            body = content;
            if (date.isEmpty()) return new ReadResult.Problem(origin, "no ' date YYYY-MM[-DD]' header and no --date given");
        }
        body = stripTrailing(body);
        if (body.isBlank()) return new ReadResult.Problem(origin, "no article text");
        return new ReadResult.Ok(new Article(new ArticleId(id), date.get(), defaultLang, body, Optional.empty(), Optional.empty(),
                Optional.empty(), origin));
    }

    private static String stripTrailing(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) e--;
        return s.substring(0, e);
    }

    void readJsonLines(String origin, String content, Consumer<ReadResult> sink) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String where = origin + ":" + (i + 1);
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                sink.accept(new ReadResult.Problem(where, "not JSON: " + e.getOriginalMessage()));
                continue;
            }
            if (n == null || !n.isObject()) { sink.accept(new ReadResult.Problem(where, "not a JSON object")); continue; }
            String id = str(n, "id");
            String text = str(n, "text");
            String d = str(n, "date");
            if (id == null || id.isBlank()) { sink.accept(new ReadResult.Problem(where, "missing \"id\"")); continue; }
            if (text == null || text.isBlank()) { sink.accept(new ReadResult.Problem(where, "article " + id + ": missing \"text\"")); continue; }
            Optional<PartialDate> date = d == null ? defaultDate.or(() -> latestYear(text)) : PartialDate.parse(d);
            if (date.isEmpty()) {
                sink.accept(new ReadResult.Problem(where, "article " + id + ": " + (d == null
                        ? "no \"date\", no --date and no year in the text" : "bad date '" + d + "' (expected YYYY[-MM[-DD]])")));
                continue;
            }
            Optional<Lang> lang = Optional.ofNullable(str(n, "lang")).flatMap(Lang::parse).or(() -> defaultLang);
            sink.accept(new ReadResult.Ok(new Article(new ArticleId(id), date.get(), lang, text, Optional.ofNullable(str(n, "title")),
                    Optional.ofNullable(str(n, "url")), Optional.ofNullable(str(n, "source")), where, d != null)));
        }
    }

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})\\b");

    /** The latest year a text names, as a stand-in anchor for an undated article ("2019" in "On 3 May 2019, ..."). */
    static Optional<PartialDate> latestYear(String text) {
        Matcher m = YEAR.matcher(text);
        int best = 0;
        while (m.find()) best = Math.max(best, Integer.parseInt(m.group(1)));
        return best == 0 ? Optional.empty() : Optional.of(PartialDate.year(best));
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
    }
}
