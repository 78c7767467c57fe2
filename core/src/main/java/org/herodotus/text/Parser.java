package org.herodotus.text;

import org.herodotus.model.Article;
import org.herodotus.model.Lang;

/**
 * Turns an article into sentences, tokens, POS, NER and UD dependencies. Implementations hold heavy models:
 * build one per process and share it; {@link #parse} must be safe to call from several threads.
 */
public interface Parser {
    ParsedArticle parse(Article article, Lang lang);

    /** A short name and version for the coder record, e.g. "corenlp-4.5.10". */
    String name();
}
