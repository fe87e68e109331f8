package org.descriptorworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.dataset.OpenDatasets;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.gui.features.CentreChoice;
import org.descriptorworkbench.gui.task.TaskBarModel;
import org.descriptorworkbench.gui.task.TaskEntry;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.CancelledException;
import org.descriptorworkbench.task.TaskState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Closing a dataset while its feature tasks run (File → Close dataset), without a JavaFX toolkit: two
 * halves of the quinary liquid sample, each with a SOAP task of several seconds.
 */
class ClosingADatasetTest {
    private static final DescriptorSpec SOAP = DescriptorCatalog.parse("soap(r_cut=7, n_max=4, l_max=6, sigma=0.5)");
    private static List<org.descriptorworkbench.structure.Structure> liquid;

    // a seed of its own each run, so that no matrix stored in the test cache by an earlier run makes a task instant
    private final CentreChoice centres = new CentreChoice(false, 6000, System.nanoTime());
    private final org.descriptorworkbench.task.TaskExecutor executor = new org.descriptorworkbench.task.TaskExecutor("closing-test", 2);
    private final TaskBarModel tasks = new TaskBarModel(executor, Runnable::run);
    private Map<String, Dataset> files;
    private DatasetViewModel datasets;
    private WorkbenchModel model;
    private OpenDatasets open;

    @BeforeAll
    static void read() {
        liquid = StructureFiles.read(Path.of(System.getProperty("dwb.repo", "..")).resolve("sample-data/quinary_liquid.extxyz"))
                .structures();
    }

    private void openFiles(Map<String, Dataset> byName, String... names) {
        files = byName;
        datasets = new DatasetViewModel(file -> files.get(file.getFileName().toString()), Runnable::run, Runnable::run);
        model = new WorkbenchModel(datasets, new DescriptorSetModel(), tasks, Runnable::run);
        open = datasets.openDatasets();
        for (String name : names) {
            datasets.open(Path.of("/data", name));
        }
    }

    @AfterEach
    void stop() {
        tasks.cancelAll();
        executor.close();
    }

    private static Dataset part(String name, int from, int to) {
        return new Dataset(name, liquid.subList(from, to));
    }

    /** Asks for the dataset's matrix and waits until its task (the {@code count}-th listed) runs. */
    private CompletableFuture<FeatureMatrix> startFeatures(Dataset d, int count) throws InterruptedException {
        CompletableFuture<FeatureMatrix> future = model.features().feature(d, SOAP, centres);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(tasks.entries().size() == count && tasks.entries().get(count - 1).stateProperty().get() == TaskState.RUNNING)) {
            assertTrue(System.nanoTime() < end, "the feature task should start");
            Thread.sleep(10);
        }
        return future;
    }

    private void close(String name) {
        open.close(open.find(Path.of("/data", name)).orElseThrow());
    }

    @Test
    void closingADatasetCancelsItsRunningFeatureTaskAndLeavesTheOtherDatasetsTask() throws Exception {
        Dataset a = part("a", 0, 100);
        Dataset b = part("b", 100, 200);
        openFiles(Map.of("a.extxyz", a, "b.extxyz", b), "a.extxyz", "b.extxyz");
        startFeatures(a, 1);
        CompletableFuture<FeatureMatrix> ofB = startFeatures(b, 2);
        TaskEntry taskA = tasks.entries().get(0);
        TaskEntry taskB = tasks.entries().get(1);

        close("b.extxyz");

        assertTrue(taskB.handle().await(30, TimeUnit.SECONDS), "the closed dataset's task should end");
        assertEquals(TaskState.CANCELLED, taskB.handle().state());
        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, ofB::get);
        assertTrue(failure.getCause() instanceof CancelledException, failure.toString());
        assertFalse(taskA.handle().isCancelRequested(), "the open dataset's task is not cancelled");
        assertNotEquals(TaskState.CANCELLED, taskA.handle().state());
    }

    @Test
    void closingADatasetKeepsTheTaskAnOpenDatasetOfEqualContentShares() throws Exception {
        Dataset b = part("b", 100, 200);
        Dataset copy = part("copy of b", 100, 200);
        openFiles(Map.of("b.extxyz", b, "copy.extxyz", copy), "b.extxyz", "copy.extxyz");
        startFeatures(b, 1);
        CompletableFuture<FeatureMatrix> ofCopy = model.features().feature(copy, SOAP, centres);
        TaskEntry shared = tasks.entries().get(0);

        close("b.extxyz");

        assertFalse(shared.handle().isCancelRequested(), "the open copy still needs the task");
        assertNotEquals(TaskState.CANCELLED, shared.handle().state());
        assertTrue(ofCopy.get(60, TimeUnit.SECONDS).rows() > 0, "the copy gets its matrix");
        assertEquals(1, tasks.entries().size(), "from the one task both asked for");
    }
}
