package org.descriptorworkbench.error;

/**
 * Root of every error caused by what the user gave the workbench (a file, a parameter, a request
 * that needs too much memory); its message is one line that says what was wrong and what is allowed.
 * Programming errors stay ordinary runtime exceptions.
 */
public class WorkbenchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkbenchException(String message) {
        super(message);
    }

    public WorkbenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
