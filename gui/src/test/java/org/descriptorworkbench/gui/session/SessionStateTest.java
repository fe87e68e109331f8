package org.descriptorworkbench.gui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.dataset.OpenDataset;
import org.descriptorworkbench.gui.dataset.TestDatasets;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.gui.features.CentreChoice;
import org.descriptorworkbench.gui.task.TaskBarModel;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions with several open datasets, captured from and applied to a workbench state without a
 * JavaFX toolkit; "files" are those of the test's reader, which knows only the files it was given.
 */
class SessionStateTest {
    @TempDir
    Path dir;

    private final TaskExecutor executor = new TaskExecutor("session-state-test", 1);
    private final List<Path> readable = new ArrayList<>(List.of(Path.of("/data/a.extxyz"), Path.of("/data/b.extxyz"),
            Path.of("/data/c.extxyz")));
    private final List<String> failures = new ArrayList<>();

    @AfterEach
    void stopTasks() {
        executor.close();
    }

    private WorkbenchModel workbench() {
        DatasetViewModel datasets = new DatasetViewModel(this::read, Runnable::run, Runnable::run);
        datasets.setOnLoadFailed(failures::add);
        return new WorkbenchModel(datasets, DescriptorSetModel.withDefaults(), new TaskBarModel(executor, Runnable::run),
                Runnable::run);
    }

    private Dataset read(Path file) throws NoSuchFileException {
        if (!readable.contains(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return TestDatasets.small(file.toString());
    }

    private static List<String> openFiles(WorkbenchModel model) {
        return model.datasets().openDatasets().list().stream().map(e -> e.file().toString()).toList();
    }

    private static String activeFile(WorkbenchModel model) {
        OpenDataset active = model.datasets().openDatasets().activeProperty().get();
        return active == null ? null : active.file().toString();
    }

    private Session roundTrip(WorkbenchModel model) throws Exception {
        Path file = dir.resolve("session.json");
        SessionFiles.write(SessionState.capture(model, List.of(), null), file);
        return SessionFiles.read(file);
    }

    @Test
    void restoresEveryOpenDatasetInOrderAndTheActiveOne() throws Exception {
        WorkbenchModel saved = workbench();
        for (String f : List.of("/data/a.extxyz", "/data/b.extxyz", "/data/c.extxyz")) {
            saved.datasets().open(Path.of(f));
        }
        saved.datasets().openDatasets().activate(saved.datasets().openDatasets().list().get(1));
        Session session = roundTrip(saved);

        WorkbenchModel restored = workbench();
        List<String> done = new ArrayList<>();
        SessionState.apply(session, restored, List.of(), () -> done.add("restored"));
        assertEquals(List.of("/data/a.extxyz", "/data/b.extxyz", "/data/c.extxyz"), openFiles(restored));
        assertEquals("/data/b.extxyz", activeFile(restored));
        assertEquals(List.of("restored"), done);
    }

    @Test
    void restoringReplacesTheOpenDatasetsWithTheSessions() throws Exception {
        WorkbenchModel saved = workbench();
        saved.datasets().open(Path.of("/data/b.extxyz"));
        Session session = roundTrip(saved);
        WorkbenchModel model = workbench();
        model.datasets().open(Path.of("/data/a.extxyz"));
        model.datasets().open(Path.of("/data/c.extxyz"));
        SessionState.apply(session, model, List.of(), () -> { });
        assertEquals(List.of("/data/b.extxyz"), openFiles(model));
        assertEquals("/data/b.extxyz", activeFile(model));
    }

    @Test
    void aDatasetWhoseFileIsGoneIsReportedInOneLineAndTheOthersStillOpen() throws Exception {
        WorkbenchModel saved = workbench();
        saved.datasets().open(Path.of("/data/a.extxyz"));
        saved.datasets().open(Path.of("/data/b.extxyz"));
        Session session = roundTrip(saved);
        readable.remove(Path.of("/data/b.extxyz"));
        WorkbenchModel restored = workbench();
        SessionState.apply(session, restored, List.of(), () -> { });
        assertEquals(List.of("/data/b.extxyz: no such file"), failures);
        assertEquals(List.of("/data/a.extxyz"), openFiles(restored));
        assertEquals("/data/a.extxyz", activeFile(restored), "the first open one stands in for the missing active one");
    }

    @Test
    void restoresTheCentreStructuresOfTheSessionAfterTheActiveDatasetChanged() throws Exception {
        WorkbenchModel saved = workbench();
        saved.datasets().open(Path.of("/data/a.extxyz"));
        saved.datasets().open(Path.of("/data/b.extxyz"));
        CentreChoice choice = new CentreChoice(false, 50, 1, List.of(14), List.of(2), List.of());
        saved.centresProperty().set(choice);
        Session session = roundTrip(saved);
        WorkbenchModel model = workbench();
        model.datasets().open(Path.of("/data/a.extxyz"));
        model.datasets().open(Path.of("/data/c.extxyz"));
        SessionState.apply(session, model, List.of(), () -> { });
        assertEquals(choice, model.centresProperty().get());
    }

    @Test
    void anOldSessionWithOneDatasetOpensIt() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, """
                { "version" : 1, "dataset" : "/data/c.extxyz",
                  "descriptors" : [ "soap(r_cut=4, n_max=3, l_max=2, sigma=0.5)" ],
                  "reference" : "soap(r_cut=4, n_max=3, l_max=2, sigma=0.5)",
                  "centres" : { "all" : true, "count" : 2000, "seed" : 0 }, "analyses" : { } }
                """);
        WorkbenchModel model = workbench();
        SessionState.apply(SessionFiles.read(file), model, List.of(), () -> { });
        assertEquals(List.of("/data/c.extxyz"), openFiles(model));
        assertEquals("/data/c.extxyz", activeFile(model));
        assertTrue(model.centresProperty().get().all());
        assertFalse(model.descriptors().specs().isEmpty());
    }
}
