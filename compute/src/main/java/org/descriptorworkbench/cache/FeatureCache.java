package org.descriptorworkbench.cache;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.descriptorworkbench.descriptor.FeatureMatrix;

/**
 * A directory of computed feature matrices keyed by {@link FeatureKey} (dataset content, spec, centres,
 * species), kept between runs so that reopening a dataset does not recompute its descriptors.
 *
 * <p>Each entry is a directory named by the key's digest (see {@link CacheEntry} for its files). It is
 * written under a temporary name and renamed into place, so a crash or a concurrent writer never leaves
 * half an entry. A damaged or unreadable entry is a miss and is deleted; the cache never fails its
 * caller: a failed write is logged and forgotten. The total size stays under a limit by deleting the
 * least recently used entries (last use = the header's modification time, set on every write and hit).
 * Only names the cache itself creates are ever deleted, so pointing it at a directory holding other
 * files is safe.
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
    private static final Pattern ENTRY_NAME = Pattern.compile("[0-9a-f]{64}");
    private static final String TEMPORARY_PREFIX = ".tmp-";
    private static final String DISCARDED_PREFIX = ".del-";
    /** Temporary directories older than this belong to a crashed writer, not a slow one. */
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private final Path directory;
    private final long limitBytes;
    private final String code;
    private long lastStampMicros;

    /**
     * @param directory  where entries live (created on the first write)
     * @param limitBytes total size of the entries kept, at least 0
     */
    public FeatureCache(Path directory, long limitBytes) {
        this(directory, limitBytes, codeVersion());
    }

    /** A cache as written by the given code version (tests simulate an upgrade with it). */
    FeatureCache(Path directory, long limitBytes, String code) {
        if (limitBytes < 0) {
            throw new IllegalArgumentException("cache limit must be at least 0 bytes, got " + limitBytes);
        }
        this.directory = directory.toAbsolutePath().normalize();
        this.limitBytes = limitBytes;
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

    private static long defaultLimitBytes() {
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
        return directory;
    }

    public long limitBytes() {
        return limitBytes;
    }

    /** The matrix stored under the key, or empty (never there, evicted, or damaged and now deleted). */
    public Optional<FeatureMatrix> get(FeatureKey key) {
        Path entry = entryOf(key);
        Object identity = identityOf(entry);
        if (identity == null) {
            return Optional.empty();
        }
        try {
            FeatureMatrix matrix = CacheEntry.read(entry, FORMAT_VERSION, code, key);
            touch(entry);
            return Optional.of(matrix);
        } catch (CacheEntry.DamagedEntryException e) {
            // an entry replaced by a concurrent writer while it was read is not damaged: leave the new one alone
            if (identity.equals(identityOf(entry))) {
                LOG.log(Level.INFO, "discarding damaged cache entry " + entry + ": " + e.getMessage());
                discard(entry);
            }
            return Optional.empty();
        }
    }

    /** The entry directory's file key (device and inode on Unix), its creation time where there is none, or null when absent. */
    private static Object identityOf(Path entry) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
            if (!attributes.isDirectory()) {
                return null;
            }
            return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Stores the matrix under the key, replacing an entry already there, then evicts the least recently
     * used entries beyond the limit. Returns false (and stores nothing) when the matrix alone exceeds the
     * limit or the write failed.
     */
    public boolean put(FeatureKey key, FeatureMatrix matrix) {
        if (approximateBytes(matrix) > limitBytes) {
            return false;
        }
        Path temporary = directory.resolve(TEMPORARY_PREFIX + UUID.randomUUID());
        try {
            Files.createDirectories(temporary);
            CacheEntry.write(temporary, FORMAT_VERSION, code, key, matrix);
            Path entry = entryOf(key);
            if (!moveIntoPlace(temporary, entry)) {
                return false;
            }
            touch(entry);
            evictBeyondLimit(entry);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not store " + key + " in the feature cache at " + directory + ": " + e.getMessage());
            return false;
        } finally {
            deleteTree(temporary);
        }
    }

    /** Total size in bytes of the entries on disk. */
    public long sizeBytes() {
        return entries().stream().mapToLong(EntryUse::bytes).sum();
    }

    /** Number of entries on disk. */
    public int entryCount() {
        return entries().size();
    }

    /** Deletes every entry (and any leftover temporary directory); other files in the directory are kept. */
    public synchronized void clear() {
        for (Path child : children()) {
            String name = child.getFileName().toString();
            if (ENTRY_NAME.matcher(name).matches() || name.startsWith(TEMPORARY_PREFIX) || name.startsWith(DISCARDED_PREFIX)) {
                discard(child);
            }
        }
    }

    private Path entryOf(FeatureKey key) {
        return directory.resolve(key.digest(FORMAT_VERSION + "/" + code));
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

    /**
     * Renames the finished temporary directory to the entry's name. An entry already there (an older
     * computation, or another thread storing the same key just now) is discarded first; if another
     * writer wins the race again, its equal entry stays and this one is dropped.
     */
    private boolean moveIntoPlace(Path temporary, Path entry) throws IOException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (IOException e) {
                if (!Files.exists(entry)) {
                    throw e;
                }
                if (attempt == 0) {
                    discard(entry);
                }
            }
        }
        return false;
    }

    /** Marks the entry as used now; stamps strictly increase within this JVM so LRU order is exact. */
    private void touch(Path entry) {
        long micros;
        synchronized (this) {
            long now = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
            micros = Math.max(now, lastStampMicros + 1);
            lastStampMicros = micros;
        }
        try {
            Files.setLastModifiedTime(entry.resolve(CacheEntry.HEADER), FileTime.from(micros, TimeUnit.MICROSECONDS));
        } catch (IOException e) {
            // evicted meanwhile by another writer: nothing to mark
        }
    }

    /** Deletes least recently used entries until the total fits, never the one just written. */
    private synchronized void evictBeyondLimit(Path keep) {
        List<EntryUse> all = entries();
        long total = all.stream().mapToLong(EntryUse::bytes).sum();
        all.sort(Comparator.comparingLong(EntryUse::lastUsedMicros));
        for (EntryUse e : all) {
            if (total <= limitBytes) {
                break;
            }
            if (!e.path().equals(keep)) {
                discard(e.path());
                total -= e.bytes();
            }
        }
        removeAbandonedTemporaries();
    }

    private void removeAbandonedTemporaries() {
        long cutoff = System.currentTimeMillis() - ABANDONED_AFTER.toMillis();
        for (Path child : children()) {
            String name = child.getFileName().toString();
            if (name.startsWith(DISCARDED_PREFIX) || name.startsWith(TEMPORARY_PREFIX) && modifiedMillis(child) < cutoff) {
                deleteTree(child);
            }
        }
    }

    /** An entry's directory, size and last use. */
    private record EntryUse(Path path, long bytes, long lastUsedMicros) {
    }

    private List<EntryUse> entries() {
        List<EntryUse> out = new ArrayList<>();
        for (Path child : children()) {
            if (ENTRY_NAME.matcher(child.getFileName().toString()).matches() && Files.isDirectory(child)) {
                out.add(new EntryUse(child, treeBytes(child), lastUsedMicros(child)));
            }
        }
        return out;
    }

    private static long lastUsedMicros(Path entry) {
        try {
            return Files.getLastModifiedTime(entry.resolve(CacheEntry.HEADER)).to(TimeUnit.MICROSECONDS);
        } catch (IOException e) {
            return Long.MIN_VALUE; // no header: damaged, the first to go
        }
    }

    private List<Path> children() {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(out::add);
        } catch (NoSuchFileException e) {
            // nothing stored yet
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list the feature cache at " + directory + ": " + e.getMessage());
        }
        return out;
    }

    /**
     * Removes an entry by renaming it aside first (readers see it whole or not at all), then deleting
     * the renamed copy; a crash in between leaves only a name that the next eviction removes.
     */
    private void discard(Path entry) {
        Path aside = directory.resolve(DISCARDED_PREFIX + UUID.randomUUID());
        try {
            Files.move(entry, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return; // already gone (another thread or process discarded it)
        }
        deleteTree(aside);
    }

    /** Entries and temporaries are flat directories of files. */
    private static void deleteTree(Path dir) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path file : stream) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + dir + ": " + e.getMessage());
        }
    }

    private static long treeBytes(Path dir) {
        long bytes = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path file : stream) {
                bytes += Files.size(file);
            }
        } catch (IOException e) {
            // vanished while listing: count what was seen
        }
        return bytes;
    }

    private static long modifiedMillis(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The values alone, which dominate an entry's size. */
    private static long approximateBytes(FeatureMatrix m) {
        return 8L * m.rows() * m.columns();
    }
}
