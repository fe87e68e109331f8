package org.descriptorworkbench.gui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.CancelledException;
import org.descriptorworkbench.task.TaskExecutor;
import org.descriptorworkbench.task.TaskState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The task bar's state, with updates applied on the calling thread instead of the JavaFX thread. */
class TaskBarModelTest {
    private final TaskExecutor executor = new TaskExecutor("test-task", 1);
    private final TaskBarModel model = new TaskBarModel(executor, Runnable::run);

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void aFinishedTaskShowsItsResultAndTime() throws Exception {
        var f = model.submit("sum", p -> {
            p.report(0.5, "half way");
            return 42;
        });
        assertEquals(42, f.get(10, TimeUnit.SECONDS));
        TaskEntry e = model.entries().get(0);
        assertEquals("sum", e.title());
        assertEquals(TaskState.SUCCEEDED, e.stateProperty().get());
        assertTrue(e.detailProperty().get().startsWith("done in "), e.detailProperty().get());
        assertEquals(1.0, e.progressProperty().get());
    }

    @Test
    void aFailedTaskShowsTheOneLineReasonAndKeepsTheDetails() {
        var f = model.submit("bad", p -> {
            throw new ParameterException("k", "must be at least 1, got 0");
        });
        ExecutionException x = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        assertTrue(x.getCause() instanceof ParameterException);
        TaskEntry e = model.entries().get(0);
        assertEquals(TaskState.FAILED, e.stateProperty().get());
        assertEquals("k: must be at least 1, got 0", e.messageProperty().get());
        assertTrue(e.failureDetails().contains("ParameterException"));
    }

    @Test
    void cancellingARunningTaskEndsItCancelled() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        var f = model.submit("long", p -> {
            running.countDown();
            while (true) {
                p.checkCancelled();
                Thread.sleep(5);
            }
        });
        assertTrue(running.await(10, TimeUnit.SECONDS));
        model.entries().get(0).cancel();
        ExecutionException x = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        assertTrue(x.getCause() instanceof CancelledException);
        assertEquals(TaskState.CANCELLED, model.entries().get(0).stateProperty().get());
        assertEquals("cancelled", model.entries().get(0).detailProperty().get());
    }

    @Test
    void aReadingTakenWhileRunningNeverReopensAFinishedTask() throws Exception {
        TaskEntry entry = new TaskEntry(executor.submit("quick", p -> 1));
        entry.handle().await();
        entry.update(TaskState.SUCCEEDED, 1, "done");
        entry.update(TaskState.RUNNING, 0.5, "half way"); // a late catch-up reading
        assertEquals(TaskState.SUCCEEDED, entry.stateProperty().get());
        assertEquals("done", entry.messageProperty().get());
    }

    @Test
    void keepsOnlyTheNewestFinishedTasks() throws Exception {
        for (int i = 0; i < TaskBarModel.KEPT_FINISHED + 3; i++) {
            int n = i;
            model.submit("t" + i, p -> n).get(10, TimeUnit.SECONDS);
        }
        assertEquals(TaskBarModel.KEPT_FINISHED, model.entries().size());
        assertEquals("t" + (TaskBarModel.KEPT_FINISHED + 2), model.entries().get(model.entries().size() - 1).title());
    }
}
