package org.descriptorworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.dataset.OpenDatasets;
import org.descriptorworkbench.gui.dataset.TestDatasets;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.gui.features.CentreChoice;
import org.descriptorworkbench.gui.task.TaskBarModel;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workbench state around several open datasets, without a JavaFX toolkit (files are read on the calling thread). */
class WorkbenchModelTest {
    private static final DescriptorSpec SOAP = DescriptorCatalog.parse("soap(r_cut=3, n_max=2, l_max=1, sigma=0.5)");
    private static final CentreChoice ALL = new CentreChoice(true, 3, 0);

    private final Dataset first = TestDatasets.small("/data/first.extxyz");
    // Other content than the first: the feature cache shares matrices between datasets of equal content.
    private final Dataset second = new Dataset("/data/second.extxyz", TestDatasets.small("/data/second.extxyz").structures().subList(0, 2));
    private final TaskExecutor executor = new TaskExecutor("workbench-model-test", 1);
    private final DatasetViewModel datasets = new DatasetViewModel(
            file -> file.toString().contains("first") ? first : second, Runnable::run, Runnable::run);
    private final WorkbenchModel model = new WorkbenchModel(datasets, new DescriptorSetModel(),
            new TaskBarModel(executor, Runnable::run), Runnable::run);
    private final OpenDatasets open = datasets.openDatasets();

    @AfterEach
    void stopTasks() {
        executor.close();
    }

    private void openBoth() {
        datasets.open(Path.of("/data/first.extxyz"));
        datasets.open(Path.of("/data/second.extxyz"));
    }

    private void computeFeatures(Dataset d) throws Exception {
        model.features().feature(d, SOAP, ALL).get(60, TimeUnit.SECONDS);
    }

    @Test
    void switchingTheActiveDatasetKeepsTheFeaturesOfBoth() throws Exception {
        openBoth();
        computeFeatures(first);
        computeFeatures(second);
        open.activate(open.list().get(0));
        assertNotNull(model.features().cached(first, SOAP, ALL));
        assertNotNull(model.features().cached(second, SOAP, ALL));
    }

    @Test
    void closingADatasetForgetsItsFeaturesOnly() throws Exception {
        openBoth();
        computeFeatures(first);
        computeFeatures(second);
        open.closeActive();
        assertNull(model.features().cached(second, SOAP, ALL));
        assertNotNull(model.features().cached(first, SOAP, ALL));
    }

    @Test
    void aDatasetClosedAndOpenedAgainComputesItsFeaturesAgain() throws Exception {
        openBoth();
        computeFeatures(second);
        open.closeActive();
        datasets.open(Path.of("/data/second.extxyz")); // the loader gives the same dataset object again
        computeFeatures(second);
        assertNotNull(model.features().cached(second, SOAP, ALL));
    }

    @Test
    void theFirstDatasetOpenedIsNoChangeToSave() {
        datasets.open(Path.of("/data/first.extxyz"));
        assertFalse(model.dirtyProperty().get());
    }

    @Test
    void openingASecondDatasetIsAChangeToSave() {
        datasets.open(Path.of("/data/first.extxyz"));
        datasets.open(Path.of("/data/second.extxyz"));
        assertTrue(model.dirtyProperty().get());
    }

    @Test
    void closingADatasetIsAChangeToSave() {
        datasets.open(Path.of("/data/first.extxyz"));
        open.closeActive();
        assertTrue(model.dirtyProperty().get());
    }

    @Test
    void switchingTheActiveDatasetIsAChangeToSave() {
        openBoth();
        model.dirtyProperty().set(false);
        open.activate(open.list().get(0));
        assertTrue(model.dirtyProperty().get());
    }

    @Test
    void switchingTheActiveDatasetClearsTheEnvironmentShown() {
        openBoth();
        model.environmentProperty().set(new WorkbenchModel.EnvironmentSelection(1, 2));
        open.activate(open.list().get(0));
        assertNull(model.environmentProperty().get());
    }

    @Test
    void centreStructuresStayWithTheirDatasetWhileSamplingCarriesOver() {
        openBoth();
        model.centresProperty().set(new CentreChoice(false, 10, 4, List.of(1), List.of(2), List.of()));
        open.activate(open.list().get(0));
        assertEquals(new CentreChoice(false, 10, 4, List.of(1), List.of(), List.of()), model.centresProperty().get(),
                "the first dataset gets the sampling without the second's structure indices");
        model.centresProperty().set(new CentreChoice(false, 20, 4, List.of(1), List.of(0, 1), List.of()));
        open.activate(open.list().get(1));
        assertEquals(new CentreChoice(false, 20, 4, List.of(1), List.of(2), List.of()), model.centresProperty().get());
        open.activate(open.list().get(0));
        assertEquals(List.of(0, 1), model.centresProperty().get().structures());
    }

    @Test
    void analysesAskForADatasetWhenTheLastOneIsClosed() {
        datasets.open(Path.of("/data/first.extxyz"));
        open.closeActive();
        java.util.List<String> reasons = new java.util.ArrayList<>();
        model.analyseCached(WorkbenchModel.CachedAnalysis.ofCentres("nothing", List.of(SOAP), java.util.Map.of(), Object.class),
                "nothing", matrices -> progress -> null, r -> { }, reasons::add);
        assertEquals(List.of("open a dataset first"), reasons);
    }
}
