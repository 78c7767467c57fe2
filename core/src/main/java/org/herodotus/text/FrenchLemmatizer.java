package org.herodotus.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normalises French verbs to their infinitive and nouns/adjectives to their singular, since CoreNLP ships no
 * French lemmatizer. Irregular forms come from a data file ("pris" → prendre); regular first- and second-group
 * endings are stripped ("emparée" → emparer, "envahissent" → envahir) and the common third-group ones mapped
 * ("suspendu" → suspendre, "remis" → remettre), preferring an infinitive the caller knows.
 * Immutable and thread-safe.
 */
public final class FrenchLemmatizer {
    private static final String[] ER_ENDINGS = {"erions", "eriez", "eraient", "erait", "erais", "erons", "eront", "erez",
            "erai", "eras", "era", "èrent", "asses", "assent", "assions", "aient", "ions", "iez", "ait", "ais", "ant", "âmes",
            "âtes", "ât", "ées", "ée", "és", "é", "ent", "ons", "ez", "er", "es", "e", "as", "ai", "a"};
    private static final String[] IR_ENDINGS = {"issions", "issiez", "issaient", "issait", "issais", "issant", "issent",
            "issons", "issez", "iront", "irait", "iraient", "ira", "irent", "ies", "ie", "is", "it", "ir", "i"};

    /** Third-group endings and the infinitive ending they come from: suspendu → suspendre, remis → remettre, détruit → détruire. */
    private static final String[][] RE_ENDINGS = {{"endus", "endre"}, {"endues", "endre"}, {"endue", "endre"}, {"endu", "endre"},
            {"ondus", "ondre"}, {"ondue", "ondre"}, {"ondu", "ondre"}, {"erdus", "erdre"}, {"erdu", "erdre"}, {"mises", "mettre"},
            {"mise", "mettre"}, {"mis", "mettre"}, {"mettent", "mettre"}, {"mettra", "mettre"}, {"mettront", "mettre"},
            {"mettait", "mettre"}, {"mettant", "mettre"}, {"met", "mettre"}, {"ndraient", "ndre"}, {"ndrait", "ndre"},
            {"ndront", "ndre"}, {"ndra", "ndre"}, {"ndaient", "ndre"}, {"ndait", "ndre"}, {"ndent", "ndre"}, {"ndant", "ndre"},
            {"nd", "ndre"}, {"uites", "uire"}, {"uits", "uire"}, {"uite", "uire"}, {"uit", "uire"}, {"uisent", "uire"}};

    private final Map<String, String> irregular;
    private final Set<String> known;

    public FrenchLemmatizer(Map<String, String> irregular, Set<String> knownInfinitives) {
        this.irregular = Map.copyOf(irregular);
        Set<String> k = new HashSet<>(knownInfinitives);
        k.addAll(this.irregular.values());
        this.known = Set.copyOf(k);
    }

    /** Loads the irregular-forms table ({@code form<TAB>infinitive}, '#' comments) from the classpath. */
    public static FrenchLemmatizer load(Set<String> knownInfinitives) {
        String res = "/herodotus/lexicon/fr-verb-forms.tsv";
        Map<String, String> m = new HashMap<>();
        try (InputStream in = FrenchLemmatizer.class.getResourceAsStream(res)) {
            if (in == null) throw new IllegalStateException(res + ": missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 2) throw new IllegalStateException(res + ":" + n + ": expected form<TAB>infinitive");
                for (String form : f[0].split(",")) m.put(form.trim().toLowerCase(Locale.ROOT), f[1].trim());
            }
        } catch (IOException e) {
            throw new IllegalStateException(res + ": " + e.getMessage(), e);
        }
        return new FrenchLemmatizer(m, knownInfinitives);
    }

    public String lemma(String word, String upos) {
        String w = Normalizer.asciiApostrophes(word).toLowerCase(Locale.ROOT);
        if (w.endsWith("'") && w.length() > 1) w = w.substring(0, w.length() - 1);
        if ("VERB".equals(upos) || "AUX".equals(upos)) return verb(w);
        if ("NOUN".equals(upos) || "ADJ".equals(upos)) return singular(w);
        String irr = irregular.get(w);
        return irr != null && "X".equals(upos) ? irr : w;
    }

    /** The infinitive of a verb form, or the form itself when no rule applies. */
    public String verb(String w) {
        String irr = irregular.get(w);
        if (irr != null) return irr;
        if (known.contains(w)) return w;
        List<String> cands = new ArrayList<>();
        for (String[] e : RE_ENDINGS) {
            if (w.endsWith(e[0]) && w.length() > e[0].length() + 1) cands.add(w.substring(0, w.length() - e[0].length()) + e[1]);
        }
        for (String e : ER_ENDINGS) {
            if (w.endsWith(e) && w.length() > e.length() + 1) {
                String stem = w.substring(0, w.length() - e.length());
                cands.add(stem + "er");
                cands.add(unchangeStem(stem) + "er");
            }
        }
        for (String e : IR_ENDINGS) {
            if (w.endsWith(e) && w.length() > e.length() + 1) cands.add(w.substring(0, w.length() - e.length()) + "ir");
        }
        for (String c : cands) if (known.contains(c)) return c;
        return cands.isEmpty() ? w : cands.get(0);
    }

    /** Undoes the spelling changes of first-group stems: enlève → enlev, appell → appel, lanç → lanc, mange → mang. */
    private static String unchangeStem(String stem) {
        String s = stem;
        int i = s.lastIndexOf('è');
        if (i >= 0 && i >= s.length() - 3) s = s.substring(0, i) + "e" + s.substring(i + 1);
        if (s.endsWith("ll") || s.endsWith("tt")) s = s.substring(0, s.length() - 1);
        if (s.endsWith("ç")) s = s.substring(0, s.length() - 1) + "c";
        if (s.endsWith("ge")) s = s.substring(0, s.length() - 1);
        if (s.endsWith("i") && s.length() > 2 && "aeou".indexOf(s.charAt(s.length() - 2)) >= 0) s = s.substring(0, s.length() - 1) + "y";
        return s;
    }

    /** Singular of a noun or adjective: frappes → frappe, généraux → général, libyennes → libyenne. */
    public static String singular(String w) {
        if (w.length() <= 3) return w;
        if (w.endsWith("aux") && w.length() > 4) return w.substring(0, w.length() - 3) + "al";
        if (w.endsWith("eux") || w.endsWith("oux")) return w.length() > 4 && w.endsWith("eux") ? w : w.substring(0, w.length() - 1);
        if (w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }
}
