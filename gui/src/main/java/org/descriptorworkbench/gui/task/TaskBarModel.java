package org.descriptorworkbench.gui.task;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.task.CancelledException;
import org.descriptorworkbench.task.Job;
import org.descriptorworkbench.task.TaskExecutor;
import org.descriptorworkbench.task.TaskHandle;
import org.descriptorworkbench.task.TaskListener;
import org.descriptorworkbench.task.TaskProgress;
import org.descriptorworkbench.task.TaskState;

/**
 * The task bar's state: every task started from the GUI, adapted from the task core's listeners
 * (called on worker threads) to the UI executor ({@code Platform::runLater} in the application), so
 * the JavaFX thread only ever applies finished readings and never waits on a computation. Keeps the
 * last {@link #KEPT_FINISHED} finished tasks so their time or failure stays visible.
 */
public final class TaskBarModel {
    /** How many finished tasks stay listed. */
    public static final int KEPT_FINISHED = 6;

    private final TaskExecutor executor;
    private final Executor ui;
    private final ObservableList<TaskEntry> entries = FXCollections.observableArrayList();

    /**
     * @param executor where jobs run ({@link TaskExecutor#shared()} in the application)
     * @param ui       where entries are updated (the JavaFX thread in the application)
     */
    public TaskBarModel(TaskExecutor executor, Executor ui) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** The listed tasks, oldest first; changed only on the UI executor. */
    public ObservableList<TaskEntry> entries() {
        return entries;
    }

    /**
     * A listed task: its outcome, and its handle for whoever needs to cancel it without going through
     * the task bar (e.g. when the dataset it computes for is closed).
     *
     * @param result completes as {@link #submit}'s future does
     * @param handle the task core's handle ({@link TaskHandle#cancel()} ends it as cancelled)
     */
    public record Started<T>(CompletableFuture<T> result, TaskHandle<T> handle) {
    }

    /**
     * Submits a job and lists it. The future completes on a worker thread with the result, or
     * exceptionally with the job's exception (CancelledException when cancelled).
     */
    public <T> CompletableFuture<T> submit(String title, Job<T> job) {
        return start(title, job).result();
    }

    /** Submits a job and lists it, as {@link #submit} does, and also gives its handle. */
    public <T> Started<T> start(String title, Job<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        TaskHandle<T> handle = executor.submit(title, job);
        TaskEntry entry = new TaskEntry(handle);
        ui.execute(() -> entries.add(entry));
        handle.addListener(new TaskListener() {
            @Override
            public void progressChanged(TaskHandle<?> task, TaskProgress p) {
                TaskState s = task.state();
                if (!s.isFinished()) {
                    ui.execute(() -> entry.update(s, p.fraction(), p.message()));
                }
            }

            @Override
            public void stateChanged(TaskHandle<?> task, TaskState s) {
                TaskProgress p = task.progress();
                if (s == TaskState.FAILED) {
                    Throwable failure = failureOf(handle);
                    ui.execute(() -> {
                        entry.update(s, p.fraction(), p.message());
                        entry.fail(reasonOf(failure), stackTrace(failure));
                        trimFinished();
                    });
                    result.completeExceptionally(failure);
                    return;
                }
                ui.execute(() -> {
                    entry.update(s, p.fraction(), p.message());
                    if (s.isFinished()) {
                        trimFinished();
                    }
                });
                if (s == TaskState.SUCCEEDED) {
                    result.complete(resultOf(handle));
                } else if (s == TaskState.CANCELLED) {
                    result.completeExceptionally(new CancelledException());
                }
            }
        });
        // the task may have started before the listener was added: show the state it has now
        ui.execute(() -> {
            TaskState now = handle.state();
            if (entry.stateProperty().get() == TaskState.QUEUED && now == TaskState.RUNNING) {
                entry.update(now, handle.progress().fraction(), handle.progress().message());
            }
        });
        return new Started<>(result, handle);
    }

    /** Cancels every unfinished listed task. */
    public void cancelAll() {
        for (TaskEntry e : entries) {
            e.cancel();
        }
    }

    /** Removes finished tasks beyond the newest {@link #KEPT_FINISHED}. */
    private void trimFinished() {
        int finished = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).stateProperty().get().isFinished() && ++finished > KEPT_FINISHED) {
                entries.remove(i);
            }
        }
    }

    /** The user-facing one-line reason: a WorkbenchException's message, else the exception's class and message. */
    public static String reasonOf(Throwable failure) {
        if (failure instanceof WorkbenchException) {
            return failure.getMessage();
        }
        String text = failure.getMessage();
        return failure.getClass().getSimpleName() + (text == null ? "" : ": " + text.lines().findFirst().orElse(""));
    }

    private static <T> T resultOf(TaskHandle<T> handle) {
        try {
            return handle.get(); // finished already: returns at once
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Throwable failureOf(TaskHandle<?> handle) {
        try {
            handle.get();
            return new IllegalStateException("task reported failure but has a result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (RuntimeException e) {
            return e.getCause() != null && e.getClass().getSimpleName().equals("TaskFailedException") ? e.getCause() : e;
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
