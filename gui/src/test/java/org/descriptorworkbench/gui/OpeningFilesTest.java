package org.descriptorworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.session.ScratchRecentSessions;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.io.StructureFormatException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window with the compute core's readers, as the application wires it, on real files. */
@ExtendWith(ApplicationExtension.class)
class OpeningFilesTest {
    private final ScratchRecentSessions recent = new ScratchRecentSessions();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-reader");
        t.setDaemon(true);
        return t;
    });
    private DatasetViewModel model;
    private Stage stage;

    @TempDir
    Path folder;

    @Start
    void start(Stage primary) {
        stage = primary;
        model = new DatasetViewModel(StructureFiles::read, reader, Platform::runLater);
        MainWindow window = new MainWindow(model, stage, recent.list());
        stage.setScene(new Scene(window.root(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void stopReader() {
        recent.remove();
        reader.shutdownNow();
    }

    @Test
    void opensTheBundledSampleDataset() throws Exception {
        Path sample = Path.of(System.getProperty("dwb.repo", "..")).resolve("sample-data/quinary_liquid.extxyz");
        Platform.runLater(() -> model.open(sample));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(200, model.rows().size());
        assertEquals("liquid5", model.rows().get(0).configType());
        assertEquals("quinary_liquid.extxyz — structure 0 (Al26Cu25Fe25Mg26Si26) — Descriptor Workbench", stage.getTitle());
    }

    @Test
    void showsTheReadersOneLineMessageForAMalformedFile(FxRobot robot) throws Exception {
        Path broken = folder.resolve("broken.extxyz");
        Files.writeString(broken, "2\nProperties=species:S:1:pos:R:3\nSi 0.0 0.0 0.0\nSi 1.0 abc 0.0\n");
        String expected = assertThrows(StructureFormatException.class, () -> StructureFiles.read(broken)).getMessage();

        robot.interact(() -> model.open(broken));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#load-error").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#load-error").queryAs(DialogPane.class);
        assertEquals(expected, dialog.getContentText());
        assertTrue(expected.startsWith(broken + ":4:"), "the reader names file and line: " + expected);
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void namesTheSupportedFormatsForAnUnknownFileType(FxRobot robot) throws IOException, Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "hello\n");
        robot.interact(() -> model.open(notes));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#load-error").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#load-error").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("extended XYZ"), dialog.getContentText());
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }
}
