package org.descriptorworkbench.analysis.reconstruction;

import org.ejml.data.DMatrixRMaj;

/**
 * scikit-matter's {@code StandardFlexibleScaler} with {@code column_wise=False} (CONVENTIONS.md §4):
 * subtract the column means of the training rows and divide the whole matrix by one number,
 * sqrt(Σ_j var_j) with population variances, so that the scaled training set has unit total variance.
 */
record FlexibleScaling(double[] mean, double scale) {

    static FlexibleScaling fit(DMatrixRMaj train) {
        int rows = train.numRows;
        int cols = train.numCols;
        double[] mean = new double[cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                mean[j] += train.get(i, j);
            }
        }
        for (int j = 0; j < cols; j++) {
            mean[j] /= rows;
        }
        double variance = 0;
        for (int j = 0; j < cols; j++) {
            double column = 0;
            for (int i = 0; i < rows; i++) {
                double d = train.get(i, j) - mean[j];
                column += d * d;
            }
            variance += column / rows;
        }
        return new FlexibleScaling(mean, Math.sqrt(variance));
    }

    DMatrixRMaj apply(DMatrixRMaj x) {
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols);
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                out.set(i, j, (x.get(i, j) - mean[j]) / scale);
            }
        }
        return out;
    }
}
