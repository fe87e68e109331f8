package org.descriptorworkbench.io;

import org.descriptorworkbench.error.WorkbenchException;

/**
 * A structure file could not be read: names the file, the line (1-based, 0 when not tied to a
 * line) and what was expected, in one line such as {@code si.xyz:12: expected 3 coordinates, got "1.0 abc"}.
 */
public class StructureFormatException extends WorkbenchException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;

    public StructureFormatException(String file, long line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public StructureFormatException(String file, long line, String message, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.file = file;
        this.line = line;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 if the problem is not tied to one line. */
    public long line() {
        return line;
    }
}
