package org.herodotus.read;

import org.herodotus.model.Article;

/** What reading one input unit (a file, a JSON line) gave: an article, or a problem naming the input and why. */
public sealed interface ReadResult {
    String origin();

    record Ok(Article article) implements ReadResult {
        public String origin() { return article.origin(); }
    }

    record Problem(String origin, String message) implements ReadResult {
        public Problem {
            if (origin == null || message == null) throw new IllegalArgumentException("problem needs origin and message");
        }

        @Override public String toString() { return origin + ": " + message; }
    }
}
