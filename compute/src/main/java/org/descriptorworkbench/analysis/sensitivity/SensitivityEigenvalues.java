package org.descriptorworkbench.analysis.sensitivity;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Eigenvalues of the sensitivity matrix Λ = JᵀJ (seed 000 eq. 10; Onat, Ortner &amp; Kermode 2020),
 * computed as the squared singular values of J rather than by an eigen-decomposition of JᵀJ.
 *
 * <p>Why: forming JᵀJ squares the condition number, and a symmetric eigen-solver then resolves
 * eigenvalues only to an absolute error of about ε·λ_max, so every true zero mode comes out near
 * 1e-16·λ_max with either sign and nothing between 1e-16 and about 1e-14 relative is meaningful.
 * The SVD of J is backward stable in J itself: σ_i carries an absolute error of about ε·σ_max, so
 * λ_i = σ_i² is accurate to about ε·σ_max·σ_i, zero modes land near ε²·λ_max ≈ 1e-32 relative, and
 * the 1e-12-relative threshold of ANALYSES.md sits ~20 orders of magnitude above the floor instead
 * of ~4. Eigenvalues beyond the rank limit (when 3n exceeds the feature count D) are exact zeros.
 *
 * <p>Stateless; one decomposition object per call (EJML's decomposers are not thread-safe).
 */
public final class SensitivityEigenvalues {

    private SensitivityEigenvalues() {
    }

    /**
     * The 3n eigenvalues of JᵀJ, ascending.
     *
     * @param transposedJacobian Jᵀ, row-major (degrees of freedom × features) — exactly the
     *                           [dof][axis][feature] layout of {@code Descriptor.computeWithJacobian}
     *                           (input, not modified)
     * @param rows               3n, the number of Cartesian degrees of freedom
     * @param features           D, the descriptor length
     */
    public static double[] of(double[] transposedJacobian, int rows, int features) {
        double[] eigenvalues = new double[rows];
        if (rows == 0 || features == 0) {
            return eigenvalues;
        }
        DMatrixRMaj matrix = new DMatrixRMaj(rows, features);
        System.arraycopy(transposedJacobian, 0, matrix.data, 0, rows * features);
        if (features > rows) {
            matrix = triangularFactor(matrix, rows, features);
        }
        int n = matrix.numRows;
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, matrix.numCols, false, false, true);
        if (!svd.decompose(matrix)) {
            throw new ArithmeticException("the singular value decomposition of a " + rows + " × " + features
                    + " Jacobian did not converge");
        }
        double[] singular = svd.getSingularValues();
        int count = svd.numberOfSingularValues();
        for (int i = 0; i < count; i++) {
            eigenvalues[i] = singular[i] * singular[i];
        }
        Arrays.sort(eigenvalues);
        return eigenvalues;
    }

    /**
     * R of the Householder QR of J (features × rows, tall), which has J's singular values: the SVD of the
     * small square R after one QR costs about half of bidiagonalising the wide Jᵀ directly, and both
     * steps are backward stable, so the accuracy argument above still holds. EJML's Householder QR gives
     * up on an exactly zero column (a degree of freedom no feature depends on); then Jᵀ itself is returned
     * and decomposed directly.
     */
    private static DMatrixRMaj triangularFactor(DMatrixRMaj transposed, int rows, int features) {
        DMatrixRMaj tall = new DMatrixRMaj(features, rows);
        CommonOps_DDRM.transpose(transposed, tall);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(features, rows);
        return qr.decompose(tall) ? qr.getR(null, true) : transposed;
    }

    /** Eigenvalues divided by the largest (all zero when the largest is zero). */
    public static double[] normalised(double[] ascending) {
        double largest = ascending.length == 0 ? 0 : ascending[ascending.length - 1];
        double[] out = new double[ascending.length];
        if (largest > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = ascending[i] / largest;
            }
        }
        return out;
    }

    /** How many normalised eigenvalues lie below {@code relativeThreshold} (every one when all are zero). */
    public static int countBelow(double[] ascending, double relativeThreshold) {
        double largest = ascending.length == 0 ? 0 : ascending[ascending.length - 1];
        if (!(largest > 0)) {
            return ascending.length;
        }
        int count = 0;
        for (double lambda : ascending) {
            if (lambda < relativeThreshold * largest) {
                count++;
            }
        }
        return count;
    }
}
