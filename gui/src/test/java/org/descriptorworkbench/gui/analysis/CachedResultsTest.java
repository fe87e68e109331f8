package org.descriptorworkbench.gui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.descriptorworkbench.cache.FeatureCache;
import org.descriptorworkbench.cache.ResultJson;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.gui.MainWindow;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.dataset.TestDatasets;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.gui.features.CentreChoice;
import org.descriptorworkbench.gui.session.ScratchRecentSessions;
import org.descriptorworkbench.gui.task.TaskBarModel;
import org.descriptorworkbench.gui.task.TaskEntry;
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
 * Analysis results cached on disk, headless under Monocle: a workbench computes, then a second one
 * (a restart: new model, window and task executor, same cache directory, same data under the same name)
 * shows the same result without computing it, on Compute or when a saved session is reopened.
 */
@ExtendWith(ApplicationExtension.class)
class CachedResultsTest {
    private static final String NAME = "twelve-frames.extxyz";
    private static final ObjectMapper JSON = ResultJson.newMapper();

    @TempDir
    Path cache;
    @TempDir
    Path dir;

    private final List<TaskExecutor> executors = new ArrayList<>();
    private Stage firstStage;
    private final ScratchRecentSessions recent = new ScratchRecentSessions();

    /** One running workbench, with every task its task bar ever listed (the bar itself drops old finished ones). */
    private record Workbench(WorkbenchModel model, MainWindow window, List<TaskEntry> submitted) {
        <T extends AnalysisTab> T tab(Class<T> type) {
            return window.analysisTabs().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
        }

        List<String> taskTitles() {
            return submitted.stream().map(TaskEntry::title).toList();
        }
    }

    @Start
    void start(Stage stage) {
        firstStage = stage;
    }

    @AfterEach
    void stopTasks() {
        executors.forEach(TaskExecutor::close);
        recent.remove();
    }

    private static Dataset twelveFrames() {
        return TestDatasets.liquidFrames(NAME, 12);
    }

    /** A workbench on {@code stage} (a new one when null) with the test's cache directory, the data open. */
    private Workbench start(FxRobot robot, Stage stage) throws Exception {
        Dataset data = twelveFrames();
        TaskExecutor executor = new TaskExecutor("cached-results-test", 2);
        executors.add(executor);
        Workbench[] made = new Workbench[1];
        robot.interact(() -> {
            Stage s = stage != null ? stage : new Stage();
            DatasetViewModel datasets = new DatasetViewModel(file -> data, Executors.newSingleThreadExecutor(), Platform::runLater);
            DescriptorSetModel set = new DescriptorSetModel();
            for (String c : List.of("off", "mu2", "mu1nu1")) {
                set.add(DescriptorCatalog.parse("soap(r_cut=4, n_max=3, l_max=2, sigma=0.5, compression=" + c + ")"));
            }
            WorkbenchModel model = new WorkbenchModel(datasets, set, new TaskBarModel(executor, Platform::runLater),
                    Platform::runLater, new FeatureCache(cache, FeatureCache.DEFAULT_LIMIT_BYTES));
            model.centresProperty().set(new CentreChoice(false, 30, 1));
            MainWindow window = new MainWindow(model, s, recent.list());
            s.setScene(new Scene(window.root(), 1260, 780));
            s.show();
            datasets.open(Path.of(NAME));
            List<TaskEntry> submitted = new ArrayList<>();
            model.tasks().entries().addListener((javafx.collections.ListChangeListener<TaskEntry>) c -> {
                while (c.next()) {
                    submitted.addAll(c.getAddedSubList());
                }
            });
            made[0] = new Workbench(model, window, submitted);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> made[0].model().datasets().datasetProperty().get() != null);
        robot.interact(() -> made[0].tab(ComplexityTab.class).restoreParameters(Map.of("max_order", 1, "structures", 12)));
        return made[0];
    }

    private static void computeAndWait(FxRobot robot, Workbench w, AnalysisTab tab) throws Exception {
        robot.interact(() -> {
            w.window().analysisTabPane().getSelectionModel().select(tab);
            tab.startCompute();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !tab.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tab.statusLabel().getStyle().contains("b00020"), tab.getId() + " failed: " + tab.statusLabel().getText());
    }

    private static String json(Object result) throws Exception {
        assertNotNull(result, "a result is on show");
        return JSON.writeValueAsString(result);
    }

    @Test
    void everyTabShowsTheSameResultFromTheCacheAfterARestartWithoutComputingIt(FxRobot robot) throws Exception {
        Workbench first = start(robot, firstStage);
        Workbench second = start(robot, null);
        for (AnalysisTab computed : first.window().analysisTabs()) {
            computeAndWait(robot, first, computed);
            assertFalse(computed.statusLabel().getText().contains(WorkbenchModel.LOADED_FROM_CACHE), computed.statusLabel().getText());
            AnalysisTab again = second.tab(computed.getClass());
            int tasksBefore = second.submitted().size();
            computeAndWait(robot, second, again);
            String status = again.statusLabel().getText();
            assertTrue(status.endsWith("(" + WorkbenchModel.LOADED_FROM_CACHE + ")"), again.getId() + ": " + status);
            assertEquals(json(computed.shownResult()), json(again.shownResult()), again.getId() + " shows the same numbers");
            List<TaskEntry> added = second.submitted().subList(tasksBefore, second.submitted().size());
            assertEquals(1, added.size(), again.getId() + ": one task-bar entry, no feature or analysis task: " + second.taskTitles());
            assertEquals(WorkbenchModel.LOADED_FROM_CACHE, added.get(0).messageProperty().get());
        }
        assertTrue(second.tab(ImbalanceTab.class).statusLabel().getText().contains(" — on " + NAME),
                second.tab(ImbalanceTab.class).statusLabel().getText());
        assertFalse(second.tab(PerturbationTab.class).statusLabel().getText().contains(" — on "),
                "the perturbation runs on built-in diamond Si, not on the dataset");
    }

    @Test
    void aCorrelationFromTheCacheStillNamesTheEnvironmentsOfItsPairs(FxRobot robot) throws Exception {
        Workbench first = start(robot, firstStage);
        CorrelationTab computed = first.tab(CorrelationTab.class);
        computeAndWait(robot, first, computed);
        robot.interact(() -> computed.disagreeingPairs().getSelectionModel().select(0));
        WorkbenchModel.PairSelection expected = first.model().pairProperty().get();

        Workbench second = start(robot, null);
        CorrelationTab cached = second.tab(CorrelationTab.class);
        computeAndWait(robot, second, cached);
        robot.interact(() -> cached.disagreeingPairs().getSelectionModel().select(0));
        WorkbenchModel.PairSelection pair = second.model().pairProperty().get();
        assertEquals(expected.rows().structureIndex(expected.i()), pair.rows().structureIndex(pair.i()));
        assertEquals(expected.rows().atomIndex(expected.i()), pair.rows().atomIndex(pair.i()));
        assertEquals(expected.rows().structureIndex(expected.j()), pair.rows().structureIndex(pair.j()));
        assertEquals(expected.rows().atomIndex(expected.j()), pair.rows().atomIndex(pair.j()));
    }

    @Test
    void aReopenedSessionShowsTheImbalancePlaneWithoutAComputeClick(FxRobot robot) throws Exception {
        Workbench first = start(robot, firstStage);
        ImbalanceTab computed = first.tab(ImbalanceTab.class);
        robot.interact(() -> computed.restoreParameters(Map.of("k", 2)));
        computeAndWait(robot, first, computed);
        Path session = dir.resolve("session.dwb.json");
        robot.interact(() -> {
            try {
                first.window().saveSession(session);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });

        Workbench second = start(robot, null);
        ImbalanceTab restored = second.tab(ImbalanceTab.class);
        int tasksBefore = second.submitted().size();
        robot.interact(() -> second.window().openSession(session));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> restored.statusLabel().getText().endsWith("(" + AnalysisTab.RESTORED_FROM_CACHE + ")"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(json(computed.shownResult()), json(restored.shownResult()));
        assertEquals(2, restored.planeView().figure().series().size(), "the plane is drawn: one point per member of the set");
        assertTrue(restored.statusLabel().getText().contains(", k = 2; ") && restored.statusLabel().getText().contains(" — on " + NAME),
                restored.statusLabel().getText());
        assertEquals(tasksBefore, second.submitted().size(), "nothing computed: " + second.taskTitles());
        assertEquals("", second.tab(CorrelationTab.class).statusLabel().getText(), "a tab without a cached result stays empty");
        assertEquals(null, second.tab(CorrelationTab.class).shownResult());
    }

    @Test
    void aTabKeepsItsResultNamingItsDatasetWhenAnotherDatasetBecomesActive(FxRobot robot) throws Exception {
        Workbench w = start(robot, firstStage);
        ReconstructionTab tab = w.tab(ReconstructionTab.class);
        computeAndWait(robot, w, tab);
        Object shown = tab.shownResult();
        robot.interact(() -> w.model().datasets().open(Path.of("other.extxyz")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "other.extxyz".equals(w.model().datasets().datasetNameProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tab.statusLabel().getText().contains(" — on " + NAME), tab.statusLabel().getText());
        assertEquals(shown, tab.shownResult(), "the plot stays until the tab computes again");
    }
}
