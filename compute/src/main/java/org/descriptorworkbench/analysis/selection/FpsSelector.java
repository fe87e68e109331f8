package org.descriptorworkbench.analysis.selection;

import java.util.Arrays;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.error.ParameterException;

/**
 * Farthest-point sampling (Eldar et al., IEEE Trans. Image Process. 1997; Imbalzano et al. 2018) as in
 * scikit-matter (CONVENTIONS.md §4): start from a given candidate, then repeatedly take the candidate whose
 * smallest squared distance to the picked ones, ‖x‖² + ‖s‖² − 2 x·s, is largest. The score at selection is
 * that squared distance (+∞ for the first pick).
 */
public final class FpsSelector extends GreedySelector {

    private final int first;
    private double[] values;
    private double[] squaredNorms;
    private int cols;
    private double[] minSquaredDistance;

    /** FPS starting from candidate {@code first} (scikit-matter's {@code initialize}, default 0). */
    public FpsSelector(int first) {
        super(DEFAULT_TOLERANCE);
        if (first < 0) {
            throw new ParameterException("initialize", "must be a candidate index >= 0, got " + first);
        }
        this.first = first;
    }

    @Override
    protected void start(RowMatrix candidates) {
        if (first >= candidates.rows()) {
            throw new ParameterException("initialize", "must be below the number of candidates ("
                    + candidates.rows() + "), got " + first);
        }
        values = candidates.values();
        cols = candidates.cols();
        squaredNorms = new double[candidates.rows()];
        for (int i = 0; i < squaredNorms.length; i++) {
            squaredNorms[i] = dot(i, i);
        }
        minSquaredDistance = new double[candidates.rows()];
        Arrays.fill(minSquaredDistance, Double.POSITIVE_INFINITY);
    }

    @Override
    protected int fixedFirstPick() {
        return first;
    }

    @Override
    protected double[] scores() {
        return minSquaredDistance;
    }

    @Override
    protected void update(int picked) {
        for (int i = 0; i < minSquaredDistance.length; i++) {
            double d2 = squaredNorms[i] + squaredNorms[picked] - 2 * dot(i, picked);
            if (d2 < minSquaredDistance[i]) {
                minSquaredDistance[i] = d2;
            }
        }
    }

    private double dot(int i, int j) {
        int a = i * cols;
        int b = j * cols;
        double sum = 0;
        for (int k = 0; k < cols; k++) {
            sum += values[a + k] * values[b + k];
        }
        return sum;
    }
}
