package org.descriptorworkbench.gui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.gui.MainWindow;
import org.descriptorworkbench.gui.TwoFrameWindow;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.features.CentreChoice;
import org.descriptorworkbench.gui.session.ScratchRecentSessions;
import org.descriptorworkbench.plots.export.FigureExport;
import org.descriptorworkbench.plots.SensitivitySpectrumView;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.HeatMap;
import org.descriptorworkbench.task.TaskExecutor;
import org.descriptorworkbench.task.TaskState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every analysis tab driven as a user would, headless under Monocle, on the first two frames of the
 * quinary liquid sample (256 atoms) with 40 random environments and three small SOAP variants.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisTabsTest {
    private final ScratchRecentSessions recent = new ScratchRecentSessions();
    private static final int ENVIRONMENTS = 40;

    @TempDir
    Path dir;

    private final TaskExecutor executor = new TaskExecutor("gui-test-task", 2);
    private MainWindow window;
    private WorkbenchModel model;

    @Start
    void start(Stage stage) throws Exception {
        TwoFrameWindow shown = TwoFrameWindow.show(stage, executor, recent.list(), ENVIRONMENTS, "off", "mu2", "mu1nu1");
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

    private void computeAndWait(FxRobot robot, AnalysisTab tab) throws Exception {
        robot.interact(() -> window.analysisTabPane().getSelectionModel().select(tab));
        robot.clickOn("#" + tab.getId() + "-compute");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !tab.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tab.statusLabel().getStyle().contains("b00020"), "failed: " + tab.statusLabel().getText());
    }

    private <T extends AnalysisTab> T tab(Class<T> type) {
        return window.analysisTabs().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void correlationTabCountsEveryPairOnceInTheDensity(FxRobot robot) throws Exception {
        CorrelationTab tab = tab(CorrelationTab.class);
        computeAndWait(robot, tab);
        HeatMap density = tab.view().figure().heatMaps().get(0);
        double sum = Arrays.stream(density.values()).flatMapToDouble(Arrays::stream).sum();
        assertEquals(ENVIRONMENTS * (ENVIRONMENTS - 1) / 2.0, sum);
        assertTrue(tab.statusLabel().getText().startsWith("N = 40 environments: Pearson"), tab.statusLabel().getText());
    }

    @Test
    void correlationPlotExportsAsSvgPdfPngAndCsv(FxRobot robot) throws Exception {
        CorrelationTab tab = tab(CorrelationTab.class);
        computeAndWait(robot, tab);
        tab.exportMenu().setFileChooser((format, name) -> dir.resolve(name));
        for (FigureExport.Format f : FigureExport.Format.values()) {
            robot.interact(() -> tab.exportMenu().export(f));
        }
        Path svg = dir.resolve("distance-correlation.svg");
        assertEquals("svg", DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getDocumentElement().getNodeName());
        assertTrue(Files.readString(dir.resolve("distance-correlation.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));
        assertNotNull(ImageIO.read(dir.resolve("distance-correlation.png").toFile()));
        assertTrue(Files.readAllLines(dir.resolve("distance-correlation.csv")).size() > 10);
    }

    @Test
    void clickingADisagreeingPairShowsBothEnvironmentsAndTheirDistanceUnderEveryDescriptor(FxRobot robot) throws Exception {
        CorrelationTab tab = tab(CorrelationTab.class);
        computeAndWait(robot, tab);
        assertFalse(tab.disagreeingPairs().getItems().isEmpty());
        // what a click on the first line does (a robot click on the list cell does not reach it under Monocle)
        robot.interact(() -> tab.disagreeingPairs().getSelectionModel().select(0));
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.pairPanel().distanceTable().getItems().size() == 3
                    && window.pairPanel().distanceTable().getItems().stream().noneMatch(r -> r.distance().startsWith("computing")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("pair " + model.pairProperty().get() + ", selected "
                    + tab.disagreeingPairs().getSelectionModel().getSelectedIndex() + ", table "
                    + window.pairPanel().distanceTable().getItems(), e);
        }
        WorkbenchModel.PairSelection pair = model.pairProperty().get();
        var first = tab.disagreeingPairs().getItems().get(0);
        assertEquals(first.i(), pair.i());
        assertEquals(first.j(), pair.j());
        assertTrue(window.pairPanel().pairView().first().getEnvironment().neighbourCount() > 0);
        assertTrue(window.pairPanel().pairView().second().getEnvironment().neighbourCount() > 0);
        for (var row : window.pairPanel().distanceTable().getItems()) {
            assertTrue(Double.parseDouble(row.distance()) > 0, row.toString());
        }
    }

    @Test
    void imbalanceTabPlotsOnePointPerMemberAndTheWholeMatrix(FxRobot robot) throws Exception {
        ImbalanceTab tab = tab(ImbalanceTab.class);
        computeAndWait(robot, tab);
        Figure plane = tab.planeView().figure();
        assertEquals(2, plane.series().size());
        HeatMap matrix = tab.matrixView().figure().heatMaps().get(0);
        assertEquals(3, matrix.columns());
        assertEquals(3, matrix.rows());
    }

    @Test
    void selectionTabDrawsCurAndFpsCurvesThePcaSpectrumAndListsThePicks(FxRobot robot) throws Exception {
        SelectionTab tab = tab(SelectionTab.class);
        computeAndWait(robot, tab);
        assertEquals(List.of("soap compression=off — CUR", "soap compression=off — FPS"),
                tab.curvesView().figure().series().stream().map(s -> s.name()).toList());
        assertNotNull(tab.spectrumView().figure());
        assertFalse(tab.pickedLabels().getItems().isEmpty());
        assertTrue(tab.pickedLabels().getItems().get(0).startsWith("1. "));
    }

    @Test
    void reconstructionTabShowsGfreOverEveryOrderedPair(FxRobot robot) throws Exception {
        ReconstructionTab tab = tab(ReconstructionTab.class);
        computeAndWait(robot, tab);
        HeatMap gfre = tab.gfreView().figure().heatMaps().get(0);
        assertEquals(3, gfre.columns());
        long empty = Arrays.stream(gfre.values()).flatMapToDouble(Arrays::stream).filter(Double::isNaN).count();
        assertEquals(3, empty, "only the diagonal (a descriptor against itself) stays empty");
        assertTrue(Arrays.stream(gfre.values()).flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v)).allMatch(v -> v >= 0));
    }

    @Test
    void sensitivityTabFindsAtLeastTheSixRigidMotionZeroModesInEveryEnvironment(FxRobot robot) throws Exception {
        SensitivityTab tab = tab(SensitivityTab.class);
        computeAndWait(robot, tab);
        assertEquals(3 * 10, tab.spectraView().figure().series().size(), "one line per environment and descriptor");
        String text = tab.statusLabel().getText();
        assertTrue(text.startsWith("10 environments; zero modes per environment under the reference: ["), text);
        int[] zeroModes = Arrays.stream(text.substring(text.indexOf('[') + 1, text.indexOf(']')).split(", "))
                .mapToInt(Integer::parseInt).toArray();
        assertEquals(10, zeroModes.length);
        // translations and rotations leave every environment's descriptor unchanged: at least six zero modes
        assertTrue(Arrays.stream(zeroModes).allMatch(z -> z >= 6), text);
        assertEquals(SensitivitySpectrumView.Panel.AGAINST_REFERENCE, tab.scatterView().panelProperty().get());
        assertFalse(tab.scatterView().figure().series().isEmpty());
    }

    @Test
    void aSingleEnvironmentPickedInAPlotIsShownAloneInThePairView(FxRobot robot) {
        robot.interact(() -> model.environmentProperty().set(new WorkbenchModel.EnvironmentSelection(1, 5)));
        assertEquals(5, window.pairPanel().pairView().first().getEnvironment().centreAtom());
        assertEquals(null, window.pairPanel().pairView().second().getEnvironment());
        assertTrue(window.pairPanel().distanceTable().getItems().isEmpty());
    }

    @Test
    void perturbationTabShowsARadialSlopeOfOneForEveryDescriptor(FxRobot robot) throws Exception {
        PerturbationTab tab = tab(PerturbationTab.class);
        computeAndWait(robot, tab);
        List<String> names = tab.curvesView().figure().series().stream().map(s -> s.name()).toList();
        assertEquals(3, names.size(), names.toString());
        for (String name : names) {
            assertTrue(name.endsWith("(slope 1.00)"), name);
        }
    }

    @Test
    void radialBasisTabShowsAFallingResidualVarianceAndQMaxRadialFunctions(FxRobot robot) throws Exception {
        RadialBasisTab tab = tab(RadialBasisTab.class);
        computeAndWait(robot, tab);
        Figure rv = tab.residualView().figure();
        assertEquals(3 + 1, rv.series().size(), "one curve per l = 0..2 and the total");
        for (var s : rv.series()) {
            assertEquals(1.0, s.y()[0], 1e-12, s.name() + " starts at RV(0) = 1");
            for (int q = 1; q < s.y().length; q++) {
                assertTrue(s.y()[q] <= s.y()[q - 1], s.name() + " never rises");
            }
        }
        assertEquals(List.of("R1(r)", "R2(r)", "R3(r)"), tab.functionsView().figure().series().stream().map(s -> s.name()).toList(),
                "q_max = 4 by default, lowered to the reference's n_max = 3");
        assertEquals(5, tab.speciesChoice().getItems().size(), "one neighbour species per element of the quinary liquid");
        assertTrue(tab.statusLabel().getText().startsWith("fitted on "), tab.statusLabel().getText());
        tab.exportMenu("residual").setFileChooser((format, name) -> dir.resolve(name));
        robot.interact(() -> tab.exportMenu("residual").export(FigureExport.Format.CSV));
        assertTrue(Files.readAllLines(dir.resolve("residual-variance.csv")).size() > 4);
    }

    @Test
    void theCentreChooserTakesCentreSpeciesAndTheStructuresSelectedInTheTable(FxRobot robot) throws Exception {
        robot.interact(() -> window.table().getSelectionModel().clearAndSelect(1));
        robot.clickOn("#centres-selected-structures");
        assertEquals(List.of(1), model.centresProperty().get().structures());
        robot.interact(() -> {
            TextField species = robot.lookup("#centres-species").queryAs(TextField.class);
            species.setText("fe, Cu");
            species.fireEvent(new javafx.event.ActionEvent());
        });
        CentreChoice c = model.centresProperty().get();
        assertEquals(List.of(26, 29), c.species());
        assertEquals(List.of(1), c.structures());
        Path file = dir.resolve("centres.json");
        robot.interact(() -> {
            try {
                window.saveSession(file);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            model.centresProperty().set(CentreChoice.DEFAULT);
            window.openSession(file);
        });
        assertEquals(c, model.centresProperty().get());
        var centres = c.resolve(model.datasets().datasetProperty().get());
        assertTrue(centres.size() > 0 && Arrays.stream(centres.structureOfRow()).allMatch(s -> s == 1));
    }

    @Test
    void pairsSelectedWithAShiftDragBecomeTheCentres(FxRobot robot) throws Exception {
        CorrelationTab tab = tab(CorrelationTab.class);
        computeAndWait(robot, tab);
        var chart = tab.view().chart().orElseThrow().chart();
        javafx.geometry.Point2D[] corners = new javafx.geometry.Point2D[2];
        robot.interact(() -> {
            var x = (io.fair_acc.chartfx.axes.spi.AbstractAxis) chart.getXAxis();
            var y = (io.fair_acc.chartfx.axes.spi.AbstractAxis) chart.getYAxis();
            double x0 = x.getMin() + 0.02 * (x.getMax() - x.getMin());
            double x1 = x.getMax() - 0.02 * (x.getMax() - x.getMin());
            double y0 = y.getMin() + 0.02 * (y.getMax() - y.getMin());
            double y1 = y.getMax() - 0.02 * (y.getMax() - y.getMin());
            corners[0] = chart.getCanvas().localToScreen(x.getDisplayPosition(x0), y.getDisplayPosition(y1));
            corners[1] = chart.getCanvas().localToScreen(x.getDisplayPosition(x1), y.getDisplayPosition(y0));
        });
        robot.press(javafx.scene.input.KeyCode.SHIFT);
        try {
            robot.drag(corners[0], javafx.scene.input.MouseButton.PRIMARY).dropTo(corners[1]);
        } finally {
            robot.release(javafx.scene.input.KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents(5);
        List<org.descriptorworkbench.plots.EnvironmentPair> picked = tab.selectedPairs();
        assertTrue(picked.size() > 5, "the rectangle over the whole plot holds many pairs, got " + picked.size());
        assertEquals(picked.get(0).i(), model.pairProperty().get().i(), "the first selected pair is shown in the pair view");
        robot.clickOn("#correlation-use-selection");
        CentreChoice centres = model.centresProperty().get();
        var rows = model.pairProperty().get().rows();
        java.util.Set<CentreChoice.Atom> expected = new java.util.HashSet<>();
        for (var p : picked) {
            expected.add(new CentreChoice.Atom(rows.structureIndex(p.i()), rows.atomIndex(p.i())));
            expected.add(new CentreChoice.Atom(rows.structureIndex(p.j()), rows.atomIndex(p.j())));
        }
        assertEquals(expected, new java.util.HashSet<>(centres.environments()));
        assertEquals(expected.size(), centres.resolve(model.datasets().datasetProperty().get()).size());
        assertTrue(robot.lookup("#centres-explicit").queryAs(Label.class).getText()
                .startsWith(expected.size() + " environments picked in a plot"));
    }

    @Test
    void aSavedSessionRestoresTheWindowLayout(FxRobot robot) throws Exception {
        Path file = dir.resolve("layout.json");
        robot.interact(() -> window.restoreLayout(new org.descriptorworkbench.gui.session.Session.Layout(1100, 700,
                List.of(0.36, 0.62), List.of(0.35), List.of(0.55), "complexity", "pair-tab")));
        awaitWindowSize(1100, 700);
        AtomicReference<org.descriptorworkbench.gui.session.Session.Layout> saved = new AtomicReference<>();
        robot.interact(() -> {
            saved.set(window.layout());
            try {
                window.saveSession(file);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            window.restoreLayout(new org.descriptorworkbench.gui.session.Session.Layout(1000, 650, List.of(0.45, 0.75),
                    List.of(0.5), List.of(0.8), "correlation", "structure-tab"));
        });
        awaitWindowSize(1000, 650);
        assertEquals("correlation", window.layout().analysisTab());
        assertEquals(0.5, window.layout().leftDividers().get(0), 0.01);
        assertEquals(0.8, window.layout().rightDividers().get(0), 0.01);
        robot.interact(() -> window.openSession(file));
        awaitWindowSize(1100, 700);
        var layout = window.layout();
        assertEquals(1100, layout.width(), 1);
        assertEquals(700, layout.height(), 1);
        // the panes' minimum widths may move a divider from what was asked; what was saved comes back
        for (int i = 0; i < 2; i++) {
            assertEquals(saved.get().mainDividers().get(i), layout.mainDividers().get(i), 0.005);
        }
        assertEquals(0.35, layout.leftDividers().get(0), 0.01);
        assertEquals(0.55, saved.get().rightDividers().get(0), 0.01);
        assertEquals(0.55, layout.rightDividers().get(0), 0.01);
        assertEquals("complexity", layout.analysisTab());
        assertEquals("pair-tab", layout.viewTab());
    }

    /** The window system applies a requested size asynchronously; wait for it and for the layout after it. */
    private void awaitWindowSize(double width, double height) throws Exception {
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
            var now = window.layout();
            return Math.abs(now.width() - width) < 1 && Math.abs(now.height() - height) < 1;
        });
        // dividers are set again for a second after a restore, on every size change
        Thread.sleep(1200);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStructureTableShowsInfoKeysAsColumnsAndFiltersBySpecies(FxRobot robot) {
        var table = window.table();
        assertTrue(table.getColumns().stream().anyMatch(c -> "info-temperature".equals(c.getId())));
        assertEquals(2, table.getItems().size());
        robot.interact(() -> robot.lookup("#filter-species").queryAs(TextField.class).setText("Fe Cu"));
        assertEquals(2, table.getItems().size());
        robot.interact(() -> robot.lookup("#filter-species").queryAs(TextField.class).setText("O"));
        assertEquals(0, table.getItems().size());
        robot.interact(() -> {
            robot.lookup("#filter-species").queryAs(TextField.class).setText("");
            robot.lookup("#filter-text").queryAs(TextField.class).setText("1");
        });
        assertEquals(1, table.getItems().size());
    }

    @Test
    void theDescriptorFormRejectsAnInvalidValueWithTheParsersMessage(FxRobot robot) {
        robot.clickOn("#descriptor-add");
        TextField nMax = robot.lookup("#param-n_max").queryAs(TextField.class);
        robot.interact(() -> nMax.setText("0"));
        String spec = robot.lookup("#spec-text").queryAs(TextField.class).getText();
        String expected = org.junit.jupiter.api.Assertions.assertThrows(WorkbenchException.class,
                () -> DescriptorCatalog.parse(spec)).getMessage();
        assertEquals(expected, robot.lookup("#spec-error").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#descriptor-form-ok").queryAs(Button.class).isDisabled());
        robot.interact(() -> nMax.setText("4"));
        assertEquals("", robot.lookup("#spec-error").queryAs(Label.class).getText());
        robot.clickOn("Cancel");
    }

    @Test
    void theTaskBarCancelsALongTask(FxRobot robot) throws Exception {
        AtomicReference<TaskState> end = new AtomicReference<>();
        model.tasks().submit("long wait", p -> {
            while (true) {
                p.checkCancelled();
                Thread.sleep(5);
            }
        }).whenComplete((r, e) -> end.set(model.tasks().entries().get(0).handle().state()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.tasks().entries().isEmpty()
                && model.tasks().entries().get(0).stateProperty().get() == TaskState.RUNNING);
        robot.clickOn(".task-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> end.get() != null);
        assertEquals(TaskState.CANCELLED, end.get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("cancelled", model.tasks().entries().get(0).detailProperty().get());
    }

    @Test
    void aSavedSessionRestoresTheDescriptorSetCentresAndParameters(FxRobot robot) throws Exception {
        Path file = dir.resolve("session.json");
        robot.interact(() -> {
            try {
                window.saveSession(file);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertFalse(model.dirtyProperty().get());
        var saved = List.copyOf(model.descriptors().specs());
        robot.interact(() -> {
            model.descriptors().remove(2);
            model.centresProperty().set(new CentreChoice(true, 3, 0));
        });
        assertTrue(model.dirtyProperty().get());
        robot.interact(() -> window.openSession(file));
        assertEquals(saved, List.copyOf(model.descriptors().specs()));
        assertEquals(new CentreChoice(false, ENVIRONMENTS, 1), model.centresProperty().get());
        assertTrue(Files.readString(file).contains("\"imbalance\" : {"));
    }
}
