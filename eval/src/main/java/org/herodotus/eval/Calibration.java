package org.herodotus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether confidence means something: the share of right answers among primary events per confidence band.
 * Issue 4 asks that events at 0.8 or more be right at least 90 % of the time.
 */
final class Calibration {
    private static final double[] EDGES = {0.0, 0.5, 0.65, 0.8, 1.0001};
    private final long[] n = new long[EDGES.length - 1];
    private final long[] ok = new long[EDGES.length - 1];

    void add(double confidence, boolean right) {
        for (int i = 0; i < n.length; i++) {
            if (confidence >= EDGES[i] && confidence < EDGES[i + 1]) {
                n[i]++;
                if (right) ok[i]++;
                return;
            }
        }
    }

    /** One metric per band, named like "calibration [0.80, 1.00]", plus the summary for confidence ≥ 0.8. */
    List<Metric> metrics(String what) {
        List<Metric> out = new ArrayList<>();
        for (int i = 0; i < n.length; i++) {
            String band = String.format(Locale.ROOT, "calibration %s [%.2f, %.2f%s", what, EDGES[i], Math.min(1.0, EDGES[i + 1]), i == n.length - 1 ? "]" : ")");
            out.add(Metric.ratio(band, ok[i], n[i]));
        }
        return out;
    }
}
