package org.descriptorworkbench.gui.dataset;

import java.nio.file.Path;
import java.util.Objects;
import org.descriptorworkbench.structure.Dataset;

/**
 * A dataset open in the workbench, with the file it was read from. The file (absolute, normalised)
 * is what identifies it: opening the same file again finds this entry instead of reading a copy.
 *
 * @param file    absolute, normalised path of the structure file
 * @param dataset the structures read from it
 */
public record OpenDataset(Path file, Dataset dataset) {
    public OpenDataset {
        Objects.requireNonNull(dataset, "dataset");
        file = keyOf(file);
    }

    /** The path a file is known by: absolute and normalised, so "a/../b.xyz" and "b.xyz" are one file. */
    public static Path keyOf(Path file) {
        return Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }

    /** The file name, e.g. "quinary_liquid.extxyz". */
    public String name() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** What the list of open datasets shows: name, frames and atoms, e.g. "si.extxyz — 3 frames, 24 atoms". */
    public String summary() {
        int frames = dataset.size();
        long atoms = dataset.atomCount();
        return name() + " — " + frames + (frames == 1 ? " frame, " : " frames, ") + atoms + (atoms == 1 ? " atom" : " atoms");
    }
}
