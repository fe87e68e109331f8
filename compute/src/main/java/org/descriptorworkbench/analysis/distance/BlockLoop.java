package org.descriptorworkbench.analysis.distance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.descriptorworkbench.task.CancelledException;
import org.descriptorworkbench.task.Progress;

/**
 * Runs independent numbered blocks of work on a fixed number of threads, each thread owning its
 * scratch buffers, with progress reported per finished block and cancellation checked between blocks.
 * (Stand-in until the task package's shared parallel loop is available.)
 */
public final class BlockLoop {

    /** Work on one block, with the index of the worker thread so it can use that worker's buffers. */
    @FunctionalInterface
    public interface BlockWork {
        void run(int block, int worker);
    }

    private final int threads;

    public BlockLoop(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** One thread per available processor. */
    public static BlockLoop forMachine() {
        return new BlockLoop(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    /** Runs blocks 0..blocks-1 and returns when all are done; rethrows the first failure. */
    public void run(int blocks, BlockWork work, Progress progress, String message) {
        int workers = Math.max(1, Math.min(threads, blocks));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        if (workers == 1) {
            drain(0, blocks, next, done, work, progress, message);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "dwb-block-loop");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                futures.add(pool.submit(() -> drain(worker, blocks, next, done, work, progress, message)));
            }
            for (Future<?> future : futures) {
                await(future, next, blocks);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void drain(int worker, int blocks, AtomicInteger next, AtomicInteger done, BlockWork work,
            Progress progress, String message) {
        int block;
        while ((block = next.getAndIncrement()) < blocks) {
            progress.checkCancelled();
            work.run(block, worker);
            progress.report((double) done.incrementAndGet() / blocks, message);
        }
    }

    private static void await(Future<?> future, AtomicInteger next, int blocks) {
        try {
            future.get();
        } catch (InterruptedException e) {
            next.set(blocks);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            next.set(blocks);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
