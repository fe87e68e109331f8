package org.descriptorworkbench.plots.figure;

import java.util.Objects;

/**
 * A named set of (x, y) points drawn as a line, as markers, or both, in one palette colour. Points that
 * an axis cannot show (NaN, or non-positive on a log axis) are skipped, breaking the line. Point labels,
 * when given, name what each point stands for (a pair of environments, a descriptor) in tooltips and CSV.
 */
public record Series(String name, double[] x, double[] y, String[] pointLabels, int colour, Marker marker,
        boolean line, boolean dashed, double opacity, boolean inLegend, boolean pickable) {

    /** How a point is marked. */
    public enum Marker { NONE, CIRCLE, SQUARE, DIAMOND, TRIANGLE }

    public Series {
        Objects.requireNonNull(name, "name");
        if (x.length != y.length || (pointLabels != null && pointLabels.length != x.length)) {
            throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x values, " + y.length
                    + " y values" + (pointLabels == null ? "" : " and " + pointLabels.length + " labels"));
        }
    }

    /** A solid line without markers, shown in the legend. */
    public static Series line(String name, double[] x, double[] y, int colour) {
        return new Series(name, x, y, null, colour, Marker.NONE, true, false, 1, true, false);
    }

    /** Markers only, labelled per point, shown in the legend and pickable. */
    public static Series points(String name, double[] x, double[] y, String[] labels, int colour, Marker marker) {
        return new Series(name, x, y, labels, colour, marker, false, false, 1, true, true);
    }

    public Series withMarker(Marker newMarker) {
        return new Series(name, x, y, pointLabels, colour, newMarker, line, dashed, opacity, inLegend, pickable);
    }

    public Series withOpacity(double newOpacity) {
        return new Series(name, x, y, pointLabels, colour, marker, line, dashed, newOpacity, inLegend, pickable);
    }

    public Series withDashes() {
        return new Series(name, x, y, pointLabels, colour, marker, line, true, opacity, inLegend, pickable);
    }

    public Series hiddenFromLegend() {
        return new Series(name, x, y, pointLabels, colour, marker, line, dashed, opacity, false, pickable);
    }

    public int size() {
        return x.length;
    }

    /** The hover text of point i: its label if any, then its exact coordinates. */
    public String describe(int i, String xName, String yName) {
        String head = pointLabels == null || pointLabels[i] == null ? name : name + ": " + pointLabels[i];
        return head + "\n" + xName + " = " + Numbers.exact(x[i]) + "\n" + yName + " = " + Numbers.exact(y[i]);
    }
}
