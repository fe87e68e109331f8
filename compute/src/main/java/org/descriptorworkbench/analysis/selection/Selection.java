package org.descriptorworkbench.analysis.selection;

import org.descriptorworkbench.analysis.MemoryGuard;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.task.Job;
import org.descriptorworkbench.task.Progress;

/**
 * Selects features or samples of a matrix by CUR or FPS in scikit-matter's exact order and computes the
 * reconstruction-error curve ε(k) of the selection (seed 001 §V B, Figs. 6–8).
 */
public final class Selection implements Job<Selection.Result> {

    /**
     * The selection: indices in pick order, the FPS squared distance at each pick (null entries for the
     * first pick and for CUR, whose array is null), the CUR score (squared leading singular-vector entry)
     * at each pick (null for FPS), and ε(k) for k = 1..selected.length.
     */
    public record Result(String method, String axis, int requested, int[] selected, Double[] squaredDistanceAtSelection,
            double[] curScoreAtSelection, double[] reconstructionError) {
    }

    private final RowMatrix x;
    private final Method method;
    private final Axis axis;
    private final int count;

    public Selection(RowMatrix x, Method method, Axis axis, int count) {
        this.x = x;
        this.method = method;
        this.axis = axis;
        this.count = count;
    }

    @Override
    public Result run(Progress progress) {
        // the candidates as rows, CUR's working copy and the deflated residual of the error curve
        MemoryGuard.require(MemoryGuard.doubles(3L * x.values().length), "selection");
        RowMatrix candidates = axis.candidatesAsRows(x);
        GreedySelector.Picks picks = method.newSelector().select(candidates, count, progress);
        double[] curve = ReconstructionErrorCurve.compute(candidates, picks.order());
        Double[] distances = null;
        double[] curScores = null;
        if (method == Method.FPS) {
            distances = new Double[picks.order().length];
            for (int i = 1; i < distances.length; i++) {
                distances[i] = picks.scoreAtSelection()[i];
            }
        } else {
            curScores = picks.scoreAtSelection();
        }
        return new Result(method.toString(), axis.toString(), count, picks.order(), distances, curScores, curve);
    }
}
