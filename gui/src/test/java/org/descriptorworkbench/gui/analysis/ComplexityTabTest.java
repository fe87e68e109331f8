package org.descriptorworkbench.gui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.gui.MainWindow;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.dataset.TestDatasets;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.gui.session.ScratchRecentSessions;
import org.descriptorworkbench.gui.task.TaskBarModel;
import org.descriptorworkbench.plots.export.FigureExport;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The complexity tab driven as a user would, headless under Monocle: the seed 004 moments family of a
 * small SOAP with M = 1 on the first 12 frames of the quinary liquid sample.
 */
@ExtendWith(ApplicationExtension.class)
class ComplexityTabTest {
    private final ScratchRecentSessions recent = new ScratchRecentSessions();
    private static final int FRAMES = 12;

    @TempDir
    Path dir;

    private final TaskExecutor executor = new TaskExecutor("gui-test-task", 2);
    private MainWindow window;
    private WorkbenchModel model;

    @Start
    void start(Stage stage) {
        Dataset frames = TestDatasets.liquidFrames("frames.extxyz", FRAMES);
        DatasetViewModel datasets = new DatasetViewModel(file -> frames, Executors.newSingleThreadExecutor(), Platform::runLater);
        DescriptorSetModel set = new DescriptorSetModel();
        set.add(DescriptorCatalog.parse("soap(r_cut=4, n_max=3, l_max=2, sigma=0.5, compression=mu1nu1)"));
        model = new WorkbenchModel(datasets, set, new TaskBarModel(executor, Platform::runLater), Platform::runLater);
        window = new MainWindow(model, stage, recent.list());
        stage.setScene(new Scene(window.root(), 1260, 780));
        stage.show();
        datasets.open(Path.of("frames.extxyz"));
    }

    @AfterEach
    void stopTasks() {
        recent.remove();
        executor.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void placesEveryMomentsDescriptorOfOrderOneAgainstTheLargestConcatenation(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.datasets().datasetProperty().get() != null);
        ComplexityTab tab = window.analysisTabs().stream().filter(ComplexityTab.class::isInstance)
                .map(ComplexityTab.class::cast).findFirst().orElseThrow();
        robot.interact(() -> {
            window.analysisTabPane().getSelectionModel().select(tab);
            robot.lookup("#complexity-order").queryAs(Spinner.class).getValueFactory().setValue(1);
        });
        robot.clickOn("#complexity-compute");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !tab.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tab.statusLabel().getStyle().contains("b00020"), "failed: " + tab.statusLabel().getText());
        // M = 1: Σ_010, Σ_100..102, Σ_110..112 and Σ_114; Σ_115 is the reference
        String status = tab.statusLabel().getText();
        assertTrue(status.startsWith("9 moments descriptors (M = 1) on the first 12 structures, k = 1, against Σ_115 — on frames.extxyz"),
                status);
        Figure plane = tab.planeView().figure();
        List<String> labels = plane.series().stream().filter(s -> s.pointLabels() != null)
                .flatMap(s -> List.of(s.pointLabels()).stream()).toList();
        assertEquals(8, labels.size(), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.contains("RIM(Σ_114 → Σ_115)")), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.contains("RIM(Σ_115 → Σ_115)")), "the reference is not placed against itself");
        tab.exportMenu().setFileChooser((format, name) -> dir.resolve(name));
        robot.interact(() -> tab.exportMenu().export(FigureExport.Format.CSV));
        assertTrue(Files.readAllLines(dir.resolve("complexity-rim-plane.csv")).size() > 8);
    }
}
