package org.descriptorworkbench.plots.figure;

import org.descriptorworkbench.plots.PlotStyle;

/**
 * Maps heat-map values to colours of the style's colour map, linearly or logarithmically between min and
 * max. Values that cannot be shown (NaN, and zero or negative on a log scale) map to no colour: an empty cell.
 */
public record ColorScale(double min, double max, boolean log) {

    public ColorScale {
        if (!(max >= min)) {
            throw new IllegalArgumentException("colour scale needs max >= min, got " + min + ".." + max);
        }
        if (log && !(min > 0)) {
            throw new IllegalArgumentException("a logarithmic colour scale needs min > 0, got " + min);
        }
    }

    /** True when the value gets a colour (else the cell is left empty). */
    public boolean shows(double value) {
        return !Double.isNaN(value) && (!log || value > 0);
    }

    /** Position 0..1 of a value on the scale (clamped). */
    public double fraction(double value) {
        if (max == min) {
            return 1;
        }
        double f = log ? (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))
                : (value - min) / (max - min);
        return Math.max(0, Math.min(1, f));
    }

    /** The 0xRRGGBB colour of a shown value. */
    public int colour(double value) {
        return PlotStyle.colourMap(fraction(value));
    }
}
