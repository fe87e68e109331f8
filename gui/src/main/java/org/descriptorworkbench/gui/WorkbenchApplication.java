package org.descriptorworkbench.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.dataset.SampleDataset;
import org.descriptorworkbench.gui.session.RecentSessions;
import org.descriptorworkbench.io.StructureFiles;

/**
 * The JavaFX application: one main window over a dataset read by the compute core's readers on a
 * background thread. Opens the files given on the command line, in order with the last one active, or
 * else the bundled sample dataset.
 */
public final class WorkbenchApplication extends Application {
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dataset-reader");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void start(Stage stage) {
        DatasetViewModel model = new DatasetViewModel(StructureFiles::read, reader, Platform::runLater);
        MainWindow window = new MainWindow(model, stage, RecentSessions.forApplication());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(window.root(), Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight())));
        stage.show();
        model.openInOrder(initialFiles(getParameters().getRaw()));
    }

    @Override
    public void stop() {
        reader.shutdownNow();
    }

    /** The files named on the command line, in order, else the sample dataset if it can be found. */
    static List<Path> initialFiles(List<String> arguments) {
        return arguments.isEmpty() ? SampleDataset.locate().stream().toList() : arguments.stream().map(Path::of).toList();
    }
}
