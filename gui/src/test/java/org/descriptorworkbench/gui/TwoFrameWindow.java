package org.descriptorworkbench.gui;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.dataset.TestDatasets;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.gui.features.CentreChoice;
import org.descriptorworkbench.gui.session.RecentSessions;
import org.descriptorworkbench.gui.task.TaskBarModel;
import org.descriptorworkbench.task.TaskExecutor;

/**
 * The whole workbench window for TestFX tests, on the first two frames of the quinary liquid sample (256
 * atoms) with a random sample of environments and small SOAP variants (r_cut 4, n_max 3, l_max 2), one per
 * compression given; the dataset is being opened when this returns.
 */
public record TwoFrameWindow(WorkbenchModel model, MainWindow window) {

    public static TwoFrameWindow show(Stage stage, TaskExecutor executor, RecentSessions recent, int environments,
            String... compressions) {
        var data = TestDatasets.liquidFrames("two-frames.extxyz", 2);
        DatasetViewModel datasets = new DatasetViewModel(file -> data, Executors.newSingleThreadExecutor(), Platform::runLater);
        DescriptorSetModel set = new DescriptorSetModel();
        for (String c : compressions) {
            set.add(DescriptorCatalog.parse("soap(r_cut=4, n_max=3, l_max=2, sigma=0.5, compression=" + c + ")"));
        }
        WorkbenchModel model = new WorkbenchModel(datasets, set, new TaskBarModel(executor, Platform::runLater), Platform::runLater);
        model.centresProperty().set(new CentreChoice(false, environments, 1));
        MainWindow window = new MainWindow(model, stage, recent);
        stage.setScene(new Scene(window.root(), 1260, 780));
        stage.show();
        datasets.open(Path.of("two-frames.extxyz"));
        return new TwoFrameWindow(model, window);
    }
}
