package org.descriptorworkbench.analysis.imbalance;

import java.util.Arrays;
import org.descriptorworkbench.analysis.distance.SquaredDistances;

/**
 * One row of blocked squared distances, sorted, so that the exact rank of many targets in that row
 * (ANALYSES.md: 1 + number of rows strictly closer) costs two binary searches each instead of a pass over
 * the row. The answer is {@link ExactNeighbours#rank}'s, bit for bit: values surely below the target's
 * exact distance are counted from the sorted copy; when the error window around it holds only the
 * target's own value, nothing in it is closer; any other window is resolved by the exact pass over the row.
 * Holds a buffer: one instance per thread.
 */
final class SortedRow {

    private double[] sorted = new double[0];
    private SquaredDistances space;
    private double[] rows;
    private int offset;
    private int i;

    /** Sorts row i's distances {@code rows[offset..offset + N)} in {@code space}; they must not change while in use. */
    void sort(SquaredDistances space, double[] rows, int offset, int i) {
        int n = space.size();
        if (sorted.length != n) {
            sorted = new double[n];
        }
        System.arraycopy(rows, offset, sorted, 0, n);
        Arrays.sort(sorted);
        this.space = space;
        this.rows = rows;
        this.offset = offset;
        this.i = i;
    }

    /** 1 + #{j ≠ i : d(i, j) < d(i, target)}, exactly as {@link ExactNeighbours#rank} gives it; target ≠ i. */
    int rank(int target) {
        double threshold = space.exact(i, target);
        double tolerance = space.tolerance(i);
        double surelyBelow = threshold - tolerance;
        double surelyAbove = threshold + tolerance;
        int below = countBelow(surelyBelow);
        // The target's own computed value lies within one tolerance of its exact one, so it is in the window.
        if (countAtMost(surelyAbove) - below == 1) {
            return below + 1;
        }
        return ExactNeighbours.rank(space, rows, offset, i, target);
    }

    /** #{values < x}: the sorted order (NaN last) keeps {@code value < x} true on a prefix. */
    private int countBelow(double x) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < x) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** #{values ≤ x}. */
    private int countAtMost(double x) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= x) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
