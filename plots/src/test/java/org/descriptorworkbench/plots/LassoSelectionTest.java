package org.descriptorworkbench.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Polygon;
import org.descriptorworkbench.plots.chart.FigureChart;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.HeatMap;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real Ctrl-drag lasso on a small chart, headless under Monocle: a 4 × 4 grid of pickable points at
 * 0.2, 0.4, 0.6, 0.8 and a triangle lasso whose slanted side is x + y = 1.05, so it holds exactly the ten
 * grid points with x + y ≤ 1 — fewer than the rectangle around it would.
 */
class LassoSelectionTest {

    private static final double[] GRID = {0.2, 0.4, 0.6, 0.8};

    private static Figure grid() {
        double[] x = new double[16];
        double[] y = new double[16];
        for (int k = 0; k < 16; k++) {
            x[k] = GRID[k / 4];
            y[k] = GRID[k % 4];
        }
        Series points = Series.points("grid", x, y, null, PlotStyle.seriesColour(0), Series.Marker.CIRCLE);
        Series guide = Series.line("not pickable", new double[] {0.3, 0.3}, new double[] {0.3, 0.3}, PlotStyle.seriesColour(1));
        return new Figure("Lasso", null, AxisSpec.linear("x", 0, 1), AxisSpec.linear("y", 0, 1), List.<HeatMap>of(),
                List.of(points, guide), List.<ReferenceLine>of(), List.<Annotation>of(), List.of(), Figure.Legend.NONE, 400, 400);
    }

    private static Point2D screen(FigureChart chart, double x, double y) throws Exception {
        return Fx.call(() -> chart.chart().getCanvas().localToScreen(chart.chart().getXAxis().getDisplayPosition(x),
                chart.chart().getYAxis().getDisplayPosition(y)));
    }

    private static Polygon lassoNode(FigureChart chart) throws Exception {
        return Fx.call(() -> (Polygon) chart.lookup(".dwb-lasso"));
    }

    private static FigureChart shownGrid() throws Exception {
        FigureChart chart = Fx.call(() -> new FigureChart(grid()));
        Fx.show(chart, 520, 520);
        return chart;
    }

    @Test
    void ctrlDraggingALassoSelectsExactlyThePickablePointsInsideIt() throws Exception {
        FigureChart chart = shownGrid();
        AtomicReference<List<FigureChart.Pick>> heard = new AtomicReference<>();
        Fx.run(() -> chart.addSelectionListener(heard::set));
        FxRobot robot = new FxRobot();
        robot.press(KeyCode.CONTROL);
        try {
            robot.drag(screen(chart, 0.1, 0.1), MouseButton.PRIMARY);
            robot.moveTo(screen(chart, 0.95, 0.1));
            robot.moveTo(screen(chart, 0.1, 0.95));
            robot.moveTo(screen(chart, 0.1, 0.15));
            robot.drop();
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents(5);
        Set<FigureChart.Pick> expected = new HashSet<>();
        for (int k = 0; k < 16; k++) {
            if (GRID[k / 4] + GRID[k % 4] <= 1.0 + 1e-9) {
                expected.add(new FigureChart.Pick(0, k));
            }
        }
        assertEquals(10, expected.size());
        assertEquals(expected, new HashSet<>(heard.get()));
        assertEquals(10, heard.get().size(), "each point once");
        assertEquals(0.0, Fx.call(chart::visibleFigure).x().min(), 1e-9, "a lasso selects without zooming");
    }

    @Test
    void theLassoIsDrawnWhileDraggingAndRemovedOnRelease() throws Exception {
        FigureChart chart = shownGrid();
        FxRobot robot = new FxRobot();
        List<Boolean> shown = new ArrayList<>();
        robot.press(KeyCode.CONTROL);
        try {
            robot.drag(screen(chart, 0.1, 0.1), MouseButton.PRIMARY);
            robot.moveTo(screen(chart, 0.9, 0.1));
            robot.moveTo(screen(chart, 0.5, 0.9));
            WaitForAsyncUtils.waitForFxEvents(2);
            Polygon during = lassoNode(chart);
            shown.add(Fx.call(() -> during.isVisible() && during.getPoints().size() >= 6));
            robot.drop();
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents(5);
        Polygon after = lassoNode(chart);
        assertTrue(shown.get(0), "a visible polygon of at least three vertices while dragging");
        assertFalse(Fx.call(after::isVisible), "gone after the release");
        assertTrue(Fx.call(() -> after.getPoints().isEmpty()));
    }

    @Test
    void aCtrlClickWithoutADragPicksThePointAndSelectsNothing() throws Exception {
        FigureChart chart = shownGrid();
        AtomicReference<List<FigureChart.Pick>> selected = new AtomicReference<>();
        AtomicReference<FigureChart.Pick> picked = new AtomicReference<>();
        Fx.run(() -> {
            chart.addSelectionListener(selected::set);
            chart.addPickListener(picked::set);
        });
        FxRobot robot = new FxRobot();
        robot.press(KeyCode.CONTROL);
        try {
            robot.clickOn(screen(chart, 0.4, 0.6));
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents(5);
        assertNull(selected.get());
        assertEquals(new FigureChart.Pick(0, 1 * 4 + 2), picked.get());
    }

    @Test
    void theChartsHelpNamesTheLassoAndTheRectangle() {
        assertTrue(FigureChart.MOUSE_HELP.contains("Ctrl-drag"));
        assertTrue(FigureChart.MOUSE_HELP.contains("Shift-drag"));
    }
}
