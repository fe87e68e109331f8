package org.descriptorworkbench.descriptor.soap;

import org.descriptorworkbench.testing.RandomStructures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;

/** A small fit dataset of random H/C/O clusters written once to a temporary extended-XYZ file. */
final class OptimalFitData {
    static final int[] SPECIES = {1, 6, 8};
    private static Path file;

    private OptimalFitData() {
    }

    /** Eight clusters of ten atoms (fixed seeds), every species present. */
    static Dataset dataset() {
        List<Structure> structures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            structures.add(RandomStructures.cluster(100 + i, 10, SPECIES, 4));
        }
        return new Dataset("random fit clusters", structures);
    }

    static synchronized Path file() {
        if (file == null) {
            try {
                Path dir = Files.createTempDirectory("dwb-optimal");
                file = dir.resolve("fit.extxyz");
                StructureFiles.write(dataset(), file);
                file.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** A SOAP spec over the fit species with the given options and an optimal basis fitted on {@link #file()}. */
    static String spec(String soapOptions, String optimalOptions) {
        return "soap(r_cut=4, n_max=6, l_max=3, sigma=0.5" + soapOptions + ", radial=optimal(" + optimalOptions
                + ", fit=\"" + file() + "\"))";
    }
}
