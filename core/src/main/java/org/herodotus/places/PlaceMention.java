package org.herodotus.places;

import org.herodotus.model.Span;

/**
 * A toponym in the text resolved to a gazetteer place. {@code head} is its governing token in sentence
 * {@code sentence}; {@code by} names the disambiguation pass that chose the place; {@code candidates} is how many
 * places bore the name.
 */
public record PlaceMention(int sentence, Span span, String text, int head, Place place, String by, int candidates) {
    public PlaceMention {
        if (sentence < 0 || head < 0 || span == null || text == null || place == null || by == null)
            throw new IllegalArgumentException("incomplete place mention");
    }
}
