package org.descriptorworkbench.descriptor.mbtr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.testing.RandomStructures;
import org.junit.jupiter.api.Test;

/**
 * k = 3 of a periodic cell against a brute-force transcription of DScribe 2.1's rule (dscribe/ext/mbtr.cpp,
 * MBTR::getK3): in the cell repeated around itself, every triplet i–j–k (vertex j, i and k neighbours of j
 * within r_cut = −ln(threshold)/(2·scale), one ordering of the ends) with at least one atom in the original
 * cell counts, its weight divided by the number of atom pairs in different cells when that is above 1.
 * Our descriptor instead counts each triangle once per vertex in the cell; the block areas must agree.
 */
class MbtrPeriodicK3Test {
    private static final int[] SPECIES = {1, 8};
    private static final double SCALE = 0.6;
    private static final double THRESHOLD = 1e-3;
    private static final String K3 = "mbtr(k=3, geometry=cosine, grid_min=-1.5, grid_max=1.5, grid_n=151, sigma=0.05,"
            + " weighting=exp(scale=0.6, threshold=0.001))";

    @Test
    void blockAreasEqualDscribesExtendedSystemCount() {
        Cell cell = Cell.of(new double[] {2.9, 0, 0}, new double[] {0.5, 2.7, 0}, new double[] {-0.3, 0.4, 3.1});
        Random random = new Random(5);
        int[] numbers = {1, 8, 8};
        double[] positions = new double[9];
        for (int a = 0; a < 3; a++) {
            double[] f = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
            System.arraycopy(cell.toCartesian(f), 0, positions, 3 * a, 3);
        }
        Structure s = Structure.periodic(numbers, positions, cell, new boolean[] {true, true, true});
        double[] row = RandomStructures.features(RandomStructures.descriptor(K3, SPECIES), s).data();
        double dx = 3.0 / 150;
        double[] areas = new double[6];
        for (int f = 0; f < row.length; f++) {
            areas[f / 151] += row[f] * dx;
        }
        double[] expected = dscribeBlockWeights(s, 3);
        for (int m = 0; m < 6; m++) {
            assertEquals(expected[m], areas[m], 1e-11 * Math.max(1, expected[m]), "block " + m);
        }
        assertTrue(expected[0] > 0 && expected[5] > 0, "the H-H-H and O-O-O blocks must hold periodic triplets");
    }

    /** Σ weights per block (end, vertex, end) by DScribe's extended-system rule, images −n..n per axis. */
    private static double[] dscribeBlockWeights(Structure s, int n) {
        int atoms = s.atomCount();
        int side = 2 * n + 1;
        int total = atoms * side * side * side;
        double[][] at = new double[total][];
        int[][] cellOf = new int[total][];
        int[] channel = new int[total];
        int e = 0;
        for (int a = -n; a <= n; a++) {
            for (int b = -n; b <= n; b++) {
                for (int c = -n; c <= n; c++) {
                    double[] shift = s.cell().toCartesian(new double[] {a, b, c});
                    for (int i = 0; i < atoms; i++) {
                        at[e] = new double[] {s.position(i, 0) + shift[0], s.position(i, 1) + shift[1],
                                s.position(i, 2) + shift[2]};
                        cellOf[e] = new int[] {a, b, c};
                        channel[e] = s.atomicNumber(i) == 1 ? 0 : 1;
                        e++;
                    }
                }
            }
        }
        double rCut = -0.5 * Math.log(THRESHOLD) / SCALE;
        double[] weights = new double[6];
        for (int j = 0; j < total; j++) {
            for (int i = 0; i < total; i++) {
                if (i == j || distance(at[i], at[j]) > rCut) {
                    continue;
                }
                for (int k = i + 1; k < total; k++) {
                    if (k == j || distance(at[k], at[j]) > rCut) {
                        continue;
                    }
                    if (!inOrigin(cellOf[i]) && !inOrigin(cellOf[j]) && !inOrigin(cellOf[k])) {
                        continue;
                    }
                    double w = Math.exp(-SCALE * (distance(at[i], at[j]) + distance(at[j], at[k]) + distance(at[i], at[k])));
                    if (w < THRESHOLD) {
                        continue;
                    }
                    int differing = differ(cellOf[i], cellOf[j]) + differ(cellOf[i], cellOf[k]) + differ(cellOf[j], cellOf[k]);
                    if (differing > 1) {
                        w /= differing;
                    }
                    int lo = Math.min(channel[i], channel[k]);
                    int hi = Math.max(channel[i], channel[k]);
                    weights[channel[j] * 3 + hi + lo * 2 - lo * (lo + 1) / 2] += w;
                }
            }
        }
        return weights;
    }

    private static boolean inOrigin(int[] cell) {
        return cell[0] == 0 && cell[1] == 0 && cell[2] == 0;
    }

    private static int differ(int[] a, int[] b) {
        return a[0] != b[0] || a[1] != b[1] || a[2] != b[2] ? 1 : 0;
    }

    private static double distance(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
