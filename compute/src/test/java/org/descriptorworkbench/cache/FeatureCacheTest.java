package org.descriptorworkbench.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCacheTest {
    private static final DatasetFingerprint DATASET = new DatasetFingerprint("ab".repeat(32));
    private static final String SPEC = "soap(r_cut=4, n_max=3, l_max=2, sigma=0.5)";
    private static final FeatureKey KEY = new FeatureKey(DATASET, SPEC, "2000 random, seed 0", new int[] {1, 8});

    @TempDir
    Path dir;

    /** A matrix with awkward values (−0, subnormal, extremes, NaN), row metadata and labels. */
    private static FeatureMatrix matrix(int rows, int columns, long seed) {
        Random random = new Random(seed);
        double[] data = new double[rows * columns];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
        }
        double[] special = {-0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MIN_NORMAL, Double.NaN, Double.NEGATIVE_INFINITY};
        System.arraycopy(special, 0, data, 0, Math.min(special.length, data.length));
        int[] structure = IntStream.range(0, rows).map(r -> r / 3).toArray();
        int[] atom = IntStream.range(0, rows).map(r -> (r * 7) % 11).toArray();
        int[] z = IntStream.range(0, rows).map(r -> r % 2 == 0 ? 1 : 8).toArray();
        List<String> labels = IntStream.range(0, columns).mapToObj(c -> "p(n=" + c + ", \"l\"=ü)").toList();
        return FeatureMatrix.of(rows, columns, data, SPEC, labels, structure, atom, z);
    }

    private static long[] bits(double[] values) {
        return java.util.Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    private static FeatureKey keyWithCentres(String centres) {
        return new FeatureKey(DATASET, SPEC, centres, new int[] {1, 8});
    }

    private static List<Path> children(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private Path onlyEntry() throws Exception {
        List<Path> entries = children(dir);
        assertEquals(1, entries.size(), entries.toString());
        return entries.get(0);
    }

    @Test
    void aStoredMatrixComesBackBitForBit() {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        FeatureMatrix stored = matrix(37, 13, 1);
        assertTrue(cache.put(KEY, stored));
        FeatureMatrix loaded = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES).get(KEY).orElseThrow();
        assertEquals(37, loaded.rows());
        assertEquals(13, loaded.columns());
        assertArrayEquals(bits(stored.data()), bits(loaded.data()));
        assertEquals(stored.spec(), loaded.spec());
        assertEquals(stored.featureLabels(), loaded.featureLabels());
        for (int r = 0; r < stored.rows(); r++) {
            assertEquals(stored.structureIndex(r), loaded.structureIndex(r));
            assertEquals(stored.atomIndex(r), loaded.atomIndex(r));
            assertEquals(stored.atomicNumber(r), loaded.atomicNumber(r));
        }
    }

    @Test
    void aMatrixWithoutMetadataComesBackWithoutMetadata() {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        cache.put(KEY, FeatureMatrix.of(2, 2, new double[] {1, 2, 3, 4}, "plain.npy"));
        FeatureMatrix loaded = cache.get(KEY).orElseThrow();
        assertFalse(loaded.hasRowMetadata());
        assertEquals(null, loaded.featureLabels());
        assertEquals("plain.npy", loaded.spec());
        assertArrayEquals(new double[] {1, 2, 3, 4}, loaded.data());
    }

    @Test
    void nothingStoredIsAMiss() {
        assertEquals(Optional.empty(), new FeatureCache(dir.resolve("not-yet"), 1 << 20).get(KEY));
    }

    @Test
    void anotherSpecIsAMiss() {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        cache.put(KEY, matrix(5, 3, 2));
        assertEquals(Optional.empty(), cache.get(new FeatureKey(DATASET, SPEC.replace("n_max=3", "n_max=4"), KEY.centres(), KEY.species())));
    }

    @Test
    void otherCentresAreAMiss() {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        cache.put(KEY, matrix(5, 3, 2));
        assertEquals(Optional.empty(), cache.get(keyWithCentres("2000 random, seed 1")));
    }

    @Test
    void otherSpeciesAreAMiss() {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        cache.put(KEY, matrix(5, 3, 2));
        assertEquals(Optional.empty(), cache.get(new FeatureKey(DATASET, SPEC, KEY.centres(), new int[] {1, 6, 8})));
    }

    @Test
    void anotherDatasetIsAMiss() {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        cache.put(KEY, matrix(5, 3, 2));
        assertEquals(Optional.empty(), cache.get(new FeatureKey(new DatasetFingerprint("cd".repeat(32)), SPEC, KEY.centres(), KEY.species())));
    }

    @Test
    void aTruncatedMatrixIsAMissAndIsRemoved() throws Exception {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        cache.put(KEY, matrix(20, 10, 3));
        Path values = onlyEntry().resolve(CacheEntry.VALUES);
        byte[] bytes = Files.readAllBytes(values);
        Files.write(values, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(Optional.empty(), cache.get(KEY));
        assertEquals(List.of(), children(dir));
    }

    @Test
    void anUnreadableHeaderIsAMissAndIsRemoved() throws Exception {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        cache.put(KEY, matrix(4, 4, 4));
        Files.writeString(onlyEntry().resolve(CacheEntry.HEADER), "{\"format\": 1, \"fingerpr");
        assertEquals(Optional.empty(), cache.get(KEY));
        assertEquals(List.of(), children(dir));
    }

    @Test
    void aMissingRowMappingIsAMissAndIsRemoved() throws Exception {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        cache.put(KEY, matrix(4, 4, 4));
        Files.delete(onlyEntry().resolve(CacheEntry.ROWS));
        assertEquals(Optional.empty(), cache.get(KEY));
        assertEquals(List.of(), children(dir));
    }

    @Test
    void anEntryOfAnotherFormatVersionIsAMissAndIsRemoved() throws Exception {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        cache.put(KEY, matrix(4, 4, 4));
        Path header = onlyEntry().resolve(CacheEntry.HEADER);
        Files.writeString(header, Files.readString(header).replace("\"format\":1", "\"format\":99"));
        assertEquals(Optional.empty(), cache.get(KEY));
        assertEquals(List.of(), children(dir));
    }

    @Test
    void valuesStoredByAnotherVersionOfTheCodeAreAMiss() {
        new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES, "0.9").put(KEY, matrix(4, 4, 4));
        assertEquals(Optional.empty(), new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES, "1.0").get(KEY));
        assertTrue(new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES, "0.9").get(KEY).isPresent());
    }

    @Test
    void aHalfWrittenTemporaryDirectoryIsNotAnEntry() throws Exception {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        Path crashed = Files.createDirectories(dir.resolve(".tmp-crashed"));
        Files.writeString(crashed.resolve(CacheEntry.HEADER), "{");
        assertEquals(Optional.empty(), cache.get(KEY));
        assertEquals(0, cache.entryCount());
        assertEquals(0, cache.sizeBytes());
    }

    @Test
    void evictionKeepsTheMostRecentlyUsedUnderTheLimit() throws Exception {
        FeatureMatrix m = matrix(100, 50, 5); // 40 kB of values
        FeatureCache probe = new FeatureCache(dir.resolve("probe"), FeatureCache.DEFAULT_LIMIT_BYTES);
        probe.put(KEY, m);
        long entryBytes = probe.sizeBytes();
        FeatureCache cache = new FeatureCache(dir.resolve("lru"), 2 * entryBytes + entryBytes / 2);
        FeatureKey a = keyWithCentres("a");
        FeatureKey b = keyWithCentres("b");
        FeatureKey c = keyWithCentres("c");
        cache.put(a, m);
        cache.put(b, m);
        assertTrue(cache.get(a).isPresent()); // a is now more recent than b
        cache.put(c, m);
        assertTrue(cache.get(a).isPresent());
        assertTrue(cache.get(c).isPresent());
        assertFalse(cache.get(b).isPresent());
        assertTrue(cache.sizeBytes() <= cache.limitBytes(), cache.sizeBytes() + " > " + cache.limitBytes());
    }

    @Test
    void aMatrixLargerThanTheLimitIsNotStored() {
        FeatureCache cache = new FeatureCache(dir, 1000);
        assertFalse(cache.put(KEY, matrix(100, 50, 6)));
        assertEquals(0, cache.entryCount());
    }

    @Test
    void storingAgainReplacesTheEntry() {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        cache.put(KEY, matrix(6, 2, 7));
        FeatureMatrix newer = matrix(9, 3, 8);
        assertTrue(cache.put(KEY, newer));
        assertArrayEquals(bits(newer.data()), bits(cache.get(KEY).orElseThrow().data()));
        assertEquals(1, cache.entryCount());
    }

    @Test
    void concurrentStoresOfOneKeyLeaveOneWholeEntry() throws Exception {
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        FeatureMatrix m = matrix(300, 40, 9);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> puts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                puts.add(() -> cache.put(KEY, m));
            }
            List<Callable<Boolean>> gets = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                gets.add(() -> cache.get(KEY).map(loaded -> java.util.Arrays.equals(bits(loaded.data()), bits(m.data()))).orElse(true));
            }
            List<Callable<Boolean>> all = new ArrayList<>(puts);
            all.addAll(gets);
            java.util.Collections.shuffle(all, new Random(10));
            for (Future<Boolean> f : pool.invokeAll(all)) {
                f.get();
            }
            for (Future<Boolean> f : pool.invokeAll(gets)) {
                assertTrue(f.get(), "a concurrent reader saw a different matrix");
            }
        } finally {
            pool.shutdown();
        }
        assertArrayEquals(bits(m.data()), bits(cache.get(KEY).orElseThrow().data()));
        assertEquals(1, children(dir).size(), children(dir).toString());
    }

    @Test
    void clearDeletesEntriesButNotOtherFiles() throws Exception {
        Path mine = Files.writeString(dir.resolve("notes.txt"), "keep me");
        FeatureCache cache = new FeatureCache(dir, FeatureCache.DEFAULT_LIMIT_BYTES);
        cache.put(KEY, matrix(3, 3, 11));
        cache.put(keyWithCentres("other"), matrix(3, 3, 12));
        cache.clear();
        assertEquals(0, cache.entryCount());
        assertEquals(List.of(mine), children(dir));
    }

    @Test
    void theSystemPropertyChoosesTheDirectory() {
        String before = System.getProperty(FeatureCache.DIRECTORY_PROPERTY);
        try {
            System.setProperty(FeatureCache.DIRECTORY_PROPERTY, dir.resolve("chosen").toString());
            assertEquals(dir.resolve("chosen"), FeatureCache.atDefaultLocation().directory());
        } finally {
            if (before == null) {
                System.clearProperty(FeatureCache.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(FeatureCache.DIRECTORY_PROPERTY, before);
            }
        }
    }
}
