package org.herodotus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French named entities: HIPE-2022 TSV (with Wikidata links) and Europeana Newspapers IOB. Each document's text is
 * rebuilt from its tokens (one space between tokens unless the source says NoSpaceAfter) and gold PER/LOC/ORG spans
 * are kept as character offsets. Scored against Herodotus' entity lines (persons and organisations from actor
 * resolution, places from the geocoder): exact-span micro P/R/F1 and per type, overlap F1, and Wikidata link
 * accuracy where a prediction carries a QID. score.py has no such set: these metrics are Herodotus' own.
 */
public final class NerFrSet extends ReadGoldSet {
    /** Tokens per Europeana pseudo-document (the corpus has no document or sentence breaks). */
    static final int EUROPEANA_CHUNK = 400;
    private static final Pattern RANGE = Pattern.compile("L(\\d{6})\\s*-\\s*L(\\d{6}|0{3}\\?{3})");
    private static final Pattern DMY = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{4})");

    record Entity(String type, int start, int end, String text, String qid) {}

    record Doc(String id, String date, String text, List<Entity> gold) {}

    private final List<Doc> docs;

    private NerFrSet(String name, List<Doc> docs, List<String> problems) {
        super(name, problems);
        this.docs = docs;
    }

    public static NerFrSet read(Path file) throws IOException {
        String n = file.getFileName().toString();
        List<String> problems = new ArrayList<>();
        if (n.endsWith(".tsv")) return new NerFrSet(n, hipe(Files.readAllLines(file, StandardCharsets.UTF_8), problems), problems);
        if (n.endsWith(".bio")) {
            Path md = file.resolveSibling(n.substring(0, n.length() - 4) + ".md");
            List<String> mdLines = Files.exists(md) ? Files.readAllLines(md, StandardCharsets.UTF_8) : List.of();
            return new NerFrSet(n, europeana(Files.readAllLines(file, StandardCharsets.UTF_8), mdLines, problems), problems);
        }
        throw new IOException(file + ": expected a HIPE .tsv or a Europeana .bio file");
    }

    /** HIPE-2022: '#' metadata (document_id, date), a header row, then TOKEN, NE-COARSE-LIT, ..., NEL-LIT (col 7), MISC (col 9). */
    static List<Doc> hipe(List<String> lines, List<String> problems) {
        List<Doc> docs = new ArrayList<>();
        Builder b = null;
        String date = null;
        int ln = 0;
        for (String line : lines) {
            ln++;
            if (line.startsWith("# hipe2022:document_id")) {
                if (b != null) docs.add(b.build(date));
                b = new Builder("hipe-" + line.substring(line.indexOf('=') + 1).strip());
                date = null;
                continue;
            }
            if (line.startsWith("# hipe2022:date")) { date = line.substring(line.indexOf('=') + 1).strip(); continue; }
            if (line.startsWith("#") || line.isBlank() || line.startsWith("TOKEN\t")) continue;
            if (b == null) b = new Builder("hipe-0");
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[0].isEmpty()) { problems.add("line " + ln + ": expected TOKEN<TAB>NE-COARSE-LIT..., skipped"); continue; }
            String tag = f.length > 1 ? f[1] : "O";
            String qid = f.length > 7 ? f[7] : "_";
            String misc = f.length > 9 ? f[9] : "";
            b.token(f[0], tag, qid, misc.contains("NoSpaceAfter"));
        }
        if (b != null) docs.add(b.build(date));
        return docs;
    }

    /** Europeana: "token TAG" lines in IOB1; the .md beside the file gives the line ranges of each newspaper page and its date. */
    static List<Doc> europeana(List<String> lines, List<String> md, List<String> problems) {
        List<int[]> ranges = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < md.size(); i++) {
            Matcher m = RANGE.matcher(md.get(i));
            if (!m.find()) continue;
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2).startsWith("000") && m.group(2).contains("?") ? lines.size() : Integer.parseInt(m.group(2));
            ranges.add(new int[] {from, to});
            Matcher d = i + 1 < md.size() ? DMY.matcher(md.get(i + 1)) : null;
            dates.add(d != null && d.find() ? d.group(3) + "-" + d.group(2) + "-" + d.group(1) : null);
        }
        if (ranges.isEmpty()) { ranges.add(new int[] {1, lines.size()}); dates.add(null); }
        List<Doc> docs = new ArrayList<>();
        for (int r = 0; r < ranges.size(); r++) {
            int from = ranges.get(r)[0], to = Math.min(ranges.get(r)[1], lines.size());
            Builder b = null;
            int count = 0, part = 0;
            for (int ln = from; ln <= to; ln++) {
                String line = lines.get(ln - 1);
                int sp = line.lastIndexOf(' ');
                if (sp <= 0) { if (!line.isBlank()) problems.add("line " + ln + ": expected 'token TAG', skipped"); continue; }
                if (b == null) b = new Builder(String.format(Locale.ROOT, "enp-L%06d-%d", from, part++));
                b.token(line.substring(0, sp), line.substring(sp + 1), "_", false);
                count++;
                if (count >= EUROPEANA_CHUNK && line.substring(0, sp).equals(".")) {
                    docs.add(b.build(dates.get(r)));
                    b = null;
                    count = 0;
                }
            }
            if (b != null) docs.add(b.build(dates.get(r)));
        }
        return docs;
    }

    /** Rebuilds a document's text and gold spans token by token (IOB1 and IOB2 both read: B- or a type change starts an entity). */
    private static final class Builder {
        private final String id;
        private final StringBuilder text = new StringBuilder();
        private final List<Entity> gold = new ArrayList<>();
        private boolean space;
        private String curType;
        private int curStart, curEnd;
        private String curQid;

        Builder(String id) { this.id = id; }

        void token(String tok, String tag, String qid, boolean noSpaceAfter) {
            if (space && text.length() > 0) text.append(' ');
            int start = text.length();
            text.append(tok);
            int end = text.length();
            space = !noSpaceAfter;
            String type = type(tag);
            boolean begin = tag.startsWith("B-");
            if (type == null || begin || !type.equals(curType)) close();
            if (type != null) {
                if (curType == null) {
                    curType = type;
                    curStart = start;
                    curQid = qid;
                }
                curEnd = end;
            }
        }

        private void close() {
            if (curType != null) gold.add(new Entity(curType, curStart, curEnd, text.substring(curStart, curEnd), curQid));
            curType = null;
        }

        Doc build(String date) {
            close();
            return new Doc(id, date, text.toString(), gold);
        }
    }

    /** PER, LOC or ORG for HIPE's pers/loc/org and Europeana's PER/LOC/ORG; null for anything else. */
    static String type(String tag) {
        if (tag == null || tag.length() < 3 || tag.charAt(1) != '-') return null;
        String t = tag.substring(2).toLowerCase(Locale.ROOT);
        int dot = t.indexOf('.');
        if (dot > 0) t = t.substring(0, dot);
        return switch (t) {
            case "pers", "per" -> "PER";
            case "loc" -> "LOC";
            case "org" -> "ORG";
            default -> null;
        };
    }

    @Override public String kind() { return "ner-fr"; }

    @Override public Output output() { return Output.ENTITIES; }

    @Override public List<ObjectNode> articles() {
        List<ObjectNode> out = new ArrayList<>();
        for (Doc d : docs) out.add(Scoring.article(d.id, d.date, d.text, "fr"));
        return out;
    }

    @Override public Report score(Map<String, List<JsonNode>> preds, Set<String> scope) {
        Map<String, long[]> per = new LinkedHashMap<>();
        for (String t : List.of("PER", "LOC", "ORG")) per.put(t, new long[3]);
        long overlapTp = 0, overlapPred = 0, withQid = 0, linked = 0, linkedOk = 0;
        List<ObjectNode> errs = new ArrayList<>();
        for (Doc d : docs) {
            if (!scope.contains(d.id)) continue;
            List<JsonNode> ps = preds.getOrDefault(d.id, List.of());
            Set<String> predKeys = new HashSet<>();
            Map<String, JsonNode> byKey = new HashMap<>();
            for (JsonNode p : ps) {
                String k = p.path("type").asText() + ":" + p.path("start").asInt() + ":" + p.path("end").asInt();
                if (predKeys.add(k)) {
                    byKey.put(k, p);
                    long[] c = per.get(p.path("type").asText());
                    if (c != null) c[1]++;
                }
            }
            Set<Integer> usedOverlap = new HashSet<>();
            overlapPred += ps.size();
            for (Entity g : d.gold) {
                long[] c = per.get(g.type());
                c[2]++;
                String k = g.type() + ":" + g.start() + ":" + g.end();
                JsonNode hit = byKey.get(k);
                if (hit != null) c[0]++;
                else {
                    ObjectNode x = Scoring.error();
                    x.put("id", d.id).put("gold", g.type()).put("text", g.text()).put("start", g.start()).put("why", "span or type missed");
                    errs.add(x);
                }
                for (int j = 0; j < ps.size(); j++) {
                    JsonNode p = ps.get(j);
                    if (!usedOverlap.contains(j) && p.path("type").asText().equals(g.type()) && p.path("start").asInt() < g.end() && p.path("end").asInt() > g.start()) {
                        usedOverlap.add(j);
                        overlapTp++;
                        break;
                    }
                }
                if (g.qid() != null && g.qid().startsWith("Q")) {
                    withQid++;
                    String got = hit == null ? "" : Scoring.text(hit.path("wikidata"));
                    if (!got.isEmpty()) {
                        linked++;
                        if (got.equals(g.qid())) linkedOk++;
                    }
                }
            }
        }
        long tp = 0, pred = 0, gold = 0;
        List<Metric> m = new ArrayList<>();
        m.add(Metric.count("documents", docs.stream().filter(d -> scope.contains(d.id)).count()));
        for (var e : per.entrySet()) {
            long[] c = e.getValue();
            tp += c[0];
            pred += c[1];
            gold += c[2];
            m.add(Metric.number(e.getKey() + "_f1", f1(c[0], c[1], c[2])));
            m.add(Metric.ratio(e.getKey() + "_recall", c[0], c[2]));
        }
        m.add(1, Metric.count("gold_entities", gold));
        m.add(2, Metric.number("precision", pred > 0 ? tp / (double) pred : 0));
        m.add(3, Metric.number("recall", gold > 0 ? tp / (double) gold : 0));
        m.add(4, Metric.number("f1", f1(tp, pred, gold)));
        m.add(Metric.number("overlap_f1", f1(overlapTp, overlapPred, gold)));
        m.add(Metric.ratio("link_coverage", linked, withQid));
        m.add(Metric.ratio("link_accuracy", linkedOk, linked));
        return new Report(kind(), name, m, errs, List.of());
    }

    static double f1(long tp, long pred, long gold) {
        double p = pred > 0 ? tp / (double) pred : 0, r = gold > 0 ? tp / (double) gold : 0;
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
}
