package org.herodotus.testing;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Article;
import org.herodotus.model.Lang;
import org.herodotus.model.PartialDate;
import org.herodotus.model.Span;
import org.herodotus.text.ParsedArticle;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;

/**
 * Hand-built parses for tests, written like CoNLL-U: one token a line, {@code ID FORM LEMMA UPOS HEAD DEPREL [NER]}
 * ("_" lemma = the lower-cased form, HEAD 0 = root), sentences separated by a blank line. Offsets are found by
 * looking each form up in the text from where the previous one ended.
 */
public final class Parses {
    private Parses() {}

    public static ParsedArticle parse(String id, String date, Lang lang, String text, String conll) {
        Article a = Article.of(id, PartialDate.parse(date).orElseThrow(), lang, text);
        List<Sentence> sentences = new ArrayList<>();
        int cursor = 0;
        for (String block : conll.strip().split("\\n\\s*\\n")) {
            List<Token> tokens = new ArrayList<>();
            for (String line : block.strip().split("\\n")) {
                String[] f = line.strip().split("\\s+");
                if (f.length < 6) throw new IllegalArgumentException("fixture line needs ID FORM LEMMA UPOS HEAD DEPREL: " + line);
                int at = text.indexOf(f[1], cursor);
                if (at < 0) throw new IllegalArgumentException("fixture form '" + f[1] + "' not found in text after offset " + cursor);
                cursor = at + f[1].length();
                int idx = Integer.parseInt(f[0]) - 1;
                int head = Integer.parseInt(f[4]) - 1;
                tokens.add(new Token(idx, f[1], new Span(at, cursor), f[3], f[2].equals("_") ? null : f[2], f.length > 6 ? f[6] : "O", head, f[5]));
            }
            Span sp = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
            sentences.add(new Sentence(sentences.size(), sp, tokens));
        }
        return new ParsedArticle(a, lang, sentences);
    }
}
