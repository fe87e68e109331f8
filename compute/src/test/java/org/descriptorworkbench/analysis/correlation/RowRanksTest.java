package org.descriptorworkbench.analysis.correlation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link RowRanks} against a boxed stable sort, the specification of the ranks the correlation uses. */
class RowRanksTest {

    /** The specification: sort boxed indices by value (−0.0 as 0.0), then by index, and read off positions. */
    private static int[] referenceRanks(double[] values) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            order.add(j);
        }
        order.sort(Comparator.<Integer>comparingDouble(j -> values[j] + 0.0).thenComparingInt(j -> j));
        int[] ranks = new int[values.length];
        for (int position = 0; position < values.length; position++) {
            ranks[order.get(position)] = position + 1;
        }
        return ranks;
    }

    private static int[] ranks(double[] values) {
        int[] ranks = new int[values.length];
        new RowRanks(values.length).rank(values, 0, ranks);
        return ranks;
    }

    private static double[] row(int n, DoubleSupplier value) {
        double[] values = new double[n];
        for (int j = 0; j < n; j++) {
            values[j] = value.getAsDouble();
        }
        return values;
    }

    /** A row as the correlation sees it: the entry at {@code self} is the row's own distance, +∞. */
    private static double[] withSelf(double[] values, int self) {
        values[self] = Double.POSITIVE_INFINITY;
        return values;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 64, 5000})
    void matchesAStableSortOfRandomSquaredDistances(int n) {
        Random random = new Random(n);
        for (int trial = 0; trial < 5; trial++) {
            double scale = Math.pow(10, random.nextInt(41) - 20);
            double[] values = withSelf(row(n, () -> scale * Math.pow(random.nextGaussian(), 2)), random.nextInt(n));
            assertArrayEquals(referenceRanks(values), ranks(values), "n " + n + " trial " + trial);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 64, 5000})
    void breaksTiesByIndex(int n) {
        Random random = new Random(-n);
        double[] fewValues = {0.0, 0.25, 1.0, 1.0 + Math.ulp(1.0), 3.0e7};
        double[] values = withSelf(row(n, () -> fewValues[random.nextInt(fewValues.length)]), n / 2);
        assertArrayEquals(referenceRanks(values), ranks(values));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 64, 5000})
    void aRowOfEqualValuesRanksInIndexOrder(int n) {
        double[] values = row(n, () -> 0.75);
        int[] expected = new int[n];
        for (int j = 0; j < n; j++) {
            expected[j] = j + 1;
        }
        assertArrayEquals(expected, ranks(values));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 64, 5000})
    void ordersSubnormalHugeAndInfiniteValues(int n) {
        Random random = new Random(31L * n);
        double[] awkward = {0.0, Double.MIN_VALUE, 3 * Double.MIN_VALUE, Double.MIN_NORMAL / 2, Double.MIN_NORMAL,
            1e-300, 1.0, 1e300, Double.MAX_VALUE / 2, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        double[] values = row(n, () -> awkward[random.nextInt(awkward.length)] * (1 + random.nextInt(2)));
        assertArrayEquals(referenceRanks(values), ranks(values));
    }

    @Test
    void negativeZeroTiesWithZero() {
        double[] values = {0.0, -0.0, 1.0, -0.0, 0.0};
        assertArrayEquals(new int[] {1, 2, 5, 3, 4}, ranks(values));
    }

    @Test
    void nanOfEitherSignRanksAfterInfinity() {
        double negativeNaN = Double.longBitsToDouble(0xfff8_0000_0000_0000L);
        double[] values = {Double.NaN, Double.POSITIVE_INFINITY, 2.0, negativeNaN, 1.0};
        assertArrayEquals(new int[] {4, 3, 2, 5, 1}, ranks(values));
    }

    @Test
    void ranksEachRowOfABlockWithOneReusedWorkspace() {
        int n = 300;
        int rows = 7;
        Random random = new Random(5);
        double[] block = row(n * rows, () -> random.nextInt(4) == 0 ? random.nextInt(3) : random.nextDouble());
        RowRanks workspace = new RowRanks(n);
        int[] ranks = new int[n];
        for (int i = 0; i < rows; i++) {
            block[i * n + i] = Double.POSITIVE_INFINITY;
            double[] values = Arrays.copyOfRange(block, i * n, (i + 1) * n);
            workspace.rank(block, i * n, ranks);
            assertArrayEquals(referenceRanks(values), ranks, "row " + i);
        }
    }
}
