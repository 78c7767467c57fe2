package org.herodotus.pipeline;

import java.util.List;
import org.herodotus.actors.ActorLinks;
import org.herodotus.coding.Event;
import org.herodotus.places.PlaceLinks;
import org.herodotus.places.PlaceMention;
import org.herodotus.text.ParsedArticle;
import org.herodotus.time.TimeExpression;

/** Everything the per-article pipeline found in one article. */
public record Extraction(ParsedArticle parsed, ActorLinks actors, PlaceLinks places, List<TimeExpression> times, List<Event> events) {
    public Extraction {
        times = List.copyOf(times);
        events = List.copyOf(events);
    }

    /** Whether this toponym mention is the location of one of the events (rather than a place merely mentioned). */
    public boolean isEventPlace(PlaceMention m) {
        for (Event e : events)
            if (e.location().isPresent() && e.location().get().mention().span().equals(m.span()) && e.location().get().mention().place().equals(m.place()))
                return true;
        return false;
    }
}
