package org.descriptorworkbench.descriptor.soap;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Recovers the l-slice P_l of the power spectrum from its lossless compression W^T P_l (seed 000
 * eq. 5 and the text after it; DESCRIPTORS.md "wtpl"): diagonalise W^T P_l W = U Λ U^T, keep the
 * eigenvalues above 1e-12 of the largest, form X_l = Λ^(−1/2) U^T (W^T P_l) and return
 * P_l = X_l^T X_l. Exact when rank(W^T X_l) = rank(X_l); otherwise the result is the projection of
 * P_l onto the span the random combinations reach, and differs from P_l.
 */
public final class WtplRecovery {
    private static final double RELATIVE_EIGENVALUE_CUTOFF = 1e-12;

    private WtplRecovery() {
    }

    /**
     * @param wtp   W^T P_l, (2l+1) × NS, row-major
     * @param w     W_l, NS × (2l+1), row-major
     * @param rows  NS
     * @param width 2l + 1
     * @return P_l, NS × NS, row-major
     */
    public static double[] recover(double[] wtp, double[] w, int rows, int width) {
        DMatrixRMaj gram = new DMatrixRMaj(width, width);
        for (int i = 0; i < width; i++) {
            for (int j = 0; j < width; j++) {
                double sum = 0;
                for (int r = 0; r < rows; r++) {
                    sum += wtp[i * rows + r] * w[r * width + j];
                }
                gram.set(i, j, sum);
            }
        }
        symmetrise(gram);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(width, true, true);
        if (!eig.decompose(gram)) {
            throw new IllegalStateException("eigendecomposition of W^T P_l W failed");
        }
        double largest = 0;
        for (int e = 0; e < width; e++) {
            largest = Math.max(largest, eig.getEigenvalue(e).getReal());
        }
        double[] p = new double[rows * rows];
        double[] x = new double[rows];
        for (int e = 0; e < width; e++) {
            double lambda = eig.getEigenvalue(e).getReal();
            if (!(lambda > RELATIVE_EIGENVALUE_CUTOFF * largest)) {
                continue;
            }
            DMatrixRMaj u = eig.getEigenVector(e);
            double scale = 1 / Math.sqrt(lambda);
            for (int r = 0; r < rows; r++) {
                double sum = 0;
                for (int i = 0; i < width; i++) {
                    sum += u.get(i) * wtp[i * rows + r];
                }
                x[r] = scale * sum;
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < rows; c++) {
                    p[r * rows + c] += x[r] * x[c];
                }
            }
        }
        return p;
    }

    private static void symmetrise(DMatrixRMaj m) {
        for (int i = 0; i < m.numRows; i++) {
            for (int j = i + 1; j < m.numCols; j++) {
                double mean = 0.5 * (m.get(i, j) + m.get(j, i));
                m.set(i, j, mean);
                m.set(j, i, mean);
            }
        }
    }
}
