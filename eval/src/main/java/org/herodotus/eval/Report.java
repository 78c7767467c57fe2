package org.herodotus.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** What scoring a gold set gave: the metrics in score.py's order, and one JSON object per mistake (gold, got, text, why). */
public record Report(String kind, String gold, List<Metric> metrics, List<ObjectNode> errors, List<String> notes) {
    public Report {
        metrics = List.copyOf(metrics);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public Metric metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric " + name + " in " + kind));
    }
}
