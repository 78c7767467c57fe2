package org.herodotus.actors;

import java.util.Optional;
import org.herodotus.model.Sector;
import org.herodotus.model.Span;

/**
 * A stretch of text resolved to an actor. {@code head} is the index, in sentence {@code sentence}, of the token
 * that governs the mention; {@code organisation} is the body a person acts for (from the KB at the article's date,
 * or from a title in the text); {@code by} names the rule that resolved it (dictionary, acronym, agent+country,
 * agent+org, agent+loyalty, possessive, title, open).
 */
public record ActorMention(int sentence, Span span, String text, int head, Actor actor, Optional<Actor> organisation, String by,
                           Optional<Sector> role) {
    public ActorMention {
        if (sentence < 0 || head < 0 || span == null || text == null || actor == null || by == null)
            throw new IllegalArgumentException("incomplete actor mention");
        organisation = organisation == null ? Optional.empty() : organisation;
        role = role == null ? Optional.empty() : role;
    }

    public ActorMention(int sentence, Span span, String text, int head, Actor actor, Optional<Actor> organisation, String by) {
        this(sentence, span, text, head, actor, organisation, by, Optional.empty());
    }

    /**
     * The sector this mention acts in: the agent noun's ("ses troupes" of a government are MIL), else the person's
     * organisation's, else the actor's own.
     */
    public Optional<Sector> sector() {
        return role.or(() -> actor.kind() == ActorKind.PERSON ? collective().sector().or(actor::sector) : actor.sector());
    }

    /** The collective actor this mention stands for: the organisation of a person, else the actor itself. */
    public Actor collective() { return organisation.orElse(actor); }

    public ActorMention withOrganisation(Actor org, Span widened, String widenedText) {
        return new ActorMention(sentence, widened, widenedText, head, actor, Optional.of(org), by, role);
    }
}
