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
 * space's k nearest neighbours of each row, then ranks them in every other space. The block is sized so
 * that those distances stay within {@link #BLOCK_BYTES} per thread, down to one row when m·N is large.
 */
final class PairwiseRankSums {

    /** Most rows per block, as in {@link RankScan}. */
    static final int MAX_BLOCK_ROWS = 32;

    /** Bound on one worker's block of distances in all spaces (m × block × N doubles), unless one row exceeds it. */
    static final long BLOCK_BYTES = 64L << 20;

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
                + 8L * m * m + 4L * m * k;
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
                for (int a = 0; a < m; a++) {
                    for (int b = 0; b < m; b++) {
                        if (b != a) {
                            sums[a * m + b] += rankSum(b, offset, i, a);
                        }
                    }
                }
            }
        }

        /** Σ_l r_b(i, nn_a^l(i)). */
        private long rankSum(int b, int offset, int i, int a) {
            long sum = 0;
            for (int l = 0; l < k; l++) {
                sum += ExactNeighbours.rank(spaces[b], rows[b], offset, i, nearest[a * k + l]);
            }
            return sum;
        }
    }
}
