package org.descriptorworkbench.io;

import java.io.Reader;
import java.nio.file.Path;
import org.descriptorworkbench.structure.Dataset;

/**
 * The shared entry points of the line-based readers: a file is opened with its size known (so
 * impossible atom counts are refused before allocating), other text with the size unknown; the
 * format itself only parses {@link NumberedLines}.
 */
abstract class LineStructureReader implements StructureReader {

    @Override
    public final Dataset read(Path file) {
        try (NumberedLines lines = NumberedLines.open(file)) {
            return read(lines);
        }
    }

    @Override
    public final Dataset read(String source, Reader text) {
        return read(new NumberedLines(source, text, NumberedLines.UNKNOWN_SIZE));
    }

    /** Parses every structure from the lines. */
    abstract Dataset read(NumberedLines lines);
}
