package org.herodotus.dedup;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Precision;

/**
 * Decides whether two event mentions tell the same happening, by named rules, each adding to a score or finding a
 * conflict, with a reason: compatible type, dates that overlap within their precision plus {@link #WINDOW_DAYS},
 * places within the admin hierarchy or a distance that grows with their imprecision, actors that agree (the same
 * canonical actor, or one side unresolved), tolls that agree, and shared words of the evidence as the tie-breaker.
 * Symmetric: {@code compare(a, b)} and {@code compare(b, a)} find the same.
 */
public final class MentionMatcher {
    /** Dates that come within this many days overlap (a report without a day of its own may be a day late). */
    public static final int WINDOW_DAYS = 1;

    /** One finding of one rule. */
    private static final class Tally {
        boolean conflict;
        /** The same text, or a definite noun pointing back in one article: only the dates can still tell two happenings apart. */
        boolean echo;
        /** Whether the places agree below the region (the same town, a town and its neighbourhood, a distance within bound). */
        boolean placed;
        double score;
        final List<String> reasons = new ArrayList<>();

        void add(double s, String why) { score += s; reasons.add(String.format(Locale.ROOT, "%s (%+.1f)", why, s)); }

        void conflict(String why) {
            if (echo) {
                reasons.add("overridden: " + why);
                return;
            }
            conflict = true;
            reasons.add("conflict: " + why);
        }

        void dateConflict(String why) {
            conflict = true;
            reasons.add("conflict: " + why);
        }
    }

    /**
     * Two mentions are linked when no rule finds a conflict, the score reaches {@link Comparison#THRESHOLD}, and the
     * pair is anchored: the same sentence text, the same article, or a day and a place (below the region) that agree,
     * or words that mostly agree and a place that does. Distinct events in unresolved villages of one country on one
     * day ("the monitors observed 14 explosions near X") share a date, a type and a country, but no place.
     */
    public Comparison compare(Mention a, Mention b) { return compare(a, b, false); }

    /** @param twins whether the two mentions' articles are near-duplicates of each other (the same story, reworded a little) */
    public Comparison compare(Mention a, Mention b, boolean twins) {
        if (a.id().compareTo(b.id()) > 0) return compare(b, a, twins);
        Tally t = new Tally();
        t.echo = twins && echo(a, b);
        if (t.echo) t.add(4, "same sentence in two near-duplicate articles");
        sameSentence(a, b, t);
        type(a, b, t.echo, t);
        boolean sameDay = date(a, b, t);
        place(a, b, t);
        actors(a, b, t);
        toll(a, b, t);
        double sim = text(a, b, t);
        boolean named = named(a, b, t);
        boolean sameArticle = a.article().equals(b.article());
        boolean anchored = t.echo || sameArticle || (t.placed || named) && (sameDay || sim >= 0.5);
        return new Comparison(t.conflict, Math.round(t.score * 100) / 100.0, anchored, t.reasons);
    }

    static boolean echo(Mention a, Mention b) {
        return !a.article().equals(b.article()) && a.sentenceKey().equals(b.sentenceKey());
    }

    /**
     * Two events the coder found in one sentence are two events; an article that tells an event of the same family
     * again in another sentence mostly tells the same one ("the blast", "the attack"), unless a conflict says otherwise.
     */
    static void sameSentence(Mention a, Mention b, Tally t) {
        if (!a.article().equals(b.article())) return;
        if (!a.family().equals(b.family())) {
            if (a.sentence() == b.sentence()) t.conflict("two events of one sentence");
            return;
        }
        if (a.sentence() == b.sentence()) {
            // "gunmen stormed the village and killed 30": one happening told by two verbs, unless its places, tolls or
            // actors say otherwise ("shelled Kherson and struck Mykolaiv")
            t.add(2, "two events of one family in one sentence");
            return;
        }
        Mention later = a.sentence() > b.sentence() ? a : b;
        if (later.anaphoric()) {
            // "On 3 May, citizens protested in Novi Sad. The protest was initiated by ...": the definite noun is the same protest
            t.echo = true;
            t.add(3, "a definite noun of the same article points back");
        } else t.add(2, "told again in the same article");
    }

    static void type(Mention a, Mention b, boolean echo, Tally t) {
        boolean sameFamily = a.family().equals(b.family());
        if (a.type() == b.type() && sameFamily) t.add(1, "same type " + a.type());
        else if (sameFamily && Mention.loose(a.family())) t.add(0, "types " + a.type() + "/" + b.type() + " of one family (" + a.family() + ")");
        else if (echo) t.add(0, "types differ on the same sentence");
        else t.conflict("types " + a.type() + "/" + b.type() + " apart");
        if (a.acledSub().isPresent() && a.acledSub().equals(b.acledSub())) t.add(1, "same ACLED sub-type " + a.acledSub().get());
    }

    /** Returns whether both are dated to the day and at most {@link #WINDOW_DAYS} apart. */
    static boolean date(Mention a, Mention b, Tally t) {
        long gap = Math.max(0, Math.max(ChronoUnit.DAYS.between(a.to(), b.from()), ChronoUnit.DAYS.between(b.to(), a.from())));
        if (gap > WINDOW_DAYS) {
            t.dateConflict("dates " + gap + " days apart");
            return false;
        }
        boolean days = a.precision() == Precision.DAY && b.precision() == Precision.DAY;
        boolean exact = days && a.from().equals(a.to()) && b.from().equals(b.to());
        if (exact && gap == 0) t.add(2, "same day " + a.from());
        // two calendar dates a day apart are two days' events; a weekday or "yesterday" may be resolved a day off, which counts against
        else if (exact && a.calendarDate() && b.calendarDate()) {
            t.dateConflict("calendar dates " + a.from() + "/" + b.from());
            return false;
        } else if (exact) t.add(-1, "stated days one apart " + a.from() + "/" + b.from());
        else if (days) t.add(1, "days overlap (" + a.from() + "/" + b.from() + ", a report without a day of its own)");
        else t.add(0.5, "dates overlap (" + Precision.min(a.precision(), b.precision()).label() + ")");
        return days;
    }

    static void place(Mention a, Mention b, Tally t) {
        if (a.place().isEmpty() || b.place().isEmpty()) return;
        Mention.Where p = a.place().get(), q = b.place().get();
        if (!p.country().equals(q.country())) {
            t.conflict("places in " + p.country() + "/" + q.country());
            return;
        }
        if (p.isCountry() || q.isCountry()) {
            // a country is where a report puts an event it cannot place better: it agrees, and proves little
            t.add(0.5, "within the country " + p.country());
            return;
        }
        if (p.key().equals(q.key())) {
            t.placed = !p.isRegion();
            if (p.isRegion()) t.add(1, "same region " + p.name());
            else t.add(2, "same place " + p.name());
            return;
        }
        double km = p.km(q);
        if ((p.isRegion() && !q.isRegion() && p.admin1().equals(q.admin1())) || (q.isRegion() && !p.isRegion() && p.admin1().equals(q.admin1()))) {
            // a region holds many towns: it agrees, and places the event no better than the country does
            t.add(1, "within the region " + (p.isRegion() ? p.name() : q.name()));
            return;
        }
        if (p.isRegion() || q.isRegion()) {
            // two divisions, or a town outside the division: no distance between centroids makes them one place
            t.conflict(p.isRegion() && q.isRegion() ? "different regions " + p.name() + "/" + q.name()
                    : (p.isRegion() ? q.name() : p.name()) + " outside the region " + (p.isRegion() ? p.name() : q.name()));
            return;
        }
        t.placed = true;
        if (p.isSection() && q.isSection()) {
            if (km > 1) {
                t.placed = false;
                t.conflict(String.format(Locale.ROOT, "different neighbourhoods %s/%s", p.name(), q.name()));
            } else t.add(1, "neighbourhoods " + p.name() + "/" + q.name());
            return;
        }
        if ((p.isSection() || q.isSection()) && km <= 25) {
            t.add(1, String.format(Locale.ROOT, "neighbourhood of the town (%s/%s, %.0f km)", p.name(), q.name(), km));
            return;
        }
        double bound = Math.max(bound(p.precision()), bound(q.precision()));
        if (km <= bound) t.add(1, String.format(Locale.ROOT, "places %.0f km apart (bound %.0f)", km, bound));
        else {
            t.placed = false;
            t.conflict(String.format(Locale.ROOT, "places %s/%s %.0f km apart (bound %.0f)", p.name(), q.name(), km, bound));
        }
    }

    /** How far apart two places of an event may be, by ACLED precision: the exact place, near it, a region. */
    static double bound(int precision) {
        return switch (precision) {
            case 1 -> 5;
            case 2 -> 25;
            default -> 60;
        };
    }

    /**
     * The same canonical actor on both sides adds; actors disagree when both sides of a role name distinct specific
     * bodies, or come from disjoint countries. A fight told from either side is the same fight: roles named the other
     * way round do not disagree.
     */
    static void actors(Mention a, Mention b, Tally t) {
        Set<String> shared = new java.util.TreeSet<>();
        Set<String> sharedGeneric = new java.util.TreeSet<>();
        for (Mention.Who x : all(a)) for (Mention.Who y : all(b)) {
            if (!x.id().equals(y.id())) continue;
            if (x.specific()) shared.add(x.name()); else sharedGeneric.add(x.name());
        }
        boolean straight = clash(a.actors(), b.actors()) || clash(a.recipients(), b.recipients());
        // "A attacked B" and "B attacked A": one fight told from either side, when the sides are named the other way round
        boolean swapped = !java.util.Collections.disjoint(ids(a.actors(), false), ids(b.recipients(), false))
                || !java.util.Collections.disjoint(ids(a.recipients(), false), ids(b.actors(), false));
        if (straight && !swapped) {
            t.conflict("different actors");
            return;
        }
        if (!shared.isEmpty()) t.add(2, "same actor " + String.join(", ", shared));
        else if (!sharedGeneric.isEmpty()) t.add(1, "same kind of actor " + String.join(", ", sharedGeneric));
    }

    private static List<Mention.Who> all(Mention m) {
        List<Mention.Who> out = new ArrayList<>(m.actors());
        out.addAll(m.recipients());
        return out;
    }

    /** Both sides name specific bodies and none in common, or both give countries and none in common. */
    static boolean clash(List<Mention.Who> x, List<Mention.Who> y) {
        Set<String> sx = ids(x, true), sy = ids(y, true);
        if (!sx.isEmpty() && !sy.isEmpty() && java.util.Collections.disjoint(sx, sy) && java.util.Collections.disjoint(ids(x, false), ids(y, false))) return true;
        Set<String> cx = countries(x), cy = countries(y);
        return !cx.isEmpty() && !cy.isEmpty() && java.util.Collections.disjoint(cx, cy);
    }

    private static Set<String> ids(List<Mention.Who> ws, boolean specificOnly) {
        Set<String> out = new HashSet<>();
        for (Mention.Who w : ws) if (!specificOnly || w.specific()) out.add(w.id());
        return out;
    }

    /** A state or one of its institutions ("ISR", "ISR-MIL"): a side whose country is its identity, not a guess from the places around. */
    private static final java.util.regex.Pattern STATE = java.util.regex.Pattern.compile("[A-Z]{3}(-[A-Z]{3})?");

    /**
     * The countries of a side made only of states and state institutions: Israeli and Russian strikes are two strikes.
     * An unidentified group, an open actor or a named group gives no country to disagree on (their countries are the
     * resolver's guesses from the places around).
     */
    private static Set<String> countries(List<Mention.Who> ws) {
        Set<String> out = new HashSet<>();
        for (Mention.Who w : ws) {
            if (w.country().isEmpty() || !STATE.matcher(w.id()).matches()) return Set.of();
            out.add(w.country().get());
        }
        return out;
    }

    /**
     * Tolls agree when equal or within double plus two. The dead are counted over hours and days: a report published
     * later may give a toll up to ten times plus two (13 on the day, 60 two days on), one published the same day up to
     * four times plus two (20 at noon, 61 by evening). Beyond that, or a later report with the smaller toll, they
     * disagree: 2 and 30 dead told the same day are two events, and so are 2 and 134.
     */
    static void toll(Mention a, Mention b, Tally t) {
        if (a.fatalities().isEmpty() || b.fatalities().isEmpty()) return;
        int fa = a.fatalities().getAsInt(), fb = b.fatalities().getAsInt();
        int x = Math.min(fa, fb), y = Math.max(fa, fb);
        Mention larger = fa > fb ? a : b, smaller = larger == a ? b : a;
        if (x == y) t.add(1, "same toll " + x);
        else if (y <= 2 * x + 2) t.add(0, "tolls " + x + "/" + y);
        else if (larger.published().isAfter(smaller.published()) && y <= 10 * x + 2) t.add(0, "tolls " + x + "/" + y + " (the later report counts more dead)");
        else if (larger.published().equals(smaller.published()) && y <= 4 * x + 2) t.add(0, "tolls " + x + "/" + y + " (reported the same day)");
        else t.conflict("tolls " + x + "/" + y);
    }

    /**
     * Both sentences name the same town (the event may be placed at it in one report and at its region in another), or
     * the same proper name nothing resolved (a village the gazetteer lacks): the text places them together. Returns
     * whether it does.
     */
    static boolean named(Mention a, Mention b, Tally t) {
        // "shelled Fleifel in the countryside of Idleb" and "a demonstration in the town of Zardana Mashehad in Idleb":
        // both sentences say where, and not the same place
        // (a town against a name the gazetteer lacks may be a place within it: "in Mogadishu", "at the Ex-Control junction")
        if (java.util.Collections.disjoint(a.localities(), b.localities())
                && (!a.unknownLocalities().isEmpty() && !b.unknownLocalities().isEmpty() || apart(a.localities(), b.localities()))) {
            t.conflict("different localities " + String.join(", ", a.localities()) + " / " + String.join(", ", b.localities()));
            return false;
        }
        Set<String> towns = new java.util.TreeSet<>(a.towns());
        towns.retainAll(b.towns());
        Set<String> names = new java.util.TreeSet<>(a.names());
        names.retainAll(b.names());
        if (!towns.isEmpty()) t.add(1, "both name the town " + String.join(", ", towns));
        if (!names.isEmpty()) t.add(1, "both name " + String.join(", ", names));
        return !towns.isEmpty() || !names.isEmpty();
    }

    /** Both sentences put things in known towns, and every town of one is more than 10 km from every town of the other. */
    static boolean apart(Set<String> x, Set<String> y) {
        List<double[]> px = coordinates(x), py = coordinates(y);
        if (px.isEmpty() || py.isEmpty()) return false;
        for (double[] p : px) for (double[] q : py) if (org.herodotus.places.Place.km(p[0], p[1], q[0], q[1]) <= 10) return false;
        return true;
    }

    private static List<double[]> coordinates(Set<String> localities) {
        List<double[]> out = new ArrayList<>();
        for (String l : localities) {
            if (!l.startsWith("geo:")) continue;
            String[] f = l.split("@");
            out.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        return out;
    }

    /** The Jaccard similarity of the sentences' content words, worth up to 2. */
    static double text(Mention a, Mention b, Tally t) {
        if (a.words().isEmpty() || b.words().isEmpty()) return 0;
        Set<String> inter = new HashSet<>(a.words());
        inter.retainAll(b.words());
        Set<String> union = new HashSet<>(a.words());
        union.addAll(b.words());
        double sim = inter.size() / (double) union.size();
        if (sim > 0) t.add(Math.round(2 * sim * 100) / 100.0, String.format(Locale.ROOT, "shared words %.2f", sim));
        return sim;
    }
}
