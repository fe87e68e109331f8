package org.descriptorworkbench.task;

/**
 * Carries a checked exception thrown by a job out of {@link TaskHandle#get()}; unchecked exceptions
 * (including every {@link org.descriptorworkbench.error.WorkbenchException}) are rethrown as themselves.
 */
public final class TaskFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TaskFailedException(String title, Throwable cause) {
        super("task '" + title + "' failed: " + cause, cause);
    }
}
