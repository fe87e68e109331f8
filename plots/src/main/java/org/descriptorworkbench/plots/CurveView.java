package org.descriptorworkbench.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.LogRange;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;

/**
 * Generic log–log curves with each curve's fitted slope in the legend, e.g. the perturbation
 * sensitivity curves dV(t) of seed 001 §V A (Figs. 2, 4, 5); with a linear x axis also the rotation test
 * (Fig. 3). The slopes come with the result; the view only prints them.
 */
public final class CurveView extends PlotView {

    /** One curve: label, points, and the slope fitted by the analysis (null when there is none). */
    public record Curve(String label, double[] x, double[] y, Double slope) {
        public Curve {
            Objects.requireNonNull(label, "label");
            if (x.length != y.length) {
                throw new IllegalArgumentException("curve '" + label + "' has " + x.length + " x and " + y.length + " y values");
            }
        }
    }

    public CurveView() {
        super("Curves: no result yet");
    }

    /** Log–log curves (perturbation amplitude against descriptor change). */
    public void show(String title, String xLabel, String yLabel, List<Curve> curves) {
        display(figure(title, xLabel, yLabel, curves, true));
    }

    /** Curves on a log y axis with a linear or log x axis (linear for e.g. the rotation angle of the rotation test). */
    public void show(String title, String xLabel, String yLabel, List<Curve> curves, boolean logX) {
        display(figure(title, xLabel, yLabel, curves, logX));
    }

    public static Figure figure(String title, String xLabel, String yLabel, List<Curve> curves) {
        return figure(title, xLabel, yLabel, curves, true);
    }

    public static Figure figure(String title, String xLabel, String yLabel, List<Curve> curves, boolean logX) {
        List<Series> series = new ArrayList<>();
        double[][] xs = new double[curves.size()][];
        double[][] ys = new double[curves.size()][];
        Series.Marker[] markers = {Series.Marker.CIRCLE, Series.Marker.SQUARE, Series.Marker.DIAMOND};
        for (int c = 0; c < curves.size(); c++) {
            Curve curve = curves.get(c);
            xs[c] = curve.x();
            ys[c] = curve.y();
            String name = curve.slope() == null ? curve.label()
                    : String.format(Locale.ROOT, "%s (slope %.2f)", curve.label(), curve.slope());
            series.add(new Series(name, curve.x(), curve.y(), null, PlotStyle.seriesColour(c),
                    markers[c % markers.length], true, false, 1, true, true));
        }
        double[] yRange = LogRange.of(Double.MIN_NORMAL, ys);
        AxisSpec x = logX ? logAxis(xLabel, xs) : linearAxis(xLabel, xs);
        return new Figure(title, null, x, AxisSpec.log(yLabel, yRange[0], yRange[1]),
                List.of(), series, List.<ReferenceLine>of(), List.<Annotation>of(), List.of(), Figure.Legend.BEST,
                432, 324);
    }

    private static AxisSpec logAxis(String label, double[][] xs) {
        double[] range = LogRange.of(Double.MIN_NORMAL, xs);
        return AxisSpec.log(label, range[0], range[1]);
    }

    private static AxisSpec linearAxis(String label, double[][] xs) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] values : xs) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!(max > min)) {
            return AxisSpec.linear(label, Double.isFinite(min) ? min - 1 : 0, Double.isFinite(min) ? min + 1 : 1);
        }
        return AxisSpec.linear(label, Math.min(0, min), max);
    }
}
