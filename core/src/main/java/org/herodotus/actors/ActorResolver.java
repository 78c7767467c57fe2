package org.herodotus.actors;

import org.herodotus.text.ParsedArticle;

/** Finds the actors a parsed article mentions. Implementations are stateless per call and thread-safe. */
public interface ActorResolver {
    ActorLinks resolve(ParsedArticle article);

    /**
     * Resolves again knowing the article's geocoded places: where they lie weighs in the article's focus country,
     * and a capital that acts ("Berlin rejected the calls") stands for its government.
     */
    default ActorLinks resolve(ParsedArticle article, org.herodotus.places.PlaceLinks places) { return resolve(article); }

    String version();
}
