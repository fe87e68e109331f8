package org.descriptorworkbench.task;

/**
 * A unit of long-running work with a result: it reports through the given {@link Progress} and
 * stops with {@link CancelledException} when asked to. Jobs are plain objects; the task executor,
 * the CLI and the GUI decide where they run.
 */
@FunctionalInterface
public interface Job<T> {

    /** Runs the work on the calling thread. */
    T run(Progress progress) throws Exception;
}
