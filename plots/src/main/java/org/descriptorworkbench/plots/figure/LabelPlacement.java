package org.descriptorworkbench.plots.figure;

import java.util.ArrayList;
import java.util.List;
import org.descriptorworkbench.plots.figure.Annotation.Align;

/**
 * Places the text labels of a figure so that they neither overlap each other nor cover the points, the
 * same way on screen and in exported files (both measure their text, then ask this class where it goes).
 * Greedy and deterministic, in the spirit of the candidate-position methods of cartographic labelling
 * (Christensen, Marks &amp; Shieber, ACM TOG 14, 1995): labels are placed in figure order; each tries its
 * own preferred side first, then right, left, above, below and the four diagonals, and takes the first
 * box inside the plot that touches no label placed before it and no point. When every side is taken it
 * tries the same sides farther out, joined to its point by a leader line that crosses no other label; if even
 * that fails it takes the
 * candidate that covers the least area of other labels and points. Coordinates are in drawing units (pixels or points) with y growing downwards.
 */
public final class LabelPlacement {

    /** How many rings of candidates to try: the first at the normal gap, the others with a leader line. */
    private static final int RINGS = 6;
    /** Points checked along a leader line (enough for lines a few labels long). */
    private static final int LEADER_SAMPLES = 24;
    /** A leader through another label counts as this much covered area when nothing better is free. */
    private static final double LEADER_CROSSING_PENALTY = 25;
    /** Beyond this many markers in a figure, markers are not obstacles (the search would cost too much). */
    public static final int MAX_MARKER_OBSTACLES = 2000;

    private static final Align[][] SIDES = {
        {Align.START, Align.CENTER}, {Align.END, Align.CENTER}, {Align.CENTER, Align.START}, {Align.CENTER, Align.END},
        {Align.START, Align.START}, {Align.END, Align.START}, {Align.START, Align.END}, {Align.END, Align.END}
    };

    private LabelPlacement() {
    }

    /** An axis-aligned box: left, top, width, height. */
    public record Box(double left, double top, double width, double height) {

        public double right() {
            return left + width;
        }

        public double bottom() {
            return top + height;
        }

        /** True if the interiors intersect (touching edges do not count). */
        public boolean overlaps(Box o) {
            return left < o.right() && o.left < right() && top < o.bottom() && o.top < bottom();
        }

        /** The square of the given half-size about a point, e.g. a marker. */
        public static Box around(double x, double y, double half) {
            return new Box(x - half, y - half, 2 * half, 2 * half);
        }
    }

    /**
     * A label to place: its anchor point, its measured text size and its preferred side (as in
     * {@link Annotation}: horizontal START puts the text right of the point, vertical START above it).
     */
    public record Request(double x, double y, double width, double height, Align horizontal, Align vertical) {
    }

    /** Where a label went; {@code leader} asks for a line from the anchor to the box. */
    public record Placement(Box box, boolean leader) {

        /** The point of the box nearest to (x, y): where a leader line from the anchor ends. */
        public double[] nearestTo(double x, double y) {
            return new double[] {Math.max(box.left(), Math.min(x, box.right())), Math.max(box.top(), Math.min(y, box.bottom()))};
        }
    }

    /**
     * Places every request in order.
     *
     * @param requests  the labels, in priority order
     * @param obstacles boxes no label may cover (the markers of the points)
     * @param area      the box every label must stay inside (the plot)
     * @param gap       the distance between a point and its label's nearest edge
     */
    public static List<Placement> place(List<Request> requests, List<Box> obstacles, Box area, double gap) {
        List<Placement> placed = new ArrayList<>();
        List<Box> taken = new ArrayList<>();
        for (Request r : requests) {
            Placement p = placeOne(r, obstacles, taken, area, gap);
            placed.add(p);
            taken.add(p.box());
        }
        return placed;
    }

    /**
     * Places the annotations of a figure drawn with the given mapping from data to drawing coordinates:
     * one placement per annotation, in the figure's order, null for an annotation whose point the axes
     * cannot show. The markers of the figure's series are the obstacles (up to
     * {@value #MAX_MARKER_OBSTACLES} of them; denser scatter is background that labels may cover).
     *
     * @param measure    width and height of an annotation's text in drawing units
     * @param fixed      other text already drawn that labels must not cover (reference-line labels)
     * @param markerHalf half the drawn size of a marker
     */
    public static List<Placement> layout(Figure figure, java.util.function.DoubleUnaryOperator toX,
            java.util.function.DoubleUnaryOperator toY, java.util.function.Function<Annotation, double[]> measure,
            List<Box> fixed, Box area, double markerHalf, double gap) {
        List<Box> obstacles = new ArrayList<>(fixed);
        int markers = figure.series().stream().filter(s -> s.marker() != Series.Marker.NONE).mapToInt(Series::size).sum();
        if (markers <= MAX_MARKER_OBSTACLES) {
            for (Series s : figure.series()) {
                if (s.marker() == Series.Marker.NONE) {
                    continue;
                }
                for (int i = 0; i < s.size(); i++) {
                    if (figure.x().accepts(s.x()[i]) && figure.y().accepts(s.y()[i])) {
                        obstacles.add(Box.around(toX.applyAsDouble(s.x()[i]), toY.applyAsDouble(s.y()[i]), markerHalf));
                    }
                }
            }
        }
        List<Request> requests = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        List<Annotation> annotations = figure.annotations();
        for (int k = 0; k < annotations.size(); k++) {
            Annotation a = annotations.get(k);
            if (figure.x().accepts(a.x()) && figure.y().accepts(a.y())) {
                double[] size = measure.apply(a);
                requests.add(new Request(toX.applyAsDouble(a.x()), toY.applyAsDouble(a.y()), size[0], size[1],
                        a.horizontal(), a.vertical()));
                shown.add(k);
            }
        }
        List<Placement> placed = place(requests, obstacles, area, gap);
        List<Placement> out = new ArrayList<>(java.util.Collections.nCopies(annotations.size(), (Placement) null));
        for (int i = 0; i < shown.size(); i++) {
            out.set(shown.get(i), placed.get(i));
        }
        return out;
    }

    private static Placement placeOne(Request r, List<Box> obstacles, List<Box> taken, Box area, double gap) {
        Placement best = null;
        double bestOverlap = Double.POSITIVE_INFINITY;
        for (int ring = 0; ring < RINGS; ring++) {
            double distance = gap + ring * (r.height() + gap);
            for (int side = -1; side < SIDES.length; side++) {
                Align h = side < 0 ? r.horizontal() : SIDES[side][0];
                Align v = side < 0 ? r.vertical() : SIDES[side][1];
                if (h == Align.CENTER && v == Align.CENTER) {
                    continue; // on top of its own point
                }
                Box box = inside(candidate(r, h, v, distance), area);
                double overlap = overlap(box, obstacles) + overlap(box, taken);
                if (ring > 0 && leaderCrosses(r, box, taken)) {
                    overlap += LEADER_CROSSING_PENALTY;
                }
                if (overlap == 0) {
                    return new Placement(box, ring > 0);
                }
                if (overlap < bestOverlap) {
                    bestOverlap = overlap;
                    best = new Placement(box, ring > 0);
                }
            }
        }
        return best;
    }

    /** True if the leader line from the anchor to the box passes through a label already placed. */
    private static boolean leaderCrosses(Request r, Box box, List<Box> taken) {
        double[] end = new Placement(box, true).nearestTo(r.x(), r.y());
        for (Box o : taken) {
            for (int k = 1; k < LEADER_SAMPLES; k++) {
                double t = k / (double) LEADER_SAMPLES;
                double x = r.x() + t * (end[0] - r.x());
                double y = r.y() + t * (end[1] - r.y());
                if (x > o.left() && x < o.right() && y > o.top() && y < o.bottom()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Total area of the box covered by the others. */
    private static double overlap(Box box, List<Box> others) {
        double area = 0;
        for (Box o : others) {
            if (box.overlaps(o)) {
                area += (Math.min(box.right(), o.right()) - Math.max(box.left(), o.left()))
                        * (Math.min(box.bottom(), o.bottom()) - Math.max(box.top(), o.top()));
            }
        }
        return area;
    }

    /** The box on the given side of the anchor at the given distance. */
    static Box candidate(Request r, Align h, Align v, double distance) {
        double left = switch (h) {
            case START -> r.x() + distance;
            case CENTER -> r.x() - r.width() / 2;
            case END -> r.x() - distance - r.width();
        };
        double top = switch (v) {
            case START -> r.y() - distance - r.height();
            case CENTER -> r.y() - r.height() / 2;
            case END -> r.y() + distance;
        };
        return new Box(left, top, r.width(), r.height());
    }

    /** The box moved (not resized) into the area, with a margin of 2, as far as it fits. */
    private static Box inside(Box b, Box area) {
        double left = Math.max(area.left() + 2, Math.min(b.left(), area.right() - b.width() - 2));
        double top = Math.max(area.top() + 2, Math.min(b.top(), area.bottom() - b.height() - 2));
        return new Box(left, top, b.width(), b.height());
    }

}
