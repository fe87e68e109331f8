package org.descriptorworkbench.descriptor.mbtr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.testing.RandomStructures;
import org.junit.jupiter.api.Test;

/**
 * normalization=valle_oganov as DScribe 2.1 defines it (dscribe/descriptors/mbtr.py, MBTR._get_k2 and
 * _get_k3): block (A, B) of k = 2 times V/(4π N_A N_B) (½ N_A² for A = B), block (A, vertex B, C) of
 * k = 3 times V/(N_A N_B N_C), k = 1 unchanged, periodic structures only.
 */
class MbtrValleOganovTest {
    private static final String K1 = "mbtr(k=1, geometry=atomic_number, grid_min=0, grid_max=10, grid_n=101, sigma=0.2,"
            + " weighting=none";
    private static final String K2 = "mbtr(k=2, geometry=distance, grid_min=0, grid_max=9, grid_n=181, sigma=0.1,"
            + " weighting=exp(scale=0.8, threshold=1e-3)";
    private static final String K3 = "mbtr(k=3, geometry=cosine, grid_min=-1.2, grid_max=1.2, grid_n=121, sigma=0.05,"
            + " weighting=exp(scale=0.5, threshold=1e-3)";
    private static final int[] H_O = {1, 8};
    private static final Cell TRICLINIC = Cell.of(new double[] {3.1, 0, 0}, new double[] {0.6, 2.9, 0},
            new double[] {-0.4, 0.5, 3.3});

    private static double[] row(String spec, String normalization, int[] species, Structure s) {
        String text = spec + ", normalization=" + normalization + ")";
        return RandomStructures.features(RandomStructures.descriptor(text, species), s).data();
    }

    /** One H and three O atoms at random places in the triclinic cell. */
    private static Structure oneHThreeO() {
        Random random = new Random(21);
        int[] numbers = {1, 8, 8, 8};
        double[] positions = new double[12];
        for (int i = 0; i < 4; i++) {
            double[] f = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
            System.arraycopy(TRICLINIC.toCartesian(f), 0, positions, 3 * i, 3);
        }
        return Structure.periodic(numbers, positions, TRICLINIC, new boolean[] {true, true, true});
    }

    private static Structure simpleCubic(double a) {
        return Structure.periodic(new int[] {14}, new double[3], Cell.orthorhombic(a, a, a), new boolean[] {true, true, true});
    }

    /** The cell repeated n × n × n times along its own vectors. */
    private static Structure supercell(Structure cell, int n) {
        int atoms = cell.atomCount();
        int copies = n * n * n;
        int[] numbers = new int[atoms * copies];
        double[] positions = new double[3 * atoms * copies];
        Cell lattice = cell.cell();
        int copy = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    double[] shift = lattice.toCartesian(new double[] {i, j, k});
                    for (int a = 0; a < atoms; a++) {
                        int to = copy * atoms + a;
                        numbers[to] = cell.atomicNumber(a);
                        for (int c = 0; c < 3; c++) {
                            positions[3 * to + c] = cell.position(a, c) + shift[c];
                        }
                    }
                    copy++;
                }
            }
        }
        double[] v = lattice.toRowMajor();
        for (int f = 0; f < 9; f++) {
            v[f] *= n;
        }
        return Structure.periodic(numbers, positions, Cell.ofRowMajor(v), new boolean[] {true, true, true});
    }

    private static void assertBlockScaled(double[] plain, double[] normalized, int block, int n, double factor) {
        double largest = 0;
        for (int f = block * n; f < (block + 1) * n; f++) {
            largest = Math.max(largest, Math.abs(plain[f]));
            assertEquals(plain[f] * factor, normalized[f], 1e-12 * Math.abs(plain[f] * factor) + 1e-300, "feature " + f);
        }
        assertTrue(largest > 0, "block " + block + " must hold terms");
    }

    @Test
    void simpleCubicK2BlockIsThePlainBlockTimesVolumeOverTwoPi() {
        // One atom per cell: V/(4π · ½ · 1²) = a³/(2π).
        double a = 2.5;
        Structure s = simpleCubic(a);
        double[] plain = row(K2, "none", new int[] {14}, s);
        double[] normalized = row(K2, "valle_oganov", new int[] {14}, s);
        assertBlockScaled(plain, normalized, 0, 181, a * a * a / (2 * Math.PI));
    }

    @Test
    void k2BlocksScaleByTheCountsOfTheirOwnSpecies() {
        Structure s = oneHThreeO();
        double v = TRICLINIC.volume();
        double[] plain = row(K2, "none", H_O, s);
        double[] normalized = row(K2, "valle_oganov", H_O, s);
        assertBlockScaled(plain, normalized, 0, 181, v / (4 * Math.PI * 0.5 * 1 * 1)); // H-H
        assertBlockScaled(plain, normalized, 1, 181, v / (4 * Math.PI * 1 * 3)); // H-O
        assertBlockScaled(plain, normalized, 2, 181, v / (4 * Math.PI * 0.5 * 3 * 3)); // O-O
    }

    @Test
    void k3BlocksScaleByTheCountsOfTheirThreeSpecies() {
        Structure s = oneHThreeO();
        double v = TRICLINIC.volume();
        double[] plain = row(K3, "none", H_O, s);
        double[] normalized = row(K3, "valle_oganov", H_O, s);
        // Blocks (end, vertex, end): vertex H: H-H-H, H-H-O, O-H-O; vertex O: H-O-H, H-O-O, O-O-O.
        double[] atomProducts = {1, 3, 9, 3, 9, 27};
        for (int block = 0; block < 6; block++) {
            assertBlockScaled(plain, normalized, block, 121, v / atomProducts[block]);
        }
    }

    @Test
    void k1IsLeftUnscaledAsInDscribe() {
        Structure s = oneHThreeO();
        double[] plain = row(K1, "none", H_O, s);
        double[] normalized = row(K1, "valle_oganov", H_O, s);
        for (int f = 0; f < plain.length; f++) {
            assertEquals(plain[f], normalized[f], 0);
        }
    }

    @Test
    void k2OfASupercellEqualsItsPrimitiveCell() {
        Structure cell = oneHThreeO();
        double[] primitive = row(K2, "valle_oganov", H_O, cell);
        double[] repeated = row(K2, "valle_oganov", H_O, supercell(cell, 2));
        double diff = RandomStructures.relativeDifference(primitive, repeated);
        assertTrue(diff <= 1e-10, "relative difference " + diff);
    }

    @Test
    void k3OfASupercellIsItsPrimitiveCellOverTheNumberOfCells() {
        // DScribe's k = 3 factor V/(N_A N_B N_C) falls as m⁻² while the k = 3 sum grows as m: not intensive.
        Structure cell = oneHThreeO();
        double[] primitive = row(K3, "valle_oganov", H_O, cell);
        double[] repeated = row(K3, "valle_oganov", H_O, supercell(cell, 2));
        for (int f = 0; f < primitive.length; f++) {
            primitive[f] /= 8;
        }
        double diff = RandomStructures.relativeDifference(primitive, repeated);
        assertTrue(diff <= 1e-10, "relative difference " + diff);
    }

    @Test
    void unitAreaAndUnitHeightGaussiansDifferBySigmaRootTwoPiAfterNormalizing() {
        Structure s = oneHThreeO();
        double[] area = row(K2, "valle_oganov", H_O, s);
        double[] height = row(K2 + ", normalize_gaussians=false", "valle_oganov", H_O, s);
        double factor = 0.1 * Math.sqrt(2 * Math.PI);
        for (int f = 0; f < area.length; f++) {
            assertEquals(area[f] * factor, height[f], 1e-12 * Math.abs(height[f]) + 1e-300);
        }
    }

    @Test
    void refusesAFiniteStructureNamingTheNormalization() {
        Structure water = Structure.cluster(new int[] {8, 1, 1},
                new double[] {0, 0, 0.12, 0, 0.76, -0.48, 0, -0.76, -0.48});
        ParameterException e = assertThrows(ParameterException.class, () -> row(K2, "valle_oganov", H_O, water));
        assertEquals("normalization", e.parameter());
        assertTrue(e.getMessage().contains("structure 1 (H2O) is not periodic"), e.getMessage());
    }

    @Test
    void refusesAFiniteStructureForK1Too() {
        Structure water = Structure.cluster(new int[] {8, 1, 1},
                new double[] {0, 0, 0.12, 0, 0.76, -0.48, 0, -0.76, -0.48});
        assertEquals("normalization",
                assertThrows(ParameterException.class, () -> row(K1, "valle_oganov", H_O, water)).parameter());
    }
}
