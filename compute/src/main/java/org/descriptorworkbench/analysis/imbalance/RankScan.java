package org.descriptorworkbench.analysis.imbalance;

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
 * Near-ties that the blocked kernel cannot resolve are decided with explicit differences
 * ({@link ExactNeighbours}).
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
                duplicateA[i] = worker.neighbours.nearest(a, worker.rowsA, offset, i, nearestA, i * k);
                duplicateB[i] = worker.neighbours.nearest(b, worker.rowsB, offset, i, nearestB, i * k);
                for (int l = 0; l < k; l++) {
                    rankB[i * k + l] = ExactNeighbours.rank(b, worker.rowsB, offset, i, nearestA[i * k + l]);
                    rankA[i * k + l] = ExactNeighbours.rank(a, worker.rowsA, offset, i, nearestB[i * k + l]);
                }
            }
        });
        return new Ranks(nearestA, nearestB, rankB, rankA, count(duplicateA), count(duplicateB));
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
        final ExactNeighbours neighbours = new ExactNeighbours(k);

        Worker(int n, int blockRows) {
            rowsA = new double[blockRows * n];
            rowsB = new double[blockRows * n];
            scratchA = a.scratch(blockRows);
            scratchB = b.scratch(blockRows);
        }
    }
}
