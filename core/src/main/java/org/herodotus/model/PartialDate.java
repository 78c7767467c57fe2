package org.herodotus.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to year, month or day precision: "2019-04" is April 2019, not the 1st of April.
 * The {@code date} holds the first day of the period; {@link #toString()} prints only what is known.
 */
public record PartialDate(LocalDate date, Precision precision) {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public PartialDate {
        if (date == null || precision == null) throw new IllegalArgumentException("date and precision are required");
        if (precision != Precision.DAY && date.getDayOfMonth() != 1)
            throw new IllegalArgumentException("a " + precision.label() + "-precision date must start its period: " + date);
        if (precision == Precision.YEAR && date.getMonthValue() != 1)
            throw new IllegalArgumentException("a year-precision date must start its year: " + date);
    }

    public static PartialDate day(LocalDate d) { return new PartialDate(d, Precision.DAY); }

    public static PartialDate month(int year, int month) { return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH); }

    public static PartialDate year(int year) { return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR); }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when it is none of them or no real date. */
    public static Optional<PartialDate> parse(String s) {
        if (s == null) return Optional.empty();
        Matcher m = ISO.matcher(s.trim());
        if (!m.matches()) return Optional.empty();
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return Optional.of(year(y));
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return Optional.of(new PartialDate(YearMonth.of(y, mo).atDay(1), Precision.MONTH));
            return Optional.of(day(LocalDate.of(y, mo, Integer.parseInt(m.group(3)))));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public int year() { return date.getYear(); }

    /** The same date cut to a coarser precision (never finer than it is). */
    public PartialDate truncate(Precision p) {
        Precision q = Precision.min(p, precision);
        return switch (q) {
            case YEAR -> year(date.getYear());
            case MONTH -> month(date.getYear(), date.getMonthValue());
            case DAY -> this;
        };
    }

    /** The last day of the period this date stands for. */
    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(date.getYear(), 12, 31);
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case DAY -> date;
        };
    }

    @Override public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", date.getYear());
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case DAY -> date.toString();
        };
    }
}
