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

/**
 * The storage shared by {@link FeatureCache} and {@link AnalysisCache}: one cache directory whose entries
 * are flat directories of files named by a key digest, each with a {@value #HEADER} file, kept on
 * shelves (the directory itself for feature matrices, {@value AnalysisCache#SUBDIRECTORY}/ for analysis
 * results) under one size limit counted over every shelf.
 *
 * <p>An entry is written under a temporary name and renamed into place, so a crash or a concurrent writer
 * never leaves half an entry. A damaged entry is a miss and is deleted; a failed write is logged and
 * forgotten, so the store never fails its caller. Beyond the limit, the least recently used entries of any
 * shelf are deleted (last use = the header's modification time, set on every write and hit). Only names the
 * store itself creates are ever deleted, so a cache directory holding other files is safe.
 */
final class EntryStore {
    /** Every entry's header file; its modification time is the entry's last use. */
    static final String HEADER = "header.json";
    /** The shelves of one cache directory, relative to it ("" = the directory itself). */
    static final List<String> SHELVES = List.of("", AnalysisCache.SUBDIRECTORY);

    private static final System.Logger LOG = System.getLogger(EntryStore.class.getName());
    private static final Pattern ENTRY_NAME = Pattern.compile("[0-9a-f]{64}");
    private static final String TEMPORARY_PREFIX = ".tmp-";
    private static final String DISCARDED_PREFIX = ".del-";
    /** Temporary directories older than this belong to a crashed writer, not a slow one. */
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);
    /** Last-use stamps strictly increase within the JVM, over every store, so LRU order is exact. */
    private static long lastStampMicros;

    /** Reads one entry's directory; any failure means the entry is damaged. */
    interface Reader<T> {
        T read(Path entry) throws DamagedEntryException;
    }

    /** Writes an entry's files into a new, empty directory (the header last). */
    interface Writer {
        void write(Path entry) throws IOException;
    }

    /** A read failed because the entry is damaged, of another format or of another key. */
    static final class DamagedEntryException extends Exception {
        DamagedEntryException(String message) {
            super(message);
        }

        static void require(boolean condition, String problem) throws DamagedEntryException {
            if (!condition) {
                throw new DamagedEntryException(problem);
            }
        }
    }

    private final Path root;
    private final Path shelf;
    private final long limitBytes;

    /**
     * @param root       the cache directory
     * @param shelf      one of {@link #SHELVES}
     * @param limitBytes the total size of the entries of every shelf, at least 0
     */
    EntryStore(Path root, String shelf, long limitBytes) {
        if (limitBytes < 0) {
            throw new IllegalArgumentException("cache limit must be at least 0 bytes, got " + limitBytes);
        }
        if (!SHELVES.contains(shelf)) {
            throw new IllegalArgumentException("no shelf " + shelf + " in a cache directory");
        }
        this.root = root.toAbsolutePath().normalize();
        this.shelf = shelf.isEmpty() ? this.root : this.root.resolve(shelf);
        this.limitBytes = limitBytes;
    }

    Path root() {
        return root;
    }

    Path shelf() {
        return shelf;
    }

    long limitBytes() {
        return limitBytes;
    }

    /** The entry named {@code name} on this shelf read by {@code reader}, or empty (absent, or damaged and now deleted). */
    <T> Optional<T> get(String name, Reader<T> reader) {
        Path entry = shelf.resolve(name);
        Object identity = identityOf(entry);
        if (identity == null) {
            return Optional.empty();
        }
        try {
            T value = reader.read(entry);
            touch(entry);
            return Optional.of(value);
        } catch (DamagedEntryException | RuntimeException e) {
            // an entry replaced by a concurrent writer while it was read is not damaged: leave the new one alone
            if (identity.equals(identityOf(entry))) {
                LOG.log(Level.INFO, "discarding damaged cache entry " + entry + ": " + e.getMessage());
                discard(entry);
            }
            return Optional.empty();
        }
    }

    /**
     * Writes an entry named {@code name}, replacing one already there, then evicts the least recently used
     * entries beyond the limit. Returns false (storing nothing) when {@code bytes}, the entry's expected
     * size, alone exceeds the limit, or the write failed; {@code what} names the entry in the log.
     */
    boolean put(String name, long bytes, Writer writer, String what) {
        if (bytes > limitBytes) {
            return false;
        }
        Path temporary = shelf.resolve(TEMPORARY_PREFIX + UUID.randomUUID());
        try {
            Files.createDirectories(temporary);
            writer.write(temporary);
            Path entry = shelf.resolve(name);
            if (!moveIntoPlace(temporary, entry)) {
                return false;
            }
            touch(entry);
            evictBeyondLimit(entry);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not store " + what + " in the cache at " + shelf + ": " + e.getMessage());
            return false;
        } finally {
            deleteTree(temporary);
        }
    }

    /** Total size in bytes of the entries of every shelf. */
    long sizeBytes() {
        return allEntries().stream().mapToLong(EntryUse::bytes).sum();
    }

    /** Number of entries of every shelf. */
    int entryCount() {
        return allEntries().size();
    }

    /** Number of entries on this shelf. */
    int shelfEntryCount() {
        return entriesOf(shelf).size();
    }

    /** Deletes every entry (and leftover temporary) of every shelf; other files are kept. */
    void clear() {
        synchronized (EntryStore.class) {
            for (Path dir : shelves()) {
                for (Path child : children(dir)) {
                    String name = child.getFileName().toString();
                    if (ENTRY_NAME.matcher(name).matches() || name.startsWith(TEMPORARY_PREFIX) || name.startsWith(DISCARDED_PREFIX)) {
                        discard(child);
                    }
                }
            }
        }
    }

    private List<Path> shelves() {
        return SHELVES.stream().map(s -> s.isEmpty() ? root : root.resolve(s)).toList();
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

    private static void touch(Path entry) {
        long micros;
        synchronized (EntryStore.class) {
            long now = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
            micros = Math.max(now, lastStampMicros + 1);
            lastStampMicros = micros;
        }
        try {
            Files.setLastModifiedTime(entry.resolve(HEADER), FileTime.from(micros, TimeUnit.MICROSECONDS));
        } catch (IOException e) {
            // evicted meanwhile by another writer: nothing to mark
        }
    }

    /** Deletes least recently used entries of any shelf until the total fits, never the one just written. */
    private void evictBeyondLimit(Path keep) {
        synchronized (EntryStore.class) {
            List<EntryUse> all = allEntries();
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
            for (Path dir : shelves()) {
                removeAbandonedTemporaries(dir);
            }
        }
    }

    private void removeAbandonedTemporaries(Path dir) {
        long cutoff = System.currentTimeMillis() - ABANDONED_AFTER.toMillis();
        for (Path child : children(dir)) {
            String name = child.getFileName().toString();
            if (name.startsWith(DISCARDED_PREFIX) || name.startsWith(TEMPORARY_PREFIX) && modifiedMillis(child) < cutoff) {
                deleteTree(child);
            }
        }
    }

    /** An entry's directory, size and last use. */
    private record EntryUse(Path path, long bytes, long lastUsedMicros) {
    }

    private List<EntryUse> allEntries() {
        List<EntryUse> out = new ArrayList<>();
        for (Path dir : shelves()) {
            out.addAll(entriesOf(dir));
        }
        return out;
    }

    private static List<EntryUse> entriesOf(Path dir) {
        List<EntryUse> out = new ArrayList<>();
        for (Path child : children(dir)) {
            if (ENTRY_NAME.matcher(child.getFileName().toString()).matches() && Files.isDirectory(child)) {
                out.add(new EntryUse(child, treeBytes(child), lastUsedMicros(child)));
            }
        }
        return out;
    }

    private static long lastUsedMicros(Path entry) {
        try {
            return Files.getLastModifiedTime(entry.resolve(HEADER)).to(TimeUnit.MICROSECONDS);
        } catch (IOException e) {
            return Long.MIN_VALUE; // no header: damaged, the first to go
        }
    }

    private static List<Path> children(Path dir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(out::add);
        } catch (NoSuchFileException e) {
            // nothing stored yet
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list the cache at " + dir + ": " + e.getMessage());
        }
        return out;
    }

    /**
     * Removes an entry by renaming it aside first (readers see it whole or not at all), then deleting
     * the renamed copy; a crash in between leaves only a name that the next eviction removes.
     */
    private static void discard(Path entry) {
        Path aside = entry.resolveSibling(DISCARDED_PREFIX + UUID.randomUUID());
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
}
