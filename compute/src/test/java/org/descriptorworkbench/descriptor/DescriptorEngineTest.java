package org.descriptorworkbench.descriptor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.concurrent.atomic.AtomicReference;

import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.CancelledException;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.api.Test;

class DescriptorEngineTest {
    private static final Dataset G2 = StructureFiles.read(
            Paths.get(System.getProperty("dwb.shared", "../shared"), "reference", "structures", "g2_first10.extxyz"));

    private static Descriptor soap() {
        return DescriptorCatalog.create(DescriptorCatalog.parse("soap(r_cut=4, n_max=3, l_max=3)"), G2.species());
    }

    @Test
    void givesOneRowPerAtomInFileOrderWithMetadata() {
        FeatureMatrix m = DescriptorEngine.compute(soap(), G2, 1, Progress.none());
        assertEquals(67, m.rows());
        assertEquals(0, m.structureIndex(0));
        assertEquals(9, m.structureIndex(66));
        assertEquals(G2.get(9).atomCount() - 1, m.atomIndex(66));
        assertEquals(G2.get(0).atomicNumber(0), m.atomicNumber(0));
        assertEquals(soap().spec().text(), m.spec());
        assertEquals(soap().featureLabels(), m.featureLabels());
    }

    @Test
    void computesChosenCentresAsTheSameRowsOfTheWholeDataset() {
        FeatureMatrix all = DescriptorEngine.compute(soap(), G2, 1, Progress.none());
        int[] rows = {40, 3, 17};
        int[] structures = new int[rows.length];
        int[] atoms = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            structures[k] = all.structureIndex(rows[k]);
            atoms[k] = all.atomIndex(rows[k]);
        }
        FeatureMatrix chosen = DescriptorEngine.computeCentres(soap(), G2, structures, atoms, 2, Progress.none());
        assertEquals(rows.length, chosen.rows());
        for (int k = 0; k < rows.length; k++) {
            assertArrayEquals(all.row(rows[k]), chosen.row(k));
            assertEquals(all.atomicNumber(rows[k]), chosen.atomicNumber(k));
            assertEquals(atoms[k], chosen.atomIndex(k));
        }
    }

    @Test
    void givesTheSameNumbersOnOneAndTwoThreads() {
        FeatureMatrix one = DescriptorEngine.compute(soap(), G2, 1, Progress.none());
        FeatureMatrix two = DescriptorEngine.compute(soap(), G2, 2, Progress.none());
        assertArrayEquals(one.data(), two.data());
    }

    @Test
    void reportsProgressUpToOne() {
        AtomicReference<Double> last = new AtomicReference<>(0.0);
        DescriptorEngine.compute(soap(), G2, 2, new Progress() {
            @Override
            public void report(double fraction, String message) {
                last.accumulateAndGet(fraction, Math::max);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertEquals(1.0, last.get(), 1e-12);
    }

    @Test
    void stopsWhenCancelled() {
        Progress cancelled = new Progress() {
            @Override
            public void report(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> DescriptorEngine.compute(soap(), G2, 2, cancelled));
    }

    @Test
    void refusesAMatrixLargerThanMemoryAllows() {
        Descriptor huge = DescriptorCatalog.create(DescriptorCatalog.parse("soap(n_max=12, l_max=12)"),
                new int[] {1, 6, 7, 8, 9, 15, 16, 17, 35, 53});
        Dataset many = new Dataset("many", java.util.Collections.nCopies(4000, G2.get(6)));
        Exception e = assertThrows(org.descriptorworkbench.error.ResourceLimitException.class,
                () -> DescriptorEngine.compute(huge, many, 1, Progress.none()));
        assertTrue(e.getMessage().contains("feature matrix needs"), e.getMessage());
    }

    @Test
    void buildsTheNeighbourListsOfALargeStructureInBlocksWithTheSameEnvironments() {
        Dataset silicon = StructureFiles.read(Paths.get(System.getProperty("dwb.shared", "../shared"), "reference", "structures",
                "timing_si_diamond_4x4x4.extxyz"));
        Descriptor d = DescriptorCatalog.create(DescriptorCatalog.parse("soap(r_cut=3, n_max=2, l_max=2)"), silicon.species());
        FeatureMatrix m = DescriptorEngine.compute(d, silicon, 2, Progress.none());
        StructureEnvironments whole = StructureEnvironments.of(silicon.get(0), 0, d.neighbourRadius());
        for (int atom : new int[] {0, 255, 256, 300, 511}) {
            assertArrayEquals(d.compute(whole.fill(atom, new Environment())), m.row(atom), "atom " + atom);
        }
    }
}
