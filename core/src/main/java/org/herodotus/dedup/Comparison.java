package org.herodotus.dedup;

import java.util.List;

/**
 * What comparing two mentions found: a conflict (the text says they are different happenings, so they never share a
 * canonical event), a score, whether the pair is anchored in time or text, and a reason per finding.
 */
public record Comparison(boolean conflict, double score, boolean anchored, List<String> reasons) {
    /** The score two mentions need to be linked directly. */
    public static final double THRESHOLD = 4.0;

    public Comparison {
        reasons = List.copyOf(reasons);
    }

    /** Whether the pair is a merge edge: no conflict, anchored, and enough evidence. */
    public boolean edge() { return !conflict && anchored && score >= THRESHOLD; }

    public String explain() { return String.join("; ", reasons); }
}
