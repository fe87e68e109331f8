package org.descriptorworkbench.plots.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.Series;

/**
 * A ChartFX plugin that selects many points with a drag: with Shift held a rectangle, with Ctrl (or Alt)
 * held a free-form lasso; while dragging the shape is drawn over the plot, and on release every pickable
 * point inside it (in display coordinates, edges included; the lasso by the even–odd rule) is reported.
 * Plain drags stay with ChartFX's Zoomer, which ignores drags with a modifier key held.
 */
final class DragSelection extends ChartPlugin {

    /** Lasso vertices closer than this many pixels to the previous one are not added. */
    static final double LASSO_STEP = 2;

    private enum Shape { RECTANGLE, LASSO }

    private final Figure figure;
    private final Consumer<List<FigureChart.Pick>> onSelect;
    private final Rectangle band = new Rectangle();
    private final Polygon lasso = new Polygon();
    private final List<Point2D> lassoPoints = new ArrayList<>();
    private Point2D start;
    private Shape shape;

    DragSelection(Figure figure, Consumer<List<FigureChart.Pick>> onSelect) {
        this.figure = figure;
        this.onSelect = onSelect;
        band.getStyleClass().add("dwb-selection-band");
        lasso.getStyleClass().add("dwb-lasso");
        for (javafx.scene.shape.Shape s : List.of(band, lasso)) {
            s.setManaged(false);
            s.setVisible(false);
            s.setMouseTransparent(true);
            s.setFill(Color.rgb(0, 114, 178, 0.12));
            s.setStroke(Color.rgb(0, 114, 178, 0.9));
            s.getStrokeDashArray().setAll(4.0, 3.0);
            getChartChildren().add(s);
        }
        registerInputEventHandler(MouseEvent.MOUSE_PRESSED, this::started);
        registerInputEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        registerInputEventHandler(MouseEvent.MOUSE_RELEASED, this::ended);
    }

    private void started(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || getChart() == null) {
            return;
        }
        if (event.isShiftDown()) {
            shape = Shape.RECTANGLE;
        } else if (event.isControlDown() || event.isAltDown()) {
            shape = Shape.LASSO;
        } else {
            return;
        }
        start = getLocationInPlotArea(event);
        lassoPoints.clear();
        lassoPoints.add(start);
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (start == null) {
            return;
        }
        Point2D now = getLocationInPlotArea(event);
        if (shape == Shape.RECTANGLE) {
            Point2D a = inParent(band, start);
            Point2D b = inParent(band, now);
            band.setX(Math.min(a.getX(), b.getX()));
            band.setY(Math.min(a.getY(), b.getY()));
            band.setWidth(Math.abs(a.getX() - b.getX()));
            band.setHeight(Math.abs(a.getY() - b.getY()));
            show(band);
        } else if (now.distance(lassoPoints.get(lassoPoints.size() - 1)) >= LASSO_STEP) {
            lassoPoints.add(now);
            Point2D p = inParent(lasso, now);
            lasso.getPoints().addAll(p.getX(), p.getY());
            if (lasso.getPoints().size() == 2) {
                Point2D first = inParent(lasso, start);
                lasso.getPoints().addAll(0, List.of(first.getX(), first.getY()));
            }
            show(lasso);
        }
        event.consume();
    }

    private void ended(MouseEvent event) {
        if (start == null) {
            return;
        }
        Point2D end = getLocationInPlotArea(event);
        List<FigureChart.Pick> inside;
        if (shape == Shape.RECTANGLE) {
            inside = inside(start, end);
        } else {
            lassoPoints.add(end);
            inside = inside(lassoOf(lassoPoints));
        }
        boolean deliver = shape == Shape.RECTANGLE || lassoOf(lassoPoints).enclosesArea();
        start = null;
        lassoPoints.clear();
        band.setVisible(false);
        lasso.setVisible(false);
        lasso.getPoints().clear();
        event.consume();
        // a Ctrl-click without a drag draws no lasso: the click still picks the point under it
        if (deliver) {
            onSelect.accept(inside);
        }
    }

    private static void show(Node node) {
        node.setVisible(true);
        node.toFront();
    }

    private Point2D inParent(Node node, Point2D plotPoint) {
        Point2D scene = getChart().getCanvas().localToScene(plotPoint);
        return node.getParent() == null ? plotPoint : node.getParent().sceneToLocal(scene);
    }

    private static Lasso lassoOf(List<Point2D> points) {
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int k = 0; k < points.size(); k++) {
            x[k] = points.get(k).getX();
            y[k] = points.get(k).getY();
        }
        return new Lasso(x, y);
    }

    /** Every pickable point inside the rectangle spanned by two plot-area points. */
    List<FigureChart.Pick> inside(Point2D a, Point2D b) {
        double x0 = Math.min(a.getX(), b.getX());
        double x1 = Math.max(a.getX(), b.getX());
        double y0 = Math.min(a.getY(), b.getY());
        double y1 = Math.max(a.getY(), b.getY());
        return picks((px, py) -> px >= x0 && px <= x1 && py >= y0 && py <= y1);
    }

    /** Every pickable point inside the lasso (plot-area coordinates). */
    List<FigureChart.Pick> inside(Lasso outline) {
        return picks(outline::contains);
    }

    private interface Region {
        boolean holds(double px, double py);
    }

    private List<FigureChart.Pick> picks(Region region) {
        Axis xAxis = ((XYChart) getChart()).getXAxis();
        Axis yAxis = ((XYChart) getChart()).getYAxis();
        List<FigureChart.Pick> picks = new ArrayList<>();
        for (int s = 0; s < figure.series().size(); s++) {
            Series series = figure.series().get(s);
            if (!series.pickable()) {
                continue;
            }
            for (int i = 0; i < series.size(); i++) {
                if (!figure.x().accepts(series.x()[i]) || !figure.y().accepts(series.y()[i])) {
                    continue;
                }
                if (region.holds(xAxis.getDisplayPosition(series.x()[i]), yAxis.getDisplayPosition(series.y()[i]))) {
                    picks.add(new FigureChart.Pick(s, i));
                }
            }
        }
        return picks;
    }
}
