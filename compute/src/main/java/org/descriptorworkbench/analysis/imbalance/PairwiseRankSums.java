package org.descriptorworkbench.analysis.imbalance;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.descriptorworkbench.analysis.MemoryGuard;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.distance.SquaredDistances;
import org.descriptorworkbench.task.ParallelLoop;
import org.descriptorworkbench.task.Progress;

/**
 * The rank sums behind every entry of the pairwise information-imbalance matrix of m spaces (seed 004 §3.2;
 * seed 000 eq. 9): for each ordered pair (a, b), Σ_i Σ_{l ≤ k} r_b(i, nn_a^l(i)), exactly as {@link RankScan}
 * gives it for one pair, but with each space's distances computed once instead of once per partner. Rows
 * are processed in blocks; a worker holds its block's distances to all rows in all m spaces, finds each
 * space's k nearest neighbours of each row, then ranks them in every other space (through a
 * {@link SortedRow} when a row has many targets). The block is sized so that those distances stay within
 * {@link #BLOCK_BYTES} per thread, down to one row when m·N is large. Cost: m N² D multiply-adds for the
 * distances instead of m (m − 1) N² D pair by pair; the ranking is m (m − 1) k N² comparisons either way,
 * or about m N² log₂N + m (m − 1) k N log₂N with sorted rows.
 */
final class PairwiseRankSums {

    /** Most rows per block, as in {@link RankScan}. */
    static final int MAX_BLOCK_ROWS = 32;

    /** Bound on one worker's block of distances in all spaces (m × block × N doubles), unless one row exceeds it. */
    static final long BLOCK_BYTES = 64L << 20;

    /**
     * Measured with {@code dwb bench imbalance --matrix M --d 10} (JDK 17, 2 cores): at N = 2000 one pass
     * per target was faster for M = 22 (21 targets per row) and sorting for M = 40 (39 targets, 5.6 s
     * against 8.2 s); at N = 500 they were even at M = 40 and sorting won at M = 100 (2.4 s against 3.9 s).
     */
    static final int SORT_FACTOR = 3;

    private final SquaredDistances[] spaces;
    private final int n;
    private final int k;
    private final int blockRows;

    PairwiseRankSums(List<RowMatrix> matrices, int k) {
        this(matrices, k, blockRows(matrices.size(), matrices.get(0).rows()));
    }

    /** With a given block size, so that tests can check that the result does not depend on it. */
    PairwiseRankSums(List<RowMatrix> matrices, int k, int blockRows) {
        this.spaces = matrices.stream().map(SquaredDistances::new).toArray(SquaredDistances[]::new);
        this.n = matrices.get(0).rows();
        this.k = k;
        this.blockRows = blockRows;
    }

    /** Rows per block for m spaces of n rows: as many as fit in {@link #BLOCK_BYTES}, between 1 and 32. */
    static int blockRows(int m, int n) {
        long rowBytes = MemoryGuard.doubles((long) m * n);
        return (int) Math.max(1, Math.min(Math.min(MAX_BLOCK_ROWS, n), BLOCK_BYTES / rowBytes));
    }

    /**
     * Whether to rank the (m − 1)·k targets of a row in a space through a sorted copy of the row (about
     * N log₂N once, then two binary searches each) rather than with one pass over the row each: once there
     * are more than {@link #SORT_FACTOR} log₂N of them.
     */
    static boolean sortsRows(int m, int k, int n) {
        int log2N = 32 - Integer.numberOfLeadingZeros(n);
        return (long) (m - 1) * k > (long) SORT_FACTOR * log2N;
    }

    /** Working memory of a scan of the given spaces (all with the same rows), for the memory guard. */
    static long workingBytes(List<RowMatrix> matrices, int k) {
        int m = matrices.size();
        int n = matrices.get(0).rows();
        int threads = Runtime.getRuntime().availableProcessors();
        int blockRows = blockRows(m, n);
        long copies = 0;
        for (RowMatrix matrix : matrices) {
            copies += SquaredDistances.copyBytes(n, matrix.cols()) + MemoryGuard.doubles(n);
        }
        long perThread = m * SquaredDistances.scratchBytes(blockRows) + MemoryGuard.doubles((long) m * blockRows * n)
                + MemoryGuard.doubles(n) + 8L * m * m + 4L * m * k;
        return copies + threads * perThread;
    }

    /** Entry [a][b] is the rank sum of a → b; the diagonal is left at 0. */
    long[][] run(Progress progress, String message) {
        int m = spaces.length;
        int blocks = (n + blockRows - 1) / blockRows;
        Queue<Worker> workers = new ConcurrentLinkedQueue<>();
        ParallelLoop.forEach(blocks, progress, message, () -> {
            Worker worker = new Worker(blockRows);
            workers.add(worker);
            return worker;
        }, (worker, block) -> worker.scan(block * blockRows, Math.min(n, (block + 1) * blockRows)));
        long[][] sums = new long[m][m];
        for (Worker worker : workers) {
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    sums[a][b] += worker.sums[a * m + b];
                }
            }
        }
        return sums;
    }

    /** One thread's distances, neighbours and partial rank sums (integers, so their order of addition is free). */
    private final class Worker {
        final double[][] rows;
        final SquaredDistances.Scratch[] scratch;
        final ExactNeighbours neighbours = new ExactNeighbours(k);
        final SortedRow sortedRow = new SortedRow();
        final int[] nearest;
        final long[] sums;

        Worker(int blockRows) {
            int m = spaces.length;
            rows = new double[m][blockRows * n];
            scratch = new SquaredDistances.Scratch[m];
            for (int s = 0; s < m; s++) {
                scratch[s] = spaces[s].scratch(blockRows);
            }
            nearest = new int[m * k];
            sums = new long[m * m];
        }

        void scan(int i0, int i1) {
            int m = spaces.length;
            for (int s = 0; s < m; s++) {
                spaces[s].block(i0, i1, 0, n, rows[s], scratch[s]);
            }
            for (int i = i0; i < i1; i++) {
                int offset = (i - i0) * n;
                for (int s = 0; s < m; s++) {
                    neighbours.nearest(spaces[s], rows[s], offset, i, nearest, s * k);
                }
                for (int b = 0; b < m; b++) {
                    rankInto(b, offset, i);
                }
            }
        }

        /** Adds Σ_l r_b(i, nn_a^l(i)) to the sum of a → b for every space a ≠ b. */
        private void rankInto(int b, int offset, int i) {
            int m = spaces.length;
            boolean sort = sortsRows(m, k, n);
            if (sort) {
                sortedRow.sort(spaces[b], rows[b], offset, i);
            }
            for (int a = 0; a < m; a++) {
                if (a == b) {
                    continue;
                }
                long sum = 0;
                for (int l = 0; l < k; l++) {
                    int target = nearest[a * k + l];
                    sum += sort ? sortedRow.rank(target) : ExactNeighbours.rank(spaces[b], rows[b], offset, i, target);
                }
                sums[a * m + b] += sum;
            }
        }
    }
}
