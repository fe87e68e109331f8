package org.descriptorworkbench.analysis.reconstruction;

import org.descriptorworkbench.analysis.RowMatrix;
import org.ejml.data.DMatrixRMaj;

/** Row selection and conversion between the analysis matrix type and EJML's. */
final class Rows {

    private Rows() {
    }

    static DMatrixRMaj select(DMatrixRMaj x, int[] rows) {
        DMatrixRMaj out = new DMatrixRMaj(rows.length, x.numCols);
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(x.data, rows[r] * x.numCols, out.data, r * x.numCols, x.numCols);
        }
        return out;
    }

    static DMatrixRMaj select(RowMatrix x, int[] rows) {
        RowMatrix picked = x.selectRows(rows);
        return DMatrixRMaj.wrap(picked.rows(), picked.cols(), picked.values());
    }

    static double squaredNorm(DMatrixRMaj x, int row) {
        double sum = 0;
        for (int c = 0; c < x.numCols; c++) {
            double v = x.get(row, c);
            sum += v * v;
        }
        return sum;
    }
}
