package org.descriptorworkbench.analysis.distance;

import org.descriptorworkbench.analysis.RowMatrix;

/**
 * Squared Euclidean distances between the rows of one feature matrix, computed block by block as
 * ‖a‖² + ‖b‖² − 2 a·b with a register-tiled dot-product kernel (ANALYSES.md, "Distances"). Values that
 * would suffer cancellation (d² below 1e-8 (‖a‖² + ‖b‖²)) are recomputed from explicit differences;
 * {@link #tolerance(int)} bounds the rounding error of every other value so that callers can resolve
 * near-ties exactly with {@link #exact(int, int)}. A row's distance to itself is reported as +∞.
 */
public final class SquaredDistances {

    /** Below this fraction of ‖a‖² + ‖b‖² the expanded formula is replaced by explicit differences. */
    static final double CANCELLATION_FRACTION = 1e-8;

    private final RowMatrix matrix;
    private final double[] values;
    private final double[] squaredNorms;
    private final int dim;
    private final double maxSquaredNorm;
    private final double errorFactor;

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
        // Rounding of a length-D dot product and of the two norms is bounded by about (D + 2) u (‖a‖² + ‖b‖²);
        // a factor 4 of safety keeps the bound rigorous for any summation order.
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

    /**
     * Fills {@code out[(i - i0) * (j1 - j0) + (j - j0)]} with d²(i, j) for i in [i0, i1), j in [j0, j1).
     * Thread-safe: the only state written is {@code out}.
     */
    public void block(int i0, int i1, int j0, int j1, double[] out) {
        int width = j1 - j0;
        int j = j0;
        for (; j + 4 <= j1; j += 4) {
            int i = i0;
            for (; i + 4 <= i1; i += 4) {
                tile4x4(i, j, out, (i - i0) * width + (j - j0), width);
            }
            for (; i < i1; i++) {
                for (int jj = j; jj < j + 4; jj++) {
                    out[(i - i0) * width + (jj - j0)] = finish(i, jj, dot(i * dim, jj * dim));
                }
            }
        }
        for (; j < j1; j++) {
            for (int i = i0; i < i1; i++) {
                out[(i - i0) * width + (j - j0)] = finish(i, j, dot(i * dim, j * dim));
            }
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

    /** Sixteen dot products at once: each loaded value is used four times, the rest stays in registers. */
    private void tile4x4(int i, int j, double[] out, int offset, int width) {
        final double[] v = values;
        final int d = dim;
        int a0 = i * d;
        int a1 = a0 + d;
        int a2 = a1 + d;
        int a3 = a2 + d;
        int b0 = j * d;
        int b1 = b0 + d;
        int b2 = b1 + d;
        int b3 = b2 + d;
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0;
        double s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        double s20 = 0, s21 = 0, s22 = 0, s23 = 0;
        double s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        for (int k = 0; k < d; k++) {
            double x0 = v[a0 + k];
            double x1 = v[a1 + k];
            double x2 = v[a2 + k];
            double x3 = v[a3 + k];
            double y0 = v[b0 + k];
            double y1 = v[b1 + k];
            double y2 = v[b2 + k];
            double y3 = v[b3 + k];
            s00 += x0 * y0;
            s01 += x0 * y1;
            s02 += x0 * y2;
            s03 += x0 * y3;
            s10 += x1 * y0;
            s11 += x1 * y1;
            s12 += x1 * y2;
            s13 += x1 * y3;
            s20 += x2 * y0;
            s21 += x2 * y1;
            s22 += x2 * y2;
            s23 += x2 * y3;
            s30 += x3 * y0;
            s31 += x3 * y1;
            s32 += x3 * y2;
            s33 += x3 * y3;
        }
        store(out, offset, i, j, s00, s01, s02, s03);
        store(out, offset + width, i + 1, j, s10, s11, s12, s13);
        store(out, offset + 2 * width, i + 2, j, s20, s21, s22, s23);
        store(out, offset + 3 * width, i + 3, j, s30, s31, s32, s33);
    }

    private void store(double[] out, int offset, int i, int j, double d0, double d1, double d2, double d3) {
        out[offset] = finish(i, j, d0);
        out[offset + 1] = finish(i, j + 1, d1);
        out[offset + 2] = finish(i, j + 2, d2);
        out[offset + 3] = finish(i, j + 3, d3);
    }
}
