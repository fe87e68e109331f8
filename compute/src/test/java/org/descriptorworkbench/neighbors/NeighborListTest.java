package org.descriptorworkbench.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.error.ResourceLimitException;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NeighborListTest {

    static IntStream randomCases() {
        return IntStream.range(0, 150);
    }

    @ParameterizedTest(name = "random case {0}")
    @MethodSource("randomCases")
    void matchesBruteForceOverAllImages(int seed) {
        Random random = new Random(1000 + seed);
        Structure s = TestStructures.random(random);
        double cutoff = 0.05 + 3 * TestStructures.smallestHeight(s) * random.nextDouble();
        int[] centres = IntStream.range(0, s.atomCount()).toArray();

        NeighborList list = NeighborList.build(s, cutoff);

        assertSameNeighbours(BruteForceNeighbors.neighbours(s, cutoff, centres), BruteForceNeighbors.entries(list),
                s + " pbc " + Arrays.toString(s.pbc()) + " cutoff " + cutoff);
        for (int c = 0; c < list.centreCount(); c++) {
            for (int k = 0; k < list.count(c); k++) {
                double x = list.vector(c, k, 0);
                double y = list.vector(c, k, 1);
                double z = list.vector(c, k, 2);
                assertEquals(Math.sqrt(x * x + y * y + z * z), list.distance(c, k), 1e-12);
            }
        }
    }

    @Test
    void ordersNeighboursByAtomThenShift() {
        Structure s = TestStructures.random(new Random(7));
        NeighborList list = NeighborList.build(s, 2.5 * TestStructures.smallestHeight(s));
        for (int c = 0; c < list.centreCount(); c++) {
            for (int k = 1; k < list.count(c); k++) {
                int order = Integer.compare(list.atom(c, k - 1), list.atom(c, k));
                for (int axis = 0; order == 0 && axis < 3; axis++) {
                    order = Integer.compare(list.shift(c, k - 1, axis), list.shift(c, k, axis));
                }
                assertTrue(order < 0, "centre " + c + " neighbours " + (k - 1) + ", " + k + " out of order");
            }
        }
    }

    @Test
    void clusterWithoutCellFindsPairsWithinCutoffOnly() {
        Structure s = Structure.cluster(new int[] {1, 1, 1}, new double[] {0, 0, 0, 1, 0, 0, 2.5, 0, 0});

        NeighborList list = NeighborList.build(s, 1.5);

        assertEquals(List.of(1), BruteForceNeighbors.atomsOf(list, 0));
        assertEquals(List.of(0, 2), BruteForceNeighbors.atomsOf(list, 1));
        assertEquals(List.of(1), BruteForceNeighbors.atomsOf(list, 2));
        assertEquals(-1.5, list.vector(2, 0, 0), 0);
        assertEquals(1.5, list.distance(2, 0), 0);
        assertEquals(0, list.shift(1, 1, 0));
    }

    @Test
    void singleAtomInSimpleCubicCellSeesItsSixFaceImagesAtCutoffEqualToEdge() {
        NeighborList list = NeighborList.build(TestStructures.simpleCubic(1.0), 1.0);

        assertEquals(6, list.count(0));
        for (int k = 0; k < 6; k++) {
            assertEquals(0, list.atom(0, k));
            assertEquals(1.0, list.distance(0, k), 0);
        }
    }

    @Test
    void singleAtomInSimpleCubicCellSeesEighteenImagesAtCutoffSqrtTwo() {
        assertEquals(18, NeighborList.build(TestStructures.simpleCubic(1.0), Math.sqrt(2)).count(0));
    }

    @Test
    void singleAtomSeesEveryLatticePointWhenCutoffSpansSeveralCells() {
        // integer vectors with |n|^2 <= 12, origin excluded: sum of r3(k) for k = 1..12
        assertEquals(178, NeighborList.build(TestStructures.simpleCubic(1.0), Math.sqrt(12)).count(0));
    }

    @Test
    void everySiliconAtomInDiamondHasFourNeighboursWithin2point6() {
        NeighborList list = NeighborList.build(TestStructures.diamondSilicon(2), 2.6);

        assertEquals(64, list.centreCount());
        assertEquals(4 * 64, list.totalCount());
        for (int c = 0; c < 64; c++) {
            assertEquals(4, list.count(c));
            for (int k = 0; k < 4; k++) {
                assertEquals(5.43 * Math.sqrt(3) / 4, list.distance(c, k), 1e-12);
            }
        }
    }

    @Test
    void parallelSearchOfLargeCrystalAgreesWithSingleCentreSearches() {
        Structure s = TestStructures.diamondSilicon(8);
        NeighborList all = NeighborList.build(s, 4.0);

        assertEquals(4096, all.centreCount());
        for (int atom = 0; atom < 4096; atom += 97) {
            NeighborList one = NeighborList.build(s, 4.0, new int[] {atom});
            assertEquals(16, all.count(atom), "4 first and 12 second neighbours");
            assertEquals(BruteForceNeighbors.atomsOf(one, 0), BruteForceNeighbors.atomsOf(all, atom));
            for (int k = 0; k < one.count(0); k++) {
                for (int axis = 0; axis < 3; axis++) {
                    assertEquals(one.shift(0, k, axis), all.shift(atom, k, axis));
                    assertEquals(one.vector(0, k, axis), all.vector(atom, k, axis), 0);
                }
            }
        }
    }

    @Test
    void centreSubsetKeepsGivenOrderAndMatchesFullList() {
        Structure s = TestStructures.random(new Random(11));
        double cutoff = 2 * TestStructures.smallestHeight(s);
        int last = s.atomCount() - 1;
        NeighborList full = NeighborList.build(s, cutoff);

        NeighborList subset = NeighborList.build(s, cutoff, new int[] {last, 0, last});

        assertEquals(3, subset.centreCount());
        int[] expected = {last, 0, last};
        for (int c = 0; c < 3; c++) {
            assertEquals(expected[c], subset.centreAtom(c));
            assertEquals(BruteForceNeighbors.atomsOf(full, expected[c]), BruteForceNeighbors.atomsOf(subset, c));
        }
    }

    @Test
    void atomStoredOutsideTheCellGetsTheShiftThatBringsItNextToTheCentre() {
        Structure s = Structure.periodic(new int[] {1, 1}, new double[] {0.5, 0.5, 0.5, 1.5 + 12, 0.5, 0.5},
                Cell.orthorhombic(4, 4, 4), new boolean[] {true, true, true});

        NeighborList list = NeighborList.build(s, 1.2);

        assertEquals(1, list.count(0));
        assertEquals(1, list.atom(0, 0));
        assertEquals(-3, list.shift(0, 0, 0));
        assertEquals(0, list.shift(0, 0, 1));
        assertEquals(1.0, list.vector(0, 0, 0), 1e-12);
    }

    @Test
    void slabIgnoresTheCellVectorAlongItsNonPeriodicAxis() {
        double[] positions = {0, 0, 0, 1.2, 0.3, 0.4, 0.5, 1.9, 2.2};
        int[] numbers = {6, 6, 6};
        boolean[] slab = {true, true, false};
        Structure withVacuum = Structure.periodic(numbers, positions,
                Cell.ofRowMajor(2.5, 0, 0, 0.7, 2.2, 0, 0, 0, 30), slab);
        Structure withoutThirdVector = Structure.periodic(numbers, positions,
                Cell.ofRowMajor(2.5, 0, 0, 0.7, 2.2, 0, 0, 0, 0), slab);

        Map<BruteForceNeighbors.Key, double[]> expected = BruteForceNeighbors.entries(NeighborList.build(withVacuum, 4.0));
        Map<BruteForceNeighbors.Key, double[]> actual = BruteForceNeighbors.entries(NeighborList.build(withoutThirdVector, 4.0));

        assertSameNeighbours(expected, actual, "slab");
    }

    @Test
    void emptyStructureHasNoCentresAndNoNeighbours() {
        NeighborList list = NeighborList.build(Structure.cluster(new int[0], new double[0]), 3.0);

        assertEquals(0, list.centreCount());
        assertEquals(0, list.totalCount());
    }

    @Test
    void atomsAtTheSamePlaceAreNeighboursAtDistanceZero() {
        Structure s = Structure.cluster(new int[] {1, 1}, new double[] {1, 2, 3, 1, 2, 3});

        NeighborList list = NeighborList.build(s, 0.1);

        assertEquals(List.of(1), BruteForceNeighbors.atomsOf(list, 0));
        assertEquals(0.0, list.distance(0, 0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsCutoffThatIsNotAPositiveFiniteNumber(double cutoff) {
        ParameterException e = assertThrows(ParameterException.class,
                () -> NeighborList.build(TestStructures.simpleCubic(1.0), cutoff));
        assertEquals("cutoff", e.parameter());
    }

    @Test
    void rejectsCentreThatIsNotAnAtomOfTheStructure() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> NeighborList.build(TestStructures.simpleCubic(1.0), 1.0, new int[] {1}));
        assertEquals("centres", e.parameter());
    }

    @Test
    void rejectsPeriodicAxesWhoseLatticeVectorsAreDependent() {
        Structure flat = Structure.periodic(new int[] {1}, new double[3],
                Cell.ofRowMajor(1, 0, 0, 0, 1, 0, 1, 1, 0), new boolean[] {true, true, true});
        ParameterException e = assertThrows(ParameterException.class, () -> NeighborList.build(flat, 1.0));
        assertEquals("cell", e.parameter());
    }

    @Test
    void refusesListTooLargeForMemoryBeforeSearching() {
        ResourceLimitException e = assertThrows(ResourceLimitException.class,
                () -> NeighborList.build(TestStructures.simpleCubic(1.0), 2000.0));
        assertTrue(e.getMessage().contains("smaller cutoff"), e.getMessage());
    }

    private static void assertSameNeighbours(Map<BruteForceNeighbors.Key, double[]> expected,
                                             Map<BruteForceNeighbors.Key, double[]> actual, String what) {
        Set<BruteForceNeighbors.Key> missing = new HashSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        Set<BruteForceNeighbors.Key> extra = new HashSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail(what + ": missing " + first(missing) + " (" + missing.size() + "), extra " + first(extra)
                    + " (" + extra.size() + ") of " + expected.size());
        }
        for (Map.Entry<BruteForceNeighbors.Key, double[]> e : expected.entrySet()) {
            double[] v = actual.get(e.getKey());
            for (int axis = 0; axis < 3; axis++) {
                assertEquals(e.getValue()[axis], v[axis], 1e-12, what + " " + e.getKey());
            }
        }
    }

    private static Object first(Set<?> keys) {
        return keys.isEmpty() ? "none" : keys.iterator().next();
    }
}
