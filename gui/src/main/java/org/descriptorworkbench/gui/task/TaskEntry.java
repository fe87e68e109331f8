package org.descriptorworkbench.gui.task;

import java.time.Duration;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.descriptorworkbench.task.TaskHandle;
import org.descriptorworkbench.task.TaskState;

/**
 * One line of the task bar: a task's title, state, progress, message, elapsed time and, after a
 * failure, its one-line reason and full details. Updated only on the UI executor by {@link TaskBarModel}.
 */
public final class TaskEntry {
    private final TaskHandle<?> handle;
    private final ReadOnlyObjectWrapper<TaskState> state = new ReadOnlyObjectWrapper<>(this, "state", TaskState.QUEUED);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private String failureDetails = "";

    TaskEntry(TaskHandle<?> handle) {
        this.handle = handle;
    }

    public String title() {
        return handle.title();
    }

    public TaskHandle<?> handle() {
        return handle;
    }

    /** Asks the task to stop; it ends as cancelled at its next loop boundary. */
    public void cancel() {
        handle.cancel();
    }

    public ReadOnlyObjectProperty<TaskState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** 0..1 while running; −1 (indeterminate) while queued. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The job's latest message, or the failure's one-line reason. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "queued", "running", "done in 1.2 s", "failed after 0.3 s", "cancelled". */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The failure's stack trace, empty unless the task failed. */
    public String failureDetails() {
        return failureDetails;
    }

    /**
     * Applies a reading of the task. A finished task stays finished: a reading taken before it finished
     * may arrive after the final one (the task bar's "state it has now" catch-up races the worker's final
     * update when the UI executor is not one thread, as in tests).
     */
    synchronized void update(TaskState now, double fraction, String text) {
        if (state.get().isFinished() && !now.isFinished()) {
            return;
        }
        state.set(now);
        progress.set(now == TaskState.QUEUED ? -1 : fraction);
        if (now != TaskState.FAILED) {
            message.set(text);
        }
        detail.set(describe(now, handle.elapsed()));
    }

    synchronized void fail(String reason, String details) {
        message.set(reason);
        failureDetails = details;
    }

    static String describe(TaskState state, Duration elapsed) {
        String time = String.format(Locale.ROOT, "%.1f s", elapsed.toNanos() / 1e9);
        return switch (state) {
            case QUEUED -> "queued";
            case RUNNING -> "running " + time;
            case SUCCEEDED -> "done in " + time;
            case FAILED -> "failed after " + time;
            case CANCELLED -> "cancelled";
        };
    }
}
