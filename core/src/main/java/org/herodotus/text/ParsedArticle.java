package org.herodotus.text;

import java.util.List;
import org.herodotus.model.Article;
import org.herodotus.model.Lang;

/** An article with the parse of its text; every span in it indexes {@code article.text()}. */
public record ParsedArticle(Article article, Lang lang, List<Sentence> sentences) {
    public ParsedArticle {
        if (article == null || lang == null) throw new IllegalArgumentException("parsed article needs article and language");
        sentences = List.copyOf(sentences);
        for (int i = 0; i < sentences.size(); i++)
            if (sentences.get(i).index() != i) throw new IllegalArgumentException("sentence " + i + " has index " + sentences.get(i).index());
    }

    public String text() { return article.text(); }

    /** The paragraph number of each sentence: a blank line between two sentences starts a new paragraph. */
    public int[] paragraphs() {
        int[] out = new int[sentences.size()];
        for (int i = 1; i < sentences.size(); i++) {
            String gap = text().substring(sentences.get(i - 1).span().end(), sentences.get(i).span().start());
            out[i] = out[i - 1] + (gap.contains("\n\n") || gap.contains("\n\r\n") ? 1 : 0);
        }
        return out;
    }
}
