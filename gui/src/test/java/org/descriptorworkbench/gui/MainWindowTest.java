package org.descriptorworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.dataset.TestDatasets;
import org.descriptorworkbench.gui.session.ScratchRecentSessions;
import org.descriptorworkbench.io.StructureFormatException;
import org.descriptorworkbench.structure.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window driven like a user would: headless under Monocle (2D; the 3D view may be a placeholder). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final ScratchRecentSessions recent = new ScratchRecentSessions();
    private final Dataset small = TestDatasets.small("/data/small.extxyz");
    private final List<Boolean> readOnFxThread = new CopyOnWriteArrayList<>();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-reader");
        t.setDaemon(true);
        return t;
    });
    private DatasetViewModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        model = new DatasetViewModel(this::read, reader, Platform::runLater);
        window = new MainWindow(model, stage, recent.list());
        stage.setScene(new Scene(window.root(), 1000, 700));
        stage.show();
    }

    private Dataset read(Path file) {
        readOnFxThread.add(Platform.isFxApplicationThread());
        if (file.getFileName().toString().equals("broken.extxyz")) {
            throw new StructureFormatException(file.toString(), 7, "expected 3 coordinates, got \"1.0 abc\"");
        }
        return small;
    }

    @BeforeEach
    void openSmallDataset() throws Exception {
        open(Path.of("/data/small.extxyz"));
    }

    @AfterEach
    void stopReader() {
        recent.remove();
        reader.shutdownNow();
    }

    @Test
    void showBondsInTheViewMenuTurnsBondsOffAndOnInTheStructureAndPairViews() throws Exception {
        javafx.scene.control.CheckMenuItem bonds = (javafx.scene.control.CheckMenuItem)
                ((javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) window.root()).getTop()).getMenus().stream()
                        .flatMap(m -> m.getItems().stream()).filter(i -> "menu-show-bonds".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(bonds.isSelected() && window.structureView().isBondsVisible() && window.pairPanel().pairView().isBondsVisible());
        WaitForAsyncUtils.asyncFx(() -> bonds.setSelected(false)).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(false, false, false), List.of(window.structureView().isBondsVisible(),
                window.pairPanel().pairView().first().isBondsVisible(), window.pairPanel().pairView().second().isBondsVisible()));
    }

    @Test
    void readsTheFileOffTheJavaFxThread() {
        assertEquals(List.of(false), readOnFxThread);
    }

    @Test
    void showsOneRowPerStructureAndSelectsTheFirst() {
        assertEquals(3, window.table().getItems().size());
        assertEquals("small.extxyz — structure 0 (H2O) — Descriptor Workbench", stage.getTitle());
        assertSame(small.get(0), window.structureView().getStructure());
    }

    @Test
    void clickingARowSelectsThatStructureEverywhere(FxRobot robot) {
        robot.clickOn(cellWithText(robot, "CH4"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.selectedIndexProperty().get());
        assertSame(small.get(1), model.selectedStructureProperty().get());
        assertSame(small.get(1), window.structureView().getStructure());
        assertEquals("small.extxyz — structure 1 (CH4) — Descriptor Workbench", stage.getTitle());
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().endsWith("selected: structure 1, CH4, 5 atoms"));
    }

    @Test
    void sortingByAtomCountKeepsRowsTiedToTheirStructures(FxRobot robot) {
        robot.clickOn("Atoms").clickOn("Atoms"); // second click: descending
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Si8", window.table().getItems().get(0).formula());
        robot.clickOn(cellWithText(robot, "Si8"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, model.selectedIndexProperty().get());
        assertSame(small.get(2), window.structureView().getStructure());
    }

    @Test
    void showsTheReadersMessageWhenAFileIsMalformed(FxRobot robot) throws Exception {
        robot.interact(() -> model.open(Path.of("/data/broken.extxyz")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#load-error").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#load-error").queryAs(DialogPane.class);
        assertEquals("/data/broken.extxyz:7: expected 3 coordinates, got \"1.0 abc\"", dialog.getContentText());
        assertEquals("small.extxyz", model.datasetNameProperty().get()); // the shown dataset stays
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void resetViewFromTheMenuReframesTheStructure(FxRobot robot) {
        double framed = window.structureView().cameraDistance();
        robot.interact(() -> window.structureView().zoomBy(0.5));
        robot.clickOn("View").clickOn("Reset view");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(framed, window.structureView().cameraDistance(), 1e-9);
    }

    @Test
    void shows3DWhereSupportedAndOtherwiseAPlaceholder(FxRobot robot) {
        boolean supported = Platform.isSupported(ConditionalFeature.SCENE3D);
        assertEquals(supported, window.structureView().isShowing3D());
        if (!supported) {
            Label placeholder = robot.lookup(".structure-view-placeholder").queryAs(Label.class);
            assertTrue(placeholder.isVisible() && placeholder.getText().startsWith("3D view unavailable"));
        } else {
            assertEquals("", window.structureView().placeholderText());
        }
    }

    private void open(Path file) throws Exception {
        Platform.runLater(() -> model.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !model.loadingProperty().get() && model.datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node cellWithText(FxRobot robot, String text) {
        return robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c && text.equals(c.getText())).query();
    }
}
