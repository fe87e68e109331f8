package org.descriptorworkbench.descriptor.chebyshev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.Progress;
import org.descriptorworkbench.testing.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CHSF, CHSF-mix and their moments on the first frames of the bundled aenet TiO2 set (periodic
 * cells, aenet's own domain), with aenet's TiO2 example setting (radial 8 Å / order 16, angular
 * 6.5 Å / order 4): every row computed by the engine, the expected shape, finite values.
 */
class ChebyshevSampleDataTest {
    private static final int FRAMES = 3;
    private static Dataset frames;

    @BeforeAll
    static void readFrames() {
        Dataset all = StructureFiles.read(SharedFiles.sampleData("TiO2_aenet_sub2000.extxyz"));
        frames = new Dataset("TiO2 first frames", all.structures().subList(0, FRAMES));
    }

    private static FeatureMatrix compute(String spec) {
        Descriptor d = DescriptorCatalog.create(DescriptorCatalog.parse(spec), frames.species());
        return DescriptorEngine.compute(d, frames, DescriptorEngine.defaultThreads(), Progress.none());
    }

    private static void assertFinite(FeatureMatrix m) {
        assertTrue(Arrays.stream(m.data()).allMatch(Double::isFinite), m + " has non-finite values");
    }

    @Test
    void chsfGivesFortyFourFeaturesPerAtom() {
        FeatureMatrix m = compute("chebyshev(r_cut=8, r_cut_angular=6.5, radial_order=16, angular_order=4)");
        assertEquals(frames.atomCount(), m.rows());
        assertEquals(2 * (17 + 5), m.columns());
        assertFinite(m);
        // Every Ti and O atom has neighbours inside 8 Å: the zeroth radial coefficient (Σ f_c) is positive.
        for (int r = 0; r < m.rows(); r++) {
            assertTrue(m.get(r, 0) > 0, "row " + r);
        }
    }

    @Test
    void chsfMixGivesTheMixedBlockPerAtom() {
        FeatureMatrix m = compute("chebyshev(r_cut=6.5, r_cut_angular=4, radial_order=8, angular_order=4, mix=true, mix_radial_order=3)");
        assertEquals(frames.atomCount(), m.rows());
        assertEquals(2 * (9 + 10 * 5), m.columns());
        assertFinite(m);
    }

    @Test
    void momentsGiveOneRowPerFrame() {
        FeatureMatrix m = compute("moments(local=chebyshev(r_cut=6, r_cut_angular=3, radial_order=19, angular_order=5), "
                + "n_out=2, n_in=2, weighted=both)");
        assertEquals(FRAMES, m.rows());
        assertEquals(2 * (20 + 6) * 2 * 2 * 2, m.columns());
        assertFinite(m);
    }
}
