package org.descriptorworkbench.plots;

/**
 * The one place that fixes how every figure looks, on screen (ChartFX) and in exported files (Graphics2D):
 * font family and sizes, line widths, marker size, the Okabe–Ito colour-blind-safe palette (Okabe &amp; Ito,
 * "Color Universal Design", 2008) and the viridis colour map for densities (van der Walt &amp; Smith, 2015).
 * Colours are plain 0xRRGGBB integers so that the figure model stays free of any toolkit.
 */
public final class PlotStyle {

    /** Okabe–Ito palette without black: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple. */
    private static final int[] OKABE_ITO = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7};
    /** Series order: the strongest contrasts first (blue, vermillion, green, orange, purple, sky blue, yellow). */
    private static final int[] SERIES_ORDER = {4, 5, 2, 0, 6, 1, 3};

    /** Ten evenly spaced stops of viridis, from its published table. */
    private static final int[] VIRIDIS = {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779,
        0x6DCD59, 0xB4DE2C, 0xFDE725};

    public static final String FONT_FAMILY = "DejaVu Sans";
    public static final double TITLE_FONT_PT = 12;
    public static final double LABEL_FONT_PT = 11;
    public static final double TICK_FONT_PT = 9.5;
    public static final double ANNOTATION_FONT_PT = 9.5;
    /** The smallest font a value printed in a heat-map cell may shrink to before it is left out. */
    public static final double MIN_CELL_FONT_PT = 6;
    public static final double LINE_WIDTH_PT = 1.5;
    public static final double REFERENCE_LINE_WIDTH_PT = 1.0;
    public static final double AXIS_LINE_WIDTH_PT = 0.8;
    public static final double MARKER_SIZE_PT = 5;
    /** Space between a point and its text label. */
    public static final double LABEL_GAP_PT = 3.5;
    /** Width of the line joining a label pushed away from its point back to the point. */
    public static final double LEADER_LINE_WIDTH_PT = 0.6;
    public static final int TEXT = 0x000000;
    public static final int REFERENCE_LINE = 0x555555;
    public static final int GRID = 0xE3E3E3;
    /** Default export size of a figure, in points (1/72 inch): 6 × 4.5 inches. */
    public static final double FIGURE_WIDTH_PT = 432;
    public static final double FIGURE_HEIGHT_PT = 324;

    private PlotStyle() {
    }

    /** The colour of the n-th series (cycling through the palette). */
    public static int seriesColour(int n) {
        return OKABE_ITO[SERIES_ORDER[Math.floorMod(n, SERIES_ORDER.length)]];
    }

    /** The colour-map colour for a position t in [0, 1] (clamped), linearly interpolated between stops. */
    public static int colourMap(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double scaled = clamped * (VIRIDIS.length - 1);
        int lower = Math.min((int) Math.floor(scaled), VIRIDIS.length - 2);
        double f = scaled - lower;
        int a = VIRIDIS[lower];
        int b = VIRIDIS[lower + 1];
        return mix(a >> 16 & 0xFF, b >> 16 & 0xFF, f) << 16 | mix(a >> 8 & 0xFF, b >> 8 & 0xFF, f) << 8
                | mix(a & 0xFF, b & 0xFF, f);
    }

    /** Black or white, whichever reads better on the given background. */
    public static int textOn(int background) {
        double luminance = 0.299 * (background >> 16 & 0xFF) + 0.587 * (background >> 8 & 0xFF)
                + 0.114 * (background & 0xFF);
        return luminance > 140 ? 0x000000 : 0xFFFFFF;
    }

    /** A JavaFX colour for an 0xRRGGBB value. */
    public static javafx.scene.paint.Color fx(int rgb, double opacity) {
        return javafx.scene.paint.Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, opacity);
    }

    /** An AWT colour for an 0xRRGGBB value. */
    public static java.awt.Color awt(int rgb, double opacity) {
        return new java.awt.Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, (int) Math.round(255 * opacity));
    }

    /** A CSS colour literal, for ChartFX style sheets. */
    public static String css(int rgb) {
        return String.format("#%06X", rgb & 0xFFFFFF);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
