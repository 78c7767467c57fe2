package org.herodotus.read;

import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Lang;

/** Tells French from English by counting frequent function words; English when undecided. */
public final class LanguageDetector {
    private static final Set<String> FR = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "qui", "que",
            "pour", "sur", "au", "aux", "a", "ont", "été", "par", "avec", "selon", "ses", "son", "sa", "il", "elle", "ne", "pas");
    private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "by", "as",
            "were", "has", "have", "had", "said", "its", "their", "from", "at", "it", "he", "she", "not", "an");

    private LanguageDetector() {}

    public static Lang detect(String text) {
        int fr = 0, en = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            String x = w.startsWith("l'") || w.startsWith("d'") ? w.substring(2) : w;
            if (FR.contains(w) || (w.length() > 2 && (w.startsWith("l'") || w.startsWith("d'")))) fr++;
            if (EN.contains(x)) en++;
        }
        return fr > en ? Lang.FR : Lang.EN;
    }
}
