package org.descriptorworkbench.error;

/** A computation was refused up front because it would need more memory (or another resource) than is available. */
public class ResourceLimitException extends WorkbenchException {
    private static final long serialVersionUID = 1L;

    public ResourceLimitException(String message) {
        super(message);
    }
}
