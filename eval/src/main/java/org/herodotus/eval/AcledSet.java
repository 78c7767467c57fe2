package org.herodotus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * ACLED exports with free-text notes, in any of the four schemas of shared/eval/acled (their columns and date
 * formats differ). One article per distinct note, since ACLED splits a multi-place event into rows; metrics as
 * score.py's {@code score_acled}, every rate over all gold articles.
 */
public final class AcledSet extends ReadGoldSet {
    private static final Map<String, String> INTER_CLASS = Map.of("1", "state", "2", "armed", "3", "armed", "4", "armed", "5", "crowd",
            "6", "crowd", "7", "civilians", "8", "external");
    private static final Map<String, Set<String>> SECTOR_CLASS = Map.of(
            "state", Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", "PRE"),
            "armed", Set.of("REB", "UAF", "PRM", "CRM", "INS", "MIL"),
            "crowd", Set.of("OPP", "CVL", "LAB", "EDU", "SOC", "REL", "PTY", "AGR", "BUS", "JRN", "MED", "REF"),
            "civilians", Set.of("CVL", "REF", "JRN", "MED", "EDU", "REL", "BUS", "AGR", "LAB", "SOC"),
            "external", Set.of("IGO", "NGO", "MIL", "GOV", "UAF"));
    private static final List<DateTimeFormatter> DATES = List.of(
            f("yyyy-M-d"), yy("d-MMM-"), yy("d-M-"), f("d MMMM yyyy"), f("d-MMMM-yyyy"), f("d/M/yyyy"), f("M/d/yyyy"), f("d-MMM-yyyy"));

    private final Map<String, List<Map<String, String>>> groups;

    private AcledSet(String name, Map<String, List<Map<String, String>>> groups, List<String> problems) {
        super(name, problems);
        this.groups = groups;
    }

    private static DateTimeFormatter f(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }

    /** Python's %y: 69–99 are 1969–1999, 00–68 are 2000–2068. */
    private static DateTimeFormatter yy(String prefix) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(prefix)
                .appendValueReduced(ChronoField.YEAR, 2, 2, 1969).toFormatter(Locale.ENGLISH);
    }

    /** score.py {@code acled_date}: the first of its formats that parses. */
    static Optional<LocalDate> date(String s) {
        String t = s == null ? "" : s.strip();
        for (DateTimeFormatter d : DATES) {
            try {
                return Optional.of(LocalDate.parse(t, d));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    public static AcledSet read(Path csv) throws IOException {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (Reader r = new java.io.InputStreamReader(Files.newInputStream(csv), dec);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get().parse(r)) {
            List<String> header = p.getHeaderNames();
            for (CSVRecord rec : p) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < rec.size() ? rec.get(i) : null);
                String note = row.getOrDefault("notes", "");
                if (note == null || note.strip().isEmpty()) continue;
                String where = csv.getFileName() + ":" + rec.getRecordNumber() + ": ";
                if (date(row.get("event_date")).isEmpty()) problems.add(where + "unreadable event_date '" + row.get("event_date") + "' (no date scored)");
                if (Scoring.num(row.get("latitude")).isEmpty() || Scoring.num(row.get("longitude")).isEmpty())
                    problems.add(where + "no numeric latitude/longitude (no distance scored for this row)");
                groups.computeIfAbsent(note.strip(), k -> new ArrayList<>()).add(row);
            }
        }
        return new AcledSet(csv.getFileName().toString(), groups, problems);
    }

    @Override public String kind() { return "acled"; }

    @Override public Output output() { return Output.EVENTS; }

    static String articleId(List<Map<String, String>> rows, String note) {
        Map<String, String> r = rows.get(0);
        for (String k : List.of("data_id", "event_id_cnty", "id")) {
            String v = r.get(k);
            if (v != null && !v.isEmpty()) return v;
        }
        return Integer.toString(Math.abs(note.hashCode()));
    }

    @Override public List<ObjectNode> articles() {
        List<ObjectNode> out = new ArrayList<>();
        for (var e : groups.entrySet()) {
            Optional<LocalDate> d = date(e.getValue().get(0).get("event_date"));
            out.add(Scoring.article(articleId(e.getValue(), e.getKey()), d.map(x -> String.format(Locale.ROOT, "%04d-%02d", x.getYear(), x.getMonthValue())).orElse(null),
                    e.getKey(), "en"));
        }
        return out;
    }

    /** The gold rows of each article (a note coded as several events has several rows), by article id. */
    public Map<String, List<Map<String, String>>> rowsByArticle() {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        for (var e : groups.entrySet()) out.put(articleId(e.getValue(), e.getKey()), e.getValue());
        return out;
    }

    private static String get(Map<String, String> row, String k) {
        String v = row.get(k);
        return v == null ? "" : v.strip();
    }

    @Override public Report score(Map<String, List<JsonNode>> preds, Set<String> scope) {
        long articles = 0, found = 0, typeN = 0, typeOk = 0, subN = 0, subOk = 0, dateN = 0, dateOk = 0, locN = 0, loc25 = 0, loc161 = 0,
                countryN = 0, countryOk = 0, actorN = 0, actorOk = 0, actorCountryN = 0, actorCountryOk = 0;
        List<ObjectNode> errs = new ArrayList<>();
        Calibration calibration = new Calibration();
        for (var e : groups.entrySet()) {
            String note = e.getKey();
            List<Map<String, String>> rows = e.getValue();
            Map<String, String> g = rows.get(0);
            String aid = articleId(rows, note);
            if (!scope.contains(aid)) continue;
            articles++;
            Optional<JsonNode> pp = Scoring.primary(preds.getOrDefault(aid, List.of()));
            if (pp.isEmpty()) {
                ObjectNode x = Scoring.error();
                x.put("id", aid).put("why", "no actual event").put("note", note);
                errs.add(x);
            } else {
                found++;
            }
            JsonNode p = pp.orElse(Scoring.JSON.createObjectNode());
            JsonNode acled = p.path("acled");
            String gtype = get(g, "event_type"), gsub = get(g, "sub_event_type");
            boolean modern = g.containsKey("sub_event_type") && !gsub.isEmpty();
            if (modern && pp.isPresent()) calibration.add(p.path("confidence").asDouble(0), Scoring.text(acled.path("event_type")).equals(gtype));
            if (modern) {
                typeN++;
                typeOk += Scoring.text(acled.path("event_type")).equals(gtype) && !acled.path("event_type").isMissingNode() ? 1 : 0;
                subN++;
                subOk += Scoring.text(acled.path("sub_event_type")).equals(gsub) && !acled.path("sub_event_type").isMissingNode() ? 1 : 0;
            }
            Optional<LocalDate> gd = date(g.get("event_date"));
            if (gd.isPresent()) {
                dateN++;
                dateOk += Scoring.text(p.path("date")).equals(gd.get().toString()) ? 1 : 0;
            }
            JsonNode loc = p.path("location");
            Optional<Double> plat = Scoring.num(loc.path("lat")), plon = Scoring.num(loc.path("lon"));
            List<Double> dists = new ArrayList<>();
            if (plat.isPresent() && plon.isPresent())
                for (Map<String, String> r : rows) {
                    Optional<Double> la = Scoring.num(r.get("latitude")), lo = Scoring.num(r.get("longitude"));
                    if (la.isPresent() && lo.isPresent()) dists.add(Scoring.km(plat.get(), plon.get(), la.get(), lo.get()));
                }
            locN++;
            double min = dists.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            if (!dists.isEmpty()) {
                loc25 += min <= 25 ? 1 : 0;
                loc161 += min <= 161 ? 1 : 0;
            }
            String iso3 = get(g, "iso3").toUpperCase(Locale.ROOT);
            if (!iso3.isEmpty()) {
                countryN++;
                countryOk += Scoring.text(loc.path("country")).toUpperCase(Locale.ROOT).equals(iso3) ? 1 : 0;
            }
            String inter1 = get(g, "inter1");
            JsonNode first = p.path("actor").isArray() && p.path("actor").size() > 0 ? p.path("actor").get(0) : Scoring.JSON.createObjectNode();
            if (INTER_CLASS.containsKey(inter1)) {
                actorN++;
                String cls = INTER_CLASS.get(inter1);
                actorOk += SECTOR_CLASS.get(cls).contains(Scoring.text(first.path("sector")).toUpperCase(Locale.ROOT)) ? 1 : 0;
                if (!iso3.isEmpty() && !cls.equals("external")) {
                    actorCountryN++;
                    actorCountryOk += Scoring.text(first.path("country")).toUpperCase(Locale.ROOT).equals(iso3) ? 1 : 0;
                }
            }
            if (pp.isEmpty()) continue;
            List<String> wrong = new ArrayList<>();
            if (modern && !Scoring.text(acled.path("sub_event_type")).equals(gsub)) wrong.add("sub " + Scoring.text(acled.path("sub_event_type")) + " != " + gsub);
            if (!dists.isEmpty() && min > 25) wrong.add(String.format(Locale.ROOT, "place %.0f km off", min));
            if (!wrong.isEmpty()) {
                ObjectNode x = Scoring.error();
                x.put("id", aid).put("why", String.join("; ", wrong)).put("note", note);
                x.put("gold_type", gtype).put("gold_sub", gsub).put("gold_location", get(g, "location")).put("gold_actor1", get(g, "actor1"));
                x.set("event", p);
                errs.add(x);
            }
        }
        List<Metric> m = new ArrayList<>(List.of(Metric.count("articles", articles), Metric.ratio("event_found", found, articles),
                Metric.ratio("acled_type", typeOk, typeN), Metric.ratio("acled_sub_type", subOk, subN), Metric.ratio("date_exact", dateOk, dateN),
                Metric.ratio("place_within_25km", loc25, locN), Metric.ratio("place_within_161km", loc161, locN),
                Metric.ratio("place_country", countryOk, countryN), Metric.ratio("actor1_role", actorOk, actorN),
                Metric.ratio("actor1_country", actorCountryOk, actorCountryN),
                Metric.note("(every rate is over all gold articles: a missed event counts as wrong)")));
        m.addAll(calibration.metrics("acled_type"));
        return new Report(kind(), name, m, errs, List.of());
    }
}
