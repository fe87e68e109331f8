package org.descriptorworkbench.analysis.imbalance;

import java.util.Arrays;
import org.descriptorworkbench.analysis.MemoryGuard;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.distance.SquaredDistances;
import org.descriptorworkbench.task.ParallelLoop;
import org.descriptorworkbench.task.Progress;

/**
 * One pass over all rows that finds, exactly, the k nearest neighbours of every row in space A and in
 * space B (self excluded, ties by lowest index) and the 1-based rank of each of them in the other space
 * (1 + number of rows strictly closer). Rows are processed in blocks: each worker holds the distances of
 * its block to all rows in both spaces, so memory is O(N·D + threads·block·N), never N×N.
 * Near-ties that the blocked kernel cannot resolve are decided with explicit differences.
 */
final class RankScan {

    /** Per-row results, k entries per row, row-major. */
    record Ranks(int[] nearestA, int[] nearestB, int[] rankInBOfNearestA, int[] rankInAOfNearestB,
            int rowsWithDuplicateA, int rowsWithDuplicateB) {
    }

    private static final int BLOCK_ROWS = 32;

    private final SquaredDistances a;
    private final SquaredDistances b;
    private final int k;

    RankScan(SquaredDistances a, SquaredDistances b, int k) {
        this.a = a;
        this.b = b;
        this.k = k;
    }

    /** Working memory of a scan of spaces a and b (both n rows), for the memory guard. */
    static long workingBytes(RowMatrix a, RowMatrix b, int k) {
        int n = a.rows();
        int threads = Runtime.getRuntime().availableProcessors();
        long copies = SquaredDistances.copyBytes(n, a.cols()) + SquaredDistances.copyBytes(n, b.cols());
        long scratch = 2L * threads * SquaredDistances.scratchBytes(BLOCK_ROWS);
        return copies + scratch + MemoryGuard.doubles(2L * threads * BLOCK_ROWS * n) + 4L * 4 * n * k;
    }

    Ranks run(Progress progress, String message) {
        int n = a.size();
        int blockRows = Math.min(BLOCK_ROWS, n);
        int blocks = (n + blockRows - 1) / blockRows;
        int[] nearestA = new int[n * k];
        int[] nearestB = new int[n * k];
        int[] rankB = new int[n * k];
        int[] rankA = new int[n * k];
        boolean[] duplicateA = new boolean[n];
        boolean[] duplicateB = new boolean[n];
        ParallelLoop.forEach(blocks, progress, message, () -> new Worker(n, blockRows), (worker, block) -> {
            int i0 = block * blockRows;
            int i1 = Math.min(n, i0 + blockRows);
            a.block(i0, i1, 0, n, worker.rowsA, worker.scratchA);
            b.block(i0, i1, 0, n, worker.rowsB, worker.scratchB);
            for (int i = i0; i < i1; i++) {
                int offset = (i - i0) * n;
                duplicateA[i] = worker.nearest(a, worker.rowsA, offset, i, nearestA, i * k);
                duplicateB[i] = worker.nearest(b, worker.rowsB, offset, i, nearestB, i * k);
                for (int l = 0; l < k; l++) {
                    rankB[i * k + l] = rank(b, worker.rowsB, offset, i, nearestA[i * k + l]);
                    rankA[i * k + l] = rank(a, worker.rowsA, offset, i, nearestB[i * k + l]);
                }
            }
        });
        return new Ranks(nearestA, nearestB, rankB, rankA, count(duplicateA), count(duplicateB));
    }

    /** 1 + #{j ≠ i : d(i, j) < d(i, target)}, exact: values within the kernel's error bound are recomputed. */
    private static int rank(SquaredDistances space, double[] rows, int offset, int i, int target) {
        double threshold = space.exact(i, target);
        double tolerance = space.tolerance(i);
        double surelyBelow = threshold - tolerance;
        double surelyAbove = threshold + tolerance;
        int n = space.size();
        int closer = 0;
        for (int j = 0; j < n; j++) {
            double value = rows[offset + j];
            if (value < surelyBelow) {
                closer++;
            } else if (value <= surelyAbove && j != i && space.exact(i, j) < threshold) {
                closer++;
            }
        }
        return closer + 1;
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }

    /** Scratch buffers owned by one thread. */
    private final class Worker {
        final double[] rowsA;
        final double[] rowsB;
        final SquaredDistances.Scratch scratchA;
        final SquaredDistances.Scratch scratchB;
        final double[] bestValues = new double[k];
        int[] candidates = new int[Math.max(16, 2 * k)];
        double[] candidateDistances = new double[candidates.length];

        Worker(int n, int blockRows) {
            rowsA = new double[blockRows * n];
            rowsB = new double[blockRows * n];
            scratchA = a.scratch(blockRows);
            scratchB = b.scratch(blockRows);
        }

        /**
         * Writes the k exact nearest neighbours of row i into {@code out[outOffset..]}; returns whether the
         * nearest one is at distance exactly zero (a duplicate row).
         */
        boolean nearest(SquaredDistances space, double[] rows, int offset, int i, int[] out, int outOffset) {
            int n = space.size();
            Arrays.fill(bestValues, Double.POSITIVE_INFINITY);
            for (int j = 0; j < n; j++) {
                double value = rows[offset + j];
                if (value < bestValues[k - 1]) {
                    insertSorted(value);
                }
            }
            // Every true k-nearest row has a computed value within 2 tolerances of the k-th computed value.
            double limit = bestValues[k - 1] + 2 * space.tolerance(i);
            int found = 0;
            for (int j = 0; j < n; j++) {
                if (j != i && rows[offset + j] <= limit) {
                    if (found == candidates.length) {
                        candidates = Arrays.copyOf(candidates, 2 * found);
                        candidateDistances = Arrays.copyOf(candidateDistances, 2 * found);
                    }
                    candidates[found] = j;
                    candidateDistances[found] = space.exact(i, j);
                    found++;
                }
            }
            for (int l = 0; l < k; l++) {
                int best = l;
                for (int c = l + 1; c < found; c++) {
                    if (candidateDistances[c] < candidateDistances[best]
                            || (candidateDistances[c] == candidateDistances[best] && candidates[c] < candidates[best])) {
                        best = c;
                    }
                }
                swap(l, best);
                out[outOffset + l] = candidates[l];
            }
            return candidateDistances[0] == 0.0;
        }

        private void insertSorted(double value) {
            int position = k - 1;
            while (position > 0 && bestValues[position - 1] > value) {
                bestValues[position] = bestValues[position - 1];
                position--;
            }
            bestValues[position] = value;
        }

        private void swap(int x, int y) {
            int index = candidates[x];
            candidates[x] = candidates[y];
            candidates[y] = index;
            double distance = candidateDistances[x];
            candidateDistances[x] = candidateDistances[y];
            candidateDistances[y] = distance;
        }
    }
}
