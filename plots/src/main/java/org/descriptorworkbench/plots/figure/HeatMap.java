package org.descriptorworkbench.plots.figure;

/**
 * A grid of values drawn as coloured cells over the rectangle [x0, x1] × [y0, y1], values[ix][iy] for
 * cell column ix (along x) and row iy (along y). Optional per-cell hover texts replace the default readout;
 * {@code printValues} writes each value inside its cell with {@code valueFormat} (for small matrices).
 */
public record HeatMap(String name, double x0, double x1, double y0, double y1, double[][] values,
        ColorScale scale, String valueLabel, String[][] cellTexts, boolean printValues, String valueFormat) {

    public HeatMap {
        if (values.length == 0 || values[0].length == 0) {
            throw new IllegalArgumentException("a heat map needs at least one cell");
        }
    }

    public int columns() {
        return values.length;
    }

    public int rows() {
        return values[0].length;
    }

    public double cellWidth() {
        return (x1 - x0) / columns();
    }

    public double cellHeight() {
        return (y1 - y0) / rows();
    }

    /** The column holding x, or -1 outside the map. */
    public int columnAt(double x) {
        int ix = (int) Math.floor((x - x0) / cellWidth());
        return x >= x0 && x <= x1 ? Math.min(ix, columns() - 1) : -1;
    }

    /** The row holding y, or -1 outside the map. */
    public int rowAt(double y) {
        int iy = (int) Math.floor((y - y0) / cellHeight());
        return y >= y0 && y <= y1 ? Math.min(iy, rows() - 1) : -1;
    }

    /** The hover text of a cell: its own text if given, else its range and value. */
    public String describe(int ix, int iy) {
        if (cellTexts != null && cellTexts[ix][iy] != null) {
            return cellTexts[ix][iy];
        }
        double ax = x0 + ix * cellWidth();
        double ay = y0 + iy * cellHeight();
        return String.format(java.util.Locale.ROOT, "x ∈ [%.4g, %.4g)%ny ∈ [%.4g, %.4g)%n%s = %s", ax, ax + cellWidth(), ay,
                ay + cellHeight(), valueLabel, Numbers.exact(values[ix][iy]));
    }
}
