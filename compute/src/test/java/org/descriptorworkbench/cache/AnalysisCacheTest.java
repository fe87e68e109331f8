package org.descriptorworkbench.cache;

import static org.descriptorworkbench.cache.BitExact.assertSameValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.correlation.CorrelationResult;
import org.descriptorworkbench.analysis.correlation.DistanceCorrelation;
import org.descriptorworkbench.analysis.imbalance.ImbalanceMatrix;
import org.descriptorworkbench.analysis.imbalance.ImbalancePlane;
import org.descriptorworkbench.analysis.pca.PrincipalComponents;
import org.descriptorworkbench.analysis.selection.Axis;
import org.descriptorworkbench.analysis.selection.Method;
import org.descriptorworkbench.analysis.selection.Selection;
import org.descriptorworkbench.analysis.sensitivity.CentreChoice;
import org.descriptorworkbench.analysis.sensitivity.SensitivityAnalysis;
import org.descriptorworkbench.analysis.sensitivity.SensitivityResult;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.Progress;
import org.descriptorworkbench.testing.RandomStructures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisCacheTest {
    private static final DatasetFingerprint DATASET = new DatasetFingerprint("ab".repeat(32));
    private static final String SOAP = "soap(r_cut=4, n_max=3, l_max=2, sigma=0.5)";
    private static final String ACSF = "acsf(r_cut=5)";
    private static final String CENTRES = "centres-1 random 2000 seed 0 species  structures ";
    private static final AnalysisKey KEY = new AnalysisKey(DATASET, "imbalance", List.of(SOAP, ACSF), CENTRES, Map.of("k", 1));

    @TempDir
    Path dir;

    /** A record whose numbers are the awkward ones: non-finite, signed zero, subnormal, extremes, boxed and null. */
    record Awkward(double[][] matrix, Double[] boxed, double plain, Double missing, List<Double> listed) {
    }

    private static RowMatrix randomRows(long seed, int rows, int columns) {
        Random random = new Random(seed);
        double[][] x = new double[rows][columns];
        for (double[] row : x) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextGaussian();
            }
        }
        return RowMatrix.of(x);
    }

    private static List<LabelledMatrix> threeDescriptors() {
        return List.of(new LabelledMatrix("A", randomRows(1, 40, 6)), new LabelledMatrix("B", randomRows(2, 40, 3)),
                new LabelledMatrix("C", randomRows(3, 40, 9)));
    }

    private AnalysisCache cache() {
        return new AnalysisCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
    }

    private <T> T roundTrip(T result) {
        assertTrue(cache().put(KEY, result), "stored");
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) result.getClass();
        return new AnalysisCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES).get(KEY, type).orElseThrow();
    }

    private static AnalysisKey withParameters(Map<String, Object> parameters) {
        return new AnalysisKey(KEY.dataset(), KEY.analysis(), KEY.specs(), KEY.centres(), parameters);
    }

    private List<Path> children(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }

    @Test
    void anImbalancePlaneComesBackBitForBit() {
        List<LabelledMatrix> set = threeDescriptors();
        ImbalancePlane.Plane plane = new ImbalancePlane(set.get(0), set.subList(1, 3), 2).run(Progress.none());
        assertSameValues(plane, roundTrip(plane));
    }

    @Test
    void anImbalanceTableComesBackBitForBit() {
        ImbalanceMatrix.Table table = new ImbalanceMatrix(threeDescriptors(), 1).run(Progress.none());
        assertSameValues(table, roundTrip(table));
    }

    @Test
    void aCorrelationResultComesBackBitForBit() {
        CorrelationResult result = new DistanceCorrelation(randomRows(4, 50, 5), randomRows(5, 50, 7), 20, 300, 15, 0)
                .run(Progress.none());
        assertSameValues(result, roundTrip(result));
    }

    @Test
    void curAndFpsSelectionsComeBackBitForBit() {
        RowMatrix x = randomRows(6, 30, 12);
        for (Method method : Method.values()) {
            Selection.Result result = new Selection(x, method, Axis.FEATURES, 8).run(Progress.none());
            assertSameValues(result, roundTrip(result));
        }
    }

    @Test
    void aPcaSpectrumComesBackBitForBit() {
        PrincipalComponents.Result result = new PrincipalComponents(randomRows(7, 30, 12)).run(Progress.none());
        assertSameValues(result, roundTrip(result));
    }

    @Test
    void sensitivitySpectraComeBackBitForBit() {
        Structure cluster = RandomStructures.cluster(8, 6, new int[] {1, 8}, 3.0, 1.0);
        Dataset dataset = new Dataset("cluster", List.of(cluster));
        SensitivityResult result = new SensitivityAnalysis(dataset,
                DescriptorCatalog.create(DescriptorCatalog.parse(SOAP), cluster.species()), CentreChoice.random(dataset, 0, 2, 0))
                .run(Progress.none());
        assertSameValues(result, roundTrip(result));
    }

    @Test
    void nonFiniteSignedZeroSubnormalAndExtremeNumbersComeBackBitForBit() {
        double[] awkward = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE,
            -Double.MIN_NORMAL, Double.MAX_VALUE, 0.1 + 0.2, 1e23, 2e-3, 5e-324, 4.35, 1.0 / 3};
        Awkward result = new Awkward(new double[][] {awkward, {Double.NaN}, {}},
                new Double[] {Double.NaN, null, Double.NEGATIVE_INFINITY, -0.0}, Double.POSITIVE_INFINITY, null,
                List.of(Double.NaN, 1e-300, -2.5));
        assertSameValues(result, roundTrip(result));
    }

    @Test
    void randomDoublesOfEveryMagnitudeComeBackBitForBit() {
        Random random = new Random(9);
        double[][] values = new double[1][20_000];
        for (int i = 0; i < values[0].length; i++) {
            values[0][i] = Double.longBitsToDouble(random.nextLong()); // every exponent, subnormals and NaN payloads aside
            if (Double.isNaN(values[0][i])) {
                values[0][i] = random.nextDouble();
            }
        }
        Awkward result = new Awkward(values, new Double[0], 1, 2.0, List.of());
        assertSameValues(result, roundTrip(result));
    }

    @Test
    void nothingStoredIsAMiss() {
        assertEquals(Optional.empty(), cache().get(KEY, Awkward.class));
    }

    @Test
    void otherParametersAreAMiss() {
        cache().put(KEY, new Awkward(new double[0][], new Double[0], 1, null, List.of()));
        assertEquals(Optional.empty(), cache().get(withParameters(Map.of("k", 2)), Awkward.class));
        assertEquals(Optional.empty(), cache().get(withParameters(Map.of("k", 1, "seed", 0)), Awkward.class));
        assertTrue(cache().get(withParameters(Map.of("k", 1)), Awkward.class).isPresent());
    }

    @Test
    void theOrderOfParametersDoesNotMatter() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", null);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", null);
        ba.put("a", 1);
        cache().put(withParameters(ab), new Awkward(new double[0][], new Double[0], 1, null, List.of()));
        assertTrue(cache().get(withParameters(ba), Awkward.class).isPresent());
    }

    @Test
    void otherSpecsOrTheSameSpecsInAnotherOrderAreAMiss() {
        cache().put(KEY, new Awkward(new double[0][], new Double[0], 1, null, List.of()));
        assertEquals(Optional.empty(), cache().get(new AnalysisKey(DATASET, "imbalance", List.of(ACSF, SOAP), CENTRES, Map.of("k", 1)),
                Awkward.class));
        assertEquals(Optional.empty(), cache().get(new AnalysisKey(DATASET, "imbalance", List.of(SOAP), CENTRES, Map.of("k", 1)),
                Awkward.class));
    }

    @Test
    void otherCentresAreAMiss() {
        cache().put(KEY, new Awkward(new double[0][], new Double[0], 1, null, List.of()));
        assertEquals(Optional.empty(), cache().get(new AnalysisKey(DATASET, "imbalance", KEY.specs(), CENTRES.replace("seed 0", "seed 1"),
                Map.of("k", 1)), Awkward.class));
    }

    @Test
    void anotherDatasetOrNoDatasetIsAMiss() {
        cache().put(KEY, new Awkward(new double[0][], new Double[0], 1, null, List.of()));
        assertEquals(Optional.empty(), cache().get(new AnalysisKey(new DatasetFingerprint("cd".repeat(32)), "imbalance", KEY.specs(),
                CENTRES, Map.of("k", 1)), Awkward.class));
        assertEquals(Optional.empty(), cache().get(new AnalysisKey(null, "imbalance", KEY.specs(), CENTRES, Map.of("k", 1)),
                Awkward.class));
    }

    @Test
    void anotherAnalysisIsAMiss() {
        cache().put(KEY, new Awkward(new double[0][], new Double[0], 1, null, List.of()));
        assertEquals(Optional.empty(), cache().get(new AnalysisKey(DATASET, "complexity", KEY.specs(), CENTRES, Map.of("k", 1)),
                Awkward.class));
    }

    @Test
    void aResultStoredByAnotherVersionOfTheCodeIsAMiss() {
        new AnalysisCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES, "0.9").put(KEY, new Awkward(new double[0][], new Double[0], 1, null, List.of()));
        assertEquals(Optional.empty(), new AnalysisCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES, "1.0").get(KEY, Awkward.class));
        assertTrue(new AnalysisCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES, "0.9").get(KEY, Awkward.class).isPresent());
    }

    @Test
    void aTruncatedResultIsAMissAndIsRemoved() throws Exception {
        AnalysisCache cache = cache();
        cache.put(KEY, new Awkward(new double[][] {{1, 2, 3}}, new Double[0], 1, null, List.of()));
        Path entry = children(cache.directory()).get(0);
        Path result = entry.resolve(AnalysisCache.RESULT);
        String text = Files.readString(result);
        Files.writeString(result, text.substring(0, text.length() / 2));
        assertEquals(Optional.empty(), cache.get(KEY, Awkward.class));
        assertEquals(List.of(), children(cache.directory()));
    }

    @Test
    void aResultOfAnotherShapeIsAMissAndIsRemoved() throws Exception {
        AnalysisCache cache = cache();
        cache.put(KEY, new Awkward(new double[][] {{1}}, new Double[0], 1, null, List.of()));
        Path result = children(cache.directory()).get(0).resolve(AnalysisCache.RESULT);
        Files.writeString(result, Files.readString(result).replace("\"plain\"", "\"renamed\""));
        assertEquals(Optional.empty(), cache.get(KEY, Awkward.class));
        assertEquals(0, cache.entryCount());
    }

    @Test
    void aResultAskedForAsAnotherTypeIsAMiss() {
        cache().put(KEY, new Awkward(new double[0][], new Double[0], 1, null, List.of()));
        assertEquals(Optional.empty(), cache().get(KEY, CorrelationResult.class));
    }

    @Test
    void resultsLiveInASubdirectoryOfTheFeatureCache() {
        AnalysisCache cache = AnalysisCache.besides(new FeatureCache(dir, 1 << 20));
        assertEquals(dir.toAbsolutePath().normalize().resolve(AnalysisCache.SUBDIRECTORY), cache.directory());
    }

    @Test
    void featureMatricesAndResultsShareOneLimitEvictingTheLeastRecentlyUsed() {
        FeatureMatrix matrix = FeatureMatrix.of(100, 50, new double[5000], SOAP);
        FeatureCache probe = new FeatureCache(dir.resolve("probe"), FeatureCache.DEFAULT_LIMIT_BYTES);
        probe.put(new FeatureKey(DATASET, SOAP, "a", new int[] {1}), matrix);
        long matrixBytes = probe.sizeBytes();
        Awkward result = new Awkward(new double[][] {new double[4000]}, new Double[0], 1, null, List.of());
        AnalysisCache resultProbe = new AnalysisCache(dir.resolve("probe2"), FeatureCache.DEFAULT_LIMIT_BYTES);
        resultProbe.put(KEY, result);
        long resultBytes = new FeatureCache(dir.resolve("probe2"), FeatureCache.DEFAULT_LIMIT_BYTES).sizeBytes();

        Path shared = dir.resolve("shared");
        long limit = matrixBytes + resultBytes + Math.min(matrixBytes, resultBytes) / 2;
        FeatureCache features = new FeatureCache(shared, limit);
        AnalysisCache results = AnalysisCache.besides(features);
        FeatureKey oldMatrix = new FeatureKey(DATASET, SOAP, "old", new int[] {1});
        features.put(oldMatrix, matrix);
        results.put(KEY, result);
        assertEquals(2, features.entryCount());
        features.put(new FeatureKey(DATASET, SOAP, "new", new int[] {1}), matrix); // the old matrix is the least recently used
        assertFalse(features.get(oldMatrix).isPresent());
        assertTrue(results.get(KEY, Awkward.class).isPresent());
        assertTrue(features.sizeBytes() <= limit, features.sizeBytes() + " > " + limit);
    }

    @Test
    void clearingTheFeatureCacheClearsTheResultsToo() {
        FeatureCache features = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        AnalysisCache results = AnalysisCache.besides(features);
        results.put(KEY, new Awkward(new double[0][], new Double[0], 1, null, List.of()));
        assertTrue(features.sizeBytes() > 0);
        features.clear();
        assertEquals(0, results.entryCount());
        assertEquals(Optional.empty(), results.get(KEY, Awkward.class));
    }

    @Test
    void aResultThatIsNotJsonIsNotStored() {
        assertFalse(cache().put(KEY, new Object() { public Object getSelf() { return this; } }));
        assertEquals(0, cache().entryCount());
    }

    @Test
    void parametersCanBeListsAndNulls() {
        List<Object> list = new ArrayList<>();
        list.add(null);
        list.add("x");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("list", list);
        parameters.put("none", null);
        AnalysisKey key = withParameters(parameters);
        cache().put(key, new Awkward(new double[0][], new Double[0], 1, null, List.of()));
        assertTrue(cache().get(withParameters(new LinkedHashMap<>(parameters)), Awkward.class).isPresent());
    }
}
