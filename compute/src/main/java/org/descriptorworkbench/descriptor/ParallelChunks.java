package org.descriptorworkbench.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a loop over 0..count−1 in chunks on a fixed number of threads (the caller's thread is one
 * of them), each worker with its own state; the first failure stops the others and is rethrown.
 */
final class ParallelChunks {

    /** The body of one worker: called for consecutive chunks [from, to) with that worker's state. */
    interface Body<S> {
        void run(S state, int from, int to);
    }

    private ParallelChunks() {
    }

    static <S> void run(int count, int chunk, int threads, java.util.function.Supplier<S> stateFactory, Body<S> body) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            S state = stateFactory.get();
            while (failure.get() == null) {
                int from = next.getAndAdd(chunk);
                if (from >= count) {
                    return;
                }
                try {
                    body.run(state, from, Math.min(count, from + chunk));
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    return;
                }
            }
        };
        int extra = Math.max(0, Math.min(threads, (count + chunk - 1) / chunk) - 1);
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < extra; i++) {
            Thread t = new Thread(worker, "dwb-descriptor-" + i);
            t.setDaemon(true);
            t.start();
            started.add(t);
        }
        worker.run();
        for (Thread t : started) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
