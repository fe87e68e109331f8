package org.descriptorworkbench.plots.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.descriptorworkbench.plots.figure.Annotation.Align;
import org.descriptorworkbench.plots.figure.LabelPlacement.Box;
import org.descriptorworkbench.plots.figure.LabelPlacement.Placement;
import org.descriptorworkbench.plots.figure.LabelPlacement.Request;
import org.junit.jupiter.api.Test;

class LabelPlacementTest {
    /** A 300 × 300 plot of [0, 1]², y up. */
    private static final Box PLOT = new Box(50, 20, 300, 300);
    private static final double MARKER_HALF = 3.5;
    private static final double GAP = 3.5;

    private static double px(double x) {
        return PLOT.left() + x * PLOT.width();
    }

    private static double py(double y) {
        return PLOT.bottom() - y * PLOT.height();
    }

    /** Four labelled points 1 % of the axis apart, as descriptors that nearly coincide on an imbalance plane. */
    private static Figure fourClosePoints() {
        double[][] at = {{0.50, 0.50}, {0.51, 0.50}, {0.50, 0.51}, {0.51, 0.51}};
        List<Series> series = new ArrayList<>();
        List<Annotation> labels = new ArrayList<>();
        for (int k = 0; k < at.length; k++) {
            series.add(Series.points("p" + k, new double[] {at[k][0]}, new double[] {at[k][1]}, null, 0, Series.Marker.CIRCLE));
            labels.add(new Annotation("soap descriptor " + k, at[k][0], at[k][1], Align.START, Align.START, false));
        }
        return new Figure("t", null, AxisSpec.linear("x", 0, 1), AxisSpec.linear("y", 0, 1), List.of(), series, List.of(),
                labels, List.of(), Figure.Legend.NONE, 400, 400);
    }

    private static List<Placement> layout(Figure figure) {
        return LabelPlacement.layout(figure, LabelPlacementTest::px, LabelPlacementTest::py,
                a -> new double[] {6.0 * a.text().length(), 12}, List.of(), PLOT, MARKER_HALF, GAP);
    }

    @Test
    void labelsOfFourPointsOnePercentApartDoNotOverlap() {
        List<Placement> placed = layout(fourClosePoints());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).box().overlaps(placed.get(j).box()), "labels " + i + " and " + j + ": " + placed);
            }
        }
    }

    @Test
    void labelsOfClosePointsCoverNoPoint() {
        Figure figure = fourClosePoints();
        List<Placement> placed = layout(figure);
        for (Placement p : placed) {
            for (Series s : figure.series()) {
                Box marker = Box.around(px(s.x()[0]), py(s.y()[0]), MARKER_HALF);
                assertFalse(p.box().overlaps(marker), p + " covers the marker of " + s.name());
            }
        }
    }

    @Test
    void aLabelWithRoomStaysAtItsPreferredSide() {
        Request r = new Request(200, 200, 40, 12, Align.START, Align.START);
        Placement p = LabelPlacement.place(List.of(r), List.of(Box.around(200, 200, MARKER_HALF)), PLOT, GAP).get(0);
        assertEquals(new Box(200 + GAP, 200 - GAP - 12, 40, 12), p.box());
        assertFalse(p.leader());
    }

    @Test
    void aSecondLabelAtTheSamePointMovesToAnotherSide() {
        Request r = new Request(200, 200, 40, 12, Align.START, Align.START);
        List<Placement> placed = LabelPlacement.place(List.of(r, r), List.of(), PLOT, GAP);
        assertFalse(placed.get(0).box().overlaps(placed.get(1).box()));
        // right of the point would still touch the first label (upper right), so: left of it, centred
        assertEquals(new Box(200 - GAP - 40, 200 - 6, 40, 12), placed.get(1).box());
    }

    @Test
    void aCrowdedLabelGoesFartherOutWithALeaderLine() {
        Request r = new Request(200, 200, 40, 12, Align.START, Align.START);
        List<Request> nine = java.util.Collections.nCopies(9, r);
        List<Placement> placed = LabelPlacement.place(nine, List.of(), PLOT, GAP);
        assertTrue(placed.get(8).leader(), "the sides next to the point are taken before the ninth label");
        for (int i = 0; i < 9; i++) {
            for (int j = i + 1; j < 9; j++) {
                assertFalse(placed.get(i).box().overlaps(placed.get(j).box()), i + " and " + j);
            }
        }
    }

    @Test
    void labelsKeepOffFixedText() {
        Request r = new Request(200, 200, 40, 12, Align.START, Align.START);
        Box lineLabel = new Box(200, 180, 60, 14);
        Box box = LabelPlacement.place(List.of(r), List.of(lineLabel), PLOT, GAP).get(0).box();
        assertFalse(box.overlaps(lineLabel), box.toString());
    }

    @Test
    void leaderLinesDoNotRunThroughOtherLabels() {
        Request r = new Request(200, 200, 40, 12, Align.START, Align.START);
        List<Placement> placed = LabelPlacement.place(java.util.Collections.nCopies(12, r), List.of(), PLOT, GAP);
        for (int i = 0; i < placed.size(); i++) {
            if (!placed.get(i).leader()) {
                continue;
            }
            double[] end = placed.get(i).nearestTo(200, 200);
            for (int j = 0; j < i; j++) {
                Box o = placed.get(j).box();
                double[] mid = {(200 + end[0]) / 2, (200 + end[1]) / 2};
                assertFalse(mid[0] > o.left() && mid[0] < o.right() && mid[1] > o.top() && mid[1] < o.bottom(),
                        "leader of label " + i + " through label " + j);
            }
        }
    }

    @Test
    void labelsStayInsideThePlot() {
        Request corner = new Request(PLOT.right(), PLOT.top(), 80, 12, Align.START, Align.START);
        Box box = LabelPlacement.place(List.of(corner), List.of(), PLOT, GAP).get(0).box();
        assertTrue(box.left() >= PLOT.left() && box.right() <= PLOT.right() && box.top() >= PLOT.top()
                && box.bottom() <= PLOT.bottom(), box.toString());
    }

    @Test
    void placementIsDeterministic() {
        assertEquals(layout(fourClosePoints()), layout(fourClosePoints()));
    }
}
