package org.herodotus.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.herodotus.store.EventStore;

/** The demo's readable summary of what the database holds. */
final class Demos {
    private Demos() {}

    static void summary(EventStore store, PrintWriter out) throws Exception {
        Map<String, Long> c = store.counts();
        out.printf("Herodotus demo: %d articles, %d events, %d actors, %d places in the database%n%n", c.get("articles"), c.get("events"),
                c.get("actors"), c.get("places"));
        out.println("Events by PLOVER type (actual or claimed / all):");
        for (String[] r : store.summary("SELECT event, SUM(realis IN ('actual','claimed')), COUNT(*) FROM events GROUP BY event ORDER BY COUNT(*) DESC"))
            out.printf("  %-10s %4s / %s%n", r[0], r[1], r[2]);
        out.println("\nRealis:");
        for (String[] r : store.summary("SELECT realis, COUNT(*) FROM events GROUP BY realis ORDER BY COUNT(*) DESC"))
            out.printf("  %-13s %s%n", r[0], r[1]);
        out.println("\nMost active actors (as source):");
        for (String[] r : store.summary("SELECT a.name, COALESCE(a.country,''), COUNT(*) FROM event_actors ea JOIN actors a ON a.id = ea.actor_id"
                + " WHERE ea.role = 'actor' GROUP BY a.id ORDER BY COUNT(*) DESC LIMIT 8"))
            out.printf("  %-40s %-4s %s%n", r[0], r[1], r[2]);
        out.println("\nPlaces of actual events:");
        for (String[] r : store.summary("SELECT p.name, p.country, COUNT(*) FROM events e JOIN places p ON p.key = e.place_key"
                + " WHERE e.realis IN ('actual','claimed') GROUP BY p.key ORDER BY COUNT(*) DESC LIMIT 8"))
            out.printf("  %-30s %-4s %s%n", r[0], r[1], r[2]);
        out.println("\nA few events, with their evidence:");
        List<String[]> ex = store.summary("SELECT e.date, e.event, COALESCE(e.mode,''), e.realis, COALESCE((SELECT group_concat(a.name, ' + ') FROM event_actors ea"
                + " JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id AND ea.role = 'actor'), '?'), COALESCE(p.name, '?'), e.trigger_text, e.article_id"
                + " FROM events e LEFT JOIN places p ON p.key = e.place_key WHERE e.realis IN ('actual','claimed') ORDER BY e.confidence DESC, e.date LIMIT 10");
        for (String[] r : ex) out.printf("  %-10s %-8s %-8s %-8s %-32s at %-16s \"%s\" (%s)%n", r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
        out.printf("%nAcross articles: %d happenings (canonical events) from %d event mentions; the most reported:%n", c.get("canonical_events"),
                c.get("mentions"));
        for (String[] r : store.summary("SELECT id, date, event, reports, sources FROM canonical_events WHERE reports > 1 ORDER BY reports DESC, id LIMIT 5"))
            out.printf("  %s  %-10s %-8s %s reports from %s stories%n", r[0], r[1], r[2], r[3], r[4]);
        out.println("\nExport: ./herodotus events --format csv   |   Canonical: ./herodotus events --canonical, --explain ID"
                + "   |   Places: GeoNames (CC BY 4.0), geonames.org");
        out.flush();
    }
}
