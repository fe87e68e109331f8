package org.descriptorworkbench.task;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * One execution of a {@link ParallelLoop}: the shared index counter, the stop signal, the first
 * failure and the progress reporting of the workers that take part in it.
 */
final class LoopRun<S> {
    /** Chunks grow or shrink towards this duration: short enough to see cancellation quickly. */
    private static final long TARGET_CHUNK_NANOS = 4_000_000L;
    /** Reports closer than this (unless final) are skipped to spare listeners. */
    private static final long REPORT_INTERVAL_NANOS = 20_000_000L;

    private final int n;
    private final Progress progress;
    private final String message;
    private final Supplier<? extends S> workerState;
    private final ObjIntConsumer<? super S> body;
    private final int workers;

    private final AtomicLong next = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean stop;
    private volatile boolean cancelled;

    private final ReentrantLock reportLock = new ReentrantLock();
    private long reported = -1;
    private long lastReportNanos;

    /** Guarded by this: helpers that have started and not yet left; no helper joins once closed. */
    private int activeHelpers;
    private boolean closed;

    LoopRun(int n, Progress progress, String message, Supplier<? extends S> workerState,
            ObjIntConsumer<? super S> body, int workers) {
        this.n = n;
        this.progress = progress;
        this.message = message;
        this.workerState = workerState;
        this.body = body;
        this.workers = workers;
    }

    /** Runs the loop with the caller as one worker; returns when every index is done or throws. */
    void execute(Executor helpers) {
        report(true);
        int wanted = (int) Math.min(workers - 1L, n - 1L);
        for (int h = 0; h < wanted; h++) {
            try {
                helpers.execute(this::helpAsHelper);
            } catch (RejectedExecutionException e) {
                break; // pool shut down: the caller does the rest alone
            }
        }
        work();
        boolean interrupted = awaitHelpers();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        finish(interrupted);
    }

    private void helpAsHelper() {
        synchronized (this) {
            if (closed) {
                return;
            }
            activeHelpers++;
        }
        try {
            work();
        } finally {
            synchronized (this) {
                activeHelpers--;
                notifyAll();
            }
        }
    }

    /** Closes the loop to late helpers and waits for the started ones; true if interrupted meanwhile. */
    private synchronized boolean awaitHelpers() {
        closed = true;
        boolean interrupted = false;
        while (activeHelpers > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
                cancelled = true;
                stop = true;
            }
        }
        return interrupted;
    }

    private void finish(boolean interrupted) {
        Throwable t = failure.get();
        if (t != null) {
            throw asUnchecked(t);
        }
        if (cancelled || interrupted || done.get() < n) {
            throw new CancelledException();
        }
        report(true);
    }

    private static RuntimeException asUnchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new UndeclaredThrowableException(t);
    }

    /** Claims and runs chunks until the indices run out, the loop stops or the progress is cancelled. */
    private void work() {
        try {
            S state = workerState.get();
            int chunk = 1;
            while (!stop) {
                if (progress.isCancelled()) {
                    cancelled = true;
                    stop = true;
                    return;
                }
                long remaining = n - next.get();
                int size = (int) Math.max(1, Math.min(chunk, remaining / (2L * workers)));
                long start = next.getAndAdd(size);
                if (start >= n) {
                    return;
                }
                long end = Math.min(n, start + size);
                long began = System.nanoTime();
                long i = start;
                while (i < end && !stop) {
                    body.accept(state, (int) i);
                    i++;
                }
                done.addAndGet(i - start);
                report(false);
                chunk = adapt(chunk, System.nanoTime() - began);
            }
        } catch (Throwable t) { // the body's failure, whatever it is, ends the loop for everyone
            failure.compareAndSet(null, t);
            stop = true;
        }
    }

    private static int adapt(int chunk, long nanos) {
        if (nanos < TARGET_CHUNK_NANOS / 2 && chunk < (1 << 24)) {
            return chunk * 2;
        }
        if (nanos > 2 * TARGET_CHUNK_NANOS && chunk > 1) {
            return chunk / 2;
        }
        return chunk;
    }

    /**
     * Reports done/n if it grew since the last report. Reading the count and reporting happen under
     * one lock, so reported fractions never decrease; workers skip the report when another holds it.
     */
    private void report(boolean force) {
        if (force) {
            reportLock.lock();
        } else if (!reportLock.tryLock()) {
            return;
        }
        try {
            long now = System.nanoTime();
            long d = done.get();
            boolean due = force || now - lastReportNanos >= REPORT_INTERVAL_NANOS;
            if (d > reported && due || reported < 0) {
                reported = d;
                lastReportNanos = now;
                progress.report(n == 0 ? 1.0 : (double) d / n, message);
            }
        } finally {
            reportLock.unlock();
        }
    }
}
