package org.descriptorworkbench.plots.figure;

import java.util.List;

/**
 * One axis of a figure: its label, its range, whether it is logarithmic (base 10), and optionally fixed
 * tick positions with their labels (for categorical axes such as the descriptors of a matrix).
 */
public record AxisSpec(String label, double min, double max, boolean log, List<Double> ticks, List<String> tickLabels) {

    public AxisSpec {
        if (!(max > min)) {
            throw new IllegalArgumentException("axis range must have max > min, got " + min + ".." + max);
        }
        if (log && !(min > 0)) {
            throw new IllegalArgumentException("a logarithmic axis needs min > 0, got " + min);
        }
        ticks = ticks == null ? null : List.copyOf(ticks);
        tickLabels = tickLabels == null ? null : List.copyOf(tickLabels);
    }

    public static AxisSpec linear(String label, double min, double max) {
        return new AxisSpec(label, min, max, false, null, null);
    }

    public static AxisSpec log(String label, double min, double max) {
        return new AxisSpec(label, min, max, true, null, null);
    }

    /** Integer positions 1..labels.size() labelled with the given texts, the range padded by half a step. */
    public static AxisSpec categories(String label, List<String> labels) {
        List<Double> positions = new java.util.ArrayList<>();
        for (int i = 1; i <= labels.size(); i++) {
            positions.add((double) i);
        }
        return new AxisSpec(label, 0.5, labels.size() + 0.5, false, positions, labels);
    }

    /** Fraction 0..1 of the way along the axis (log-aware). */
    public double fraction(double value) {
        if (log) {
            return (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        }
        return (value - min) / (max - min);
    }

    /** The value at a fraction 0..1 of the way along the axis (log-aware). */
    public double valueAt(double fraction) {
        if (log) {
            return Math.pow(10, Math.log10(min) + fraction * (Math.log10(max) - Math.log10(min)));
        }
        return min + fraction * (max - min);
    }

    /** True when the value can be placed on this axis. */
    public boolean accepts(double value) {
        return Double.isFinite(value) && (!log || value > 0);
    }
}
