package org.descriptorworkbench.task;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs a loop body for indices 0..n−1 on several threads: the calling thread plus helpers from a
 * pool of daemon threads sized to the machine. Workers claim chunks of indices from a shared
 * counter (self-scheduling; chunk sizes adapt so that one chunk takes a few milliseconds), so
 * cancellation is seen within about one chunk, a failing body stops every worker, and progress
 * rises monotonically from 0 to 1.
 *
 * <p>The calling thread always works on the loop itself and waits only for helpers that have
 * actually started, so loops may be nested and may run inside tasks of any {@link TaskExecutor}
 * without deadlock, even when every helper thread is busy. Indices are visited in no particular
 * order; a body that writes only to its own index's output gives deterministic results.
 */
public final class ParallelLoop {
    private final Executor helpers;
    private final int workers;

    /**
     * A loop runner using the given helper threads.
     *
     * @param helpers where helper workers run (their tasks must not block on anything but the body)
     * @param workers the most threads working on one loop, the caller included, at least 1
     */
    ParallelLoop(Executor helpers, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("a loop needs at least 1 worker, got " + workers);
        }
        this.helpers = Objects.requireNonNull(helpers, "helpers");
        this.workers = workers;
    }

    /**
     * Calls body.accept(i) for every i in 0..n−1 on the shared loop threads and returns when all are
     * done.
     *
     * @param progress receives fraction done/n with the message (0 at the start, 1 at the end) and
     *                 is polled for cancellation between chunks
     * @throws CancelledException if progress was cancelled before every index was done
     * @throws RuntimeException   the first exception the body threw (the same object), once every
     *                            worker has stopped
     */
    public static void forEach(int n, Progress progress, String message, IntConsumer body) {
        Objects.requireNonNull(body, "body");
        shared().run(n, progress, message, () -> null, (ignored, i) -> body.accept(i));
    }

    /**
     * Like {@link #forEach(int, Progress, String, IntConsumer)}, but every worker thread first makes
     * its own state object (reusable buffers, workspaces) with workerState and the body receives it.
     * A state object is only ever used by one thread at a time.
     */
    public static <S> void forEach(int n, Progress progress, String message, Supplier<? extends S> workerState,
                                   ObjIntConsumer<? super S> body) {
        shared().run(n, progress, message, workerState, body);
    }

    /**
     * Like {@link #forEach(int, Progress, String, Supplier, ObjIntConsumer)}, but with at most
     * {@code workers} threads on this loop (the caller included), e.g. for a {@code --threads}
     * option or a single-thread benchmark.
     */
    public static <S> void forEach(int n, int workers, Progress progress, String message,
                                   Supplier<? extends S> workerState, ObjIntConsumer<? super S> body) {
        new ParallelLoop(Shared.THREADS, workers).run(n, progress, message, workerState, body);
    }

    /** The runner behind the static methods: one worker per available processor. */
    static ParallelLoop shared() {
        return Shared.INSTANCE;
    }

    /** Runs the loop; see {@link #forEach(int, Progress, String, Supplier, ObjIntConsumer)}. */
    <S> void run(int n, Progress progress, String message, Supplier<? extends S> workerState,
                 ObjIntConsumer<? super S> body) {
        if (n < 0) {
            throw new IllegalArgumentException("a loop cannot have " + n + " indices");
        }
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(workerState, "workerState");
        Objects.requireNonNull(body, "body");
        progress.checkCancelled();
        new LoopRun<S>(n, progress, message == null ? "" : message, workerState, body, workers).execute(helpers);
    }

    private static final class Shared {
        static final int PROCESSORS = Runtime.getRuntime().availableProcessors();
        static final ExecutorService THREADS = new ThreadPoolExecutor(PROCESSORS, PROCESSORS, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), new DaemonThreadFactory("dwb-loop"));
        static final ParallelLoop INSTANCE = new ParallelLoop(THREADS, PROCESSORS);
    }
}
