package org.herodotus.actors;

import org.herodotus.text.ParsedArticle;

/** Finds the actors a parsed article mentions. Implementations are stateless per call and thread-safe. */
public interface ActorResolver {
    ActorLinks resolve(ParsedArticle article);

    String version();
}
