package io.modelcards.cli.profile;

import io.modelcards.profile.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a scan's progress on stderr: a bar redrawn in place on a terminal, or a plain line every few seconds
 * otherwise (logs and CI keep no carriage-return debris). Both give bytes, rows per second and the time left.
 */
public final class ProgressPrinter implements ProgressListener {
    /** How progress is shown. */
    public enum Mode { BAR, LINES, NONE }

    private static final long LINE_EVERY_NANOS = 2_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final Mode mode;
    private final long started = System.nanoTime();
    private long lastLine;
    private boolean drawn;

    public ProgressPrinter(PrintWriter err, Mode mode) {
        this.err = err;
        this.mode = mode;
        this.lastLine = started;
    }

    @Override
    public void progress(long done, long total, long rows) {
        show(Math.min(done, total), total, rows, false);
    }

    @Override
    public void done(long total, long rows) {
        show(total, total, rows, true);
    }

    private synchronized void show(long done, long total, long rows, boolean finished) {
        long now = System.nanoTime();
        if (mode == Mode.NONE) {
            return;
        }
        if (mode == Mode.LINES) {
            if (!finished && now - lastLine < LINE_EVERY_NANOS) {
                return;
            }
            lastLine = now;
            err.println("profile: " + status(done, total, rows, now));
        } else {
            int filled = total == 0 ? WIDTH : (int) (WIDTH * Math.min(1.0, (double) done / total));
            err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + status(done, total, rows, now)
                    + "   ");
            drawn = true;
            if (finished) {
                err.println();
                drawn = false;
            }
        }
        err.flush();
    }

    /** Ends a bar left open by a failed scan, so the error starts on its own line. */
    public synchronized void close() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    private String status(long done, long total, long rows, long now) {
        double secs = Math.max(1e-3, (now - started) / 1e9);
        double pct = total == 0 ? 100 : 100.0 * done / total;
        double rate = done / secs;
        String eta = done >= total ? "0 s" : rate <= 0 ? "?" : seconds((total - done) / rate);
        return String.format(Locale.ROOT, "%3.0f%% %s/%s, %,d rows, %,.0f rows/s, %s/s, ETA %s", pct, mb(done),
                mb(total), rows, rows / secs, mb((long) rate), eta);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static String seconds(double s) {
        return s < 90 ? String.format(Locale.ROOT, "%.0f s", Math.ceil(s))
                : String.format(Locale.ROOT, "%d min %02d s", (long) s / 60, (long) s % 60);
    }
}
