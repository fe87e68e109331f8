package org.descriptorworkbench.gui.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.descriptorworkbench.cache.DatasetFingerprint;
import org.descriptorworkbench.cache.FeatureCache;
import org.descriptorworkbench.cache.FeatureKey;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.gui.features.CentreChoice.Atom;
import org.descriptorworkbench.gui.task.TaskBarModel;
import org.descriptorworkbench.gui.task.TaskEntry;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feature service with its persistent cache, task bar updates applied on the calling thread; a new
 * service on the same cache directory stands for the application started again.
 */
class FeatureServiceTest {
    private static final DescriptorSpec SOAP = DescriptorCatalog.parse("soap(r_cut=3, n_max=2, l_max=1, sigma=0.5)");
    private static final CentreChoice TWENTY = new CentreChoice(false, 20, 1);

    @TempDir
    Path dir;

    private final TaskExecutor executor = new TaskExecutor("feature-test-task", 2);

    @AfterEach
    void close() {
        executor.close();
    }

    /** The small-molecule sample, read afresh each time, as opening the file again does. */
    private static Dataset load() {
        return StructureFiles.read(Path.of(System.getProperty("dwb.repo", "..")).resolve("sample-data/g2_162.extxyz"));
    }

    private FeatureService startApplication() {
        return new FeatureService(new TaskBarModel(executor, Runnable::run), new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES));
    }

    private static FeatureMatrix get(FeatureService service, Dataset dataset, CentreChoice choice) throws Exception {
        return service.feature(dataset, SOAP, choice).get(60, TimeUnit.SECONDS);
    }

    private static TaskEntry lastTask(TaskBarModel tasks) {
        return tasks.entries().get(tasks.entries().size() - 1);
    }

    private static long[] bits(FeatureMatrix m) {
        return java.util.Arrays.stream(m.data()).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @Test
    void aRestartedApplicationLoadsTheSameFileFromTheCacheWithoutComputing() throws Exception {
        FeatureService first = startApplication();
        FeatureMatrix computed = get(first, load(), TWENTY);
        assertEquals(1, first.computations());

        TaskBarModel tasks = new TaskBarModel(executor, Runnable::run);
        FeatureService restarted = new FeatureService(tasks, new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES));
        FeatureMatrix loaded = get(restarted, load(), TWENTY);

        assertEquals(0, restarted.computations());
        assertArrayEquals(bits(computed), bits(loaded));
        assertEquals(computed.featureLabels(), loaded.featureLabels());
        for (int r = 0; r < computed.rows(); r++) {
            assertEquals(computed.structureIndex(r), loaded.structureIndex(r));
            assertEquals(computed.atomIndex(r), loaded.atomIndex(r));
        }
        TaskEntry task = lastTask(tasks);
        assertEquals("Features " + SOAP.text(), task.title());
        assertEquals(FeatureService.LOADED_FROM_CACHE, task.messageProperty().get());
    }

    @Test
    void twoLoadsOfOneFileInOneSessionShareOneMatrix() throws Exception {
        FeatureService service = startApplication();
        FeatureMatrix a = get(service, load(), TWENTY);
        FeatureMatrix b = get(service, load(), TWENTY);
        assertSame(a, b);
        assertEquals(1, service.computations());
    }

    @Test
    void otherCentresAreComputed() throws Exception {
        get(startApplication(), load(), TWENTY);
        FeatureService restarted = startApplication();
        get(restarted, load(), new CentreChoice(false, 20, 2));
        assertEquals(1, restarted.computations());
    }

    @Test
    void aDamagedCacheEntryIsComputedAgainWithoutAnError() throws Exception {
        FeatureMatrix computed = get(startApplication(), load(), TWENTY);
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                Files.writeString(entry.resolve("values.npy"), "not a matrix");
            }
        }
        FeatureService restarted = startApplication();
        assertArrayEquals(bits(computed), bits(get(restarted, load(), TWENTY)));
        assertEquals(1, restarted.computations());
        FeatureService third = startApplication();
        get(third, load(), TWENTY);
        assertEquals(0, third.computations(), "the recomputed matrix was stored again");
    }

    @Test
    void aStoredMatrixOfOtherRowsIsComputedAgain() throws Exception {
        Dataset dataset = load();
        FeatureMatrix right = get(startApplication(), dataset, TWENTY);
        int rows = right.rows();
        int[] shifted = new int[rows];
        int[] atoms = new int[rows];
        int[] numbers = new int[rows];
        for (int r = 0; r < rows; r++) {
            shifted[r] = right.structureIndex(r) + 1; // as if the sampler had picked other atoms
            atoms[r] = right.atomIndex(r);
            numbers[r] = right.atomicNumber(r);
        }
        FeatureMatrix stale = FeatureMatrix.of(rows, right.columns(), right.data().clone(), right.spec(), right.featureLabels(),
                shifted, atoms, numbers);
        FeatureCache disk = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        disk.put(new FeatureKey(DatasetFingerprint.of(dataset), SOAP.text(), FeatureService.canonicalText(TWENTY),
                dataset.species()), stale);

        FeatureService restarted = startApplication();
        FeatureMatrix again = get(restarted, load(), TWENTY);
        assertEquals(1, restarted.computations());
        assertEquals(right.structureIndex(0), again.structureIndex(0));
    }

    @Test
    void cachedKnowsOnlyMatricesObtainedInThisSession() throws Exception {
        get(startApplication(), load(), TWENTY);
        FeatureService restarted = startApplication();
        Dataset dataset = load();
        assertNull(restarted.cached(dataset, SOAP, TWENTY));
        FeatureMatrix m = get(restarted, dataset, TWENTY);
        assertSame(m, restarted.cached(dataset, SOAP, TWENTY));
    }

    @Test
    void cachedNeverHashesADatasetOnTheCallersThread() throws Exception {
        FeatureService service = startApplication();
        get(service, load(), TWENTY);
        assertNull(service.cached(load(), SOAP, TWENTY), "an equal dataset never asked for has no fingerprint yet");
    }

    @Test
    void clearForgetsTheMatricesInMemoryButKeepsTheDiskCache() throws Exception {
        FeatureService service = startApplication();
        Dataset dataset = load();
        get(service, dataset, TWENTY);
        service.clear();
        assertNull(service.cached(dataset, SOAP, TWENTY));
        assertNotNull(get(service, dataset, TWENTY));
        assertEquals(1, service.computations());
    }

    @Test
    void everyCandidateTakenIsOneCanonicalChoiceWhateverTheSampleSizeAndSeed() {
        assertEquals(FeatureService.canonicalText(new CentreChoice(true, 3, 0)),
                FeatureService.canonicalText(new CentreChoice(true, 2000, 7)));
    }

    @Test
    void filterOrderDoesNotChangeTheCanonicalChoice() {
        CentreChoice a = TWENTY.withSpecies(List.of(8, 1)).withStructures(List.of(3, 1, 3));
        CentreChoice b = TWENTY.withSpecies(List.of(1, 8)).withStructures(List.of(1, 3));
        assertEquals(FeatureService.canonicalText(a), FeatureService.canonicalText(b));
    }

    @Test
    void explicitAtomsAreACanonicalSetAndOverrideTheFilters() {
        CentreChoice a = CentreChoice.of(List.of(new Atom(2, 1), new Atom(0, 5), new Atom(2, 1)));
        CentreChoice b = CentreChoice.of(List.of(new Atom(0, 5), new Atom(2, 1))).withSpecies(List.of(6));
        assertEquals(FeatureService.canonicalText(a), FeatureService.canonicalText(b));
    }

    @Test
    void anotherSeedIsAnotherCanonicalChoice() {
        assertNotEquals(FeatureService.canonicalText(TWENTY), FeatureService.canonicalText(new CentreChoice(false, 20, 2)));
    }
}
