package org.descriptorworkbench.task;

/** Thrown inside a job when its cancellation was requested; not an error, so it carries no stack trace. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
