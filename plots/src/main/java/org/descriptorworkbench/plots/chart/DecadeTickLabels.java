package org.descriptorworkbench.plots.chart;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import javafx.util.StringConverter;
import org.descriptorworkbench.plots.figure.Ticks;

/**
 * Tick labels of logarithmic chart axes as powers of ten with superscript exponents ("10⁻¹²", by
 * {@link Ticks#logLabel}) instead of ChartFX's "1E-12", so the screen reads like exported figures.
 */
public final class DecadeTickLabels {

    private static final StringConverter<Number> LOG_LABELS = new StringConverter<>() {
        @Override
        public String toString(Number value) {
            return Ticks.logLabel(value.doubleValue());
        }

        @Override
        public Number fromString(String text) {
            throw new UnsupportedOperationException("tick labels are not parsed back");
        }
    };

    private DecadeTickLabels() {
    }

    /** Gives every logarithmic axis of the chart decade labels. */
    public static void apply(FigureChart chart) {
        apply(chart.chart().getXAxis());
        apply(chart.chart().getYAxis());
    }

    private static void apply(Axis axis) {
        if (axis instanceof DefaultNumericAxis numeric && numeric.isLogAxis()) {
            numeric.setTickLabelFormatter(LOG_LABELS);
        }
    }
}
