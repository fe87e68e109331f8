package org.descriptorworkbench.analysis.distance;

import static org.descriptorworkbench.analysis.AnalysisFixtures.gaussian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.descriptorworkbench.analysis.RowMatrix;
import org.junit.jupiter.api.Test;

class SquaredDistancesTest {

    /** d²(i, j) from explicit differences, written independently of the class under test. */
    private static double explicitSquaredDistance(RowMatrix m, int i, int j) {
        double sum = 0;
        for (int k = 0; k < m.cols(); k++) {
            double diff = m.get(i, k) - m.get(j, k);
            sum += diff * diff;
        }
        return sum;
    }

    private static double[] block(SquaredDistances distances, int i0, int i1, int j0, int j1) {
        double[] out = new double[(i1 - i0) * (j1 - j0)];
        distances.block(i0, i1, j0, j1, out);
        return out;
    }

    /** Every value of the block [i0, i1) × [j0, j1) is within tolerance(i) of the explicit one; self is +∞. */
    private static void assertBlockWithinTolerance(RowMatrix m, int i0, int i1, int j0, int j1) {
        SquaredDistances distances = new SquaredDistances(m);
        double[] out = block(distances, i0, i1, j0, j1);
        for (int i = i0; i < i1; i++) {
            for (int j = j0; j < j1; j++) {
                double value = out[(i - i0) * (j1 - j0) + (j - j0)];
                String where = m.rows() + "x" + m.cols() + " (" + i + ", " + j + ")";
                if (i == j) {
                    assertEquals(Double.POSITIVE_INFINITY, value, where);
                } else {
                    double expected = explicitSquaredDistance(m, i, j);
                    assertTrue(Math.abs(value - expected) <= distances.tolerance(i),
                            where + ": " + value + " vs " + expected + ", tolerance " + distances.tolerance(i));
                }
            }
        }
    }

    @Test
    void matchesExplicitDifferencesWithinToleranceForTinyMatrices() {
        for (int n = 2; n <= 5; n++) {
            for (int d : new int[] {1, 2, 3, 5}) {
                assertBlockWithinTolerance(gaussian(n, d, 10L * n + d), 0, n, 0, n);
            }
        }
    }

    /** More rows than one panel, more features than one depth chunk, neither a multiple of anything. */
    @Test
    void matchesExplicitDifferencesWithinToleranceAcrossPanelsAndChunks() {
        int n = SquaredDistances.PANEL_WIDTH * 2 + 7;
        int d = SquaredDistances.DEPTH_CHUNK * 2 + 3;
        RowMatrix m = gaussian(n, d, 11);
        assertBlockWithinTolerance(m, 0, 16, 0, n);
        assertBlockWithinTolerance(m, n - 5, n, 0, n);
        assertBlockWithinTolerance(m, 301, 314, SquaredDistances.PANEL_WIDTH - 3, n - 2);
        assertBlockWithinTolerance(m, 500, 501, 500, n);
    }

    @Test
    void matchesExplicitDifferencesWithinToleranceForOneFeature() {
        assertBlockWithinTolerance(gaussian(SquaredDistances.PANEL_WIDTH + 1, 1, 12), 0, 17,
                0, SquaredDistances.PANEL_WIDTH + 1);
    }

    /** Large norms and small differences: the expanded formula cancels, the bound must still hold. */
    @Test
    void matchesExplicitDifferencesWithinToleranceFarFromTheOrigin() {
        RowMatrix noise = gaussian(600, 9, 13);
        double[] values = noise.values().clone();
        for (int i = 0; i < values.length; i++) {
            values[i] = 1e4 + 1e-3 * values[i];
        }
        assertBlockWithinTolerance(new RowMatrix(600, 9, values), 0, 600, 0, 600);
    }

    @Test
    void isSymmetricBitForBitWhicheverRowLeadsTheBlock() {
        int n = SquaredDistances.PANEL_WIDTH + 9;
        RowMatrix m = gaussian(n, 67, 14);
        SquaredDistances distances = new SquaredDistances(m);
        double[] rows = block(distances, 3, 8, 0, n);
        double[] columns = block(distances, 0, n, 3, 8);
        for (int i = 3; i < 8; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(rows[(i - 3) * n + j], columns[j * 5 + (i - 3)], "(" + i + ", " + j + ")");
            }
        }
    }

    /**
     * Integer coordinates make every true squared distance an integer, so many pairs tie exactly; duplicated
     * rows must come out as exactly 0 and every other value within tolerance of the integer.
     */
    @Test
    void duplicateRowsAreExactlyZeroAndTiesStayWithinTolerance() {
        int n = 40;
        int d = 3;
        Random random = new Random(15);
        double[] values = new double[n * d];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(3);
        }
        System.arraycopy(values, 0, values, 39 * d, d);
        RowMatrix m = new RowMatrix(n, d, values);
        SquaredDistances distances = new SquaredDistances(m);
        double[] out = block(distances, 0, n, 0, n);
        assertEquals(0.0, out[39]);
        assertEquals(0.0, out[39 * n]);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double expected = explicitSquaredDistance(m, i, j);
                    assertEquals(expected, distances.exact(i, j));
                    assertTrue(Math.abs(out[i * n + j] - expected) <= distances.tolerance(i), "(" + i + ", " + j + ")");
                    if (expected == 0) {
                        assertEquals(0.0, out[i * n + j], "duplicate (" + i + ", " + j + ")");
                    }
                }
            }
        }
    }
}
