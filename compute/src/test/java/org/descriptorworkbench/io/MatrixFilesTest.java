package org.descriptorworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.error.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixFilesTest {

    @TempDir
    Path dir;

    @Test
    void csvRoundTripKeepsValuesAndLabels() {
        double[] values = {0.1, -2.5e-300, 3, Math.PI, 1e300, -0.0};
        FeatureMatrix m = FeatureMatrix.of(2, 3, values, "test", List.of("a", "b", "c"), null, null, null);
        Path file = dir.resolve("m.csv");
        MatrixFiles.write(file, m);
        FeatureMatrix back = MatrixFiles.read(file);
        assertArrayEquals(values, back.data());
        assertEquals(List.of("a", "b", "c"), back.featureLabels());
    }

    @Test
    void csvWithRaggedRowsNamesTheLine() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "1,2,3\n4,5\n");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> MatrixFiles.read(file));
        assertTrue(e.getMessage().contains("bad.csv:2"), e.getMessage());
    }

    @Test
    void csvWithTextInANumberColumnNamesLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "1,2,3\n4,x,6\n");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> MatrixFiles.read(file));
        assertTrue(e.getMessage().contains(":2: column 2"), e.getMessage());
    }

    @Test
    void unknownExtensionIsRejected() {
        Path file = dir.resolve("m.txt");
        FeatureMatrix m = FeatureMatrix.of(1, 1, new double[] {1}, "t");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> MatrixFiles.write(file, m));
        assertTrue(e.getMessage().contains(".npy or .csv"));
    }
}
