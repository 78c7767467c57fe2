package org.herodotus.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A progress bar on stderr, redrawn at most every 200 ms; silent when {@code total} is unknown (0) and not forced. */
final class Progress {
    private final PrintStream err;
    private final String label;
    private final long start = System.nanoTime();
    private int total;
    private int done;
    private long lastDraw;

    Progress(PrintStream err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (now - lastDraw > 200_000_000L || done == total) {
            lastDraw = now;
            draw();
        }
    }

    private void draw() {
        double secs = (System.nanoTime() - start) / 1e9;
        double rate = done / Math.max(secs, 1e-9);
        int width = 30;
        int filled = total > 0 ? (int) Math.round(width * Math.min(1.0, done / (double) total)) : 0;
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        err.printf(Locale.ROOT, "\r%s [%s] %d/%d  %.1f/s ", label, bar, done, total, rate);
        err.flush();
    }

    synchronized void finish() {
        if (done > 0) {
            draw();
            err.println();
        }
    }

    double seconds() { return (System.nanoTime() - start) / 1e9; }
}
