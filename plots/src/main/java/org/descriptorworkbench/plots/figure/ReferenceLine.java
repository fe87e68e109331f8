package org.descriptorworkbench.plots.figure;

/** A thin dashed guide from (x1, y1) to (x2, y2) in data coordinates, such as y = x or a zero level. */
public record ReferenceLine(double x1, double y1, double x2, double y2, String label) {

    public static ReferenceLine horizontal(double y, double xMin, double xMax, String label) {
        return new ReferenceLine(xMin, y, xMax, y, label);
    }
}
