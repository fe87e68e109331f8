package org.descriptorworkbench.plots.chart;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.HeatMap;
import org.descriptorworkbench.plots.figure.Series;

/**
 * A ChartFX plugin that shows the exact values under the mouse (the nearest series point within a few
 * pixels, else the heat-map cell) in a tooltip label, and reports a click on a pickable point (drags that
 * select many points are {@link DragSelection}'s).
 */
final class PointerReadout extends ChartPlugin {

    /** Pixels within which a point counts as under the mouse. */
    static final double PICK_DISTANCE = 8;

    private final Figure figure;
    private final Consumer<FigureChart.Pick> onPick;
    private final Label label = new Label();

    PointerReadout(Figure figure, Consumer<FigureChart.Pick> onPick) {
        this.figure = figure;
        this.onPick = onPick;
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
