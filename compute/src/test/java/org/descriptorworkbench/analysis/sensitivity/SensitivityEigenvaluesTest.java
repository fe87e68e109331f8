package org.descriptorworkbench.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/** Eigenvalues of JᵀJ from Jᵀ (degrees of freedom × features), wide as real Jacobians are. */
class SensitivityEigenvaluesTest {

    private static double[] random(int rows, int cols, long seed) {
        Random random = new Random(seed);
        double[] values = new double[rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return values;
    }

    /** Eigenvalues of M Mᵀ by a symmetric eigen-solver: accurate to about ε·λ_max, enough for well-conditioned M. */
    private static double[] gramEigenvalues(double[] m, int rows, int cols) {
        DMatrixRMaj matrix = DMatrixRMaj.wrap(rows, cols, m.clone());
        DMatrixRMaj gram = new DMatrixRMaj(rows, rows);
        CommonOps_DDRM.multTransB(matrix, matrix, gram);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(rows, false, true);
        assertTrue(eig.decompose(gram));
        double[] values = new double[rows];
        for (int i = 0; i < rows; i++) {
            values[i] = eig.getEigenvalue(i).real;
        }
        Arrays.sort(values);
        return values;
    }

    @Test
    void aWideJacobianHasTheEigenvaluesOfItsGramMatrix() {
        int rows = 45;
        int features = 400;
        double[] m = random(rows, features, 3);
        double[] expected = gramEigenvalues(m, rows, features);
        double[] actual = SensitivityEigenvalues.of(m, rows, features);
        double largest = expected[rows - 1];
        for (int i = 0; i < rows; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * largest, "eigenvalue " + i);
        }
    }

    @Test
    void aRankDeficientWideJacobianHasZeroModesFarBelowTheThreshold() {
        int rows = 30;
        int rank = 24;
        int features = 300;
        DMatrixRMaj a = DMatrixRMaj.wrap(rows, rank, random(rows, rank, 5));
        DMatrixRMaj b = DMatrixRMaj.wrap(rank, features, random(rank, features, 6));
        DMatrixRMaj m = new DMatrixRMaj(rows, features);
        CommonOps_DDRM.mult(a, b, m);
        double[] normalised = SensitivityEigenvalues.normalised(SensitivityEigenvalues.of(m.data, rows, features));
        for (int i = 0; i < rows - rank; i++) {
            assertTrue(normalised[i] < 1e-26, "zero mode " + i + " at " + normalised[i]);
        }
        assertTrue(normalised[rows - rank] > 1e-8, "the first non-zero mode is resolved: " + normalised[rows - rank]);
    }

    @Test
    void aDegreeOfFreedomNoFeatureDependsOnGivesAnExactZeroMode() {
        int rows = 20;
        int features = 200;
        double[] m = random(rows, features, 9);
        Arrays.fill(m, 7 * features, 8 * features, 0.0);
        double[] expected = gramEigenvalues(m, rows, features);
        double[] actual = SensitivityEigenvalues.of(m, rows, features);
        assertTrue(actual[0] <= 1e-26 * actual[rows - 1], "the zero mode: " + actual[0]);
        for (int i = 1; i < rows; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * expected[rows - 1], "eigenvalue " + i);
        }
    }

    @Test
    void aTallJacobianHasExactZerosBeyondItsFeatureCount() {
        int rows = 12;
        int features = 5;
        double[] eigenvalues = SensitivityEigenvalues.of(random(rows, features, 7), rows, features);
        for (int i = 0; i < rows - features; i++) {
            assertEquals(0.0, eigenvalues[i], "eigenvalue " + i);
        }
        assertTrue(eigenvalues[rows - features] > 0);
    }
}
