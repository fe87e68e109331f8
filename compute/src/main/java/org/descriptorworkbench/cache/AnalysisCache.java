package org.descriptorworkbench.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.descriptorworkbench.cache.EntryStore.DamagedEntryException;

/**
 * Analysis results kept between runs, keyed by {@link AnalysisKey} (dataset content, analysis, specs,
 * centres, parameters), so that reopening a session shows its plots without recomputing them. Results
 * are any records that {@link ResultJson} writes and reads back (bit-exact doubles, NaN and ±∞ included).
 *
 * <p>It lives in the {@value #SUBDIRECTORY} subdirectory of the {@link FeatureCache} directory and shares
 * its storage ({@link EntryStore}): atomic writes, a damaged entry is a miss and is deleted, a failed write
 * is logged and forgotten, and one size limit over feature matrices and results together, kept by deleting
 * the least recently used entries of either kind. Entries are keyed by {@link #FORMAT_VERSION} and the
 * compute code's version too (as feature matrices are), so an upgrade never serves an older code's result.
 * Each entry holds {@code header.json} (the key's fields and the result's type, checked on every read)
 * and {@code result.json}.
 */
public final class AnalysisCache {
    /** The subdirectory of the cache directory holding analysis results. */
    public static final String SUBDIRECTORY = "analyses";
    /** Version of the entry layout; entries of another version are misses. */
    public static final int FORMAT_VERSION = 1;

    static final String RESULT = "result.json";

    private static final ObjectMapper HEADER_JSON = new ObjectMapper();

    /** The key's fields and the result's type, written beside the result and compared on every read. */
    record Header(int format, String code, String dataset, String analysis, List<String> specs, String centres,
            String parameters, String type) {
    }

    private final EntryStore store;
    private final String code;
    private final ObjectMapper json = ResultJson.newMapper();

    /**
     * @param directory  the cache directory (the {@link FeatureCache}'s); results live in its {@value #SUBDIRECTORY}
     * @param limitBytes the total size of feature matrices and results in that directory, at least 0
     */
    public AnalysisCache(Path directory, long limitBytes) {
        this(directory, limitBytes, FeatureCache.codeVersion());
    }

    /** A cache as written by the given code version (tests simulate an upgrade with it). */
    AnalysisCache(Path directory, long limitBytes, String code) {
        this.store = new EntryStore(directory, SUBDIRECTORY, limitBytes);
        this.code = code;
    }

    /** The results stored beside a feature cache, under its directory and limit. */
    public static AnalysisCache besides(FeatureCache features) {
        return new AnalysisCache(features.directory(), features.limitBytes());
    }

    /** The cache in {@link FeatureCache#defaultDirectory()} with the feature cache's default limit. */
    public static AnalysisCache atDefaultLocation() {
        return new AnalysisCache(FeatureCache.defaultDirectory(), FeatureCache.defaultLimitBytes());
    }

    /** Where the results are: the {@value #SUBDIRECTORY} subdirectory of the cache directory. */
    public Path directory() {
        return store.shelf();
    }

    /** Number of results stored. */
    public int entryCount() {
        return store.shelfEntryCount();
    }

    /**
     * The result stored under the key as a {@code type}, or empty: never stored, evicted, written by other
     * code, stored as another type, or damaged (then deleted).
     */
    public <T> Optional<T> get(AnalysisKey key, Class<T> type) {
        return store.get(nameOf(key), entry -> read(entry, key, type));
    }

    /**
     * Stores the result under the key, replacing one already there; false (nothing stored) when it cannot
     * be written as JSON, is larger than the limit, or the write failed.
     */
    public boolean put(AnalysisKey key, Object result) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(result);
        } catch (IOException | RuntimeException e) {
            System.getLogger(AnalysisCache.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot write " + result.getClass().getName() + " as JSON: " + e.getMessage());
            return false;
        }
        Header header = headerOf(key, result.getClass());
        return store.put(nameOf(key), bytes.length, entry -> {
            java.nio.file.Files.write(entry.resolve(RESULT), bytes);
            HEADER_JSON.writeValue(entry.resolve(EntryStore.HEADER).toFile(), header);
        }, key.toString());
    }

    private Header headerOf(AnalysisKey key, Class<?> type) {
        return new Header(FORMAT_VERSION, code, key.datasetText(), key.analysis(), key.specs(), key.centres(),
                key.parametersText(), type.getName());
    }

    private <T> T read(Path entry, AnalysisKey key, Class<T> type) throws DamagedEntryException {
        try {
            Header stored = HEADER_JSON.readValue(entry.resolve(EntryStore.HEADER).toFile(), Header.class);
            DamagedEntryException.require(stored.format() == FORMAT_VERSION, "format " + stored.format() + ", expected " + FORMAT_VERSION);
            DamagedEntryException.require(stored.code().equals(code), "written by " + stored.code() + ", this is " + code);
            DamagedEntryException.require(stored.equals(headerOf(key, type)), "written for another key or type");
            return json.readValue(entry.resolve(RESULT).toFile(), type);
        } catch (IOException | RuntimeException e) {
            throw new DamagedEntryException(e.getMessage());
        }
    }

    private String nameOf(AnalysisKey key) {
        return key.digest(FORMAT_VERSION + "/" + code);
    }
}
