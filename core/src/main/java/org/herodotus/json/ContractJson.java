package org.herodotus.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.herodotus.actors.Actor;
import org.herodotus.actors.ActorKind;
import org.herodotus.actors.ActorMention;
import org.herodotus.coding.Count;
import org.herodotus.coding.Event;
import org.herodotus.model.Sector;
import org.herodotus.places.Place;
import org.herodotus.places.PlaceMention;

/**
 * Writes events and toponym mentions in the output contract of docs/ARCHITECTURE.md: the field names outside
 * scorers read. One JSON object per line, no pretty printing.
 */
public final class ContractJson {
    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectNode event(Event e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id());
        o.put("article_id", e.article().value());
        o.put("event", e.type().name());
        if (e.mode().isPresent()) o.put("mode", e.mode().get()); else o.putNull("mode");
        ArrayNode ctx = o.putArray("context");
        e.context().forEach(ctx::add);
        o.put("quad_code", e.type().quadCode());
        o.put("realis", e.realis().label());
        o.put("realis_by", e.realisBy());
        o.put("date", e.date().toString());
        o.put("date_precision", e.date().precision().label());
        e.dateEvidence().ifPresent(t -> {
            ObjectNode d = o.putObject("date_evidence");
            d.put("text", t.text());
            d.put("start", t.span().start());
            d.put("end", t.span().end());
            d.put("kind", t.kind());
        });
        ArrayNode actors = o.putArray("actor");
        e.actors().forEach(m -> actors.add(actor(m)));
        ArrayNode recipients = o.putArray("recipient");
        e.recipients().forEach(m -> recipients.add(actor(m)));
        if (e.location().isPresent()) {
            Event.Location l = e.location().get();
            ObjectNode p = place(l.mention());
            p.put("precision", l.precision());
            p.put("by", l.by());
            o.set("location", p);
        } else {
            o.putNull("location");
        }
        o.put("cameo", e.cameo());
        if (e.acled().isPresent()) {
            ObjectNode a = o.putObject("acled");
            a.put("event_type", e.acled().get().eventType());
            a.put("sub_event_type", e.acled().get().subEventType());
            a.put("by", e.acled().get().by());
        } else {
            o.putNull("acled");
        }
        ObjectNode size = o.putObject("size");
        for (Count.Kind k : Count.Kind.values()) e.count(k).ifPresent(n -> size.put(k.label(), n));
        ArrayNode sizeEv = o.putArray("size_evidence");
        for (Count c : e.size()) {
            ObjectNode x = sizeEv.addObject();
            x.put("kind", c.kind().label());
            x.put("value", c.value());
            x.put("text", c.text());
            x.put("start", c.span().start());
            x.put("end", c.span().end());
        }
        ObjectNode ev = o.putObject("evidence");
        ev.put("sentence", e.evidence().sentence());
        ev.put("start", e.evidence().span().start());
        ev.put("end", e.evidence().span().end());
        ev.put("quote", e.evidence().quote());
        ObjectNode tr = ev.putObject("trigger");
        tr.put("text", e.evidence().triggerText());
        tr.put("start", e.evidence().trigger().start());
        tr.put("end", e.evidence().trigger().end());
        ev.put("rule", e.evidence().rule());
        o.put("confidence", e.confidence());
        ObjectNode c = o.putObject("coder");
        c.put("version", e.coder().version());
        c.put("dictionaries", e.coder().dictionaries());
        return o;
    }

    private ObjectNode actor(ActorMention m) {
        ObjectNode a = mapper.createObjectNode();
        a.put("text", m.text());
        a.put("start", m.span().start());
        a.put("end", m.span().end());
        a.put("id", m.actor().id().value());
        a.put("name", m.actor().name());
        // CAMEO and PLOVER code intergovernmental bodies with the country code IGO; the body's own code goes in "igo"
        Actor igo = m.collective().kind() == ActorKind.IGO ? m.collective() : m.actor().kind() == ActorKind.IGO ? m.actor() : null;
        var country = m.actor().country().or(() -> m.collective().country());
        if (igo != null) a.put("country", "IGO");
        else if (country.isPresent()) a.put("country", country.get().value());
        else a.putNull("country");
        if (igo != null) igo.country().ifPresent(c -> a.put("igo", c.value()));
        var sector = m.sector();
        if (sector.isPresent()) a.put("sector", sector.map(Sector::code).get()); else a.putNull("sector");
        if (m.actor().wikidata().isPresent()) a.put("wikidata", m.actor().wikidata().get()); else a.putNull("wikidata");
        a.put("known", m.actor().known());
        a.put("by", m.by());
        m.organisation().ifPresent(org -> {
            ObjectNode on = a.putObject("organisation");
            on.put("id", org.id().value());
            on.put("name", org.name());
        });
        return a;
    }

    /** The place fields shared by an event's location and a toponym line. */
    private ObjectNode place(PlaceMention m) {
        Place p = m.place();
        ObjectNode o = mapper.createObjectNode();
        o.put("text", m.text());
        o.put("start", m.span().start());
        o.put("end", m.span().end());
        if (p.id().isPresent()) o.put("geonameid", p.id().get().value()); else o.putNull("geonameid");
        o.put("name", p.name());
        if (p.isMultinational()) o.putNull("country"); else o.put("country", p.country().value());
        o.put("admin1", p.admin1());
        o.put("feature_code", p.featureCode());
        o.put("lat", round(p.lat()));
        o.put("lon", round(p.lon()));
        return o;
    }

    public ObjectNode toponym(String articleId, PlaceMention m, boolean eventPlace) {
        ObjectNode o = mapper.createObjectNode();
        o.put("article_id", articleId);
        o.setAll(place(m));
        o.put("by", m.by());
        o.put("event_place", eventPlace);
        return o;
    }

    /** A named entity as the eval of French NER reads it: type PER, LOC or ORG, span, text, Wikidata id when known. */
    public ObjectNode entity(String articleId, String type, org.herodotus.model.Span span, String text, java.util.Optional<String> wikidata) {
        ObjectNode o = mapper.createObjectNode();
        o.put("article_id", articleId);
        o.put("type", type);
        o.put("start", span.start());
        o.put("end", span.end());
        o.put("text", text);
        if (wikidata.isPresent()) o.put("wikidata", wikidata.get()); else o.putNull("wikidata");
        return o;
    }

    private static double round(double v) { return Math.round(v * 1e5) / 1e5; }

    public String line(ObjectNode o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
