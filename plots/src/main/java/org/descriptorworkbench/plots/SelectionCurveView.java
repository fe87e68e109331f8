package org.descriptorworkbench.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.descriptorworkbench.analysis.selection.Selection;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.LogRange;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;

/**
 * CUR / FPS reconstruction-error curves (seed 001 Figs. 6 and 8): ε(k) on a log scale against the
 * percentage of candidates (features or samples) selected, one curve per {@link Selection.Result};
 * FPS curves are dashed so that the two methods read apart also in grey.
 */
public final class SelectionCurveView extends PlotView {

    /** One selection to draw: its label (a descriptor spec), the result and how many candidates there were. */
    public record Curve(String label, Selection.Result result, int candidates) {
        public Curve {
            Objects.requireNonNull(label, "label");
            if (candidates < result.selected().length) {
                throw new IllegalArgumentException("a selection of " + result.selected().length + " from only "
                        + candidates + " candidates");
            }
        }
    }

    /** ε values below this are rounding noise at full rank and are not drawn. */
    static final double FLOOR = 1e-16;

    public SelectionCurveView() {
        super("Selection curves: no result yet");
    }

    public void show(List<Curve> curves) {
        display(figure(curves));
    }

    /**
     * The end of the percentage axis: the largest percentage selected rounded up to 1, 2, 2.5 or 5 × 10^k
     * (at most 100), so that 50 picks out of thousands of features are not squeezed against the left edge.
     */
    static double percentAxisEnd(List<Curve> curves) {
        double most = 0;
        for (Curve curve : curves) {
            most = Math.max(most, 100.0 * curve.result().selected().length / curve.candidates());
        }
        if (most <= 0) {
            return 100;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(most)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * decade >= most * (1 - 1e-12)) {
                return Math.min(100, step * decade);
            }
        }
        return 100;
    }

    public static Figure figure(List<Curve> curves) {
        List<Series> series = new ArrayList<>();
        double[][] ys = new double[curves.size()][];
        String axis = curves.isEmpty() ? "features" : curves.get(0).result().axis();
        for (int c = 0; c < curves.size(); c++) {
            Curve curve = curves.get(c);
            Selection.Result r = curve.result();
            int k = r.selected().length;
            double[] x = new double[k];
            String[] labels = new String[k];
            for (int i = 0; i < k; i++) {
                x[i] = 100.0 * (i + 1) / curve.candidates();
                labels[i] = "k = " + (i + 1) + ", picked " + (r.axis().equals("features") ? "feature " : "sample ")
                        + r.selected()[i];
            }
            ys[c] = r.reconstructionError();
            Series s = new Series(curve.label() + " — " + r.method().toUpperCase(java.util.Locale.ROOT), x,
                    r.reconstructionError(), labels, PlotStyle.seriesColour(c),
                    k <= 60 ? Series.Marker.CIRCLE : Series.Marker.NONE, true, false, 1, true, true);
            series.add(r.method().equals("fps") ? s.withDashes() : s);
        }
        double[] range = LogRange.of(FLOOR, ys);
        AxisSpec x = AxisSpec.linear("% of " + axis + " selected", 0, percentAxisEnd(curves));
        AxisSpec y = AxisSpec.log("relative reconstruction error ε", range[0], range[1]);
        return new Figure("Reconstruction error of selected " + axis, null, x, y, List.of(), series,
                List.<ReferenceLine>of(), List.<Annotation>of(), List.of(), Figure.Legend.BEST, 432, 324);
    }
}
