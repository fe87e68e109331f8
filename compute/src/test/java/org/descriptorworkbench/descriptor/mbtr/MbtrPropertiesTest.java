package org.descriptorworkbench.descriptor.mbtr;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MBTR k = 1, 2, 3 by their properties: each term adds unit area (times its weight) to the block
 * of its species tuple, so block areas equal brute-force weight sums; invariance; extensivity of
 * periodic cells; normalisations.
 */
class MbtrPropertiesTest {
    private static final int[] SPECIES = {1, 6, 8};
    private static final String K1 = "mbtr(k=1, geometry=atomic_number, grid_min=-2, grid_max=10, grid_n=201, sigma=0.2, weighting=none)";
    private static final String K2 = "mbtr(k=2, geometry=inverse_distance, grid_min=-0.5, grid_max=2, grid_n=301, sigma=0.05, "
            + "weighting=exp(scale=0.6, threshold=1e-3))";
    private static final String K3 = "mbtr(k=3, geometry=cosine, grid_min=-1.5, grid_max=1.5, grid_n=151, sigma=0.05, "
            + "weighting=exp(scale=0.6, threshold=1e-3))";
    private static final String K3_ANGLE = "mbtr(k=3, geometry=angle, grid_min=0, grid_max=180, grid_n=91, sigma=4, weighting=none)";

    private static Structure cluster() {
        return RandomStructures.cluster(17, 9, SPECIES, 4, 0.9);
    }

    private static double[] row(String spec, Structure s) {
        return RandomStructures.features(RandomStructures.descriptor(spec, SPECIES), s).data();
    }

    /** Σ_k dx·value_k over each block of n grid points. */
    private static double[] blockAreas(double[] row, int n, double dx) {
        double[] areas = new double[row.length / n];
        for (int f = 0; f < row.length; f++) {
            areas[f / n] += row[f] * dx;
        }
        return areas;
    }

    @Test
    void k1BlocksCountTheAtomsOfEachSpecies() {
        Structure s = cluster();
        double[] areas = blockAreas(row(K1, s), 201, 12.0 / 200);
        for (int a = 0; a < SPECIES.length; a++) {
            int z = SPECIES[a];
            long count = IntStream.of(s.atomicNumbers()).filter(x -> x == z).count();
            assertEquals(count, areas[a], 1e-12);
        }
    }

    @Test
    void k2BlocksHoldTheWeightsOfEachUnorderedSpeciesPair() {
        Structure s = cluster();
        double[] areas = blockAreas(row(K2, s), 301, 2.5 / 300);
        double[] expected = new double[6];
        for (int i = 0; i < s.atomCount(); i++) {
            for (int j = i + 1; j < s.atomCount(); j++) {
                double w = Math.exp(-0.6 * distance(s, i, j));
                if (w >= 1e-3) {
                    expected[pairBlock(channel(s, i), channel(s, j))] += w;
                }
            }
        }
        for (int m = 0; m < 6; m++) {
            assertEquals(expected[m], areas[m], 1e-12 * Math.max(1, expected[m]), "block " + m);
        }
    }

    @Test
    void k3BlocksHoldTheWeightsOfEachVertexAndEndPair() {
        Structure s = cluster();
        double[] areas = blockAreas(row(K3, s), 151, 3.0 / 150);
        double[] expected = new double[18];
        for (int j = 0; j < s.atomCount(); j++) {
            for (int i = 0; i < s.atomCount(); i++) {
                for (int k = i + 1; k < s.atomCount(); k++) {
                    if (i == j || k == j) {
                        continue;
                    }
                    double w = Math.exp(-0.6 * (distance(s, i, j) + distance(s, j, k) + distance(s, i, k)));
                    if (w >= 1e-3) {
                        expected[channel(s, j) * 6 + pairBlock(channel(s, i), channel(s, k))] += w;
                    }
                }
            }
        }
        assertTrue(expected[0] > 0 || expected[5] > 0, "the cluster must have triplets");
        for (int m = 0; m < 18; m++) {
            assertEquals(expected[m], areas[m], 1e-12 * Math.max(1, expected[m]), "block " + m);
        }
    }

    @Test
    void k3AnglePeaksAtTheAngleOfATriangle() {
        // H at the vertex of a right angle between two O atoms: one term, in block (O, H, O) at 90 degrees.
        Structure s = Structure.cluster(new int[] {8, 1, 8}, new double[] {1.5, 0, 0, 0, 0, 0, 0, 1.5, 0});
        Descriptor d = RandomStructures.descriptor(K3_ANGLE, SPECIES);
        double[] row = RandomStructures.features(d, s).data();
        int block = 0 * 6 + pairBlock(2, 2);
        int peak = block * 91;
        for (int f = block * 91; f < (block + 1) * 91; f++) {
            peak = row[f] > row[peak] ? f : peak;
        }
        assertEquals("angle[O-H-O](90)", d.featureLabels().get(peak));
    }

    private static int channel(Structure s, int atom) {
        for (int a = 0; a < SPECIES.length; a++) {
            if (SPECIES[a] == s.atomicNumber(atom)) {
                return a;
            }
        }
        throw new IllegalStateException();
    }

    private static int pairBlock(int a, int b) {
        int s1 = Math.min(a, b);
        int s2 = Math.max(a, b);
        return s2 + s1 * SPECIES.length - s1 * (s1 + 1) / 2;
    }

    private static double distance(Structure s, int a, int b) {
        double d2 = 0;
        for (int c = 0; c < 3; c++) {
            double d = s.position(a, c) - s.position(b, c);
            d2 += d * d;
        }
        return Math.sqrt(d2);
    }

    @ParameterizedTest
    @ValueSource(strings = {K1, K2, K3, K3_ANGLE})
    void isInvariantToRotationTranslationAndPermutation(String spec) {
        Structure s = cluster();
        double[] original = row(spec, s);
        Random random = new Random(4);
        for (int trial = 0; trial < 3; trial++) {
            double[] shift = {random.nextGaussian() * 10, random.nextGaussian() * 10, random.nextGaussian() * 10};
            Structure moved = RandomStructures.transformed(s, RandomStructures.rotation(random), shift,
                    RandomStructures.permutation(s.atomCount(), random));
            double diff = RandomStructures.relativeDifference(original, row(spec, moved));
            assertTrue(diff <= 1e-10, spec + ": relative change " + diff);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {K1, K2, K3})
    void aPeriodicSupercellGivesTheCellTimesItsSize(String spec) {
        Random random = new Random(12);
        int atoms = 5;
        int[] numbers = new int[atoms];
        double[] positions = new double[3 * atoms];
        for (int i = 0; i < atoms; i++) {
            numbers[i] = SPECIES[i % 3];
            for (int c = 0; c < 3; c++) {
                positions[3 * i + c] = random.nextDouble() * 4;
            }
        }
        boolean[] pbc = {true, true, true};
        Structure cell = Structure.periodic(numbers, positions, Cell.orthorhombic(4, 4.5, 5), pbc);
        int[] doubledNumbers = new int[2 * atoms];
        double[] doubledPositions = new double[6 * atoms];
        for (int i = 0; i < 2 * atoms; i++) {
            doubledNumbers[i] = numbers[i % atoms];
            System.arraycopy(positions, 3 * (i % atoms), doubledPositions, 3 * i, 3);
            doubledPositions[3 * i] += i < atoms ? 0 : 4;
        }
        Structure supercell = Structure.periodic(doubledNumbers, doubledPositions, Cell.orthorhombic(8, 4.5, 5), pbc);
        double[] one = row(spec, cell);
        double[] two = row(spec, supercell);
        for (int f = 0; f < one.length; f++) {
            one[f] *= 2;
        }
        double diff = RandomStructures.relativeDifference(one, two);
        assertTrue(diff <= 1e-10, spec + ": relative difference " + diff);
    }

    @Test
    void l2NormalizationGivesAUnitVectorAlongTheUnnormalizedOne() {
        Structure s = cluster();
        double[] plain = row(K2, s);
        double[] unit = row(K2.substring(0, K2.length() - 1) + ", normalization=l2)", s);
        double norm = 0;
        for (double v : plain) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        for (int f = 0; f < plain.length; f++) {
            assertEquals(plain[f] / norm, unit[f], 1e-14);
        }
    }

    @Test
    void nAtomsNormalizationDividesByTheNumberOfAtoms() {
        Structure s = cluster();
        double[] plain = row(K1, s);
        double[] perAtom = row(K1.replace("weighting=none)", "weighting=none, normalization=n_atoms)"), s);
        for (int f = 0; f < plain.length; f++) {
            assertEquals(plain[f] / s.atomCount(), perAtom[f], 1e-15);
        }
    }

    @Test
    void unitHeightGaussiansScaleBySigmaRootTwoPi() {
        Structure s = cluster();
        double[] area = row(K1, s);
        double[] height = row(K1.replace("weighting=none)", "weighting=none, normalize_gaussians=false)"), s);
        double factor = 0.2 * Math.sqrt(2 * Math.PI);
        for (int f = 0; f < area.length; f++) {
            assertEquals(area[f] * factor, height[f], 1e-14);
        }
    }

    @Test
    void featureCountsFollowTheBlockLayouts() {
        assertEquals(3 * 201, RandomStructures.descriptor(K1, SPECIES).featureCount());
        assertEquals(6 * 301, RandomStructures.descriptor(K2, SPECIES).featureCount());
        assertEquals(18 * 151, RandomStructures.descriptor(K3, SPECIES).featureCount());
        assertEquals(18 * 151, RandomStructures.descriptor(K3, SPECIES).featureLabels().size());
    }
}
