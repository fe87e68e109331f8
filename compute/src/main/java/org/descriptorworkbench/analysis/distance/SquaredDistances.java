package org.descriptorworkbench.analysis.distance;

import java.util.Arrays;
import org.descriptorworkbench.analysis.MemoryGuard;
import org.descriptorworkbench.analysis.RowMatrix;

/**
 * Squared Euclidean distances between the rows of one feature matrix, computed block by block as
 * ‖a‖² + ‖b‖² − 2 a·b (ANALYSES.md, "Distances"). The dot products are a matrix product against a
 * transposed copy of the features kept in panels (O(N·D) more memory), ordered so that the innermost
 * loop runs over contiguous columns and HotSpot's C2 compiles it to SIMD instructions. Values that
 * would suffer cancellation (d² below 1e-8 (‖a‖² + ‖b‖²)) are recomputed from explicit differences;
 * {@link #tolerance(int)} bounds the rounding error of every other value so that callers can resolve
 * near-ties exactly with {@link #exact(int, int)}. A row's distance to itself is reported as +∞.
 */
public final class SquaredDistances {

    /** Below this fraction of ‖a‖² + ‖b‖² the expanded formula is replaced by explicit differences. */
    static final double CANCELLATION_FRACTION = 1e-8;

    /**
     * Rows per panel of the transposed copy: the trip count of the vectorised column loop. Together with
     * {@link #DEPTH_CHUNK} this was measured, not derived: on JDK 17.0.15 (AMD EPYC, AVX-512) 512 or 1024
     * with chunks of 64 ran at 7.5-8.5 G multiply-adds/s per core, while a width of 256, or chunks of 32 or
     * 128, left C2's loop scalar (about 4). Change them only with {@code dwb bench imbalance} at hand.
     */
    static final int PANEL_WIDTH = 512;

    /** Features per pass over a panel: 64 × 512 doubles (256 KiB) stay in L2 while every row of a block uses them. */
    static final int DEPTH_CHUNK = 64;

    private final RowMatrix matrix;
    private final double[] values;
    private final double[] squaredNorms;
    private final int dim;
    private final double maxSquaredNorm;
    private final double errorFactor;
    private final int panelWidth;
    private final double[][] panelColumns;

    public SquaredDistances(RowMatrix matrix) {
        this.matrix = matrix;
        this.values = matrix.values();
        this.dim = matrix.cols();
        this.squaredNorms = new double[matrix.rows()];
        double max = 0;
        for (int i = 0; i < matrix.rows(); i++) {
            squaredNorms[i] = dot(i * dim, i * dim);
            max = Math.max(max, squaredNorms[i]);
        }
        this.maxSquaredNorm = max;
        this.panelWidth = Math.max(1, Math.min(PANEL_WIDTH, matrix.rows()));
        this.panelColumns = panelColumns(values, matrix.rows(), dim, panelWidth);
        // A length-D dot product evaluated in ANY order errs by at most γ_D Σ|a_k b_k| ≤ γ_D (‖a‖² + ‖b‖²) / 2
        // with γ_D = D u / (1 − D u) (Higham, Accuracy and Stability of Numerical Algorithms, §3.1), and so
        // does each norm; with the two roundings of the sum and the difference, |computed − exact|
        // ≤ (2 D + 3) u (‖a‖² + ‖b‖²) to first order. The factor 4 (D + 4) u covers the higher-order terms,
        // and ‖a‖² + ‖b‖² ≤ ‖a‖² + max ‖x‖², whatever order the kernel sums in.
        this.errorFactor = 4.0 * (dim + 4) * 0x1p-53;
    }

    public RowMatrix matrix() {
        return matrix;
    }

    public int size() {
        return matrix.rows();
    }

    /** ‖x_i‖². */
    public double squaredNorm(int i) {
        return squaredNorms[i];
    }

    /**
     * An upper bound on |computed − exact| for every value of row i returned by {@link #block}; used to
     * decide which comparisons are too close to call and must be redone with {@link #exact}.
     */
    public double tolerance(int i) {
        return errorFactor * (squaredNorms[i] + maxSquaredNorm);
    }

    /** Squared distance from explicit differences, the reference value for ties and near-duplicates. */
    public double exact(int i, int j) {
        int a = i * dim;
        int b = j * dim;
        double sum = 0;
        for (int k = 0; k < dim; k++) {
            double diff = values[a + k] - values[b + k];
            sum += diff * diff;
        }
        return sum;
    }

    /** Working memory for {@link #block} over up to {@code rows} rows at a time; one per thread. */
    public Scratch scratch(int rows) {
        return new Scratch(new double[rows][panelWidth]);
    }

    /** Bytes of a {@link #scratch(int)} for the given rows (at most). */
    public static long scratchBytes(int rows) {
        return MemoryGuard.doubles((long) rows * PANEL_WIDTH) + 16L * rows;
    }

    /** Bytes of the transposed copy that a {@code SquaredDistances} of an n × d matrix keeps, for memory guards. */
    public static long copyBytes(int n, int d) {
        int width = Math.max(1, Math.min(PANEL_WIDTH, n));
        long panels = (n + width - 1) / width;
        return MemoryGuard.doubles(panels * d * width) + 16L * panels * d;
    }

    /**
     * Fills {@code out[(i - i0) * (j1 - j0) + (j - j0)]} with d²(i, j) for i in [i0, i1), j in [j0, j1).
     * Thread-safe: the only state written is {@code out} and a scratch of its own.
     */
    public void block(int i0, int i1, int j0, int j1, double[] out) {
        block(i0, i1, j0, j1, out, scratch(i1 - i0));
    }

    /**
     * {@link #block(int, int, int, int, double[])} with the caller's working memory, made by
     * {@link #scratch(int)} for at least i1 − i0 rows, so that a scan over many blocks makes no garbage.
     * Thread-safe as long as each thread has its own scratch.
     */
    public void block(int i0, int i1, int j0, int j1, double[] out, Scratch scratch) {
        if (i0 >= i1 || j0 >= j1) {
            return;
        }
        double[][] sums = scratch.sums;
        if (sums.length < i1 - i0 || sums[0].length != panelWidth) {
            throw new IllegalArgumentException("a scratch of another matrix or for fewer than " + (i1 - i0) + " rows");
        }
        int width = j1 - j0;
        for (int panel = j0 / panelWidth; panel * panelWidth < j1; panel++) {
            dotProducts(i0, i1, panel, sums);
            int panelStart = panel * panelWidth;
            int first = Math.max(j0, panelStart);
            int last = Math.min(j1, panelStart + panelWidth);
            for (int i = i0; i < i1; i++) {
                double[] dots = sums[i - i0];
                int offset = (i - i0) * width - j0;
                for (int j = first; j < last; j++) {
                    out[offset + j] = finish(i, j, dots[j - panelStart]);
                }
            }
        }
    }

    /**
     * x_i · x_j for i in [i0, i1) and every row j of one panel, into {@code sums[i - i0][j - panel start]}.
     * Every row adds its features in pairs, in increasing order, then the last one if D is odd, so
     * d²(i, j) and d²(j, i) are the same number whichever of the two is the block's row.
     */
    private void dotProducts(int i0, int i1, int panel, double[][] sums) {
        for (int r = 0; r < i1 - i0; r++) {
            Arrays.fill(sums[r], 0.0);
        }
        int columns = panel * dim;
        addRowPairs(i0, (i1 - i0) / 2, columns, sums);
        int featurePairs = dim / 2;
        if ((i1 - i0) % 2 == 1) {
            int r = i1 - i0 - 1;
            for (int k = 0; k < 2 * featurePairs; k += 2) {
                addFeaturePair(sums[r], values[(i1 - 1) * dim + k], values[(i1 - 1) * dim + k + 1],
                        panelColumns[columns + k], panelColumns[columns + k + 1]);
            }
        }
        if (dim % 2 == 1) {
            for (int i = i0; i < i1; i++) {
                addFeature(sums[i - i0], values[i * dim + dim - 1], panelColumns[columns + dim - 1]);
            }
        }
    }

    /**
     * The bulk of {@link #dotProducts}: rows i0 + 2p and i0 + 2p + 1 for p in [0, rowPairs), features in
     * pairs, DEPTH_CHUNK features of the panel at a time so that they stay in cache for all the rows.
     * Whether C2 vectorises the column loop proved sensitive to the code around it (measured on JDK 17):
     * this shape, one flat loop over (chunk, row pair, feature pair) calling a small kernel that C2
     * inlines, was vectorised for every size tried; nested loops with the column loop written in line
     * were not, and ran at scalar speed.
     */
    private void addRowPairs(int i0, int rowPairs, int columns, double[][] sums) {
        final double[] v = values;
        final int w = panelWidth;
        int featurePairs = dim / 2;
        int pairsPerChunk = DEPTH_CHUNK / 2;
        int chunks = (featurePairs + pairsPerChunk - 1) / pairsPerChunk;
        int stepsPerChunk = rowPairs * pairsPerChunk;
        int steps = chunks * stepsPerChunk;
        for (int step = 0; step < steps; step++) {
            int chunk = step / stepsPerChunk;
            int withinChunk = step - chunk * stepsPerChunk;
            int rowPair = withinChunk / pairsPerChunk;
            int featurePair = chunk * pairsPerChunk + withinChunk - rowPair * pairsPerChunk;
            if (featurePair >= featurePairs) {
                continue;
            }
            int k = 2 * featurePair;
            double[] sumsA = sums[2 * rowPair];
            double[] sumsB = sums[2 * rowPair + 1];
            int rowA = (i0 + 2 * rowPair) * dim;
            int rowB = rowA + dim;
            double[] column0 = panelColumns[columns + k];
            double[] column1 = panelColumns[columns + k + 1];
            addPairProducts(sumsA, sumsB, v[rowA + k], v[rowA + k + 1], v[rowB + k], v[rowB + k + 1], column0, column1,
                    w);
        }
    }

    /**
     * sumsA[c] += a0 y0[c] + a1 y1[c] and sumsB[c] += b0 y0[c] + b1 y1[c] for c in [0, w): the kernel. Two
     * rows × two features is the largest body C2 still unrolls far enough to vectorise, and each column
     * value loaded serves both rows.
     */
    private static void addPairProducts(double[] sumsA, double[] sumsB, double a0, double a1, double b0, double b1,
            double[] column0, double[] column1, int w) {
        for (int c = 0; c < w; c++) {
            double y0 = column0[c];
            double y1 = column1[c];
            sumsA[c] += a0 * y0 + a1 * y1;
            sumsB[c] += b0 * y0 + b1 * y1;
        }
    }

    /** One row's share of {@link #addRowPairs}, for the last row of a block with an odd number of rows. */
    private static void addFeaturePair(double[] sums, double x0, double x1, double[] column0, double[] column1) {
        for (int c = 0; c < sums.length; c++) {
            sums[c] += x0 * column0[c] + x1 * column1[c];
        }
    }

    /** The last feature when D is odd. */
    private static void addFeature(double[] sums, double x, double[] column) {
        for (int c = 0; c < sums.length; c++) {
            sums[c] += x * column[c];
        }
    }

    private double dot(int a, int b) {
        double sum = 0;
        for (int k = 0; k < dim; k++) {
            sum += values[a + k] * values[b + k];
        }
        return sum;
    }

    private double finish(int i, int j, double dot) {
        if (i == j) {
            return Double.POSITIVE_INFINITY;
        }
        double scale = squaredNorms[i] + squaredNorms[j];
        double d2 = scale - 2 * dot;
        return d2 < CANCELLATION_FRACTION * scale ? exact(i, j) : d2;
    }

    /**
     * The features transposed into panels of {@code width} rows: entry {@code [p * dim + k][c]} is feature
     * k of row {@code p * width + c}, zero past the last row.
     */
    private static double[][] panelColumns(double[] values, int rows, int dim, int width) {
        int panels = (rows + width - 1) / width;
        double[][] columns = new double[panels * dim][width];
        for (int i = 0; i < rows; i++) {
            int panel = i / width;
            int c = i - panel * width;
            for (int k = 0; k < dim; k++) {
                columns[panel * dim + k][c] = values[i * dim + k];
            }
        }
        return columns;
    }

    /** Partial dot products of a block's rows with one panel: the working memory of one thread's blocks. */
    public static final class Scratch {
        private final double[][] sums;

        private Scratch(double[][] sums) {
            this.sums = sums;
        }
    }
}
