package org.descriptorworkbench.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.descriptorworkbench.error.ParameterException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TaskExecutorTest {
    private TaskExecutor executor;

    @BeforeEach
    void start() {
        executor = new TaskExecutor("test-task", 1);
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void returnsTheJobsResult() throws InterruptedException {
        TaskHandle<Integer> task = executor.submit("answer", progress -> 42);

        assertEquals(42, task.get());
        assertEquals(TaskState.SUCCEEDED, task.state());
        assertEquals(1.0, task.progress().fraction());
    }

    @Test
    void rethrowsWorkbenchExceptionAsItself() throws InterruptedException {
        ParameterException thrown = new ParameterException("n_max", "must be at least 1, got 0");
        TaskHandle<Object> task = executor.submit("bad spec", progress -> {
            throw thrown;
        });

        ParameterException e = assertThrows(ParameterException.class, task::get);

        assertSame(thrown, e);
        assertEquals("n_max: must be at least 1, got 0", e.getMessage());
        assertEquals(TaskState.FAILED, task.state());
    }

    @Test
    void wrapsCheckedExceptionWithItAsCause() {
        TaskHandle<Object> task = executor.submit("read", progress -> {
            throw new IOException("disk gone");
        });

        TaskFailedException e = assertThrows(TaskFailedException.class, task::get);

        assertInstanceOf(IOException.class, e.getCause());
        assertEquals("disk gone", e.getCause().getMessage());
    }

    @Test
    void cancellingQueuedTaskFinishesItWithoutRunningIt() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        TaskHandle<Object> blocker = executor.submit("blocker", progress -> {
            release.await();
            return null;
        });
        AtomicBoolean ran = new AtomicBoolean();
        TaskHandle<Object> queued = executor.submit("queued", progress -> {
            ran.set(true);
            return null;
        });

        assertTrue(queued.cancel());

        assertEquals(TaskState.CANCELLED, queued.await());
        release.countDown();
        blocker.get();
        assertFalse(ran.get());
        assertEquals(Duration.ZERO, queued.elapsed());
        assertThrows(CancelledException.class, queued::get);
    }

    @Test
    void cancellingRunningJobEndsItCancelled() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        TaskHandle<Object> task = executor.submit("polls", progress -> {
            started.countDown();
            while (true) {
                progress.checkCancelled();
                Thread.onSpinWait();
            }
        });
        started.await();

        task.cancel();

        assertEquals(TaskState.CANCELLED, task.await());
        assertTrue(task.isCancelRequested());
        assertFalse(task.cancel(), "a finished task cannot be cancelled again");
    }

    @Test
    void listenersSeeProgressThenRunningAndFinalStates() throws InterruptedException {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch finished = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        executor.submit("keeps the only thread busy", progress -> go.await(10, TimeUnit.SECONDS));
        TaskHandle<String> task = executor.submit("reports", progress -> {
            progress.report(0.5, "half");
            return "done";
        });
        task.addListener(new TaskListener() {
            @Override
            public void progressChanged(TaskHandle<?> t, TaskProgress p) {
                events.add(p.fraction() + " " + p.message());
            }

            @Override
            public void stateChanged(TaskHandle<?> t, TaskState s) {
                events.add(s.name());
                if (s.isFinished()) {
                    finished.countDown();
                }
            }
        });
        go.countDown();

        finished.await();

        assertEquals(List.of("RUNNING", "0.5 half", "1.0 half", "SUCCEEDED"), events);
    }

    @Test
    void listenerAddedAfterTheEndIsToldTheFinalState() throws InterruptedException {
        TaskHandle<Integer> task = executor.submit("quick", progress -> 1);
        task.await();
        List<TaskState> told = new CopyOnWriteArrayList<>();

        task.addListener(new TaskListener() {
            @Override
            public void stateChanged(TaskHandle<?> t, TaskState s) {
                told.add(s);
            }
        });

        assertEquals(List.of(TaskState.SUCCEEDED), told);
    }

    @Test
    void elapsedTimeCoversTheRun() throws InterruptedException {
        TaskHandle<Object> task = executor.submit("sleeps", progress -> {
            Thread.sleep(30);
            return null;
        });

        task.get();

        assertTrue(task.elapsed().toMillis() >= 30, task.elapsed().toString());
        assertEquals(task.elapsed(), task.elapsed(), "fixed once finished");
    }

    @Test
    void closingCancelsUnfinishedTasks() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        TaskHandle<Object> running = executor.submit("running", progress -> {
            started.countDown();
            while (true) {
                progress.checkCancelled();
                Thread.onSpinWait();
            }
        });
        TaskHandle<Object> queued = executor.submit("queued", progress -> null);
        started.await();

        executor.close();

        assertEquals(TaskState.CANCELLED, running.await());
        assertEquals(TaskState.CANCELLED, queued.await());
        assertTrue(executor.unfinishedTasks().isEmpty());
        assertThrows(IllegalStateException.class, () -> executor.submit("late", progress -> null));
    }

    @Test
    void sharedExecutorRunsTasksOnNamedDaemonThreads() throws InterruptedException {
        TaskHandle<Thread> task = TaskExecutor.shared().submit("where", progress -> Thread.currentThread());

        Thread worker = task.get();

        assertTrue(worker.isDaemon());
        assertTrue(worker.getName().startsWith("dwb-task-"), worker.getName());
        assertThrows(UnsupportedOperationException.class, () -> TaskExecutor.shared().close());
    }
}
