package org.descriptorworkbench.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The neighbour list does not depend on how the search bins the atoms: every number of bins per
 * cutoff gives exactly the brute-force neighbours, in the same order with the same vectors, including
 * at the edges of the binning (cutoffs at bin-width boundaries, atoms on bin faces, pairs at exactly
 * the cutoff, cells much thinner than the cutoff, shifts too large for packed keys).
 */
class NeighborBinningTest {
    private static final boolean[] ALL_PERIODIC = {true, true, true};

    static Stream<Arguments> randomCasesForEverySubdivision() {
        return IntStream.range(0, 60).boxed()
                .flatMap(seed -> IntStream.rangeClosed(1, 4).mapToObj(k -> Arguments.of(seed, k)));
    }

    @ParameterizedTest(name = "random case {0}, {1} bins per cutoff")
    @MethodSource("randomCasesForEverySubdivision")
    void everyBinSubdivisionMatchesBruteForce(int seed, int binsPerCutoff) {
        Random random = new Random(5000 + seed);
        Structure s = TestStructures.random(random);
        double cutoff = 0.05 + 3 * TestStructures.smallestHeight(s) * random.nextDouble();

        assertMatchesBruteForce(s, cutoff, binsPerCutoff, "seed " + seed);
    }

    @ParameterizedTest(name = "random case {0}")
    @MethodSource("randomCases")
    void listIsIdenticalWhateverTheBinning(int seed) {
        Random random = new Random(7000 + seed);
        Structure s = TestStructures.random(random);
        double cutoff = 0.05 + 2 * TestStructures.smallestHeight(s) * random.nextDouble();
        int[] centres = IntStream.range(0, s.atomCount()).toArray();
        NeighborList reference = NeighborList.build(s, cutoff, centres, 1);

        for (int k = 2; k <= 4; k++) {
            assertIdentical(reference, NeighborList.build(s, cutoff, centres, k), k + " bins per cutoff");
        }
    }

    static IntStream randomCases() {
        return IntStream.range(0, 30);
    }

    /** Cutoffs that make the cell exactly m bins of cutoff / k thick, and a hair more or less. */
    static Stream<Arguments> cutoffsAtBinBoundaries() {
        return IntStream.rangeClosed(1, 3).boxed().flatMap(k -> IntStream.rangeClosed(2, 7).boxed()
                .flatMap(m -> Stream.of(1 - 2e-5, 1 - 1e-9, 1.0, 1 + 1e-9, 1 + 2e-5)
                        .map(f -> Arguments.of(k, m, f))));
    }

    @ParameterizedTest(name = "{0} bins per cutoff, cell = {1} bins, cutoff × {2}")
    @MethodSource("cutoffsAtBinBoundaries")
    void cutoffsJustAboveAndBelowBinBoundariesMatchBruteForce(int binsPerCutoff, int binsPerCell, double factor) {
        double edge = 10.0;
        Structure s = atomsOnBinFacesAndInside(edge, binsPerCell, new Random(31L * binsPerCell + binsPerCutoff));
        double cutoff = edge * binsPerCutoff / binsPerCell * factor;

        assertMatchesBruteForce(s, cutoff, binsPerCutoff, "cutoff " + cutoff);
        assertMatchesBruteForce(s, cutoff, 0, "cutoff " + cutoff + ", chosen binning");
    }

    @ParameterizedTest(name = "{0} bins per cutoff")
    @ValueSource(ints = {1, 2, 3, 4})
    void pairsAtExactlyTheCutoffOnBinFacesAreAllFound(int binsPerCutoff) {
        // 4×4×4 simple cubic grid of spacing 1.25 Å (exact in binary): all distances below are exact
        double a = 1.25;
        Structure s = simpleCubicGrid(4, a);
        for (int shellSquared = 1; shellSquared <= 12; shellSquared++) {
            double cutoff = Math.sqrt(shellSquared * a * a);

            NeighborList list = NeighborList.build(s, cutoff, IntStream.range(0, 64).toArray(), binsPerCutoff);

            int expected = latticePointsWithin(shellSquared);
            for (int c = 0; c < 64; c++) {
                assertEquals(expected, list.count(c), "|n|² ≤ " + shellSquared + ", centre " + c);
            }
            assertMatchesBruteForce(s, cutoff, binsPerCutoff, "|n|² ≤ " + shellSquared);
        }
    }

    @ParameterizedTest(name = "{0} bins per cutoff")
    @ValueSource(ints = {0, 1, 2, 3})
    void cellsMuchThinnerThanTheCutoffMatchBruteForce(int binsPerCutoff) {
        Random random = new Random(99);
        Cell thin = Cell.ofRowMajor(0.35, 0, 0, 0.1, 4.0, 0, -0.05, 0.7, 3.5);
        for (boolean[] pbc : new boolean[][] {ALL_PERIODIC, {true, false, true}, {false, true, true}}) {
            Structure s = Structure.periodic(new int[] {1, 1, 1}, randomFractional(thin, 3, random), thin, pbc);
            assertMatchesBruteForce(s, 4.2, binsPerCutoff, "thin cell pbc " + Arrays.toString(pbc));
        }
    }

    @ParameterizedTest(name = "{0} bins per cutoff")
    @ValueSource(ints = {0, 1, 2, 3})
    void cutoffManyTimesTheCellMatchesBruteForce(int binsPerCutoff) {
        Cell cell = Cell.ofRowMajor(1.1, 0, 0, 0.4, 1.3, 0, 0.2, -0.3, 0.9);
        Structure s = Structure.periodic(new int[] {1, 1}, randomFractional(cell, 2, new Random(5)), cell,
                ALL_PERIODIC);

        assertMatchesBruteForce(s, 5.5, binsPerCutoff, "cutoff 5.5 in a ~1 Å cell");
    }

    @Test
    void singleAtomSeesItsOwnImagesOutToTwoAndAHalfCells() {
        for (int k = 1; k <= 3; k++) {
            NeighborList list = NeighborList.build(TestStructures.simpleCubic(1.0), 2.5, new int[] {0}, k);

            assertEquals(latticePointsWithin(6), list.count(0), k + " bins per cutoff");
        }
    }

    @Test
    void atomsStoredHundredsOfCellsApartStillGetExactShifts() {
        // shifts of ±1300 cells do not fit the packed keys, so the general path is taken
        Cell cell = Cell.orthorhombic(3, 3, 3);
        double[] positions = {0.2, 0.3, 0.4, 1.1 + 3 * 600, 0.5, 0.2, 2.0 - 3 * 700, 2.5, 1.5, 1.5, 1.5 + 3 * 40, 2.9};
        Structure s = Structure.periodic(new int[] {1, 1, 1, 1}, positions, cell, ALL_PERIODIC);

        for (int k = 0; k <= 3; k++) {
            assertMatchesBruteForce(s, 3.4, k, k + " bins per cutoff");
        }
        double[] nearestImageOfAtom1 = BruteForceNeighbors.entries(NeighborList.build(s, 3.4))
                .get(new BruteForceNeighbors.Key(0, 1, -600, 0, 0));
        assertArrayEquals(new double[] {0.9, 0.2, -0.2}, nearestImageOfAtom1, 1e-9);
    }

    @Test
    void largeDenseCrystalMatchesSingleCentreSearchesWithEverySubdivision() {
        Structure s = TestStructures.diamondSilicon(3);
        NeighborList reference = NeighborList.build(s, 6.9, IntStream.range(0, s.atomCount()).toArray(), 1);
        for (int k = 2; k <= 4; k++) {
            assertIdentical(reference, NeighborList.build(s, 6.9, IntStream.range(0, s.atomCount()).toArray(), k),
                    k + " bins per cutoff");
        }
    }

    private static Structure atomsOnBinFacesAndInside(double edge, int binsPerCell, Random random) {
        int faces = 12;
        int inside = 12;
        double[] positions = new double[3 * (faces + inside)];
        for (int atom = 0; atom < faces; atom++) {
            for (int x = 0; x < 3; x++) {
                // on a face of the binning in one or more coordinates, sometimes stored one cell away
                int face = random.nextInt(binsPerCell + 1);
                positions[3 * atom + x] = edge * face / binsPerCell + (random.nextInt(5) == 0 ? edge : 0);
            }
        }
        for (int k = 3 * faces; k < positions.length; k++) {
            positions[k] = edge * random.nextDouble();
        }
        int[] numbers = new int[faces + inside];
        Arrays.fill(numbers, 8);
        return Structure.periodic(numbers, positions, Cell.orthorhombic(edge, edge, edge), ALL_PERIODIC);
    }

    private static Structure simpleCubicGrid(int reps, double a) {
        double[] positions = new double[3 * reps * reps * reps];
        int atom = 0;
        for (int x = 0; x < reps; x++) {
            for (int y = 0; y < reps; y++) {
                for (int z = 0; z < reps; z++) {
                    positions[3 * atom] = x * a;
                    positions[3 * atom + 1] = y * a;
                    positions[3 * atom + 2] = z * a;
                    atom++;
                }
            }
        }
        int[] numbers = new int[reps * reps * reps];
        Arrays.fill(numbers, 29);
        return Structure.periodic(numbers, positions, Cell.orthorhombic(reps * a, reps * a, reps * a), ALL_PERIODIC);
    }

    private static double[] randomFractional(Cell cell, int atoms, Random random) {
        double[] positions = new double[3 * atoms];
        for (int atom = 0; atom < atoms; atom++) {
            double[] f = {random.nextDouble(), random.nextDouble() * 3 - 1, random.nextDouble()};
            System.arraycopy(cell.toCartesian(f), 0, positions, 3 * atom, 3);
        }
        return positions;
    }

    /** Integer vectors n ≠ 0 with |n|² ≤ maxSquared. */
    private static int latticePointsWithin(int maxSquared) {
        int count = 0;
        int r = (int) Math.ceil(Math.sqrt(maxSquared));
        for (int x = -r; x <= r; x++) {
            for (int y = -r; y <= r; y++) {
                for (int z = -r; z <= r; z++) {
                    int d = x * x + y * y + z * z;
                    count += d > 0 && d <= maxSquared ? 1 : 0;
                }
            }
        }
        return count;
    }

    /**
     * Same keys and vectors as the brute force, except pairs at the cutoff to within rounding: the
     * brute force sums r_j + n·M − r_i in another order, so it may put such a tie on the other side.
     */
    private static void assertMatchesBruteForce(Structure s, double cutoff, int binsPerCutoff, String what) {
        int[] centres = IntStream.range(0, s.atomCount()).toArray();
        Map<BruteForceNeighbors.Key, double[]> expected = BruteForceNeighbors.neighbours(s, cutoff, centres);
        Map<BruteForceNeighbors.Key, double[]> actual =
                BruteForceNeighbors.entries(NeighborList.build(s, cutoff, centres, binsPerCutoff));
        Set<BruteForceNeighbors.Key> missing = new HashSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        missing.removeIf(key -> isTie(expected.get(key), cutoff));
        Set<BruteForceNeighbors.Key> extra = new HashSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        extra.removeIf(key -> isTie(actual.get(key), cutoff));
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail(what + ": missing " + missing.size() + " " + (missing.isEmpty() ? "" : missing.iterator().next())
                    + ", extra " + extra.size() + " " + (extra.isEmpty() ? "" : extra.iterator().next())
                    + " of " + expected.size());
        }
        for (Map.Entry<BruteForceNeighbors.Key, double[]> e : expected.entrySet()) {
            if (actual.containsKey(e.getKey())) {
                assertArrayEquals(e.getValue(), actual.get(e.getKey()), 1e-12, what + " " + e.getKey());
            }
        }
    }

    private static boolean isTie(double[] v, double cutoff) {
        return Math.abs(Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) - cutoff) <= 1e-12 * cutoff;
    }

    private static void assertIdentical(NeighborList expected, NeighborList actual, String what) {
        assertEquals(expected.centreCount(), actual.centreCount(), what);
        assertEquals(expected.totalCount(), actual.totalCount(), what);
        for (int c = 0; c < expected.centreCount(); c++) {
            assertEquals(expected.count(c), actual.count(c), what + " centre " + c);
            for (int k = 0; k < expected.count(c); k++) {
                assertEquals(expected.atom(c, k), actual.atom(c, k), what);
                assertEquals(expected.distance(c, k), actual.distance(c, k), 0, what);
                for (int axis = 0; axis < 3; axis++) {
                    assertEquals(expected.shift(c, k, axis), actual.shift(c, k, axis), what);
                    assertEquals(expected.vector(c, k, axis), actual.vector(c, k, axis), 0, what);
                }
            }
        }
    }
}
