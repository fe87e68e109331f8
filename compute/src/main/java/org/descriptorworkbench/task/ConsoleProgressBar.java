package org.descriptorworkbench.task;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A progress shown as one line redrawn in place on a console stream (the {@code dwb} command line
 * uses standard error): {@code title [#########           ]  45% message}. Redraws at most ten times
 * a second; {@link #close()} draws the final state and ends the line. Can be cancelled, e.g. from a
 * shutdown hook.
 */
public final class ConsoleProgressBar implements Progress, AutoCloseable {
    private static final long MIN_REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 30;
    private static final int MESSAGE_WIDTH = 40;

    private final PrintStream out;
    private final String title;
    private final LongSupplier clock;

    private volatile boolean cancelled;
    private double fraction;
    private String message = "";
    private boolean drawnSinceReport = true;
    private long lastDrawNanos;
    private boolean everDrawn;
    private int lastLength;
    private boolean closed;

    /** A bar titled title on out. */
    public ConsoleProgressBar(PrintStream out, String title) {
        this(out, title, System::nanoTime);
    }

    ConsoleProgressBar(PrintStream out, String title, LongSupplier clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.title = title == null ? "" : title;
        this.clock = clock;
    }

    @Override
    public synchronized void report(double fraction, String message) {
        if (closed) {
            return;
        }
        this.fraction = Double.isNaN(fraction) ? this.fraction : Math.max(0, Math.min(1, fraction));
        this.message = message == null ? "" : message;
        drawnSinceReport = false;
        long now = clock.getAsLong();
        if (!everDrawn || now - lastDrawNanos >= MIN_REDRAW_NANOS) {
            draw(now);
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    /** Asks the job reporting here to stop. */
    public void cancel() {
        cancelled = true;
    }

    /** Draws the latest state if it was not drawn yet and ends the line; later reports are ignored. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (!drawnSinceReport || !everDrawn) {
            draw(clock.getAsLong());
        }
        out.print(System.lineSeparator());
        out.flush();
        closed = true;
    }

    private void draw(long now) {
        String line = line();
        // pad with spaces so a shorter line fully covers the previous one
        int pad = Math.max(0, lastLength - line.length());
        out.print("\r" + line + " ".repeat(pad));
        out.flush();
        lastLength = line.length();
        lastDrawNanos = now;
        everDrawn = true;
        drawnSinceReport = true;
    }

    /** The bar text without the carriage return. */
    synchronized String line() {
        int filled = (int) Math.floor(fraction * BAR_WIDTH);
        String text = message.length() > MESSAGE_WIDTH ? message.substring(0, MESSAGE_WIDTH - 3) + "..." : message;
        return String.format(Locale.ROOT, "%s%s[%s%s] %3d%% %s", title, title.isEmpty() ? "" : " ",
                "#".repeat(filled), " ".repeat(BAR_WIDTH - filled), (int) Math.floor(fraction * 100), text).stripTrailing();
    }
}
