package org.descriptorworkbench.task;

/** Where a submitted task is in its life: waiting, running, or finished in one of three ways. */
public enum TaskState {
    /** Submitted, waiting for a worker thread. */
    QUEUED,
    /** Running on a worker thread. */
    RUNNING,
    /** The job returned a result. */
    SUCCEEDED,
    /** The job threw an exception other than {@link CancelledException}. */
    FAILED,
    /** Cancelled before it started, or the job stopped with {@link CancelledException}. */
    CANCELLED;

    /** True for the three final states. */
    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
