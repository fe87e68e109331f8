package org.descriptorworkbench.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

import org.descriptorworkbench.error.ParameterException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ParallelLoopTest {
    private static final int WORKERS = 8;

    private ExecutorService helpers;
    /** More workers than the machine has cores, to make the threads interleave. */
    private ParallelLoop eightWorkers;

    @BeforeEach
    void startHelpers() {
        helpers = Executors.newFixedThreadPool(WORKERS - 1, new DaemonThreadFactory("test-loop"));
        eightWorkers = new ParallelLoop(helpers, WORKERS);
    }

    @AfterEach
    void stopHelpers() {
        helpers.shutdownNow();
    }

    /** Busy-waits so the body takes real time without depending on the scheduler's sleep granularity. */
    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    @Test
    void visitsEveryIndexExactlyOnce() {
        int n = 200_000;
        AtomicIntegerArray visits = new AtomicIntegerArray(n);

        eightWorkers.run(n, Progress.none(), "visit", () -> null, (s, i) -> visits.incrementAndGet(i));

        for (int i = 0; i < n; i++) {
            assertEquals(1, visits.get(i), "index " + i);
        }
    }

    @Test
    void sharedLoopVisitsEveryIndexExactlyOnce() {
        int n = 100_000;
        AtomicIntegerArray visits = new AtomicIntegerArray(n);

        ParallelLoop.forEach(n, Progress.none(), "visit", visits::incrementAndGet);

        for (int i = 0; i < n; i++) {
            assertEquals(1, visits.get(i), "index " + i);
        }
    }

    @Test
    void reportsNonDecreasingFractionsFromZeroToOne() {
        List<Double> fractions = new ArrayList<>();
        Progress recorder = new Progress() {
            @Override
            public void report(double fraction, String message) {
                synchronized (fractions) {
                    fractions.add(fraction);
                }
                assertEquals("spinning", message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        eightWorkers.run(2000, recorder, "spinning", () -> null, (s, i) -> spin(200_000));

        synchronized (fractions) {
            assertEquals(0.0, fractions.get(0));
            assertEquals(1.0, fractions.get(fractions.size() - 1));
            assertTrue(fractions.size() >= 3, "intermediate reports during 400 ms of work: " + fractions);
            for (int k = 1; k < fractions.size(); k++) {
                assertTrue(fractions.get(k) >= fractions.get(k - 1), "report " + k + " decreased: " + fractions);
            }
        }
    }

    @Test
    void cancellationStopsEveryWorkerLongBeforeTheEnd() {
        int n = 10_000_000; // about 100 s of work if nothing stopped it
        AtomicLong iterations = new AtomicLong();
        CancellationToken token = new CancellationToken();

        assertThrows(CancelledException.class, () -> eightWorkers.run(n, token, "cancel me", () -> null, (s, i) -> {
            if (iterations.incrementAndGet() == 1000) {
                token.cancel();
            }
            spin(10_000);
        }));

        assertTrue(iterations.get() < n / 100, iterations.get() + " iterations ran");
    }

    @Test
    void cancelledProgressStopsTheLoopBeforeItStarts() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        AtomicLong iterations = new AtomicLong();

        assertThrows(CancelledException.class,
                () -> ParallelLoop.forEach(100, token, "never", i -> iterations.incrementAndGet()));

        assertEquals(0, iterations.get());
    }

    @Test
    void rethrowsTheBodysExceptionWithTypeAndMessageAndStopsOtherWorkers() {
        int n = 10_000_000;
        AtomicLong iterations = new AtomicLong();
        ParameterException thrown = new ParameterException("r_cut", "must be > 0, got -1");

        ParameterException e = assertThrows(ParameterException.class,
                () -> eightWorkers.run(n, Progress.none(), "fail", () -> null, (s, i) -> {
                    if (iterations.incrementAndGet() == 777) {
                        throw thrown;
                    }
                    spin(10_000);
                }));

        assertSame(thrown, e);
        assertEquals("r_cut: must be > 0, got -1", e.getMessage());
        assertTrue(iterations.get() < n / 100, iterations.get() + " iterations ran");
    }

    @Test
    void givesEachWorkerItsOwnStateUsedByOneThreadOnly() {
        Set<Object> states = ConcurrentHashMap.newKeySet();

        eightWorkers.run(50_000, Progress.none(), "state", () -> {
            Thread[] owner = {Thread.currentThread()};
            states.add(owner);
            return owner;
        }, (owner, i) -> assertSame(owner[0], Thread.currentThread()));

        assertTrue(!states.isEmpty() && states.size() <= WORKERS, states.size() + " states");
    }

    @Test
    void nestedLoopsFinishEvenWhenEveryHelperIsBusy() {
        ExecutorService oneHelper = Executors.newSingleThreadExecutor(new DaemonThreadFactory("one-helper"));
        try {
            ParallelLoop starved = new ParallelLoop(oneHelper, 4);
            AtomicLong sum = new AtomicLong();

            starved.run(16, Progress.none(), "outer", () -> null,
                    (s, i) -> starved.run(100, Progress.none(), "inner", () -> null, (t, j) -> sum.addAndGet(j)));

            assertEquals(16L * 99 * 100 / 2, sum.get());
        } finally {
            oneHelper.shutdownNow();
        }
    }

    @Test
    void loopsInsideTasksFinishWithoutDeadlock() throws InterruptedException {
        try (TaskExecutor executor = new TaskExecutor("nested", 2)) {
            List<TaskHandle<Long>> tasks = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                tasks.add(executor.submit("nested " + t, progress -> {
                    AtomicLong sum = new AtomicLong();
                    ParallelLoop.forEach(20, progress, "outer", i ->
                            ParallelLoop.forEach(1000, Progress.none(), "inner", j -> sum.addAndGet(j)));
                    return sum.get();
                }));
            }
            for (TaskHandle<Long> task : tasks) {
                assertEquals(20L * 999 * 1000 / 2, task.get());
            }
        }
    }

    @Test
    void taskRunningALoopEndsCancelledSoonAfterCancel() throws InterruptedException {
        int n = 10_000_000;
        AtomicLong iterations = new AtomicLong();
        CountDownLatch started = new CountDownLatch(1);
        try (TaskExecutor executor = new TaskExecutor("cancel", 1)) {
            TaskHandle<Void> task = executor.submit("long loop", progress -> {
                ParallelLoop.forEach(n, progress, "spinning", i -> {
                    iterations.incrementAndGet();
                    started.countDown();
                    spin(10_000);
                });
                return null;
            });
            started.await();

            task.cancel();

            assertEquals(TaskState.CANCELLED, task.await());
            assertTrue(iterations.get() < n / 100, iterations.get() + " iterations ran");
        }
    }

    @Test
    void emptyLoopReportsCompletionAndRunsNothing() {
        CancellationToken token = new CancellationToken();

        ParallelLoop.forEach(0, token, "nothing", i -> {
            throw new AssertionError("no index to visit");
        });

        assertEquals(new TaskProgress(1.0, "nothing"), token.last());
    }

    @Test
    void rejectsNegativeIndexCount() {
        assertThrows(IllegalArgumentException.class, () -> ParallelLoop.forEach(-1, Progress.none(), "", i -> { }));
    }

    @Test
    void workerStateSupplierFailureIsRethrown() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> eightWorkers.run(10, Progress.none(), "", () -> {
                    throw new IllegalStateException("no buffer");
                }, (s, i) -> assertNull(s)));
        assertEquals("no buffer", e.getMessage());
    }
}
