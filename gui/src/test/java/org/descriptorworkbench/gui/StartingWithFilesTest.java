package org.descriptorworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import org.descriptorworkbench.gui.dataset.OpenDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The application started as {@code workbench a.extxyz b.extxyz missing.extxyz} would start it, on the sample files. */
class StartingWithFilesTest {
    private static final Path SAMPLES = Path.of(System.getProperty("dwb.repo", "..")).resolve("sample-data");
    private Application application;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void opensEveryReadableFileInOrderWithTheLastActiveAndReportsTheMissingOne() throws Exception {
        String missing = SAMPLES.resolve("missing.extxyz").toString();
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(WorkbenchApplication.class, SAMPLES.resolve("g2_162.extxyz").toString(),
                missing, SAMPLES.resolve("si_phases.extxyz").toString());
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#load-error").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#load-error").queryAs(DialogPane.class);
        assertEquals(missing + ": no such file", dialog.getContentText());
        @SuppressWarnings("unchecked")
        ListView<OpenDataset> open = robot.lookup("#open-datasets").queryAs(ListView.class);
        assertEquals(List.of("g2_162.extxyz", "si_phases.extxyz"), open.getItems().stream().map(OpenDataset::name).toList());
        assertEquals("si_phases.extxyz", open.getSelectionModel().getSelectedItem().name());
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }
}
