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
                    List<Count> size, Evidence evidence, double confidence, Coder coder) {
    public Event {
        if (id == null || article == null || type == null || realis == null || date == null || evidence == null || coder == null)
            throw new IllegalArgumentException("incomplete event");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence " + confidence);
        context = List.copyOf(context);
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        size = List.copyOf(size);
    }

    public Event withActors(List<ActorMention> sources) {
        return new Event(id, article, type, mode, context, realis, realisBy, date, dateEvidence, sources, recipients, location, cameo, acled, size,
                evidence, confidence, coder);
    }

    public Event withAcled(Optional<Acled> a) {
        return new Event(id, article, type, mode, context, realis, realisBy, date, dateEvidence, actors, recipients, location, cameo, a, size, evidence,
                confidence, coder);
    }

    /** The same evidence recoded: another PLOVER type, mode and CAMEO code (a crowd's violence found to be a riot). */
    public Event withType(PloverType t, Optional<String> m, String cameoCode) {
        return new Event(id, article, t, m, context, realis, realisBy, date, dateEvidence, actors, recipients, location, cameoCode, acled, size,
                evidence, confidence, coder);
    }

    public Event withSize(List<Count> counts) {
        return new Event(id, article, type, mode, context, realis, realisBy, date, dateEvidence, actors, recipients, location, cameo, acled, counts,
                evidence, confidence, coder);
    }

    public Event withConfidence(double c) {
        return new Event(id, article, type, mode, context, realis, realisBy, date, dateEvidence, actors, recipients, location, cameo, acled, size,
                evidence, Math.max(0.05, Math.min(0.95, Math.round(c * 100) / 100.0)), coder);
    }

    /** The stated number of one kind (the sum of its statements), if any. */
    public Optional<Integer> count(Count.Kind kind) {
        return size.stream().filter(c -> c.kind() == kind).map(Count::value).reduce(Integer::sum);
    }

    /** ACLED's own event_type and sub_event_type strings, and the rule that chose them. */
    public record Acled(String eventType, String subEventType, String by) {
        public Acled {
            if (eventType == null || eventType.isBlank() || subEventType == null || subEventType.isBlank() || by == null)
                throw new IllegalArgumentException("ACLED type and sub-type required");
        }

        public Acled(String eventType, String subEventType) { this(eventType, subEventType, "lexicon"); }
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
