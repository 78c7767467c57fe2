package org.herodotus.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.model.Lang;
import org.herodotus.model.PartialDate;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;
import org.herodotus.text.ParsedArticle;
import org.herodotus.text.Sentence;

/**
 * Finds date expressions in French and English and anchors them on the article date, never claiming more
 * precision than text and anchor give: "vendredi" in an article dated only "2019-04" is April 2019, not a day.
 * A date without a year takes the article's year, or the year before when that would put it after the article.
 */
public final class DateTagger {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("août", 8), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("december", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("lundi", DayOfWeek.MONDAY), Map.entry("mardi", DayOfWeek.TUESDAY), Map.entry("mercredi", DayOfWeek.WEDNESDAY),
            Map.entry("jeudi", DayOfWeek.THURSDAY), Map.entry("vendredi", DayOfWeek.FRIDAY), Map.entry("samedi", DayOfWeek.SATURDAY),
            Map.entry("dimanche", DayOfWeek.SUNDAY), Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final String MONTH_FR = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
    private static final String MONTH_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String MONTH_FR_ABBR = "|janv\\.|févr\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|déc\\.";
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)\\b(1er|\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH_FR + MONTH_FR_ABBR + "|" + MONTH_EN + ")(?=\\W|$)(?:\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?u)\\b(" + MONTH_EN + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)\\b(" + MONTH_FR + MONTH_FR_ABBR + "|" + MONTH_EN + ")\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})\\b");
    /** A day and month in figures with no year, after a preposition ("on 28/02", "of 19/11", "le 12/04"); not "24/7" or "2/3 of". */
    private static final Pattern NUMERIC_NO_YEAR = Pattern.compile("(?iu)(?<=\\b(?:on|of|le|du|au|depuis|since|from|by|until)\\s)(\\d{1,2})/(\\d{1,2})\\b(?!/)");
    /** "au printemps 2022", "in the summer of 2014": the year (a season is no month). */
    private static final Pattern SEASON_YEAR = Pattern.compile("(?iu)\\b(?:printemps|été|automne|hiver|spring|summer|autumn|fall|winter)\\s+(?:de\\s+|of\\s+)?((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("(?iu)\\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?iu)\\b(avant-hier|après-demain|hier|aujourd'hui|aujourd’hui|demain|yesterday|today|tomorrow)\\b");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("un", 1), Map.entry("une", 1),
            Map.entry("two", 2), Map.entry("deux", 2), Map.entry("a couple of", 2), Map.entry("three", 3), Map.entry("trois", 3),
            Map.entry("four", 4), Map.entry("quatre", 4), Map.entry("five", 5), Map.entry("cinq", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("sept", 7), Map.entry("eight", 8), Map.entry("huit", 8), Map.entry("nine", 9), Map.entry("neuf", 9),
            Map.entry("ten", 10), Map.entry("dix", 10), Map.entry("eleven", 11), Map.entry("onze", 11), Map.entry("twelve", 12), Map.entry("douze", 12),
            Map.entry("fifteen", 15), Map.entry("quinze", 15), Map.entry("twenty", 20), Map.entry("vingt", 20), Map.entry("thirty", 30), Map.entry("trente", 30),
            Map.entry("forty", 40), Map.entry("quarante", 40), Map.entry("fifty", 50), Map.entry("cinquante", 50), Map.entry("sixty", 60),
            Map.entry("soixante", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("hundred", 100), Map.entry("a hundred", 100), Map.entry("cent", 100));
    private static final String NUMBER = "\\d{1,3}|a couple of|a hundred|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
            + "|forty|fifty|sixty|seventy|eighty|hundred|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent";
    /** "two days ago", "il y a deux ans", "a decade ago", "voici trois mois". */
    private static final Pattern AGO = Pattern.compile("(?iu)\\b(?:(?:il\\s+y\\s+a|voici|voilà)\\s+(?:plus\\s+d['’]\\s*|près\\s+d['’]\\s*)?(" + NUMBER
            + ")\\s+(jours?|semaines?|mois|ans|an|années?|décennies?)|(" + NUMBER + ")\\s+(days?|weeks?|months?|years?|decades?)\\s+ago"
            + "(?:\\s+(?:this\\s+week|this\\s+month|today|to\\s+the\\s+day))?)\\b"
            // the anniversary at the head of a sentence: "Three years after the Taliban captured Kabul, ...", "Dix ans après la chute de ..."
            + "|^\\s*(" + NUMBER + ")\\s+(years?|decades?|ans|années)\\s+(?:after|après)(?=\\s+\\p{L})"
            // "to mark 20 years since ...", "marked ten years since": the anniversary anywhere
            + "|(?<=\\b(?:mark|marks|marked|marking|commemorate|commemorated|commémorer|marquer|marquent|marqué|is|was|it's|'s)\\s(?:the\\s|les\\s)?)(" + NUMBER + ")\\s+(years?|decades?|ans|années)\\s+(?:since|of|depuis|de)\\b");
    /** "last week", "earlier this month", "next year", "la semaine dernière", "l'an prochain", "cette année". */
    private static final Pattern PERIOD = Pattern.compile("(?iu)\\b(?:(last|past|next|this|earlier\\s+this|later\\s+this|early\\s+this|late\\s+last)\\s+(week|month|year)"
            + "|(la\\s+semaine|le\\s+mois|l['’]\\s*an|l['’]\\s*année)\\s+(dernière|dernier|passée|passé|prochaine|prochain)"
            + "|(cette\\s+semaine|ce\\s+mois(?:-ci)?|cette\\s+année)"
            + "|(in\\s+the\\s+(?:coming|next)\\s+(?:few\\s+)?(?:days|weeks)|dans\\s+les\\s+(?:prochains\\s+jours|prochaines\\s+semaines|jours\\s+à\\s+venir|semaines\\s+à\\s+venir)))\\b");
    /** A date that opens a period reaching to the article ("depuis dimanche", "since 2014"): the start of something still going on. */
    private static final Pattern SINCE = Pattern.compile("(?iu)(?:\\b(?:depuis|since)\\s+(?:le\\s+|la\\s+|l['’]\\s*|the\\s+)?(?:mois\\s+de\\s+|début\\s+|fin\\s+|early\\s+|late\\s+)?)$");
    /** What opens the second date of a range. */
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?iu)(?:\\b(?:between|entre)\\b.{1,30}\\b(?:and|et)|\\b(?:du|from)\\b.{1,30}\\b(?:au|to)|[-–])\\s+(?:le\\s+|the\\s+)?$");
    private static final Pattern HABIT_BEFORE = Pattern.compile("(?iu)\\b(?:chaque|every|each|tous\\s+les|le\\s+mardi\\s+et\\s+le)\\s+$");
    /** "vendredi prochain", "next Friday": the weekday after the article, not before. */
    private static final Pattern NEXT_BEFORE = Pattern.compile("(?iu)\\b(?:next|this\\s+coming|coming)\\s+$");
    private static final Pattern NEXT_AFTER = Pattern.compile("(?iu)^\\s+prochain\\b");

    /** The kind of an expression that points after the article ("demain", "next week", "vendredi prochain"), whatever its precision. */
    public static final String NEXT = "next";
    /** The kind of the second date of a range ("between 23 Aug and 6 Sept", "du 3 au 5 mai"): when the period ended. */
    public static final String RANGE_END = "range-end";
    /** The kind of a date that opens a period still going on ("depuis dimanche", "since 2014"). */
    public static final String SINCE_KIND = "since";
    /** The kind of a weekday resolved to the most recent one on or before the article ("vendredi"). */
    public static final String WEEKDAY_KIND = "weekday";

    public List<TimeExpression> tag(ParsedArticle a) {
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : a.sentences()) out.addAll(tag(a.text(), s, a.article().date(), a.lang()));
        return out;
    }

    List<TimeExpression> tag(String text, Sentence s, PartialDate anchor, Lang lang) {
        List<TimeExpression> out = new ArrayList<>();
        String sub = text.substring(s.span().start(), s.span().end());
        int base = s.span().start();
        Matcher m = NUMERIC.matcher(sub);
        while (m.find()) {
            int a1 = Integer.parseInt(m.group(1)), a2 = Integer.parseInt(m.group(2)), y = Integer.parseInt(m.group(3));
            int day = lang == Lang.EN && a1 <= 12 && a2 > 12 ? a2 : lang == Lang.EN && a1 <= 12 ? a2 : a1;
            int month = day == a1 ? a2 : a1;
            date(y, month, day).ifPresent(d -> add(out, s, base, m, PartialDate.day(d), "numeric"));
        }
        Matcher nn = NUMERIC_NO_YEAR.matcher(sub);
        while (nn.find()) {
            int a1 = Integer.parseInt(nn.group(1)), a2 = Integer.parseInt(nn.group(2));
            numericNoYear(anchor, a1, a2).ifPresent(d -> add(out, s, base, nn, PartialDate.day(d), "numeric"));
        }
        Matcher dm = DAY_MONTH.matcher(sub);
        while (dm.find()) {
            int day = dm.group(1).equalsIgnoreCase("1er") ? 1 : Integer.parseInt(dm.group(1));
            int month = month(dm.group(2));
            Optional<LocalDate> d = dm.group(3) != null ? date(Integer.parseInt(dm.group(3)), month, day) : yearless(anchor, month, day);
            d.ifPresent(x -> add(out, s, base, dm, PartialDate.day(x), "day-month"));
        }
        Matcher md = MONTH_DAY.matcher(sub);
        while (md.find()) {
            int month = month(md.group(1));
            int day = Integer.parseInt(md.group(2));
            Optional<LocalDate> d = md.group(3) != null ? date(Integer.parseInt(md.group(3)), month, day) : yearless(anchor, month, day);
            d.ifPresent(x -> add(out, s, base, md, PartialDate.day(x), "month-day"));
        }
        Matcher my = MONTH_YEAR.matcher(sub);
        while (my.find()) add(out, s, base, my, PartialDate.month(Integer.parseInt(my.group(2)), month(my.group(1))), "month-year");
        Matcher se = SEASON_YEAR.matcher(sub);
        while (se.find()) add(out, s, base, se, PartialDate.year(Integer.parseInt(se.group(1))), "season");
        Matcher y = YEAR.matcher(sub);
        while (y.find()) add(out, s, base, y, PartialDate.year(Integer.parseInt(y.group(1))), "year");
        Matcher ago = AGO.matcher(sub);
        while (ago.find()) {
            // "il y a deux ans", "two years ago", and the anniversary "three years after the Taliban captured Kabul",
            // "trois ans après la prise de Kaboul" (at the head of a sentence or clause)
            int g = ago.group(1) != null ? 1 : ago.group(3) != null ? 3 : ago.group(5) != null ? 5 : 7;
            add(out, s, base, ago, shift(anchor, -number(ago.group(g)), unit(ago.group(g + 1))), "ago");
        }
        Matcher per = PERIOD.matcher(sub);
        while (per.find()) {
            PartialDate d = period(anchor, per);
            add(out, s, base, per, d, d.date().isAfter(anchor.lastDay()) || per.group().toLowerCase(Locale.ROOT).matches(".*(next|prochain|coming|à venir).*") ? NEXT : "period");
        }
        Matcher w = WEEKDAY.matcher(sub);
        while (w.find()) {
            // "chaque vendredi", "every Friday": a habit, no date
            if (HABIT_BEFORE.matcher(sub.substring(0, w.start())).find()) continue;
            DayOfWeek dow = WEEKDAYS.get(w.group(1).toLowerCase(Locale.ROOT));
            boolean next = NEXT_BEFORE.matcher(sub.substring(0, w.start())).find() || NEXT_AFTER.matcher(sub.substring(w.end())).find();
            add(out, s, base, w, next ? nextWeekday(anchor, dow) : weekday(anchor, dow), next ? NEXT : WEEKDAY_KIND);
        }
        Matcher r = RELATIVE.matcher(sub);
        while (r.find()) {
            String k = r.group(1).toLowerCase(Locale.ROOT);
            int shift = switch (k) {
                case "avant-hier" -> -2;
                case "hier", "yesterday" -> -1;
                case "demain", "tomorrow" -> 1;
                case "après-demain" -> 2;
                default -> 0;
            };
            PartialDate d = anchor.precision() == Precision.DAY ? PartialDate.day(anchor.date().plusDays(shift)) : anchor;
            add(out, s, base, r, d, shift > 0 ? NEXT : "relative");
        }
        out.replaceAll(x -> RANGE_BEFORE.matcher(text.substring(Math.max(s.span().start(), x.span().start() - 50), x.span().start())).find()
                ? new TimeExpression(x.sentence(), x.span(), x.text(), x.date(), RANGE_END) : x);
        out.replaceAll(x -> x.kind().equals(RANGE_END) ? x : SINCE.matcher(text.substring(Math.max(s.span().start(), x.span().start() - 40), x.span().start())).find()
                ? new TimeExpression(x.sentence(), x.span(), x.text(), x.date(), SINCE_KIND) : x);
        out.sort((p, q) -> Integer.compare(p.span().start(), q.span().start()));
        return out;
    }

    private static int number(String w) {
        String k = w.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return k.chars().allMatch(Character::isDigit) ? Integer.parseInt(k) : NUMBERS.getOrDefault(k, 1);
    }

    private enum Unit { DAY, WEEK, MONTH, YEAR, DECADE }

    private static Unit unit(String w) {
        String k = w.toLowerCase(Locale.ROOT);
        if (k.startsWith("jour") || k.startsWith("day")) return Unit.DAY;
        if (k.startsWith("semaine") || k.startsWith("week")) return Unit.WEEK;
        if (k.startsWith("mois") || k.startsWith("month")) return Unit.MONTH;
        if (k.startsWith("déc") || k.startsWith("decade")) return Unit.DECADE;
        return Unit.YEAR;
    }

    /**
     * So many units after (n &gt; 0) or before (n &lt; 0) the article: days keep the anchor's precision, weeks and months
     * give a month (a week is no calendar unit and "two weeks ago" is approximate), years and decades a year.
     */
    static PartialDate shift(PartialDate anchor, int n, Unit u) {
        LocalDate a = anchor.date();
        return switch (u) {
            case DAY -> anchor.precision() == Precision.DAY ? PartialDate.day(a.plusDays(n)) : anchor.truncate(Precision.MONTH);
            case WEEK -> anchor.precision() == Precision.DAY ? PartialDate.day(a.plusWeeks(n)).truncate(Precision.MONTH) : anchor.truncate(Precision.MONTH);
            case MONTH -> anchor.precision() == Precision.YEAR ? anchor : PartialDate.day(a.plusMonths(n)).truncate(Precision.MONTH);
            case YEAR -> PartialDate.year(a.getYear() + n);
            case DECADE -> PartialDate.year(a.getYear() + 10 * n);
        };
    }

    /** "last week" (the month it fell in), "this month", "next year", "l'an dernier". */
    private static PartialDate period(PartialDate anchor, Matcher m) {
        String which, unit;
        if (m.group(1) != null) {
            which = m.group(1).toLowerCase(Locale.ROOT);
            unit = m.group(2);
        } else if (m.group(3) != null) {
            which = m.group(4).toLowerCase(Locale.ROOT).startsWith("prochain") ? "next" : "last";
            unit = m.group(3);
        } else if (m.group(6) != null) {
            // "in the coming days": soon after the article, a month at most
            return anchor.truncate(Precision.MONTH);
        } else {
            which = "this";
            unit = m.group(5);
        }
        int dir = which.equals("next") ? 1 : which.equals("last") || which.equals("past") || which.equals("late last") ? -1 : 0;
        String u = unit.toLowerCase(Locale.ROOT);
        return shift(anchor, dir, u.contains("semaine") || u.contains("week") ? Unit.WEEK : u.contains("mois") || u.contains("month") ? Unit.MONTH : Unit.YEAR);
    }

    /** The month number of a full or abbreviated French or English month name ("Sept.", "déc.", "October"). */
    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer full = MONTHS.get(n);
        if (full != null) return full;
        for (var e : MONTHS.entrySet()) if (n.length() >= 3 && e.getKey().startsWith(n)) return e.getValue();
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** Adds the match unless a longer expression already covers it ("4 avril 2019" hides "2019"). */
    private static void add(List<TimeExpression> out, Sentence s, int base, Matcher m, PartialDate d, String kind) {
        Span sp = new Span(base + m.start(), base + m.end());
        for (TimeExpression e : out) if (e.span().overlaps(sp)) return;
        out.add(new TimeExpression(s.index(), sp, m.group(), d, kind));
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * "28/02", "10/04": day/month or month/day, whichever falls in the article's month, else whichever is valid and
     * nearest before the article (day/month first).
     */
    static Optional<LocalDate> numericNoYear(PartialDate anchor, int a1, int a2) {
        Optional<LocalDate> dm = yearless(anchor, a2, a1), md = yearless(anchor, a1, a2);
        if (dm.isPresent() && dm.get().getMonthValue() == anchor.date().getMonthValue() && dm.get().getYear() == anchor.year()) return dm;
        if (md.isPresent() && md.get().getMonthValue() == anchor.date().getMonthValue() && md.get().getYear() == anchor.year()) return md;
        if (dm.isPresent() && md.isPresent()) return dm.get().isAfter(md.get()) ? dm : md;
        return dm.or(() -> md);
    }

    private static Optional<LocalDate> yearless(PartialDate anchor, int month, int day) {
        Optional<LocalDate> d = date(anchor.year(), month, day);
        if (d.isPresent() && d.get().isAfter(anchor.lastDay().plusDays(7))) d = date(anchor.year() - 1, month, day);
        return d;
    }

    /** The first such weekday after a day-precise anchor ("vendredi prochain"); otherwise the anchor's own precision. */
    static PartialDate nextWeekday(PartialDate anchor, DayOfWeek dow) {
        if (anchor.precision() != Precision.DAY) return anchor;
        LocalDate d = anchor.date().plusDays(1);
        while (d.getDayOfWeek() != dow) d = d.plusDays(1);
        return PartialDate.day(d);
    }

    /** The most recent such weekday on or before a day-precise anchor; otherwise the anchor's own precision. */
    static PartialDate weekday(PartialDate anchor, DayOfWeek dow) {
        if (anchor.precision() != Precision.DAY) return anchor;
        LocalDate d = anchor.date();
        while (d.getDayOfWeek() != dow) d = d.minusDays(1);
        return PartialDate.day(d);
    }
}
