package org.descriptorworkbench.analysis.selection;

import org.descriptorworkbench.analysis.RowMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Deterministic CUR selection (Mahoney and Drineas, PNAS 2009; Imbalzano et al., J. Chem. Phys. 2018)
 * with scikit-matter's defaults (k = 1, recompute every step, CONVENTIONS.md §4): the score of a
 * candidate is the square of its entry in the leading singular vector of the current matrix; after each
 * pick every candidate is orthogonalised against the picked one, x ← x − ĉ (ĉ·x), so that the next
 * pick explains what is left.
 */
public final class CurSelector extends GreedySelector {

    private double[] current;
    private int rows;
    private int cols;
    private double[] scores;

    public CurSelector() {
        super(DEFAULT_TOLERANCE);
    }

    @Override
    protected void start(RowMatrix candidates) {
        rows = candidates.rows();
        cols = candidates.cols();
        current = candidates.values().clone();
        scores = leadingVectorSquares();
    }

    @Override
    protected double[] scores() {
        return scores;
    }

    @Override
    protected void update(int picked) {
        orthogonaliseAgainst(picked);
        scores = leadingVectorSquares();
        scores[picked] = 0.0;
    }

    private void orthogonaliseAgainst(int picked) {
        double[] c = new double[cols];
        System.arraycopy(current, picked * cols, c, 0, cols);
        double norm2 = 0;
        for (double v : c) {
            norm2 += v * v;
        }
        if (norm2 == 0) {
            return;
        }
        for (int i = 0; i < rows; i++) {
            int offset = i * cols;
            double dot = 0;
            for (int j = 0; j < cols; j++) {
                dot += c[j] * current[offset + j];
            }
            double factor = dot / norm2;
            for (int j = 0; j < cols; j++) {
                current[offset + j] -= factor * c[j];
            }
        }
    }

    /** Squares of the leading left singular vector of the current matrix (one entry per candidate row). */
    private double[] leadingVectorSquares() {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        System.arraycopy(current, 0, m.data, 0, current.length);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(rows, cols, true, false, true);
        if (!svd.decompose(m)) {
            throw new IllegalStateException("SVD did not converge during CUR selection");
        }
        double[] singular = svd.getSingularValues();
        int lead = 0;
        for (int s = 1; s < svd.numberOfSingularValues(); s++) {
            if (singular[s] > singular[lead]) {
                lead = s;
            }
        }
        DMatrixRMaj u = svd.getU(null, false);
        double[] squares = new double[rows];
        for (int i = 0; i < rows; i++) {
            double v = u.get(i, lead);
            squares[i] = v * v;
        }
        return squares;
    }
}
