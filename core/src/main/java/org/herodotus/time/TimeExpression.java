package org.herodotus.time;

import org.herodotus.model.PartialDate;
import org.herodotus.model.Span;

/** A date expression of the text resolved against the article date: its span, what it says, and the rule ({@code kind}). */
public record TimeExpression(int sentence, Span span, String text, PartialDate date, String kind) {
    public TimeExpression {
        if (sentence < 0 || span == null || text == null || date == null || kind == null) throw new IllegalArgumentException("incomplete time expression");
    }
}
