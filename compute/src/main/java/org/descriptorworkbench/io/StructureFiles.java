package org.descriptorworkbench.io;

import java.nio.file.Path;
import java.util.List;
import org.descriptorworkbench.structure.Dataset;

/**
 * The one entry point for reading and writing structure files: picks the format from the file name
 * (see {@link StructureFormat}) and reads or writes the whole file.
 */
public final class StructureFiles {
    private StructureFiles() {
    }

    /**
     * Reads every structure in a file, the format chosen by its name.
     *
     * @throws StructureFormatException if the name is not of a supported format (the message lists
     *                                  them) or the content is not valid; names file and line
     */
    public static Dataset read(Path file) {
        return formatOf(file).reader().read(file);
    }

    /**
     * Writes a dataset to a file, the format chosen by its name; only extended XYZ (*.extxyz, *.xyz) can
     * be written.
     *
     * @throws StructureWriteException if the format cannot be written, the dataset holds something the
     *                                 format cannot express, or the file cannot be written
     */
    public static void write(Dataset dataset, Path file) {
        StructureFormat format = StructureFormat.forFile(file).orElse(null);
        if (format == null || !format.canWrite()) {
            throw new StructureWriteException(file.toString(), "can only write extended XYZ (*.extxyz, *.xyz)"
                    + (format == null ? "" : ", not " + format.title()));
        }
        new ExtendedXyzWriter().write(dataset, file);
    }

    /** The formats that can be read, in the order they are listed to users. */
    public static List<StructureFormat> supportedFormats() {
        return List.of(StructureFormat.values());
    }

    /** The format a file name says, or an error listing the supported ones. */
    public static StructureFormat formatOf(Path file) {
        return StructureFormat.forFile(file).orElseThrow(() -> new StructureFormatException(file.toString(), 0,
                "unknown structure file type; supported: " + StructureFormat.describeAll()));
    }
}
