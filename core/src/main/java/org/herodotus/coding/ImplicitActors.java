package org.herodotus.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.herodotus.actors.Actor;
import org.herodotus.actors.ActorId;
import org.herodotus.actors.ActorKind;
import org.herodotus.actors.ActorMention;
import org.herodotus.model.CountryCode;
import org.herodotus.model.PloverType;
import org.herodotus.model.Sector;
import org.herodotus.text.ParsedArticle;
import org.herodotus.text.Sentence;

/**
 * Implicit-actor pass: an event whose own kind names its agent, told with no agent in the text, gets that agent
 * as an unnamed group of the event's country, marked {@code by: implicit} with the trigger as evidence. A protest
 * is made by protesters ("protests were held in Erode") and a riot by rioters; an arrest is made by police ("two
 * men were arrested"); a shooting or an abduction with no named perpetrator is by an unidentified armed group, as
 * ACLED codes it. Air and drone strikes get no implicit agent (an air force, but whose is not said); nor does
 * anything else.
 */
final class ImplicitActors {
    private ImplicitActors() {}

    private record Implied(String key, String label, Sector sector) {}

    private static final Implied PROTESTERS = new Implied("protesters", "Protesters (%s)", Sector.of("OPP"));
    private static final Implied RIOTERS = new Implied("rioters", "Rioters (%s)", Sector.of("CVL"));
    private static final Implied POLICE = new Implied("COP", "Police Forces of %s", Sector.of("COP"));
    private static final Implied UNIDENTIFIED = new Implied("unidentified", "Unidentified Armed Group (%s)", Sector.of("UAF"));

    static List<Event> apply(ParsedArticle a, List<Event> events, Optional<CountryCode> focus, Function<CountryCode, Optional<String>> countryName) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Optional<Implied> imp = e.actors().isEmpty() ? implied(e) : Optional.empty();
            if (imp.isEmpty()) { out.add(e); continue; }
            Optional<CountryCode> c = e.location().map(l -> l.mention().place().country()).or(() -> focus);
            String country = c.flatMap(countryName).orElse(c.map(CountryCode::value).orElse("unknown country"));
            String id = c.map(v -> v.value() + "-" + imp.get().key()).orElse(imp.get().key());
            Actor actor = new Actor(new ActorId(id), String.format(Locale.ROOT, imp.get().label(), country), ActorKind.AGENT, c,
                    List.of(imp.get().sector()), Optional.empty(), true);
            Sentence s = a.sentences().get(e.evidence().sentence());
            int head = s.tokenAt(e.evidence().trigger()).map(t -> t.index()).orElse(0);
            ActorMention m = new ActorMention(s.index(), e.evidence().trigger(), e.evidence().triggerText(), head, actor, Optional.empty(), "implicit");
            out.add(e.withActors(List.of(m)));
        }
        return out;
    }

    private static Optional<Implied> implied(Event e) {
        String mode = e.mode().orElse("");
        String sub = e.acled().map(Event.Acled::subEventType).orElse("");
        if (e.type() == PloverType.PROTEST)
            return Optional.of(sub.equals("Mob violence") || sub.equals("Violent demonstration") ? RIOTERS : PROTESTERS);
        if (e.type() == PloverType.COERCE && (mode.equals("arrest") || mode.equals("detain"))) return Optional.of(POLICE);
        if (e.type() == PloverType.ASSAULT && e.acled().isPresent() && !mode.equals("aerial") && !sub.equals("Air/drone strike"))
            return Optional.of(UNIDENTIFIED);
        return Optional.empty();
    }
}
