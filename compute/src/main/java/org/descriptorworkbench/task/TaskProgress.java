package org.descriptorworkbench.task;

/**
 * One consistent reading of how far a task is: the fraction done (0..1) and the job's message.
 *
 * @param fraction 0..1
 * @param message  short text saying what the job is doing, never null
 */
public record TaskProgress(double fraction, String message) {

    /** The progress of a task that has not reported yet. */
    public static final TaskProgress NONE = new TaskProgress(0, "");
}
