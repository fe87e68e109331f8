package org.descriptorworkbench.gui.docs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.descriptorworkbench.gui.MainWindow;
import org.descriptorworkbench.gui.analysis.AnalysisTab;
import org.descriptorworkbench.gui.analysis.CorrelationTab;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.features.CentreChoice;
import org.descriptorworkbench.gui.session.ScratchRecentSessions;
import org.descriptorworkbench.io.StructureFiles;

/**
 * Makes the screenshots of docs/: starts the workbench on a dataset, computes every analysis tab
 * and saves a picture of the window per tab, then clicks the first disagreeing pair and saves the
 * pair view. Run under Xvfb with -Dprism.order=es2 -Dprism.forceGPU=true so the 3D views render:
 * {@code DocsScreenshots <dataset> <out-dir> [environments] [tab-id,tab-id,...]}; with tab ids only those
 * tabs are computed and saved (and not the pair view). Not a test; a tool for the docs.
 */
public final class DocsScreenshots {
    private DocsScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int environments = args.length > 2 ? Integer.parseInt(args[2]) : CentreChoice.DEFAULT.count();
        java.util.Set<String> only = args.length > 3 ? java.util.Set.of(args[3].split(",")) : java.util.Set.of();
        Files.createDirectories(out);
        CompletableFuture<MainWindow> started = new CompletableFuture<>();
        ScratchRecentSessions recent = new ScratchRecentSessions();
        Platform.startup(() -> {
            Stage stage = new Stage();
            DatasetViewModel model = new DatasetViewModel(StructureFiles::read, Executors.newSingleThreadExecutor(),
                    Platform::runLater);
            MainWindow window = new MainWindow(model, stage, recent.list());
            stage.setScene(new Scene(window.root(), 1600, 1000));
            stage.show();
            window.workbench().centresProperty().set(new CentreChoice(false, environments, 0));
            model.open(dataset);
            started.complete(window);
        });
        MainWindow window = started.get(60, TimeUnit.SECONDS);
        waitFor(() -> on(() -> window.workbench().datasets().datasetProperty().get() != null), 120);
        for (AnalysisTab tab : window.analysisTabs()) {
            if (!only.isEmpty() && !only.contains(tab.getId())) {
                continue;
            }
            on(() -> {
                window.analysisTabPane().getSelectionModel().select(tab);
                tab.startCompute();
                return null;
            });
            waitFor(() -> on(() -> !tab.isRunning()), 1200);
            System.out.println(tab.getId() + ": " + on(() -> tab.statusLabel().getText()));
            Thread.sleep(800);
            save(window, out.resolve("tab-" + tab.getId() + ".png"));
        }
        if (!only.isEmpty()) {
            recent.remove();
            Platform.exit();
            System.exit(0);
        }
        CorrelationTab correlation = (CorrelationTab) window.analysisTabs().get(0);
        on(() -> {
            window.analysisTabPane().getSelectionModel().select(correlation);
            correlation.view().modeProperty().set(org.descriptorworkbench.plots.DistanceCorrelationView.Mode.RANK);
            return null;
        });
        Thread.sleep(800);
        save(window, out.resolve("tab-rank.png"));
        on(() -> {
            correlation.view().modeProperty().set(org.descriptorworkbench.plots.DistanceCorrelationView.Mode.DISTANCE);
            return null;
        });
        on(() -> {
            window.analysisTabPane().getSelectionModel().select(correlation);
            correlation.disagreeingPairs().getSelectionModel().select(0);
            return null;
        });
        waitFor(() -> on(() -> window.pairPanel().distanceTable().getItems().stream()
                .noneMatch(r -> r.distance().startsWith("computing"))), 600);
        Thread.sleep(1500);
        save(window, out.resolve("tab-pair.png"));
        recent.remove();
        Platform.exit();
        System.exit(0);
    }

    private static void save(MainWindow window, Path file) throws Exception {
        WritableImage image = on(() -> window.root().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        System.out.println("saved " + file + " (" + new File(file.toString()).length() / 1024 + " KiB)");
    }

    private static <T> T on(Supplier<T> action) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(action.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(250);
        }
    }
}
