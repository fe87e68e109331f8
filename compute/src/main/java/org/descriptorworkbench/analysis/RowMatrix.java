package org.descriptorworkbench.analysis;

import java.util.Objects;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.error.WorkbenchException;

/**
 * A dense float64 matrix stored row-major in one array, whose rows are environments (or structures)
 * and whose columns are features; the common input of every analysis. The array is shared, not copied:
 * analyses never modify their inputs.
 */
public record RowMatrix(int rows, int cols, double[] values) {

    public RowMatrix {
        Objects.requireNonNull(values, "values");
        if (rows < 0 || cols < 0 || (long) rows * cols != values.length) {
            throw new IllegalArgumentException(
                    "matrix of " + rows + " x " + cols + " cannot hold " + values.length + " values");
        }
    }

    /** The numbers of a feature matrix, shared without copying. */
    public static RowMatrix of(FeatureMatrix features) {
        return new RowMatrix(features.rows(), features.columns(), features.data());
    }

    /** A copy of the given rows as a matrix (all rows must have the same length). */
    public static RowMatrix of(double[][] data) {
        int rows = data.length;
        int cols = rows == 0 ? 0 : data[0].length;
        double[] values = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            if (data[i].length != cols) {
                throw new IllegalArgumentException("row " + i + " has " + data[i].length + " values, expected " + cols);
            }
            System.arraycopy(data[i], 0, values, i * cols, cols);
        }
        return new RowMatrix(rows, cols, values);
    }

    public double get(int row, int col) {
        return values[row * cols + col];
    }

    /** A copy of one row. */
    public double[] row(int row) {
        double[] out = new double[cols];
        System.arraycopy(values, row * cols, out, 0, cols);
        return out;
    }

    /** The transpose as a new matrix (features become rows). */
    public RowMatrix transpose() {
        double[] out = new double[values.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = values[i * cols + j];
            }
        }
        return new RowMatrix(cols, rows, out);
    }

    /** A new matrix made of the given rows, in the given order. */
    public RowMatrix selectRows(int[] indices) {
        double[] out = new double[indices.length * cols];
        for (int r = 0; r < indices.length; r++) {
            System.arraycopy(values, indices[r] * cols, out, r * cols, cols);
        }
        return new RowMatrix(indices.length, cols, out);
    }

    /** Throws if two matrices that should describe the same environments have different row counts. */
    public static void requireSameRows(String nameA, RowMatrix a, String nameB, RowMatrix b) {
        if (a.rows != b.rows) {
            throw new WorkbenchException(nameA + " has " + a.rows + " rows but " + nameB + " has " + b.rows
                    + "; both must describe the same environments in the same order");
        }
    }

    @Override
    public String toString() {
        return "RowMatrix[" + rows + " x " + cols + "]";
    }
}
