package org.descriptorworkbench.gui.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.descriptorworkbench.gui.MainWindow;
import org.descriptorworkbench.gui.TwoFrameWindow;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.analysis.CorrelationTab;
import org.descriptorworkbench.gui.features.CentreChoice;
import org.descriptorworkbench.gui.session.ScratchRecentSessions;
import org.descriptorworkbench.plots.EnvironmentPair;
import org.descriptorworkbench.plots.chart.FigureChart;
import org.descriptorworkbench.plots.figure.Series;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Plot selections reaching the selection details and the pair view in the whole window, driven with the
 * mouse headless under Monocle: the distance–distance tab on the first two frames of the quinary liquid
 * with 40 random environments and two small SOAP variants.
 */
@ExtendWith(ApplicationExtension.class)
class SelectionInTheWindowTest {
    private final ScratchRecentSessions recent = new ScratchRecentSessions();
    private static final int ENVIRONMENTS = 40;

    private final TaskExecutor executor = new TaskExecutor("selection-window-test", 2);
    private MainWindow window;
    private WorkbenchModel model;

    @Start
    void start(Stage stage) throws Exception {
        TwoFrameWindow shown = TwoFrameWindow.show(stage, executor, recent.list(), ENVIRONMENTS, "off", "mu2");
        model = shown.model();
        window = shown.window();
    }

    @BeforeEach
    void waitForDataset() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.datasets().datasetProperty().get() != null);
    }

    @AfterEach
    void stopTasks() {
        recent.remove();
        executor.close();
    }

    private CorrelationTab computedCorrelation(FxRobot robot) throws Exception {
        return computedCorrelation(robot, 2000);
    }

    /** The distance–distance tab computed with the given number of sampled pairs drawn. */
    private CorrelationTab computedCorrelation(FxRobot robot, int sampledPairs) throws Exception {
        CorrelationTab tab = window.analysisTabs().stream().filter(CorrelationTab.class::isInstance)
                .map(CorrelationTab.class::cast).findFirst().orElseThrow();
        robot.interact(() -> {
            tab.restoreParameters(java.util.Map.of("sample", sampledPairs));
            window.analysisTabPane().getSelectionModel().select(tab);
        });
        robot.clickOn("#" + tab.getId() + "-compute");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !tab.isRunning());
        WaitForAsyncUtils.waitForFxEvents(5);
        assertFalse(tab.statusLabel().getStyle().contains("b00020"), "failed: " + tab.statusLabel().getText());
        return tab;
    }

    private static Point2D screen(FxRobot robot, FigureChart chart, double x, double y) {
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = chart.chart().getCanvas().localToScreen(chart.chart().getXAxis().getDisplayPosition(x),
                chart.chart().getYAxis().getDisplayPosition(y)));
        return at[0];
    }

    /** Ctrl-drags a lasso around the lower left half of the plot (below x + y = 0.96). */
    private void lassoLowerLeftHalf(FxRobot robot, CorrelationTab tab) {
        FigureChart chart = tab.view().chart().orElseThrow();
        robot.press(KeyCode.CONTROL);
        try {
            robot.drag(screen(robot, chart, 0.02, 0.02), MouseButton.PRIMARY);
            robot.moveTo(screen(robot, chart, 0.94, 0.02));
            robot.moveTo(screen(robot, chart, 0.02, 0.94));
            robot.moveTo(screen(robot, chart, 0.02, 0.03));
            robot.drop();
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    @Test
    void lassoingPairsInTheDistancePlotListsThemWithTheirDistancesInTheSelectionTable(FxRobot robot) throws Exception {
        CorrelationTab tab = computedCorrelation(robot);
        lassoLowerLeftHalf(robot, tab);
        List<EnvironmentPair> picked = tab.selectedPairs();
        assertTrue(picked.size() > 5, "the lasso holds many pairs, got " + picked.size());
        List<SelectionRow> rows = window.selectionDetails().table().getItems();
        assertEquals(picked.size(), rows.size());
        var matrix = model.pairProperty().get().rows();
        Dataset dataset = model.datasets().datasetProperty().get();
        for (int k = 0; k < rows.size(); k++) {
            SelectionRow row = rows.get(k);
            EnvironmentPair pair = picked.get(k);
            assertEquals(EnvironmentDetails.of(dataset, matrix.structureIndex(pair.i()), matrix.atomIndex(pair.i())), row.first());
            assertEquals(EnvironmentDetails.of(dataset, matrix.structureIndex(pair.j()), matrix.atomIndex(pair.j())), row.second());
            assertTrue(row.x() + row.y() <= 0.97, "inside the lasso: " + row);
        }
        assertEquals(rows.size() + " pairs selected in Distance–distance: click a line to see it in 3D",
                robot.lookup("#selection-summary").queryLabeled().getText());
        Path out = Path.of(System.getProperty("dwb.gui.docs", "target/gui-docs"));
        Files.createDirectories(out);
        robot.clickOn(robot.lookup("#selection-details .table-row-cell").match(n ->
                n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == 2).<Node>query());
        WaitForAsyncUtils.waitForFxEvents(5);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = window.root().getScene().snapshot(null));
        ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                out.resolve("selection-details.png").toFile());
    }

    @Test
    void clickingALineOfTheSelectionTableShowsThatPairInThePairView(FxRobot robot) throws Exception {
        CorrelationTab tab = computedCorrelation(robot);
        lassoLowerLeftHalf(robot, tab);
        SelectionRow third = window.selectionDetails().table().getItems().get(2);
        Node cell = robot.lookup("#selection-details .table-row-cell").match(n ->
                n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == 2).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents(5);
        PlotSelection.Pair pair = (PlotSelection.Pair) third.item();
        assertEquals(2, window.selectionDetails().table().getSelectionModel().getSelectedIndex(), "the click reached the row");
        assertEquals(pair.i(), model.pairProperty().get().i());
        assertEquals(pair.j(), model.pairProperty().get().j());
        assertEquals(third.first().atom(), window.pairPanel().pairView().first().getEnvironment().centreAtom());
        assertEquals(third.second().atom(), window.pairPanel().pairView().second().getEnvironment().centreAtom());
    }

    @Test
    void useAsCentresMakesTheLassoedEnvironmentsTheCentreSet(FxRobot robot) throws Exception {
        CorrelationTab tab = computedCorrelation(robot);
        lassoLowerLeftHalf(robot, tab);
        Set<CentreChoice.Atom> expected = new HashSet<>();
        for (SelectionRow row : window.selectionDetails().table().getItems()) {
            expected.add(new CentreChoice.Atom(row.first().structure(), row.first().atom()));
            expected.add(new CentreChoice.Atom(row.second().structure(), row.second().atom()));
        }
        robot.clickOn("#selection-use-as-centres");
        CentreChoice centres = model.centresProperty().get();
        assertEquals(expected, new HashSet<>(centres.environments()));
        assertTrue(robot.lookup("#centres-explicit").queryLabeled().getText()
                .startsWith(expected.size() + " environments picked in a plot"));
    }

    @Test
    void clickingASampledPointInTheDistancePlotShowsThatPairInThePairView(FxRobot robot) throws Exception {
        // few sampled pairs, so that one of them stands apart and the click on it is unambiguous
        CorrelationTab tab = computedCorrelation(robot, 30);
        FigureChart chart = tab.view().chart().orElseThrow();
        Series sample = chart.figure().series().get(0);
        int target = isolatedPoint(chart.figure().series(), 0);
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = chart.screenPosition(0, target).orElseThrow());
        robot.clickOn(at[0]);
        WaitForAsyncUtils.waitForFxEvents(5);
        // a sampled point's label is its pair of rows, "(i, j)"
        String[] rows = sample.pointLabels()[target].replaceAll("[()]", "").split(", ");
        EnvironmentPair expected = new EnvironmentPair(Integer.parseInt(rows[0]), Integer.parseInt(rows[1]));
        WorkbenchModel.PairSelection shown = model.pairProperty().get();
        assertEquals(expected.i(), shown.i(), "clicked the point at " + sample.x()[target] + ", " + sample.y()[target]);
        assertEquals(expected.j(), shown.j());
        assertEquals(shown.rows().atomIndex(expected.i()), window.pairPanel().pairView().first().getEnvironment().centreAtom());
        assertEquals(shown.rows().atomIndex(expected.j()), window.pairPanel().pairView().second().getEnvironment().centreAtom());
        assertEquals("1 pair selected in Distance–distance: click a line to see it in 3D", robot.lookup("#selection-summary").queryLabeled().getText());
    }

    /** The point of series {@code s} farthest from every other plotted point, away from the axes. */
    private static int isolatedPoint(List<Series> series, int s) {
        Series target = series.get(s);
        double best = -1;
        int bestIndex = -1;
        for (int i = 0; i < target.size(); i++) {
            double x = target.x()[i];
            double y = target.y()[i];
            if (x < 0.05 || x > 0.95 || y < 0.05 || y > 0.95) {
                continue;
            }
            double nearest = Double.MAX_VALUE;
            for (Series other : series) {
                for (int j = 0; j < other.size(); j++) {
                    if (other != target || j != i) {
                        nearest = Math.min(nearest, Math.hypot(other.x()[j] - x, other.y()[j] - y));
                    }
                }
            }
            if (nearest > best) {
                best = nearest;
                bestIndex = i;
            }
        }
        return bestIndex;
    }
}
