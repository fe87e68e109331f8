package org.descriptorworkbench.task;

/**
 * The simplest real {@link Progress}, for running a job directly (tests, scripts, a caller that
 * owns the thread): anyone holding it can cancel the job, and it remembers the last report.
 */
public final class CancellationToken implements Progress {
    private volatile boolean cancelled;
    private volatile TaskProgress last = TaskProgress.NONE;

    @Override
    public void report(double fraction, String message) {
        last = new TaskProgress(fraction, message == null ? "" : message);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    /** Asks the job to stop at its next check. */
    public void cancel() {
        cancelled = true;
    }

    /** The last fraction and message reported (fraction 0 and "" before any report). */
    public TaskProgress last() {
        return last;
    }
}
