package org.descriptorworkbench.analysis.reconstruction;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The thin SVD X = U diag(s) Vᵀ with singular values sorted descending, as {@code numpy.linalg.svd(X,
 * full_matrices=False)} returns it (EJML leaves them unsorted).
 */
record ThinSvd(DMatrixRMaj u, double[] s, DMatrixRMaj v) {

    static ThinSvd of(DMatrixRMaj x) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(x.numRows, x.numCols, true, true, true);
        if (!svd.decompose(x.copy())) {
            throw new IllegalStateException("SVD did not converge");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj v = svd.getV(null, false);
        double[] s = svd.getSingularValues().clone();
        int count = svd.numberOfSingularValues();
        SingularOps_DDRM.descendingOrder(u, false, s, count, v, false);
        double[] sorted = new double[count];
        System.arraycopy(s, 0, sorted, 0, count);
        return new ThinSvd(u, sorted, v);
    }

    /** Number of leading singular values strictly above {@code cutoff}. */
    int countAbove(double cutoff) {
        int count = 0;
        while (count < s.length && s[count] > cutoff) {
            count++;
        }
        return count;
    }
}
