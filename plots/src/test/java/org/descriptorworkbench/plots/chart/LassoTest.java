package org.descriptorworkbench.plots.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which points a lasso polygon holds: even–odd rule, outline included. */
class LassoTest {

    private static Lasso of(double... xy) {
        double[] x = new double[xy.length / 2];
        double[] y = new double[xy.length / 2];
        for (int k = 0; k < x.length; k++) {
            x[k] = xy[2 * k];
            y[k] = xy[2 * k + 1];
        }
        return new Lasso(x, y);
    }

    @Test
    void aTriangleHoldsItsInteriorAndNotWhatLiesBeyondItsSlantedSide() {
        Lasso triangle = of(0, 0, 10, 0, 0, 10);
        assertTrue(triangle.contains(2, 2));
        assertTrue(triangle.contains(4.9, 4.9));
        assertFalse(triangle.contains(5.1, 5.1), "beyond x + y = 10 though inside the bounding box");
        assertFalse(triangle.contains(-1, 5));
    }

    @Test
    void aConcaveOutlineLeavesOutTheNotchItWindsAround() {
        // a U: the notch 4 < x < 6, y > 2 is outside although its bounding box holds it
        Lasso u = of(0, 0, 10, 0, 10, 10, 6, 10, 6, 2, 4, 2, 4, 10, 0, 10);
        assertTrue(u.contains(2, 8), "left arm");
        assertTrue(u.contains(8, 8), "right arm");
        assertTrue(u.contains(5, 1), "bottom bar");
        assertFalse(u.contains(5, 6), "the notch");
    }

    @Test
    void aSelfIntersectingLassoAlternatesInAndOutByTheEvenOddRule() {
        // a pentagram through its five tips: the central pentagon is crossed twice, so outside
        double[] xy = new double[10];
        for (int k = 0; k < 5; k++) {
            double angle = Math.PI / 2 + k * 4 * Math.PI / 5;
            xy[2 * k] = 10 * Math.cos(angle);
            xy[2 * k + 1] = 10 * Math.sin(angle);
        }
        Lasso star = of(xy);
        assertFalse(star.contains(0, 0), "the centre is enclosed twice: even, outside");
        assertTrue(star.contains(0, 7), "a tip is enclosed once");
        assertFalse(star.contains(0, 11), "beyond the tip");
    }

    @Test
    void aFigureEightHoldsBothLoops() {
        // a bow tie crossing itself at (5, 5): each loop is enclosed once
        Lasso bowTie = of(0, 0, 10, 10, 10, 0, 0, 10);
        assertTrue(bowTie.contains(1, 5));
        assertTrue(bowTie.contains(9, 5));
        assertFalse(bowTie.contains(5, 1), "below the crossing, between the loops");
    }

    @Test
    void pointsOnTheOutlineCountAsInside() {
        Lasso square = of(0, 0, 10, 0, 10, 10, 0, 10);
        assertTrue(square.contains(0, 0), "a vertex");
        assertTrue(square.contains(10, 5), "on the right edge");
        assertTrue(square.contains(5, 10), "on the top edge");
        assertTrue(square.contains(0, 3), "on the closing edge, last vertex back to the first");
        assertFalse(square.contains(10.01, 5));
        Lasso slanted = of(0, 0, 10, 0, 0, 10);
        assertTrue(slanted.contains(3, 7), "on the slanted edge");
    }

    @Test
    void aPointLevelWithAVertexIsCountedOnce() {
        // the ray from (1, 5) to the right passes exactly through the vertex (10, 5) of this diamond
        Lasso diamond = of(5, 0, 10, 5, 5, 10, 0, 5);
        assertTrue(diamond.contains(1.5, 5));
        assertFalse(diamond.contains(-1, 5), "the ray through both side vertices crosses twice");
    }

    @Test
    void aLassoWithoutAreaHoldsNothing() {
        assertFalse(of(0, 0, 5, 5).enclosesArea());
        assertFalse(of(0, 0, 5, 5, 10, 10).enclosesArea(), "three vertices on one line");
        assertFalse(of(0, 0, 5, 5).contains(2, 2), "fewer than three vertices");
        assertTrue(of(0, 0, 5, 0, 0, 5).enclosesArea());
    }

    @Test
    void rejectsMismatchedCoordinateCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Lasso(new double[3], new double[2]));
    }
}
