package org.descriptorworkbench.analysis.correlation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.descriptorworkbench.analysis.MemoryGuard;
import org.descriptorworkbench.analysis.ProgressSlices;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.distance.SquaredDistances;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.Job;
import org.descriptorworkbench.task.ParallelLoop;
import org.descriptorworkbench.task.Progress;

/**
 * Computes a {@link CorrelationResult} block by block without ever holding the N×N distances: a first
 * pass over unordered pairs finds each descriptor's largest distance and the mean scaled distances, a
 * second pass over blocks of full rows ranks every environment's neighbours in both spaces and
 * accumulates the histograms, the centred sums of the correlations, the reservoir sample and the top
 * disagreements. Sums of doubles are added per block and then in block order, so that the result is the
 * same, bit for bit, whatever the number of threads and whichever thread ran which block.
 * Memory O(N·D + threads·(block·N + sample) + bins²).
 */
public final class DistanceCorrelation implements Job<CorrelationResult> {

    private static final int BLOCK_ROWS = 16;

    private final RowMatrix a;
    private final RowMatrix b;
    private final int bins;
    private final int sampleSize;
    private final int top;
    private final long seed;

    public DistanceCorrelation(RowMatrix a, RowMatrix b, int bins, int sampleSize, int top, long seed) {
        RowMatrix.requireSameRows("A", a, "B", b);
        if (a.rows() < 3) {
            throw new ParameterException("rows", "correlations need at least 3 rows, got " + a.rows());
        }
        if (bins < 1 || bins > 10_000) {
            throw new ParameterException("bins", "must be between 1 and 10000, got " + bins);
        }
        if (sampleSize < 0) {
            throw new ParameterException("sample", "must be 0 or more, got " + sampleSize);
        }
        if (top < 0) {
            throw new ParameterException("top", "must be 0 or more, got " + top);
        }
        this.a = a;
        this.b = b;
        this.bins = bins;
        this.sampleSize = sampleSize;
        this.top = top;
        this.seed = seed;
    }

    @Override
    public CorrelationResult run(Progress progress) {
        int n = a.rows();
        long perWorker = MemoryGuard.doubles(2L * BLOCK_ROWS * n) + 8L * n + RowRanks.bytes(n) + 48L * sampleSize
                + MemoryGuard.doubles(2L * bins * bins) + 2 * SquaredDistances.scratchBytes(BLOCK_ROWS);
        long copies = SquaredDistances.copyBytes(n, a.cols()) + SquaredDistances.copyBytes(n, b.cols());
        MemoryGuard.require(Runtime.getRuntime().availableProcessors() * perWorker + copies,
                "distance/rank correlation");
        SquaredDistances da = new SquaredDistances(a);
        SquaredDistances db = new SquaredDistances(b);
        Extremes extremes = extremes(da, db, progress);
        Accumulator total = accumulate(da, db, extremes, progress);
        return total.result(n, extremes);
    }

    private int blocks() {
        return (a.rows() + BLOCK_ROWS - 1) / BLOCK_ROWS;
    }

    /** Pass 1 over unordered pairs: largest distances, sums of distances, exact zero distances. */
    private Extremes extremes(SquaredDistances da, SquaredDistances db, Progress progress) {
        int n = a.rows();
        List<Extremes> parts = Collections.synchronizedList(new ArrayList<>());
        double[] blockSums = new double[2 * blocks()];
        ParallelLoop.forEach(blocks(), ProgressSlices.slice(progress, 0, 0.5, ""), "correlation: largest distances",
                () -> register(parts, new Extremes(n, da, db)), (part, block) -> {
                    int i0 = block * BLOCK_ROWS;
                    int i1 = Math.min(n, i0 + BLOCK_ROWS);
                    int width = n - i0;
                    da.block(i0, i1, i0, n, part.rowsA, part.scratchA);
                    db.block(i0, i1, i0, n, part.rowsB, part.scratchB);
                    part.sumA = 0;
                    part.sumB = 0;
                    for (int i = i0; i < i1; i++) {
                        for (int j = i + 1; j < n; j++) {
                            int at = (i - i0) * width + (j - i0);
                            part.add(part.rowsA[at], part.rowsB[at]);
                        }
                    }
                    blockSums[2 * block] = part.sumA;
                    blockSums[2 * block + 1] = part.sumB;
                });
        Extremes total = new Extremes(0, da, db);
        for (Extremes part : parts) {
            total.merge(part);
        }
        total.sumA = inBlockOrder(blockSums, 0, 2);
        total.sumB = inBlockOrder(blockSums, 1, 2);
        return total;
    }

    /** Pass 2 over blocks of full rows. */
    private Accumulator accumulate(SquaredDistances da, SquaredDistances db, Extremes extremes, Progress progress) {
        int n = a.rows();
        List<Accumulator> parts = Collections.synchronizedList(new ArrayList<>());
        double[] blockSums = new double[3 * blocks()];
        ParallelLoop.forEach(blocks(), ProgressSlices.slice(progress, 0.5, 0.5, ""), "correlation: histograms and ranks",
                () -> register(parts, new Accumulator(n, extremes, da, db)), (part, block) -> {
                    part.sxx = 0;
                    part.syy = 0;
                    part.sxy = 0;
                    part.rows(da, db, block * BLOCK_ROWS, Math.min(n, (block + 1) * BLOCK_ROWS));
                    blockSums[3 * block] = part.sxx;
                    blockSums[3 * block + 1] = part.syy;
                    blockSums[3 * block + 2] = part.sxy;
                });
        Accumulator total = null;
        for (Accumulator part : parts) {
            if (total == null) {
                total = part;
            } else {
                total.merge(part);
            }
        }
        total.sxx = inBlockOrder(blockSums, 0, 3);
        total.syy = inBlockOrder(blockSums, 1, 3);
        total.sxy = inBlockOrder(blockSums, 2, 3);
        return total;
    }

    /**
     * Σ over blocks of {@code sums[block * stride + component]}, in block order: sums of doubles depend on
     * their order, and adding them per worker would make the result depend on which thread ran which block.
     */
    private static double inBlockOrder(double[] sums, int component, int stride) {
        double total = 0;
        for (int at = component; at < sums.length; at += stride) {
            total += sums[at];
        }
        return total;
    }

    private static <T> T register(List<T> parts, T part) {
        parts.add(part);
        return part;
    }

    /**
     * Largest squared distances and zero counts over unordered pairs (one worker's), and the sums of
     * distances of the block at hand (of all blocks, added in block order, in the total).
     */
    private static final class Extremes {
        final double[] rowsA;
        final double[] rowsB;
        final SquaredDistances.Scratch scratchA;
        final SquaredDistances.Scratch scratchB;
        double maxSquaredA;
        double maxSquaredB;
        double sumA;
        double sumB;
        long pairs;
        long zerosA;
        long zerosB;

        Extremes(int n, SquaredDistances da, SquaredDistances db) {
            rowsA = new double[BLOCK_ROWS * n];
            rowsB = new double[BLOCK_ROWS * n];
            scratchA = da.scratch(BLOCK_ROWS);
            scratchB = db.scratch(BLOCK_ROWS);
        }

        void add(double squaredA, double squaredB) {
            maxSquaredA = Math.max(maxSquaredA, squaredA);
            maxSquaredB = Math.max(maxSquaredB, squaredB);
            sumA += Math.sqrt(squaredA);
            sumB += Math.sqrt(squaredB);
            pairs++;
            zerosA += squaredA == 0 ? 1 : 0;
            zerosB += squaredB == 0 ? 1 : 0;
        }

        void merge(Extremes other) {
            maxSquaredA = Math.max(maxSquaredA, other.maxSquaredA);
            maxSquaredB = Math.max(maxSquaredB, other.maxSquaredB);
            pairs += other.pairs;
            zerosA += other.zerosA;
            zerosB += other.zerosB;
        }

        double maxA() {
            return Math.sqrt(maxSquaredA);
        }

        double maxB() {
            return Math.sqrt(maxSquaredB);
        }

        /** Scale so that the largest distance maps to 1; a descriptor with all rows equal keeps scale 1. */
        double scaleA() {
            return maxSquaredA > 0 ? 1 / maxA() : 1;
        }

        double scaleB() {
            return maxSquaredB > 0 ? 1 / maxB() : 1;
        }
    }

    /**
     * One worker's histograms, rank products, sample and top disagreements, plus its row buffers; the
     * centred sums are the block at hand's (of all blocks, added in block order, in the total).
     */
    private final class Accumulator {
        final int n;
        final double scaleA;
        final double scaleB;
        final double meanA;
        final double meanB;
        final long[][] distanceHistogram = new long[bins][bins];
        final long[][] rankHistogram = new long[bins][bins];
        double sxx;
        double syy;
        double sxy;
        long rankProducts;
        final PairReservoir sample;
        final PriorityQueue<CorrelationResult.DisagreeingPair> worst =
                new PriorityQueue<>(Comparator.comparingDouble(CorrelationResult.DisagreeingPair::disagreement));
        final double[] rowsA;
        final double[] rowsB;
        final SquaredDistances.Scratch scratchA;
        final SquaredDistances.Scratch scratchB;
        final RowRanks rowRanks;
        final int[] rankA;
        final int[] rankB;

        Accumulator(int n, Extremes extremes, SquaredDistances da, SquaredDistances db) {
            this.n = n;
            this.scaleA = extremes.scaleA();
            this.scaleB = extremes.scaleB();
            this.meanA = extremes.sumA * scaleA / extremes.pairs;
            this.meanB = extremes.sumB * scaleB / extremes.pairs;
            this.sample = new PairReservoir(sampleSize, seed);
            rowsA = new double[BLOCK_ROWS * n];
            rowsB = new double[BLOCK_ROWS * n];
            scratchA = da.scratch(BLOCK_ROWS);
            scratchB = db.scratch(BLOCK_ROWS);
            rowRanks = new RowRanks(n);
            rankA = new int[n];
            rankB = new int[n];
        }

        void rows(SquaredDistances da, SquaredDistances db, int i0, int i1) {
            da.block(i0, i1, 0, n, rowsA, scratchA);
            db.block(i0, i1, 0, n, rowsB, scratchB);
            for (int i = i0; i < i1; i++) {
                row(i, (i - i0) * n);
            }
        }

        private void row(int i, int offset) {
            // the row's own distance is +∞, so self ranks last and the others take ranks 1 … n − 1
            rowRanks.rank(rowsA, offset, rankA);
            rowRanks.rank(rowsB, offset, rankB);
            long products = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                int ra = rankA[j];
                int rb = rankB[j];
                products += (long) ra * rb;
                rankHistogram[rankBin(ra)][rankBin(rb)]++;
                long key = sample.key(i, j);
                if (sample.accepts(key)) {
                    sample.offer(key, i, j, Math.sqrt(rowsA[offset + j]), Math.sqrt(rowsB[offset + j]), ra, rb);
                }
                if (j > i) {
                    pair(i, j, Math.sqrt(rowsA[offset + j]) * scaleA, Math.sqrt(rowsB[offset + j]) * scaleB);
                }
            }
            rankProducts += products;
        }

        private void pair(int i, int j, double x, double y) {
            distanceHistogram[distanceBin(x)][distanceBin(y)]++;
            double cx = x - meanA;
            double cy = y - meanB;
            sxx += cx * cx;
            syy += cy * cy;
            sxy += cx * cy;
            double disagreement = Math.abs(x - y);
            if (top > 0 && (worst.size() < top || disagreement > worst.peek().disagreement())) {
                worst.add(new CorrelationResult.DisagreeingPair(i, j, x, y, disagreement));
                if (worst.size() > top) {
                    worst.poll();
                }
            }
        }

        private int distanceBin(double scaled) {
            return Math.min(bins - 1, (int) (scaled * bins));
        }

        private int rankBin(int rank) {
            return (int) ((long) (rank - 1) * bins / (n - 1));
        }

        void merge(Accumulator other) {
            for (int x = 0; x < bins; x++) {
                for (int y = 0; y < bins; y++) {
                    distanceHistogram[x][y] += other.distanceHistogram[x][y];
                    rankHistogram[x][y] += other.rankHistogram[x][y];
                }
            }
            rankProducts += other.rankProducts;
            sample.addAll(other.sample);
            for (CorrelationResult.DisagreeingPair pair : other.worst) {
                worst.add(pair);
                if (worst.size() > top) {
                    worst.poll();
                }
            }
        }

        CorrelationResult result(int n, Extremes extremes) {
            double pearson = sxy / Math.sqrt(sxx * syy);
            // each row's ranks are a permutation of 1..M (M = N − 1): mean (M + 1)/2, variance (M² − 1)/12
            double m = n - 1;
            double orderedPairs = (double) n * (n - 1);
            double meanRank = (m + 1) / 2;
            double rankVariance = (m * m - 1) / 12;
            double spearman = n == 2 ? 1 : (rankProducts / orderedPairs - meanRank * meanRank) / rankVariance;
            List<CorrelationResult.DisagreeingPair> disagreements = new ArrayList<>(worst);
            disagreements.sort(Comparator.comparingDouble(CorrelationResult.DisagreeingPair::disagreement).reversed()
                    .thenComparingInt(CorrelationResult.DisagreeingPair::i)
                    .thenComparingInt(CorrelationResult.DisagreeingPair::j));
            return new CorrelationResult(n, bins, extremes.maxA(), extremes.maxB(), extremes.pairs,
                    (long) n * (n - 1), distanceHistogram, rankHistogram, pearson, spearman, extremes.zerosA,
                    extremes.zerosB, sample.pairs(1 / scaleA, 1 / scaleB, n), disagreements);
        }
    }
}
