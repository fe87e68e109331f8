package org.descriptorworkbench.task;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A progress shown as one line redrawn in place on a console stream (the {@code dwb} command line
 * uses standard error): {@code title [#########           ]  45% message}. Redraws at most ten times
 * a second; {@link #close()} draws the final state and ends the line. When the stream is not a
 * terminal (a log file, CI), redrawing in place would pile every state onto one line, so the bar
 * instead prints a plain line at each tenth of the work and whenever the message changes. Can be
 * cancelled, e.g. from a shutdown hook.
 */
public final class ConsoleProgressBar implements Progress, AutoCloseable {
    private static final long MIN_REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 30;
    private static final int MESSAGE_WIDTH = 40;

    private final PrintStream out;
    private final String title;
    private final LongSupplier clock;
    private final boolean inPlace;

    private volatile boolean cancelled;
    private double fraction;
    private String message = "";
    private boolean drawnSinceReport = true;
    private long lastDrawNanos;
    private boolean everDrawn;
    private int lastLength;
    private boolean closed;
    private int lastLoggedTenth = -1;
    private String lastLoggedMessage;

    /** A bar titled title on out, redrawn in place. */
    public ConsoleProgressBar(PrintStream out, String title) {
        this(out, title, System::nanoTime, true);
    }

    ConsoleProgressBar(PrintStream out, String title, LongSupplier clock) {
        this(out, title, clock, true);
    }

    ConsoleProgressBar(PrintStream out, String title, LongSupplier clock, boolean inPlace) {
        this.out = Objects.requireNonNull(out, "out");
        this.title = title == null ? "" : title;
        this.clock = clock;
        this.inPlace = inPlace;
    }

    /**
     * A bar on standard error: redrawn in place on an interactive console, plain lines at each
     * tenth otherwise (the JVM only knows whether it has a console, not where stderr goes).
     */
    public static ConsoleProgressBar onStandardError(String title) {
        return new ConsoleProgressBar(System.err, title, System::nanoTime, System.console() != null);
    }

    /** A bar printing plain lines at each tenth of the work and at message changes, for logs. */
    public static ConsoleProgressBar asLog(PrintStream out, String title) {
        return new ConsoleProgressBar(out, title, System::nanoTime, false);
    }

    @Override
    public synchronized void report(double fraction, String message) {
        if (closed) {
            return;
        }
        this.fraction = Double.isNaN(fraction) ? this.fraction : Math.max(0, Math.min(1, fraction));
        this.message = message == null ? "" : message;
        drawnSinceReport = false;
        if (!inPlace) {
            logIfChanged();
            return;
        }
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
        if (!inPlace) {
            if (!drawnSinceReport || !everDrawn) {
                logLine();
            }
            out.flush();
            closed = true;
            return;
        }
        if (!drawnSinceReport || !everDrawn) {
            draw(clock.getAsLong());
        }
        out.print(System.lineSeparator());
        out.flush();
        closed = true;
    }

    private void logIfChanged() {
        int tenth = (int) Math.floor(fraction * 10);
        if (tenth > lastLoggedTenth || !message.equals(lastLoggedMessage)) {
            logLine();
        }
    }

    private void logLine() {
        out.println(line());
        out.flush();
        lastLoggedTenth = (int) Math.floor(fraction * 10);
        lastLoggedMessage = message;
        everDrawn = true;
        drawnSinceReport = true;
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
