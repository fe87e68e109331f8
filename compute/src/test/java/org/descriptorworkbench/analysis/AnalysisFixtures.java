package org.descriptorworkbench.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import org.descriptorworkbench.io.NpyFiles;
import org.descriptorworkbench.testing.SharedFiles;

/** Reference matrices and JSON from {@code shared/reference}, and seeded random matrices, for analysis tests. */
public final class AnalysisFixtures {

    private AnalysisFixtures() {
    }

    public static RowMatrix referenceMatrix(String name) {
        return RowMatrix.of(NpyFiles.read(SharedFiles.reference(name)));
    }

    public static JsonNode referenceJson(String name) {
        try {
            return new ObjectMapper().readTree(SharedFiles.reference(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    public static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).isNull() ? Double.POSITIVE_INFINITY : array.get(i).asDouble();
        }
        return out;
    }

    /** Standard normal entries from a fixed seed. */
    public static RowMatrix gaussian(int rows, int cols, long seed) {
        Random random = new Random(seed);
        double[] values = new double[rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return new RowMatrix(rows, cols, values);
    }
}
