package org.herodotus.model;

/** A half-open range of UTF-16 indexes into an article's text, the unit every result points back with. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("span " + start + ".." + end);
    }

    public int length() { return end - start; }

    public boolean contains(Span other) { return start <= other.start && other.end <= end; }

    public boolean overlaps(Span other) { return start < other.end && other.start < end; }

    public String of(String text) { return text.substring(start, end); }

    public static Span cover(Span a, Span b) { return new Span(Math.min(a.start, b.start), Math.max(a.end, b.end)); }
}
