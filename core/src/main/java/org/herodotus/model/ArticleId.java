package org.herodotus.model;

/** The id of an article: given by its source (a JSONL id, a file name) or derived from its content. */
public record ArticleId(String value) {
    public ArticleId {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("empty article id");
    }

    @Override public String toString() { return value; }
}
