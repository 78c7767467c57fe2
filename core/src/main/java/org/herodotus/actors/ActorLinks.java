package org.herodotus.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herodotus.model.CountryCode;

/** The actor mentions of one article, with the article's focus country and per-rule counters. */
public record ActorLinks(List<ActorMention> mentions, Optional<CountryCode> focusCountry, Map<String, Integer> counters) {
    public ActorLinks {
        mentions = List.copyOf(mentions);
        counters = Collections.unmodifiableMap(new LinkedHashMap<>(counters));
    }

    /** The mention whose head is this token, or else whose span covers it. */
    public Optional<ActorMention> at(int sentence, int token, org.herodotus.text.Sentence s) {
        ActorMention covering = null;
        for (ActorMention m : mentions) {
            if (m.sentence() != sentence) continue;
            if (m.head() == token) return Optional.of(m);
            if (covering == null && m.span().contains(s.token(token).span())) covering = m;
        }
        return Optional.ofNullable(covering);
    }

    public List<ActorMention> inSentence(int sentence) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) if (m.sentence() == sentence) out.add(m);
        return out;
    }
}
