package org.descriptorworkbench.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bin stencil keeps every bin offset that can hold a pair within the cutoff and drops the rest. */
class BinStencilTest {
    private static final int GRID = 14;

    static IntStream cases() {
        return IntStream.range(0, 24);
    }

    /**
     * Two atoms in bins d apart differ by a point of the box [d − 1, d + 1] in bin units, so an offset
     * left out of the stencil must have every point of that box (sampled on a grid, faces included)
     * farther than the cutoff.
     */
    @ParameterizedTest(name = "random cell {0}")
    @MethodSource("cases")
    void offsetsLeftOutCannotHoldAPairWithinTheCutoff(int seed) {
        Random random = new Random(300 + seed);
        Structure s = TestStructures.random(random);
        double cutoff = 0.5 + 2 * TestStructures.smallestHeight(s) * random.nextDouble();
        SearchFrame frame = SearchFrame.of(s);
        CellBins bins = CellBins.of(s, frame, cutoff, 1 + seed % 4);

        BinStencil stencil = BinStencil.of(frame, bins, cutoff);

        int[] r = bins.reach;
        int left = 0;
        for (int a = -r[0]; a <= r[0]; a++) {
            for (int b = -r[1]; b <= r[1]; b++) {
                for (int c = -r[2]; c <= r[2]; c++) {
                    if (!contains(stencil, a, b, c)) {
                        left++;
                        double closest = closestSampledLength(frame, bins, a, b, c);
                        assertTrue(closest > cutoff, "offset (" + a + ", " + b + ", " + c + ") left out but holds "
                                + closest + " ≤ " + cutoff);
                    }
                }
            }
        }
        assertTrue(stencil.binCount() + left == (2L * r[0] + 1) * (2L * r[1] + 1) * (2L * r[2] + 1));
    }

    @Test
    void dropsTheCornersOfTheBlockInACubicCell() {
        Structure s = cubicGrid(8, 1.5);
        SearchFrame frame = SearchFrame.of(s);
        CellBins bins = CellBins.of(s, frame, 4.0, 3);

        BinStencil stencil = BinStencil.of(frame, bins, 4.0);

        // 8 bins of 1.5 Å (9 would be thinner than 4/3 Å), reach 3; offset d is kept when its bins
        // come within 4 Å: 1.5·√Σ max(|d|−1, 0)² ≤ 4, i.e. Σ ≤ 7.1. Per axis the term is 0 (3 values
        // of d), 1 (2 values) or 4 (2 values): 5³ offsets without a 4, 3·2·5² with one, none with two.
        assertEquals(8, bins.counts[0]);
        assertEquals(3, bins.reach[0]);
        assertEquals(125 + 150, stencil.binCount());
        assertTrue(contains(stencil, 3, 2, 2), "(3, 2, 2) comes within 1.5·√6 = 3.67 Å");
        assertTrue(!contains(stencil, 3, 3, 0), "(3, 3, 0) stays 1.5·√8 = 4.24 Å apart");
    }

    @Test
    void minimumOverABoxIsNoLargerThanAnyPointOfIt() {
        Random random = new Random(17);
        for (int trial = 0; trial < 200; trial++) {
            double[] basis = new double[9];
            for (int k = 0; k < 9; k++) {
                basis[k] = (k % 4 == 0 ? 1 : 0) + 0.8 * (2 * random.nextDouble() - 1);
            }
            double[] gram = gram(basis);
            double[] lower = new double[3];
            double[] upper = new double[3];
            for (int a = 0; a < 3; a++) {
                lower[a] = random.nextInt(7) - 4;
                upper[a] = lower[a] + 2;
            }

            double minimum = BinStencil.minSquaredLength(gram, lower, upper);

            // on a grid of step h every point of the box is within h·√3/2 of a grid point, where the
            // quadratic differs by at most |∇|·h·√3/2 + |G|·h², |∇| ≤ 2|G|·max|x|
            int steps = 40;
            double h = 2.0 / steps;
            double sampled = Double.POSITIVE_INFINITY;
            double[] x = new double[3];
            for (int i = 0; i <= steps; i++) {
                for (int j = 0; j <= steps; j++) {
                    for (int k = 0; k <= steps; k++) {
                        x[0] = lower[0] + i * h;
                        x[1] = lower[1] + j * h;
                        x[2] = lower[2] + k * h;
                        sampled = Math.min(sampled, quadratic(gram, x));
                    }
                }
            }
            double norm = 0;
            for (double g : gram) {
                norm += g * g;
            }
            norm = Math.sqrt(norm);
            double largestPoint = 4 * Math.sqrt(3); // every coordinate lies in [−4, 4]
            double slack = 2 * norm * largestPoint * h * Math.sqrt(3) / 2 + norm * h * h;
            assertTrue(minimum <= sampled * (1 + 1e-12) + 1e-12, "minimum " + minimum + " above sample " + sampled);
            assertTrue(minimum >= sampled - slack, "minimum " + minimum + " far below samples " + sampled);
        }
    }

    /** A periodic cubic grid of reps³ atoms of spacing a. */
    private static Structure cubicGrid(int reps, double a) {
        double[] positions = new double[3 * reps * reps * reps];
        for (int atom = 0; atom < reps * reps * reps; atom++) {
            positions[3 * atom] = a * (atom / (reps * reps));
            positions[3 * atom + 1] = a * (atom / reps % reps);
            positions[3 * atom + 2] = a * (atom % reps);
        }
        int[] silicon = new int[reps * reps * reps];
        Arrays.fill(silicon, 14);
        return Structure.periodic(silicon, positions, Cell.orthorhombic(reps * a, reps * a, reps * a),
                new boolean[] {true, true, true});
    }

    private static boolean contains(BinStencil stencil, int a, int b, int c) {
        for (int row = 0; row < stencil.rows; row++) {
            if (stencil.d0[row] == a && stencil.d1[row] == b && c >= stencil.low[row] && c <= stencil.high[row]) {
                return true;
            }
        }
        return false;
    }

    private static double closestSampledLength(SearchFrame frame, CellBins bins, int a, int b, int c) {
        double best = Double.POSITIVE_INFINITY;
        int[] d = {a, b, c};
        double[] x = new double[3];
        int[] i = new int[3];
        for (i[0] = 0; i[0] <= GRID; i[0]++) {
            for (i[1] = 0; i[1] <= GRID; i[1]++) {
                for (i[2] = 0; i[2] <= GRID; i[2]++) {
                    double[] v = new double[3];
                    for (int axis = 0; axis < 3; axis++) {
                        x[axis] = (d[axis] - 1 + 2.0 * i[axis] / GRID) * bins.widths[axis];
                        for (int xyz = 0; xyz < 3; xyz++) {
                            v[xyz] += x[axis] * frame.basis[3 * axis + xyz];
                        }
                    }
                    best = Math.min(best, Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]));
                }
            }
        }
        return best;
    }

    private static double[] gram(double[] basis) {
        double[] g = new double[9];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                for (int x = 0; x < 3; x++) {
                    g[3 * a + b] += basis[3 * a + x] * basis[3 * b + x];
                }
            }
        }
        return g;
    }

    private static double quadratic(double[] g, double[] x) {
        double sum = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                sum += x[a] * g[3 * a + b] * x[b];
            }
        }
        return sum;
    }
}
