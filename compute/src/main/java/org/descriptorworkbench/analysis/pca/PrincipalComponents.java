package org.descriptorworkbench.analysis.pca;

import java.util.Arrays;
import org.descriptorworkbench.analysis.MemoryGuard;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.Job;
import org.descriptorworkbench.task.Progress;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Principal-component spectrum of a feature matrix (ANALYSES.md; seed 001 Fig. 8): the eigenvalues of
 * the covariance of the column-centred matrix as fractions of their sum, descending, with the cumulative
 * fractions and the number of components above the zero level (fraction 1e-12). The eigenvalues are the
 * squared singular values of the centred matrix, so the covariance is never formed.
 */
public final class PrincipalComponents implements Job<PrincipalComponents.Result> {

    /** Fractions below this count as zero. */
    public static final double ZERO_LEVEL = 1e-12;

    /** The spectrum: min(N, D) fractions descending, their running sum, the zero level and the count above it. */
    public record Result(int n, int features, double[] explainedVarianceFraction, double[] cumulativeFraction,
            double zeroLevel, int componentsAboveZeroLevel, double totalVariance) {
    }

    private final RowMatrix x;

    public PrincipalComponents(RowMatrix x) {
        if (x.rows() < 2) {
            throw new ParameterException("rows", "PCA needs at least 2 rows, got " + x.rows());
        }
        this.x = x;
    }

    @Override
    public Result run(Progress progress) {
        MemoryGuard.require(MemoryGuard.doubles(2L * x.values().length), "PCA");
        progress.report(0, "centring");
        DMatrixRMaj centred = centred();
        progress.checkCancelled();
        progress.report(0.1, "singular values");
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(x.rows(), x.cols(), false, false, true);
        if (!svd.decompose(centred)) {
            throw new IllegalStateException("SVD did not converge in PCA");
        }
        double[] eigen = new double[svd.numberOfSingularValues()];
        double[] singular = svd.getSingularValues();
        double total = 0;
        for (int i = 0; i < eigen.length; i++) {
            eigen[i] = singular[i] * singular[i] / (x.rows() - 1);
            total += eigen[i];
        }
        Arrays.sort(eigen);
        double[] fractions = new double[eigen.length];
        double[] cumulative = new double[eigen.length];
        double running = 0;
        int above = 0;
        for (int i = 0; i < eigen.length; i++) {
            fractions[i] = total == 0 ? 0 : eigen[eigen.length - 1 - i] / total;
            running += fractions[i];
            cumulative[i] = running;
            above += fractions[i] > ZERO_LEVEL ? 1 : 0;
        }
        progress.report(1, "done");
        return new Result(x.rows(), x.cols(), fractions, cumulative, ZERO_LEVEL, above, total);
    }

    private DMatrixRMaj centred() {
        int rows = x.rows();
        int cols = x.cols();
        double[] mean = new double[cols];
        double[] v = x.values();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                mean[j] += v[i * cols + j];
            }
        }
        for (int j = 0; j < cols; j++) {
            mean[j] /= rows;
        }
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.data[i * cols + j] = v[i * cols + j] - mean[j];
            }
        }
        return m;
    }
}
