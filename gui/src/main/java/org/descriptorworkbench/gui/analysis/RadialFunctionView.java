package org.descriptorworkbench.gui.analysis;

import java.util.ArrayList;
import java.util.List;
import org.descriptorworkbench.descriptor.soap.ContractedRadialFunctions;
import org.descriptorworkbench.plots.PlotStyle;
import org.descriptorworkbench.plots.PlotView;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;

/**
 * The contracted radial functions R_q(r) = Σ_n U_qn g_nl(r) of an optimal radial basis (seed 003
 * eq. 2.5) on linear axes: they change sign, so the log-y {@code CurveView} cannot draw them.
 */
public final class RadialFunctionView extends PlotView {

    public RadialFunctionView() {
        super("Radial functions: no result yet");
    }

    /** Shows every kept function of one (channel, neighbour species, l) record, one line per q. */
    public void show(String title, ContractedRadialFunctions functions) {
        display(figure(title, functions));
    }

    static Figure figure(String title, ContractedRadialFunctions functions) {
        List<Series> series = new ArrayList<>();
        double min = 0;
        double max = 0;
        double[][] values = functions.values();
        for (int q = 0; q < values.length; q++) {
            for (double v : values[q]) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            series.add(new Series("R" + (q + 1) + "(r)", functions.radii(), values[q], null, PlotStyle.seriesColour(q),
                    Series.Marker.NONE, true, false, 1, true, true));
        }
        double[] r = functions.radii();
        double pad = max > min ? 0.05 * (max - min) : 1;
        return new Figure(title, null, AxisSpec.linear("r (Å)", 0, r[r.length - 1]),
                AxisSpec.linear("R_q(r)", min - pad, max + pad), List.of(), series, List.<ReferenceLine>of(),
                List.<Annotation>of(), List.of(), Figure.Legend.BEST, 432, 324, null);
    }
}
