package org.descriptorworkbench.plots.figure;

/**
 * The font size at which the values printed in heat-map cells fit their cells, shared by the screen and
 * the exported files so that both print the same values: the size of the figure's annotation font if the
 * widest value fits, else smaller, but never below a minimum. Values that do not fit even at the minimum
 * are left out (the cell's tooltip and the CSV still give them). Sizes and lengths in the caller's units;
 * text width and height scale in proportion to the font size.
 */
public final class CellTextFit {
    /** Free space kept between a printed value and each edge of its cell, as a fraction of the font size. */
    static final double PADDING = 0.25;

    private CellTextFit() {
    }

    /** Measures text at a font size: {width of the widest value, height of a line}. */
    @FunctionalInterface
    public interface Measure {
        double[] at(double size);
    }

    /**
     * The common font size for a map's printed values: the preferred size if the widest value fits, else
     * the size that proportion predicts, checked by measuring again (hinting makes text width not quite
     * proportional) and lowered in small steps until it fits, but never below {@code minSize}.
     */
    public static double fontSize(Measure measure, double size, double cellWidth, double cellHeight, double minSize) {
        double[] atSize = measure.at(size);
        if (fits(atSize[0], atSize[1], size, cellWidth, cellHeight)) {
            return size;
        }
        double room = Math.min(cellWidth / (atSize[0] + 2 * PADDING * size), cellHeight / (atSize[1] + 2 * PADDING * size));
        double next = Math.max(minSize, size * room);
        for (int step = 0; step < 20 && next > minSize; step++) {
            double[] m = measure.at(next);
            if (fits(m[0], m[1], next, cellWidth, cellHeight)) {
                return next;
            }
            next = Math.max(minSize, next * 0.96);
        }
        return next;
    }

    /** True if a text of the given size (measured at font size {@code size}) fits the cell with its padding. */
    public static boolean fits(double textWidth, double textHeight, double size, double cellWidth, double cellHeight) {
        // a hair of tolerance so that the size fontSize returns for the widest value always passes
        double slack = 1e-9 * (cellWidth + cellHeight);
        return textWidth + 2 * PADDING * size <= cellWidth + slack && textHeight + 2 * PADDING * size <= cellHeight + slack;
    }
}
