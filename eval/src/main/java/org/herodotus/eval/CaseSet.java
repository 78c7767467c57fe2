package org.herodotus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CASE-2021 task 2: English snippets labelled with ACLED sub-event types, plus non-conflict classes that must give
 * no ACLED-typed event. Metrics as score.py's {@code score_case}.
 */
public final class CaseSet extends ReadGoldSet {
    static final Map<String, String> TO_ACLED = Map.ofEntries(
            Map.entry("ABDUCT_DISSAP", "Abduction/forced disappearance"), Map.entry("AGREEMENT", "Agreement"),
            Map.entry("AIR_STRIKE", "Air/drone strike"), Map.entry("ARMED_CLASH", "Armed clash"), Map.entry("ARREST", "Arrests"),
            Map.entry("ART_MISS_ATTACK", "Shelling/artillery/missile attack"), Map.entry("ATTACK", "Attack"),
            Map.entry("CHANGE_TO_GROUP_ACT", "Change to group/activity"), Map.entry("CHEM_WEAP", "Chemical weapon"),
            Map.entry("DISR_WEAP", "Disrupted weapons use"), Map.entry("FORCE_AGAINST_PROTEST", "Excessive force against protesters"),
            Map.entry("GOV_REGAINS_TERIT", "Government regains territory"), Map.entry("GRENADE", "Grenade"),
            Map.entry("HQ_ESTABLISHED", "Headquarters or base established"), Map.entry("MOB_VIOL", "Mob violence"),
            Map.entry("NON_STATE_ACTOR_OVERTAKES_TER", "Non-state actor overtakes territory"),
            Map.entry("NON_VIOL_TERRIT_TRANSFER", "Non-violent transfer of territory"), Map.entry("OTHER", "Other"),
            Map.entry("PEACE_PROTEST", "Peaceful protest"), Map.entry("PROPERTY_DISTRUCT", "Looting/property destruction"),
            Map.entry("PROTEST_WITH_INTER", "Protest with intervention"), Map.entry("REM_EXPLOS", "Remote explosive/landmine/IED"),
            Map.entry("SEX_VIOL", "Sexual violence"), Map.entry("SUIC_BOMB", "Suicide bomb"), Map.entry("VIOL_DEMONSTR", "Violent demonstration"));
    static final String NONE = "NONE";

    private record Row(String id, String text, String label) {}

    private final List<Row> rows;

    private CaseSet(String name, List<Row> rows, List<String> problems) {
        super(name, problems);
        this.rows = rows;
    }

    /** Reads the TSV as Python's csv module with QUOTE_NONE does: tab-split lines, header skipped, rows of 3+ fields. */
    public static CaseSet read(Path tsv) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length >= 3) rows.add(new Row(f[0], f[1], f[2].strip()));
            else if (!lines.get(i).isBlank()) problems.add(tsv.getFileName() + ":" + (i + 1) + ": expected id<TAB>snippet<TAB>label, skipped");
        }
        return new CaseSet(tsv.getFileName().toString(), rows, problems);
    }

    @Override public String kind() { return "case"; }

    @Override public Output output() { return Output.EVENTS; }

    @Override public List<ObjectNode> articles() {
        List<ObjectNode> out = new ArrayList<>();
        for (Row r : rows) out.add(Scoring.article("case-" + r.id, null, r.text, "en"));
        return out;
    }

    @Override public Report score(Map<String, List<JsonNode>> preds, Set<String> scope) {
        List<String> gold = new ArrayList<>(), got = new ArrayList<>();
        List<ObjectNode> errs = new ArrayList<>();
        for (Row r : rows) {
            if (!scope.contains("case-" + r.id)) continue;
            String g = TO_ACLED.getOrDefault(r.label, NONE);
            String s = Scoring.primary(preds.getOrDefault("case-" + r.id, List.of()))
                    .map(p -> Scoring.text(p.path("acled").path("sub_event_type"))).filter(x -> !x.isEmpty()).orElse(NONE);
            gold.add(g);
            got.add(s);
            if (!g.equals(s)) {
                ObjectNode x = Scoring.error();
                x.put("id", r.id).put("gold", g).put("got", s).put("text", r.text);
                errs.add(x);
            }
        }
        long ok = 0, none = 0, rejected = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).equals(got.get(i))) ok++;
            if (gold.get(i).equals(NONE)) {
                none++;
                if (got.get(i).equals(NONE)) rejected++;
            }
        }
        return new Report(kind(), name, List.of(Metric.count("snippets", gold.size()), Metric.ratio("accuracy", ok, gold.size()),
                Metric.number("macro_f1", Scoring.macroF1(gold, got, false)), Metric.number("weighted_f1", Scoring.macroF1(gold, got, true)),
                Metric.ratio("non_conflict_rejected", rejected, none)), errs, List.of());
    }
}
