package org.descriptorworkbench.analysis.pca;

import static org.descriptorworkbench.analysis.AnalysisFixtures.gaussian;
import static org.descriptorworkbench.analysis.AnalysisFixtures.referenceMatrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.api.Test;

class PrincipalComponentsTest {

    private static PrincipalComponents.Result pca(RowMatrix x) {
        return new PrincipalComponents(x).run(Progress.none());
    }

    @Test
    void fractionsSumToOneAndDescend() {
        PrincipalComponents.Result result = pca(referenceMatrix("g2_A_soap_gto.npy"));
        double[] f = result.explainedVarianceFraction();
        assertEquals(1.0, result.cumulativeFraction()[f.length - 1], 1e-12);
        for (int i = 1; i < f.length; i++) {
            assertTrue(f[i] <= f[i - 1]);
        }
    }

    @Test
    void centredRowsLeaveAtMostNMinusOneComponents() {
        PrincipalComponents.Result result = pca(gaussian(6, 10, 2));
        assertEquals(5, result.componentsAboveZeroLevel());
    }

    @Test
    void dataOnALineHasOneComponent() {
        double[][] rows = new double[20][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i, 2.0 * i - 3, -0.5 * i};
        }
        PrincipalComponents.Result result = pca(RowMatrix.of(rows));
        assertEquals(1, result.componentsAboveZeroLevel());
        assertEquals(1.0, result.explainedVarianceFraction()[0], 1e-14);
    }

    @Test
    void totalVarianceIsTheSumOfColumnVariances() {
        RowMatrix x = RowMatrix.of(new double[][] {{1, 0}, {3, 0}, {2, 3}});
        // sample variances (N - 1 = 2): column 0 → 1, column 1 → 3
        assertEquals(4.0, pca(x).totalVariance(), 1e-12);
    }
}
