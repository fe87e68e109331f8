package org.descriptorworkbench.io;

import org.descriptorworkbench.error.WorkbenchException;

/**
 * A dataset could not be written to a structure file: the target cannot be written, or the format
 * cannot express something in the dataset (e.g. a per-atom string with a space in extended XYZ).
 * The message names the file.
 */
public class StructureWriteException extends WorkbenchException {
    private static final long serialVersionUID = 1L;

    private final String file;

    public StructureWriteException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public StructureWriteException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }
}
