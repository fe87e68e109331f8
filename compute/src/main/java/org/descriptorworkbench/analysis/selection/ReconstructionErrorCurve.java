package org.descriptorworkbench.analysis.selection;

import org.descriptorworkbench.analysis.RowMatrix;

/**
 * The relative error of reconstructing a matrix from its first k selected candidates, for k = 1..n
 * (ANALYSES.md; seed 001 Figs. 6–8): ε(k) = ‖X − X_S X_S⁺ X‖_F / ‖X‖_F for selected columns, and the
 * row analogue for selected rows. Both are the residual of projecting every candidate onto the span of
 * the selected ones; the residual is deflated explicitly, one orthonormal direction per pick
 * (Gram–Schmidt applied twice), so ε reaches rounding level (not √ε_machine) at full rank.
 */
public final class ReconstructionErrorCurve {

    private ReconstructionErrorCurve() {
    }

    /** ε(k) for k = 1..order.length; {@code candidates} holds one candidate per row. */
    public static double[] compute(RowMatrix candidates, int[] order) {
        int rows = candidates.rows();
        int cols = candidates.cols();
        double[] residual = candidates.values().clone();
        double total = Math.sqrt(sumOfSquares(residual));
        double[][] basis = new double[order.length][];
        double[] curve = new double[order.length];
        int rank = 0;
        for (int step = 0; step < order.length; step++) {
            double[] direction = candidates.row(order[step]);
            double before = norm(direction);
            for (int pass = 0; pass < 2; pass++) {
                for (int b = 0; b < rank; b++) {
                    axpy(-dot(basis[b], direction), basis[b], direction);
                }
            }
            double after = norm(direction);
            if (after > 1e-12 * before && after > 0) {
                scale(direction, 1.0 / after);
                basis[rank++] = direction;
                deflate(residual, rows, cols, direction);
            }
            curve[step] = total == 0 ? 0 : Math.sqrt(sumOfSquares(residual)) / total;
        }
        return curve;
    }

    private static void deflate(double[] residual, int rows, int cols, double[] unit) {
        for (int i = 0; i < rows; i++) {
            int offset = i * cols;
            double dot = 0;
            for (int j = 0; j < cols; j++) {
                dot += residual[offset + j] * unit[j];
            }
            for (int j = 0; j < cols; j++) {
                residual[offset + j] -= dot * unit[j];
            }
        }
    }

    private static double sumOfSquares(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum;
    }

    private static double norm(double[] v) {
        return Math.sqrt(sumOfSquares(v));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double factor, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += factor * x[i];
        }
    }

    private static void scale(double[] v, double factor) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
    }
}
