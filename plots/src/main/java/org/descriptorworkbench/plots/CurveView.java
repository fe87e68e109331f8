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
 * sensitivity curves dV(t) of seed 001 §V A (Figs. 2, 4, 5). The slopes come with the result; the view
 * only prints them.
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

    public void show(String title, String xLabel, String yLabel, List<Curve> curves) {
        display(figure(title, xLabel, yLabel, curves));
    }

    public static Figure figure(String title, String xLabel, String yLabel, List<Curve> curves) {
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
        double[] xRange = LogRange.of(Double.MIN_NORMAL, xs);
        double[] yRange = LogRange.of(Double.MIN_NORMAL, ys);
        return new Figure(title, null, AxisSpec.log(xLabel, xRange[0], xRange[1]), AxisSpec.log(yLabel, yRange[0], yRange[1]),
                List.of(), series, List.<ReferenceLine>of(), List.<Annotation>of(), List.of(), Figure.Legend.BEST,
                432, 324);
    }
}
