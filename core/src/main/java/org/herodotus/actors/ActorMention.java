package org.herodotus.actors;

import java.util.Optional;
import org.herodotus.model.Span;

/**
 * A stretch of text resolved to an actor. {@code head} is the index, in sentence {@code sentence}, of the token
 * that governs the mention; {@code organisation} is the body a person acts for (from the KB at the article's date,
 * or from a title in the text); {@code by} names the rule that resolved it (dictionary, acronym, agent+country,
 * agent+org, agent+loyalty, possessive, title, open).
 */
public record ActorMention(int sentence, Span span, String text, int head, Actor actor, Optional<Actor> organisation, String by) {
    public ActorMention {
        if (sentence < 0 || head < 0 || span == null || text == null || actor == null || by == null)
            throw new IllegalArgumentException("incomplete actor mention");
        organisation = organisation == null ? Optional.empty() : organisation;
    }

    /** The collective actor this mention stands for: the organisation of a person, else the actor itself. */
    public Actor collective() { return organisation.orElse(actor); }

    public ActorMention withOrganisation(Actor org, Span widened, String widenedText) {
        return new ActorMention(sentence, widened, widenedText, head, actor, Optional.of(org), by);
    }
}
