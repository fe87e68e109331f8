package org.descriptorworkbench.plots.chart;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.HeatMap;
import org.descriptorworkbench.plots.figure.Series;

/**
 * A ChartFX plugin that shows the exact values under the mouse (the nearest series point within a few
 * pixels, else the heat-map cell) in a tooltip label, reports a click on a pickable point, and reports
 * the pickable points inside a rectangle dragged with Shift held (plain drags stay with the Zoomer).
 */
final class PointerReadout extends ChartPlugin {

    /** Pixels within which a point counts as under the mouse. */
    static final double PICK_DISTANCE = 8;

    private final Figure figure;
    private final Consumer<FigureChart.Pick> onPick;
    private final Consumer<List<FigureChart.Pick>> onSelect;
    private final Label label = new Label();
    private final Rectangle band = new Rectangle();
    private Point2D bandStart;

    PointerReadout(Figure figure, Consumer<FigureChart.Pick> onPick, Consumer<List<FigureChart.Pick>> onSelect) {
        this.figure = figure;
        this.onPick = onPick;
        this.onSelect = onSelect;
        band.setManaged(false);
        band.setVisible(false);
        band.setMouseTransparent(true);
        band.setFill(Color.rgb(0, 114, 178, 0.12));
        band.setStroke(Color.rgb(0, 114, 178, 0.9));
        band.getStrokeDashArray().setAll(4.0, 3.0);
        getChartChildren().add(band);
        registerInputEventHandler(MouseEvent.MOUSE_PRESSED, this::bandStarted);
        registerInputEventHandler(MouseEvent.MOUSE_DRAGGED, this::bandDragged);
        registerInputEventHandler(MouseEvent.MOUSE_RELEASED, this::bandEnded);
        label.getStyleClass().add("dwb-readout");
        label.setStyle("-fx-background-color: rgba(255,255,255,0.94); -fx-border-color: #888; -fx-padding: 3 6 3 6;"
                + " -fx-font-size: 11px;");
        label.setMouseTransparent(true);
        label.setVisible(false);
        label.setManaged(false);
        getChartChildren().add(label);
        registerInputEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        registerInputEventHandler(MouseEvent.MOUSE_EXITED, e -> label.setVisible(false));
        registerInputEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
    }

    /** The text of the tooltip on show, or null when none is. */
    String shownText() {
        return label.isVisible() ? label.getText() : null;
    }

    private void hover(MouseEvent event) {
        if (getChart() == null) {
            return;
        }
        Point2D at = getLocationInPlotArea(event);
        Optional<String> text = nearest(at, false).map(p -> figure.series().get(p.series())
                .describe(p.point(), figure.x().label(), figure.y().label()))
                .or(() -> cellText(at));
        if (text.isEmpty()) {
            label.setVisible(false);
            return;
        }
        label.setText(text.get());
        label.autosize();
        Point2D local = getChart().getCanvas().localToScene(at);
        Point2D inParent = label.getParent() == null ? at : label.getParent().sceneToLocal(local);
        double x = inParent.getX() + 14;
        double y = inParent.getY() + 14;
        if (label.getParent() != null) {
            x = Math.min(x, label.getParent().getLayoutBounds().getWidth() - label.getWidth() - 2);
            y = Math.min(y, label.getParent().getLayoutBounds().getHeight() - label.getHeight() - 2);
        }
        label.relocate(Math.max(0, x), Math.max(0, y));
        label.setVisible(true);
        label.toFront();
    }

    private void click(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress() || getChart() == null) {
            return;
        }
        nearest(getLocationInPlotArea(event), true).ifPresent(onPick);
    }

    private void bandStarted(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && event.isShiftDown() && getChart() != null) {
            bandStart = getLocationInPlotArea(event);
            event.consume();
        }
    }

    private void bandDragged(MouseEvent event) {
        if (bandStart == null) {
            return;
        }
        Point2D now = getLocationInPlotArea(event);
        Point2D a = inParent(bandStart);
        Point2D b = inParent(now);
        band.setX(Math.min(a.getX(), b.getX()));
        band.setY(Math.min(a.getY(), b.getY()));
        band.setWidth(Math.abs(a.getX() - b.getX()));
        band.setHeight(Math.abs(a.getY() - b.getY()));
        band.setVisible(true);
        band.toFront();
        event.consume();
    }

    private void bandEnded(MouseEvent event) {
        if (bandStart == null) {
            return;
        }
        Point2D end = getLocationInPlotArea(event);
        List<FigureChart.Pick> inside = inside(bandStart, end);
        bandStart = null;
        band.setVisible(false);
        event.consume();
        onSelect.accept(inside);
    }

    private Point2D inParent(Point2D plotPoint) {
        Point2D scene = getChart().getCanvas().localToScene(plotPoint);
        return band.getParent() == null ? plotPoint : band.getParent().sceneToLocal(scene);
    }

    /** Every pickable point inside the rectangle spanned by two plot-area points. */
    List<FigureChart.Pick> inside(Point2D a, Point2D b) {
        Axis xAxis = ((io.fair_acc.chartfx.XYChart) getChart()).getXAxis();
        Axis yAxis = ((io.fair_acc.chartfx.XYChart) getChart()).getYAxis();
        double x0 = Math.min(a.getX(), b.getX());
        double x1 = Math.max(a.getX(), b.getX());
        double y0 = Math.min(a.getY(), b.getY());
        double y1 = Math.max(a.getY(), b.getY());
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
                double px = xAxis.getDisplayPosition(series.x()[i]);
                double py = yAxis.getDisplayPosition(series.y()[i]);
                if (px >= x0 && px <= x1 && py >= y0 && py <= y1) {
                    picks.add(new FigureChart.Pick(s, i));
                }
            }
        }
        return picks;
    }

    /** The point nearest to the mouse within the pick distance, among all (or only pickable) series. */
    Optional<FigureChart.Pick> nearest(Point2D at, boolean pickableOnly) {
        Axis xAxis = ((io.fair_acc.chartfx.XYChart) getChart()).getXAxis();
        Axis yAxis = ((io.fair_acc.chartfx.XYChart) getChart()).getYAxis();
        FigureChart.Pick best = null;
        double bestDistance = PICK_DISTANCE * PICK_DISTANCE;
        for (int s = 0; s < figure.series().size(); s++) {
            Series series = figure.series().get(s);
            if (pickableOnly && !series.pickable()) {
                continue;
            }
            for (int i = 0; i < series.size(); i++) {
                if (!figure.x().accepts(series.x()[i]) || !figure.y().accepts(series.y()[i])) {
                    continue;
                }
                double dx = xAxis.getDisplayPosition(series.x()[i]) - at.getX();
                double dy = yAxis.getDisplayPosition(series.y()[i]) - at.getY();
                double d = dx * dx + dy * dy;
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = new FigureChart.Pick(s, i);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<String> cellText(Point2D at) {
        Axis xAxis = ((io.fair_acc.chartfx.XYChart) getChart()).getXAxis();
        Axis yAxis = ((io.fair_acc.chartfx.XYChart) getChart()).getYAxis();
        double x = xAxis.getValueForDisplay(at.getX());
        double y = yAxis.getValueForDisplay(at.getY());
        for (HeatMap map : figure.heatMaps()) {
            int ix = map.columnAt(x);
            int iy = map.rowAt(y);
            if (ix >= 0 && iy >= 0) {
                return Optional.of(map.describe(ix, iy));
            }
        }
        return Optional.empty();
    }
}
