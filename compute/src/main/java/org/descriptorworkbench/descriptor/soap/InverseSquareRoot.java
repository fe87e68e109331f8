package org.descriptorworkbench.descriptor.soap;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * S^(−1/2) of a symmetric positive-definite matrix through its symmetric eigendecomposition
 * (EJML): S = V Λ Vᵀ, S^(−1/2) = V Λ^(−1/2) Vᵀ. This is the Löwdin orthonormalisation DScribe
 * applies to the primitive radial functions (it computes sqrtm(inv(S)), the same matrix).
 */
final class InverseSquareRoot {

    private InverseSquareRoot() {
    }

    /** Returns S^(−1/2) as a square array; throws IllegalStateException if S is not positive definite. */
    static double[][] of(double[][] s) {
        int n = s.length;
        DMatrixRMaj m = new DMatrixRMaj(s);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(m)) {
            throw new IllegalStateException("eigendecomposition of the overlap matrix failed");
        }
        double[][] out = new double[n][n];
        for (int e = 0; e < n; e++) {
            double lambda = eig.getEigenvalue(e).getReal();
            if (!(lambda > 0)) {
                throw new IllegalStateException("overlap matrix is not positive definite (eigenvalue " + lambda + ")");
            }
            DMatrixRMaj v = eig.getEigenVector(e);
            double f = 1.0 / Math.sqrt(lambda);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    out[i][j] += f * v.get(i) * v.get(j);
                }
            }
        }
        return out;
    }
}
