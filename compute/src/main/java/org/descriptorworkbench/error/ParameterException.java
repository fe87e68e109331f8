package org.descriptorworkbench.error;

/** A parameter (of a descriptor, an analysis or a command) is unknown or outside its allowed range. */
public class ParameterException extends WorkbenchException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public ParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    /** The name of the offending parameter, as the user writes it. */
    public String parameter() {
        return parameter;
    }
}
