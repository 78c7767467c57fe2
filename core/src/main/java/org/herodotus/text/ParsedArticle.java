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
}
