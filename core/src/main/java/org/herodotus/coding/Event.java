package org.herodotus.coding;

import java.util.List;
import java.util.Optional;
import org.herodotus.actors.ActorMention;
import org.herodotus.model.ArticleId;
import org.herodotus.model.PartialDate;
import org.herodotus.model.PloverType;
import org.herodotus.model.Realis;
import org.herodotus.model.Span;
import org.herodotus.places.PlaceMention;
import org.herodotus.time.TimeExpression;

/**
 * A coded event with everything that justifies it: the trigger and sentence it came from, the rule that fired,
 * the date expression and realis rule, the resolved actors and place.
 */
public record Event(String id, ArticleId article, PloverType type, Optional<String> mode, List<String> context, Realis realis,
                    String realisBy, PartialDate date, Optional<TimeExpression> dateEvidence, List<ActorMention> actors,
                    List<ActorMention> recipients, Optional<Location> location, String cameo, Optional<Acled> acled,
                    Evidence evidence, double confidence, Coder coder) {
    public Event {
        if (id == null || article == null || type == null || realis == null || date == null || evidence == null || coder == null)
            throw new IllegalArgumentException("incomplete event");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence " + confidence);
        context = List.copyOf(context);
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
    }

    /** ACLED's own event_type and sub_event_type strings. */
    public record Acled(String eventType, String subEventType) {
        public Acled {
            if (eventType == null || eventType.isBlank() || subEventType == null || subEventType.isBlank())
                throw new IllegalArgumentException("ACLED type and sub-type required");
        }
    }

    /** Where the event happened: a place mention, ACLED precision (1 exact, 2 near/part, 3 region), and how it was chosen. */
    public record Location(PlaceMention mention, int precision, String by) {
        public Location {
            if (mention == null || precision < 1 || precision > 3) throw new IllegalArgumentException("location precision " + precision);
        }
    }

    /** The text behind the event: sentence index, sentence span and quote, trigger span and the lexicon line that fired. */
    public record Evidence(int sentence, Span span, String quote, Span trigger, String triggerText, String rule) {
        public Evidence {
            if (sentence < 0 || span == null || quote == null || trigger == null || !span.contains(trigger))
                throw new IllegalArgumentException("evidence must hold its trigger");
        }
    }

    /** The coder and dictionary versions that produced the event. */
    public record Coder(String version, String dictionaries) {}
}
