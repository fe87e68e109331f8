package org.descriptorworkbench.cache;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.descriptorworkbench.descriptor.FeatureMatrix;

/**
 * A directory of computed feature matrices keyed by {@link FeatureKey} (dataset content, spec, centres,
 * species), kept between runs so that reopening a dataset does not recompute its descriptors.
 *
 * <p>Each entry is a directory named by the key's digest (see {@link CacheEntry} for its files), stored
 * through the {@link EntryStore} it shares with the {@link AnalysisCache} of the same directory: written
 * under a temporary name and renamed into place, so a crash or a concurrent writer never leaves half an
 * entry; a damaged or unreadable entry is a miss and is deleted; the cache never fails its caller (a
 * failed write is logged and forgotten). The total size of feature matrices and analysis results
 * together stays under one limit by deleting the least recently used entries of either kind. Only names
 * the cache itself creates are ever deleted, so pointing it at a directory holding other files is safe.
 *
 * <p>Entries are also keyed by {@link #FORMAT_VERSION} and the version of the compute code (with the
 * jar's build time for snapshots), so an upgrade never serves values computed by older descriptor code;
 * old entries age out by LRU.
 *
 * <p>Location: the system property {@value #DIRECTORY_PROPERTY}, else {@code $XDG_CACHE_HOME/descriptor-workbench},
 * else {@code ~/.cache/descriptor-workbench}; limit: {@value #LIMIT_PROPERTY} (MB), else 2 GB.
 */
public final class FeatureCache {
    /** Version of the entry layout; entries of another version are misses. */
    public static final int FORMAT_VERSION = 1;
    /** System property naming the cache directory. */
    public static final String DIRECTORY_PROPERTY = "dwb.cache.dir";
    /** System property giving the size limit in megabytes. */
    public static final String LIMIT_PROPERTY = "dwb.cache.limit-mb";
    /** The default size limit: 2 GB. */
    public static final long DEFAULT_LIMIT_BYTES = 2L << 30;

    private static final System.Logger LOG = System.getLogger(FeatureCache.class.getName());

    private final EntryStore store;
    private final String code;

    /**
     * @param directory  where entries live (created on the first write)
     * @param limitBytes total size of the entries kept, at least 0
     */
    public FeatureCache(Path directory, long limitBytes) {
        this(directory, limitBytes, codeVersion());
    }

    /** A cache as written by the given code version (tests simulate an upgrade with it). */
    FeatureCache(Path directory, long limitBytes, String code) {
        this.store = new EntryStore(directory, "", limitBytes);
        this.code = code;
    }

    /** The cache at {@link #defaultDirectory()} with the limit of {@value #LIMIT_PROPERTY} or 2 GB. */
    public static FeatureCache atDefaultLocation() {
        return new FeatureCache(defaultDirectory(), defaultLimitBytes());
    }

    /** {@value #DIRECTORY_PROPERTY}, else {@code $XDG_CACHE_HOME/descriptor-workbench}, else {@code ~/.cache/descriptor-workbench}. */
    public static Path defaultDirectory() {
        String property = System.getProperty(DIRECTORY_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("descriptor-workbench");
    }

    static long defaultLimitBytes() {
        String property = System.getProperty(LIMIT_PROPERTY);
        if (property == null || property.isBlank()) {
            return DEFAULT_LIMIT_BYTES;
        }
        try {
            return Math.max(0, Long.parseLong(property.strip())) << 20;
        } catch (NumberFormatException e) {
            LOG.log(Level.WARNING, LIMIT_PROPERTY + "=" + property + " is not a number of megabytes; using 2048");
            return DEFAULT_LIMIT_BYTES;
        }
    }

    public Path directory() {
        return store.root();
    }

    public long limitBytes() {
        return store.limitBytes();
    }

    /** The matrix stored under the key, or empty (never there, evicted, or damaged and now deleted). */
    public Optional<FeatureMatrix> get(FeatureKey key) {
        return store.get(nameOf(key), entry -> CacheEntry.read(entry, FORMAT_VERSION, code, key));
    }

    /**
     * Stores the matrix under the key, replacing an entry already there, then evicts the least recently
     * used entries beyond the limit. Returns false (and stores nothing) when the matrix alone exceeds the
     * limit or the write failed.
     */
    public boolean put(FeatureKey key, FeatureMatrix matrix) {
        return store.put(nameOf(key), 8L * matrix.rows() * matrix.columns(),
                entry -> CacheEntry.write(entry, FORMAT_VERSION, code, key, matrix), key.toString());
    }

    /** Total size in bytes of the entries on disk: feature matrices and the analysis results stored beside them. */
    public long sizeBytes() {
        return store.sizeBytes();
    }

    /** Number of entries on disk, feature matrices and analysis results together. */
    public int entryCount() {
        return store.entryCount();
    }

    /**
     * Deletes every entry, feature matrices and analysis results alike (and any leftover temporary
     * directory); other files in the directory are kept.
     */
    public void clear() {
        store.clear();
    }

    private String nameOf(FeatureKey key) {
        return key.digest(FORMAT_VERSION + "/" + code);
    }

    /**
     * The version of the code that computed the entries: the compute jar's version, and for a snapshot
     * also the jar's build time, so values cached by an older build of a changing descriptor are never
     * served by a newer one ("development" when run from classes, e.g. in tests).
     */
    static String codeVersion() {
        String version = FeatureCache.class.getPackage().getImplementationVersion();
        String code = version == null ? "development" : version;
        if (version == null || version.endsWith("-SNAPSHOT")) {
            try {
                Path jar = Path.of(FeatureCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isRegularFile(jar)) {
                    code += "@" + Files.getLastModifiedTime(jar).toMillis();
                }
            } catch (Exception e) {
                // no code source (custom class loader): the version alone
            }
        }
        return code;
    }
}
