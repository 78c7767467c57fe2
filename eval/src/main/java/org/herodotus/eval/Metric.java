package org.herodotus.eval;

import java.util.Locale;

/**
 * One figure of a report, printed as score.py prints it ({@code name: text}); {@code value} is the number itself
 * (NaN when undefined) and {@code num}/{@code den} the counts behind a ratio (-1 when not a ratio).
 */
public record Metric(String name, String text, double value, long num, long den) {
    /** score.py's {@code ratio(a, b)}: "0.812 (406/500)", or "n/a (0)" when there is nothing to count. */
    public static Metric ratio(String name, long a, long b) {
        if (b == 0) return new Metric(name, "n/a (0)", Double.NaN, a, b);
        double v = a / (double) b;
        return new Metric(name, String.format(Locale.ROOT, "%.3f (%d/%d)", v, a, b), v, a, b);
    }

    public static Metric number(String name, double v) {
        return new Metric(name, Double.isNaN(v) ? "nan" : String.format(Locale.ROOT, "%.3f", v), v, -1, -1);
    }

    public static Metric count(String name, long n) { return new Metric(name, Long.toString(n), n, -1, -1); }

    public static Metric note(String text) { return new Metric(text, "", Double.NaN, -1, -1); }

    public static Metric km(String name, double v) {
        return new Metric(name, Double.isNaN(v) ? "nan" : String.format(Locale.ROOT, "%.1f", v), v, -1, -1);
    }

    @Override public String toString() { return name + ": " + text; }
}
