package org.descriptorworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheReferenceSoapMatrixWithItsShape() {
        FeatureMatrix a = NpyFiles.read(SharedFiles.reference("g2_A_soap_gto.npy"));
        assertEquals(67, a.rows());
        assertEquals(1200, a.columns());
        assertTrue(Arrays.stream(a.data()).allMatch(Double::isFinite));
    }

    @Test
    void writeThenReadReturnsTheSameBits() {
        Random random = new Random(7);
        double[] values = new double[13 * 5];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
        }
        Path file = dir.resolve("m.npy");
        NpyFiles.write(file, 13, 5, values);
        FeatureMatrix back = NpyFiles.read(file);
        assertEquals(13, back.rows());
        assertEquals(5, back.columns());
        assertArrayEquals(values, back.data());
    }

    @Test
    void headerIsPaddedSoDataStartsOnA64ByteBoundary() throws IOException {
        Path file = dir.resolve("m.npy");
        NpyFiles.write(file, 2, 3, new double[6]);
        assertEquals(0, (Files.size(file) - 6 * 8) % 64);
    }

    @Test
    void readsAOneDimensionalArrayAsOneColumn() {
        Path file = dir.resolve("v.npy");
        NpyFiles.writeVector(file, new double[] {1, 2, 3});
        FeatureMatrix v = NpyFiles.read(file);
        assertEquals(3, v.rows());
        assertEquals(1, v.columns());
    }

    @Test
    void rejectsATruncatedFileNamingIt() throws IOException {
        Path file = dir.resolve("cut.npy");
        NpyFiles.write(file, 10, 10, new double[100]);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 8));
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> NpyFiles.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void rejectsAFileThatIsNotNpy() throws IOException {
        Path file = dir.resolve("text.npy");
        Files.writeString(file, "hello world, not numpy");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> NpyFiles.read(file));
        assertTrue(e.getMessage().contains("not a NumPy"), e.getMessage());
    }
}
