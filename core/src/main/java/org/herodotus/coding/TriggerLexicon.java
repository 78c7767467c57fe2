package org.herodotus.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herodotus.data.DataFile;
import org.herodotus.model.Lang;
import org.herodotus.model.PloverType;

/** The trigger lemmas of one language, loaded from {@code /herodotus/lexicon/triggers.LANG.tsv}. Immutable. */
public final class TriggerLexicon {
    private final Lang lang;
    private final String version;
    private final Map<String, List<TriggerEntry>> byLemma = new HashMap<>();
    private final Map<String, Set<String>> sets = new HashMap<>();

    private TriggerLexicon(Lang lang, String version) {
        this.lang = lang;
        this.version = version;
    }

    public static TriggerLexicon load(Lang lang) {
        DataFile f = DataFile.resource("/herodotus/lexicon/triggers." + lang.code() + ".tsv", false);
        TriggerLexicon lex = new TriggerLexicon(lang, f.version());
        Map<String, List<String>> sets = new HashMap<>();
        for (DataFile.Row r : f.rows()) {
            String first = r.get(0);
            if (first.startsWith("@")) {
                String[] kv = String.join("\t", r.fields()).split("=", 2);
                if (kv.length != 2) throw r.error("set definition needs '@name = a,b'");
                sets.put(kv[0].trim(), split(kv[1]));
                lex.sets.put(kv[0].trim(), Set.copyOf(split(kv[1])));
                continue;
            }
            if (r.fields().size() != 8) throw r.error("expected 8 tab-separated fields, found " + r.fields().size());
            PloverType type = PloverType.parse(r.get(2)).orElseThrow(() -> r.error("unknown PLOVER type '" + r.get(2) + "'"));
            List<TriggerEntry.Condition> conds = new ArrayList<>();
            if (!r.get(7).equals("-")) {
                for (String c : r.get(7).split(";")) {
                    String[] kv = c.split("=", 2);
                    if (kv.length != 2) throw r.error("condition '" + c + "' needs name=values");
                    boolean negated = kv[0].trim().startsWith("!");
                    TriggerEntry.Condition.Kind kind;
                    try {
                        kind = TriggerEntry.Condition.Kind.valueOf(kv[0].trim().replace("!", "").toUpperCase(java.util.Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw r.error("unknown condition '" + kv[0] + "'");
                    }
                    List<String> vals = new ArrayList<>();
                    for (String v : split(kv[1])) {
                        if (v.startsWith("@")) {
                            List<String> s = sets.get(v);
                            if (s == null) throw r.error("unknown set " + v + " (define it above its first use)");
                            vals.addAll(s);
                        } else vals.add(v);
                    }
                    conds.add(new TriggerEntry.Condition(kind, vals, negated));
                }
            }
            try {
                TriggerEntry e = new TriggerEntry(r.get(0), r.get(1), type, dash(r.get(3)), r.get(4), dash(r.get(5)), dash(r.get(6)), conds,
                        r.file() + ":" + r.line());
                lex.byLemma.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
        return lex;
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String v : s.split(",")) if (!v.isBlank()) out.add(v.trim());
        return out;
    }

    private static Optional<String> dash(String s) { return s.equals("-") ? Optional.empty() : Optional.of(s); }

    public List<TriggerEntry> entries(String lemma) { return byLemma.getOrDefault(lemma, List.of()); }

    /** Every verb lemma the lexicon names, for the French verb normaliser to prefer. */
    public Set<String> verbLemmas() {
        Set<String> out = new HashSet<>();
        byLemma.forEach((k, v) -> { if (v.stream().anyMatch(e -> !e.pos().equals("NOUN"))) out.add(k); });
        return out;
    }

    /**
     * A named word set of the file ("@armed"), for the coding passes that read one; empty when the file defines none,
     * so a language without the set simply never fires the pass.
     */
    public Set<String> set(String name) { return sets.getOrDefault(name, Set.of()); }

    /** Whether a token's lemma or lower-cased form is in the named set. */
    public boolean inSet(String name, org.herodotus.text.Token t) {
        Set<String> words = set(name);
        return words.contains(t.lemma()) || words.contains(t.lower());
    }

    /** Whether some token of the sentence is in the named set. */
    public boolean mentions(org.herodotus.text.Sentence s, String name) {
        for (org.herodotus.text.Token t : s.tokens()) if (inSet(name, t)) return true;
        return false;
    }

    public Lang lang() { return lang; }

    public String version() { return version; }

    public int size() { return byLemma.values().stream().mapToInt(List::size).sum(); }
}
