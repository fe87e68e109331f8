package org.descriptorworkbench.plots.chart;

import java.util.Arrays;

/**
 * A closed free-form polygon drawn with the mouse, in display (pixel) coordinates of the plot area, and
 * which points it holds: by the even–odd rule (a point is inside when a ray from it crosses the outline an
 * odd number of times, so the loops of a self-intersecting lasso alternate in and out), with points on the
 * outline counted as inside, as the rectangle selection counts its edges.
 */
final class Lasso {

    /** Points this close to the outline, in pixels, count as on it (rounding of display positions). */
    static final double ON_OUTLINE = 1e-9;

    private final double[] x;
    private final double[] y;

    /** The polygon through the given vertices, closed from the last back to the first. */
    Lasso(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x but " + y.length + " y coordinates");
        }
        this.x = x.clone();
        this.y = y.clone();
    }

    /** True when the outline encloses an area: at least three vertices, not all on one line. */
    boolean enclosesArea() {
        double twiceArea = 0;
        for (int a = 0, b = x.length - 1; a < x.length; b = a++) {
            twiceArea += x[b] * y[a] - x[a] * y[b];
        }
        return x.length >= 3 && Math.abs(twiceArea) > ON_OUTLINE;
    }

    /** Whether the point is inside (even–odd) or on the outline. */
    boolean contains(double px, double py) {
        if (x.length < 3) {
            return false;
        }
        boolean inside = false;
        for (int a = 0, b = x.length - 1; a < x.length; b = a++) {
            if (onSegment(px, py, x[b], y[b], x[a], y[a])) {
                return true;
            }
            // edges that straddle the horizontal line through the point, half-open so a vertex counts once
            if ((y[a] > py) != (y[b] > py)) {
                double crossX = x[a] + (py - y[a]) * (x[b] - x[a]) / (y[b] - y[a]);
                if (px < crossX) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    private static boolean onSegment(double px, double py, double ax, double ay, double bx, double by) {
        double cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
        double length = Math.hypot(bx - ax, by - ay);
        if (Math.abs(cross) > ON_OUTLINE * Math.max(length, 1)) {
            return false;
        }
        return px >= Math.min(ax, bx) - ON_OUTLINE && px <= Math.max(ax, bx) + ON_OUTLINE
                && py >= Math.min(ay, by) - ON_OUTLINE && py <= Math.max(ay, by) + ON_OUTLINE;
    }

    @Override
    public String toString() {
        return "Lasso" + Arrays.toString(x) + Arrays.toString(y);
    }
}
