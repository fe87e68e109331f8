package org.descriptorworkbench.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFingerprintTest {
    private static final double[] POSITIONS = {0, 0, 0, 1.1, 0.2, 0.3, 0.4, 1.5, 0.6};
    private static final Cell CELL = Cell.orthorhombic(5, 6, 7);

    @TempDir
    Path dir;

    private static Dataset periodic(double[] positions, Cell cell, boolean[] pbc) {
        return new Dataset("test", List.of(Structure.periodic(new int[] {14, 8, 8}, positions, cell, pbc)));
    }

    private static Dataset reference() {
        return periodic(POSITIONS, CELL, new boolean[] {true, true, true});
    }

    @Test
    void twoLoadsOfTheSameFileHaveEqualFingerprints() {
        Path file = SharedFiles.sampleData("g2_162.extxyz");
        Dataset first = StructureFiles.read(file);
        Dataset second = StructureFiles.read(file);
        assertEquals(DatasetFingerprint.of(first), DatasetFingerprint.of(second));
    }

    @Test
    void theSameContentUnderAnotherPathHasTheSameFingerprint() throws Exception {
        Path original = SharedFiles.sampleData("g2_162.extxyz");
        Path copy = Files.copy(original, dir.resolve("renamed.extxyz"));
        assertEquals(DatasetFingerprint.of(StructureFiles.read(original)), DatasetFingerprint.of(StructureFiles.read(copy)));
    }

    @Test
    void infoValuesAndPerAtomArraysDoNotChangeTheFingerprint() {
        Structure bare = reference().get(0);
        Structure annotated = bare.withInfo(Map.of("energy", -12.5, "config_type", "bulk"));
        assertEquals(DatasetFingerprint.of(reference()), DatasetFingerprint.of(new Dataset("other", List.of(annotated))));
    }

    @Test
    void aCoordinateOneUlpAwayChangesTheFingerprint() {
        double[] moved = POSITIONS.clone();
        moved[4] = Math.nextUp(moved[4]);
        assertNotEquals(DatasetFingerprint.of(reference()),
                DatasetFingerprint.of(periodic(moved, CELL, new boolean[] {true, true, true})));
    }

    @Test
    void anotherCellChangesTheFingerprint() {
        assertNotEquals(DatasetFingerprint.of(reference()),
                DatasetFingerprint.of(periodic(POSITIONS, Cell.orthorhombic(5, 6, Math.nextUp(7.0)), new boolean[] {true, true, true})));
    }

    @Test
    void otherPbcFlagsChangeTheFingerprint() {
        assertNotEquals(DatasetFingerprint.of(reference()),
                DatasetFingerprint.of(periodic(POSITIONS, CELL, new boolean[] {true, true, false})));
    }

    @Test
    void aCellWithoutPeriodicityDiffersFromNoCell() {
        Dataset cluster = new Dataset("c", List.of(Structure.cluster(new int[] {14, 8, 8}, POSITIONS)));
        assertNotEquals(DatasetFingerprint.of(cluster),
                DatasetFingerprint.of(periodic(POSITIONS, CELL, new boolean[] {false, false, false})));
    }

    @Test
    void anotherElementChangesTheFingerprint() {
        Dataset swapped = new Dataset("s", List.of(Structure.periodic(new int[] {14, 8, 6}, POSITIONS, CELL,
                new boolean[] {true, true, true})));
        assertNotEquals(DatasetFingerprint.of(reference()), DatasetFingerprint.of(swapped));
    }

    @Test
    void splittingStructuresDifferentlyChangesTheFingerprint() {
        // the same atoms as one structure of two plus one of one, or one of one plus one of two
        Structure a = Structure.cluster(new int[] {1, 1}, new double[] {0, 0, 0, 1, 0, 0});
        Structure b = Structure.cluster(new int[] {1}, new double[] {2, 0, 0});
        Structure c = Structure.cluster(new int[] {1}, new double[] {0, 0, 0});
        Structure d = Structure.cluster(new int[] {1, 1}, new double[] {1, 0, 0, 2, 0, 0});
        assertNotEquals(DatasetFingerprint.of(new Dataset("x", List.of(a, b))), DatasetFingerprint.of(new Dataset("y", List.of(c, d))));
    }

    @Test
    void structureOrderMatters() {
        Structure a = Structure.cluster(new int[] {1}, new double[] {0, 0, 0});
        Structure b = Structure.cluster(new int[] {8}, new double[] {0, 0, 0});
        assertNotEquals(DatasetFingerprint.of(new Dataset("x", List.of(a, b))), DatasetFingerprint.of(new Dataset("y", List.of(b, a))));
    }

    @Test
    void theHashOfAFixedDatasetNeverChanges() {
        // pins the byte layout (value from Python: hashlib.sha256 over struct.pack('>…') of the documented
        // fields); a change here invalidates every user's cache and needs a VERSION bump
        Dataset water = new Dataset("w", List.of(Structure.cluster(new int[] {8, 1, 1},
                new double[] {0, 0, 0.119, 0, 0.763, -0.477, 0, -0.763, -0.477})));
        assertEquals("2491dd9756b0dc6658cb2cce26a0596294d926aef78aec86277f7cbeda0f68b5", DatasetFingerprint.of(water).hex());
    }

    @Test
    void anEmptyDatasetHasAFingerprint() {
        assertEquals(64, DatasetFingerprint.of(new Dataset("empty", new ArrayList<>())).hex().length());
    }

    @Test
    void rejectsTextThatIsNotAHash() {
        assertThrows(IllegalArgumentException.class, () -> new DatasetFingerprint("abc"));
    }
}
