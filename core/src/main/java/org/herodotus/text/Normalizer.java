package org.herodotus.text;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names for dictionary and gazetteer look-up: lower case, no accents, one kind of apostrophe and space. */
public final class Normalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0_]+");

    private Normalizer() {}

    /** {@code "L’Armée  nationale"} gives {@code "l'armee nationale"}; hyphens become spaces. */
    public static String fold(String s) {
        String t = java.text.Normalizer.normalize(s, Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').replace('\u02BC', '\'')
                .replace('-', ' ').replace('\u2010', ' ').replace('\u2011', ' ').replace('\u2013', ' ').replace('.', ' ');
        t = SPACES.matcher(t).replaceAll(" ").trim();
        return t.toLowerCase(Locale.ROOT);
    }

    /** Replaces typographic apostrophes by ASCII ones, keeping the length so that offsets stay valid. */
    public static String asciiApostrophes(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }
}
