package org.descriptorworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.descriptorworkbench.gui.analysis.AnalysisTab;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.dataset.OpenDataset;
import org.descriptorworkbench.gui.dataset.StructureRow;
import org.descriptorworkbench.gui.dataset.TestDatasets;
import org.descriptorworkbench.gui.session.RecentSessions;
import org.descriptorworkbench.gui.session.ScratchRecentSessions;
import org.descriptorworkbench.io.StructureFormatException;
import org.descriptorworkbench.structure.Dataset;
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
 * Several datasets open in the main window, driven like a user would, headless under Monocle: a
 * three-structure dataset (small.extxyz) and a one-structure one (methane.xyz), read off the JavaFX thread.
 */
@ExtendWith(ApplicationExtension.class)
class SeveralDatasetsTest {
    private final ScratchRecentSessions recent = new ScratchRecentSessions();
    private static final Path SMALL = Path.of("/data/small.extxyz");
    private static final Path METHANE = Path.of("/data/methane.xyz");

    private final Map<Path, Dataset> files = Map.of(SMALL, TestDatasets.small(SMALL.toString()),
            METHANE, new Dataset(METHANE.toString(), List.of(TestDatasets.small("x").get(1))));
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-reader");
        t.setDaemon(true);
        return t;
    });
    private DatasetViewModel model;
    private MainWindow window;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage primary) {
        stage = primary;
        model = new DatasetViewModel(this::read, reader, Platform::runLater);
        window = new MainWindow(model, stage, recent.list());
        stage.setScene(new Scene(window.root(), 1000, 700));
        stage.show();
    }

    private Dataset read(Path file) throws NoSuchFileException {
        if (file.getFileName().toString().equals("broken.extxyz")) {
            throw new StructureFormatException(file.toString(), 7, "expected 3 coordinates, got \"1.0 abc\"");
        }
        Dataset d = files.get(file);
        if (d == null) {
            throw new NoSuchFileException(file.toString());
        }
        return d;
    }

    @BeforeEach
    void openBoth() throws Exception {
        open(SMALL);
        open(METHANE);
    }

    @AfterEach
    void stopReader() {
        recent.remove();
        reader.shutdownNow();
    }

    @Test
    void openingTwoFilesListsBothAndTheSecondIsActive(FxRobot robot) {
        ListView<OpenDataset> list = openList(robot);
        assertEquals(List.of("small.extxyz — 3 frames, 16 atoms", "methane.xyz — 1 frame, 5 atoms"),
                list.getItems().stream().map(OpenDataset::summary).toList());
        assertEquals("methane.xyz", list.getSelectionModel().getSelectedItem().name());
        assertEquals(List.of("CH4"), tableFormulas());
        assertEquals("methane.xyz — structure 0 (CH4) — Descriptor Workbench", stage.getTitle().replace("• ", ""));
    }

    @Test
    void eachLineOfTheListHasTheFullPathAsTooltip(FxRobot robot) {
        ListCell<?> cell = (ListCell<?>) listCellStartingWith(robot, "methane.xyz");
        assertEquals(METHANE.toAbsolutePath().normalize().toString(), cell.getTooltip().getText());
    }

    @Test
    void choosingTheFirstDatasetInTheListShowsItsStructures(FxRobot robot) {
        robot.clickOn(listCellStartingWith(robot, "small.extxyz"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("H2O", "CH4", "Si8"), tableFormulas());
        assertEquals("small.extxyz", model.datasetNameProperty().get());
        assertEquals(SMALL.toString(), model.datasetProperty().get().source());
    }

    @Test
    void closeDatasetFromTheMenuActivatesTheOther(FxRobot robot) {
        robot.clickOn("File").clickOn("Close dataset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("small.extxyz"), openNames(robot));
        assertEquals(List.of("H2O", "CH4", "Si8"), tableFormulas());
        assertEquals("small.extxyz", openList(robot).getSelectionModel().getSelectedItem().name());
    }

    @Test
    void closingEveryDatasetEmptiesTheTableAndTheAnalysesAskForADataset(FxRobot robot) {
        robot.interact(() -> {
            model.openDatasets().closeActive();
            model.openDatasets().closeActive();
        });
        assertEquals(List.of(), openNames(robot));
        assertEquals(List.of(), tableFormulas());
        AnalysisTab first = window.analysisTabs().get(0);
        robot.interact(first::startCompute);
        assertEquals("open a dataset first", first.statusLabel().getText());
    }

    @Test
    void openingAFileThatIsOpenActivatesItWithoutListingItTwice(FxRobot robot) throws Exception {
        robot.interact(() -> model.open(Path.of("/data/../data/small.extxyz")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("small.extxyz", "methane.xyz"), openNames(robot));
        assertEquals("small.extxyz", openList(robot).getSelectionModel().getSelectedItem().name());
        assertEquals(List.of("H2O", "CH4", "Si8"), tableFormulas());
    }

    @Test
    void aMalformedFileLeavesTheOpenDatasetsAsTheyWere(FxRobot robot) throws Exception {
        robot.interact(() -> model.open(Path.of("/data/broken.extxyz")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#load-error").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#load-error").queryAs(DialogPane.class);
        assertEquals("/data/broken.extxyz:7: expected 3 coordinates, got \"1.0 abc\"", dialog.getContentText());
        robot.interact(() -> dialog.getScene().getWindow().hide());
        assertEquals(List.of("small.extxyz", "methane.xyz"), openNames(robot));
        assertEquals("methane.xyz", model.datasetNameProperty().get());
    }

    @Test
    void aSessionWithTwoDatasetsRestoresBothAndTheActiveOne(FxRobot robot) throws Exception {
        Path file = dir.resolve("two.json");
        robot.interact(() -> {
            model.openDatasets().activate(model.openDatasets().list().get(0));
            try {
                window.saveSession(file);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            model.openDatasets().closeActive();
            model.openDatasets().closeActive();
        });
        assertTrue(window.workbench().dirtyProperty().get());
        robot.interact(() -> window.openSession(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.openDatasets().list().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("small.extxyz", "methane.xyz"), openNames(robot));
        assertEquals("small.extxyz", openList(robot).getSelectionModel().getSelectedItem().name());
        assertEquals(List.of("H2O", "CH4", "Si8"), tableFormulas());
        assertFalse(window.workbench().dirtyProperty().get(), "the restored state is the saved one");
    }

    @Test
    void aSessionRoundTripInATestLeavesTheUsersRecentSessionsAsTheyWere(FxRobot robot) throws Exception {
        java.util.prefs.Preferences real = RecentSessions.applicationNode();
        Map<String, String> before = contentOf(real);
        Path file = dir.resolve("round-trip.json");
        robot.interact(() -> {
            try {
                window.saveSession(file);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            window.openSession(file);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(file.toAbsolutePath().normalize()), recent.list().list(), "the window's own list has it");
        assertEquals(before, contentOf(real));
    }

    private static Map<String, String> contentOf(java.util.prefs.Preferences node) throws Exception {
        node.sync();
        Map<String, String> content = new java.util.TreeMap<>();
        for (String key : node.keys()) {
            content.put(key, node.get(key, null));
        }
        return content;
    }

    @Test
    void aSessionFileOfTheSingleDatasetFormatStillOpens(FxRobot robot) throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, """
                { "version" : 1, "dataset" : "/data/methane.xyz",
                  "descriptors" : [ "soap(r_cut=4, n_max=3, l_max=2, sigma=0.5)" ],
                  "reference" : "soap(r_cut=4, n_max=3, l_max=2, sigma=0.5)",
                  "centres" : { "all" : false, "count" : 2000, "seed" : 0 }, "analyses" : { } }
                """);
        robot.interact(() -> window.openSession(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.openDatasets().list().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("methane.xyz"), openNames(robot));
        assertEquals(List.of("CH4"), tableFormulas());
    }

    private void open(Path file) throws Exception {
        int before = model.openDatasets().list().size();
        Platform.runLater(() -> model.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !model.loadingProperty().get() && model.openDatasets().list().size() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ListView<OpenDataset> openList(FxRobot robot) {
        return robot.lookup("#open-datasets").queryAs(ListView.class);
    }

    private static List<String> openNames(FxRobot robot) {
        return openList(robot).getItems().stream().map(OpenDataset::name).toList();
    }

    private List<String> tableFormulas() {
        return window.table().getItems().stream().map(StructureRow::formula).toList();
    }

    private static Node listCellStartingWith(FxRobot robot, String text) {
        return robot.lookup("#open-datasets .list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && c.getText() != null && c.getText().startsWith(text)).query();
    }
}
