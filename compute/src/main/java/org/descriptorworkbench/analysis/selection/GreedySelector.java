package org.descriptorworkbench.analysis.selection;

import java.util.Arrays;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.Progress;

/**
 * Greedy selection of candidates one at a time, after scikit-matter's {@code GreedySelector}: this base
 * owns the checks, the loop, tie-breaking (first index of the maximum) and stopping (when the best score
 * falls below the tolerance); subclasses only score candidates and update their state after a pick.
 * Candidates are the rows of the matrix handed to {@link #select}; {@link Axis} turns features into rows.
 */
public abstract class GreedySelector {

    /** scikit-matter's default stopping tolerance. */
    public static final double DEFAULT_TOLERANCE = 1e-12;

    private final double tolerance;

    protected GreedySelector(double tolerance) {
        this.tolerance = tolerance;
    }

    /** The picks in order and the score each had when it was picked. */
    public record Picks(int[] order, double[] scoreAtSelection) {
    }

    /** Prepares the state for the candidates (rows of {@code candidates}). */
    protected abstract void start(RowMatrix candidates);

    /** The candidate to take first regardless of scores, or −1 to take the best-scoring one. */
    protected int fixedFirstPick() {
        return -1;
    }

    /** Current scores of all candidates (higher is better); the array may be the selector's own. */
    protected abstract double[] scores();

    /** Updates the state after {@code picked} was selected. */
    protected abstract void update(int picked);

    /** Selects up to {@code count} candidates (fewer if the scores drop below the tolerance). */
    public final Picks select(RowMatrix candidates, int count, Progress progress) {
        if (count < 1 || count > candidates.rows()) {
            throw new ParameterException("n", "must be between 1 and the number of candidates ("
                    + candidates.rows() + "), got " + count);
        }
        start(candidates);
        boolean[] taken = new boolean[candidates.rows()];
        int[] order = new int[count];
        double[] scoreAt = new double[count];
        int selected = 0;
        while (selected < count) {
            progress.checkCancelled();
            double[] scores = scores();
            int pick = selected == 0 && fixedFirstPick() >= 0 ? fixedFirstPick() : best(scores, taken);
            if (pick < 0 || scores[pick] < tolerance) {
                break;
            }
            order[selected] = pick;
            scoreAt[selected] = scores[pick];
            taken[pick] = true;
            selected++;
            update(pick);
            progress.report((double) selected / count, "selected " + selected + " of " + count);
        }
        return new Picks(Arrays.copyOf(order, selected), Arrays.copyOf(scoreAt, selected));
    }

    private static int best(double[] scores, boolean[] taken) {
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (!taken[i] && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        return best;
    }
}
