package org.descriptorworkbench.task;

/**
 * Observes one task. Called on the thread that caused the change (a worker thread for progress and
 * most state changes, the cancelling thread when a queued task is cancelled), so a GUI must hand
 * the update to its own thread; must return quickly and should not throw.
 */
public interface TaskListener {

    /** The task reported progress. */
    default void progressChanged(TaskHandle<?> task, TaskProgress progress) {
    }

    /** The task moved to a new state; the last call has a finished state. */
    default void stateChanged(TaskHandle<?> task, TaskState state) {
    }
}
