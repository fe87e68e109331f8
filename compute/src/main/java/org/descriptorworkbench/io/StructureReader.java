package org.descriptorworkbench.io;

import java.io.Reader;
import java.nio.file.Path;
import org.descriptorworkbench.structure.Dataset;

/** Reads every structure of one file format into a {@link Dataset}; all-or-nothing. */
public interface StructureReader {

    /**
     * Reads a whole file.
     *
     * @throws StructureFormatException naming the file, the line and what was expected, when the file
     *                                  cannot be read or is not valid in this format
     */
    Dataset read(Path file);

    /**
     * Reads text from a source that is not a file (or whose size is unknown); {@code source} names it
     * in the dataset and in error messages. The reader is not closed.
     */
    Dataset read(String source, Reader text);
}
