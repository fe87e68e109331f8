package org.descriptorworkbench.gui.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.descriptorworkbench.cache.DatasetFingerprint;
import org.descriptorworkbench.cache.FeatureCache;
import org.descriptorworkbench.cache.FeatureKey;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.gui.task.TaskBarModel;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.CancelledException;
import org.descriptorworkbench.task.Progress;
import org.descriptorworkbench.task.TaskHandle;

/**
 * Feature matrices of the descriptor set for the chosen centres, each obtained once as its own task
 * (listed in the task bar, cancellable) and shared per (dataset content, spec, centre choice): a matrix
 * being computed is shared by every analysis that asks for it; a failed or cancelled one is forgotten,
 * so asking again retries.
 *
 * <p>Each task first looks in the persistent {@link FeatureCache} (a hit ends the task at once with the
 * message {@value #LOADED_FROM_CACHE}), else computes through {@link DescriptorEngine#computeCentres}
 * and stores the result there, so reopening a file, or the same data under another name, in a later
 * session is instant. {@link #forget} (a dataset closed) cancels the tasks no open dataset still needs.
 * A dataset's content fingerprint is computed once per {@link Dataset} object, on
 * a background thread, never on the JavaFX thread.
 */
public final class FeatureService {
    /** The task bar message of a matrix read from the disk cache instead of computed. */
    public static final String LOADED_FROM_CACHE = "loaded from the cache";
    /** Bumped whenever {@link CentreChoice#resolve} picks other rows for the same choice. */
    private static final String CENTRES_VERSION = "centres-1";

    private record Key(DatasetFingerprint dataset, String spec, CentreChoice centres) {
    }

    private final TaskBarModel tasks;
    private final FeatureCache disk;
    private final Map<Key, CompletableFuture<FeatureMatrix>> cache = new ConcurrentHashMap<>();
    private final Map<Key, TaskHandle<FeatureMatrix>> running = new ConcurrentHashMap<>();
    // how often each dataset was forgotten (guarded by this): a request made before, still waiting for the
    // fingerprint when the dataset was closed, starts no task
    private final Map<Dataset, Integer> forgetCounts = new WeakHashMap<>();
    // Dataset keeps Object's identity equality, so this is a weak identity map: a closed dataset's entry goes with it.
    private final Map<Dataset, CompletableFuture<DatasetFingerprint>> fingerprints = Collections.synchronizedMap(new WeakHashMap<>());
    private final AtomicInteger computations = new AtomicInteger();

    /** A service using the disk cache at its default location ({@link FeatureCache#atDefaultLocation()}). */
    public FeatureService(TaskBarModel tasks) {
        this(tasks, FeatureCache.atDefaultLocation());
    }

    public FeatureService(TaskBarModel tasks, FeatureCache disk) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.disk = Objects.requireNonNull(disk, "disk");
    }

    /** The persistent cache behind this service (e.g. to show its size or clear it). */
    public FeatureCache diskCache() {
        return disk;
    }

    /** The matrices of the specs, in order, for the dataset's chosen centres; completes on a worker thread. */
    public CompletableFuture<List<FeatureMatrix>> features(Dataset dataset, List<DescriptorSpec> specs, CentreChoice choice) {
        List<CompletableFuture<FeatureMatrix>> parts = new ArrayList<>();
        for (DescriptorSpec spec : specs) {
            parts.add(feature(dataset, spec, choice));
        }
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
                .thenApply(none -> parts.stream().map(CompletableFuture::join).toList());
    }

    /** One matrix (see {@link #features}). */
    public CompletableFuture<FeatureMatrix> feature(Dataset dataset, DescriptorSpec spec, CentreChoice choice) {
        int forgottenBefore = forgetCount(dataset);
        return fingerprint(dataset).thenCompose(fingerprint -> {
            Key key = new Key(fingerprint, spec.text(), choice);
            CompletableFuture<FeatureMatrix> future;
            synchronized (this) {
                if (forgetCount(dataset) != forgottenBefore) {
                    return CompletableFuture.failedFuture(new CancelledException());
                }
                future = cache.computeIfAbsent(key, k -> start(key, dataset, spec, choice));
            }
            future.whenComplete((m, e) -> {
                if (e != null) {
                    cache.remove(key, future);
                }
            });
            return future;
        });
    }

    /** The cached matrix, if it has been obtained already in this session. */
    public FeatureMatrix cached(Dataset dataset, DescriptorSpec spec, CentreChoice choice) {
        CompletableFuture<DatasetFingerprint> fingerprint = fingerprints.get(dataset);
        if (fingerprint == null || !fingerprint.isDone() || fingerprint.isCompletedExceptionally()) {
            return null;
        }
        CompletableFuture<FeatureMatrix> f = cache.get(new Key(fingerprint.join(), spec.text(), choice));
        return f != null && f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
    }

    /**
     * Forgets one dataset (e.g. when it is closed: its matrices can never be asked for again): its
     * in-memory matrices are dropped and its feature tasks still queued or running are cancelled; the
     * disk cache keeps what was stored. Matrices and tasks that another dataset of the same content (the
     * same {@link DatasetFingerprint}) has asked for stay, since that dataset still needs them.
     */
    public void forget(Dataset dataset) {
        CompletableFuture<DatasetFingerprint> fingerprint;
        synchronized (this) {
            forgetCounts.merge(dataset, 1, Integer::sum);
            fingerprint = fingerprints.remove(dataset);
        }
        if (fingerprint != null) {
            // decided once the content is known (at once when it is already)
            fingerprint.thenAccept(this::dropUnlessStillWanted);
        }
    }

    private synchronized int forgetCount(Dataset dataset) {
        return forgetCounts.getOrDefault(dataset, 0);
    }

    /**
     * Drops the matrices and cancels the tasks of a content no dataset asked for any more; decides only
     * once every other dataset's fingerprint is known, since one of them may turn out to be that content.
     */
    private synchronized void dropUnlessStillWanted(DatasetFingerprint gone) {
        CompletableFuture<?>[] pending = fingerprints.values().stream().filter(f -> !f.isDone()).toArray(CompletableFuture[]::new);
        if (pending.length > 0) {
            CompletableFuture.allOf(pending).whenComplete((none, error) -> dropUnlessStillWanted(gone));
            return;
        }
        boolean stillWanted = fingerprints.values().stream()
                .anyMatch(f -> f.isDone() && !f.isCompletedExceptionally() && f.join().equals(gone));
        if (stillWanted) {
            return;
        }
        cache.keySet().removeIf(key -> key.dataset().equals(gone));
        running.forEach((key, handle) -> {
            if (key.dataset().equals(gone)) {
                handle.cancel();
            }
        });
    }

    /** Forgets every matrix held in memory (e.g. when memory is needed); the disk cache keeps its entries. */
    public void clear() {
        cache.clear();
    }

    /** How many matrices this service computed rather than found in a cache (tests check reuse with it). */
    int computations() {
        return computations.get();
    }

    /** The dataset's content fingerprint, computed once per dataset object on a background thread. */
    public CompletableFuture<DatasetFingerprint> fingerprint(Dataset dataset) {
        return fingerprints.computeIfAbsent(dataset, d -> CompletableFuture.supplyAsync(() -> DatasetFingerprint.of(d)));
    }

    /** Starts the task of one matrix; it is listed as running (cancellable by {@link #forget}) until it ends. */
    private CompletableFuture<FeatureMatrix> start(Key runningKey, Dataset dataset, DescriptorSpec spec, CentreChoice choice) {
        DatasetFingerprint fingerprint = runningKey.dataset();
        TaskBarModel.Started<FeatureMatrix> started = tasks.start("Features " + spec.text(), progress -> {
            Centres centres = choice.resolve(dataset);
            int[] species = dataset.species();
            FeatureKey key = new FeatureKey(fingerprint, spec.text(), canonicalText(choice), species);
            progress.report(0, "looking in the cache");
            Optional<FeatureMatrix> stored = disk.get(key).filter(m -> sameRows(m, centres));
            if (stored.isPresent()) {
                progress.report(1, LOADED_FROM_CACHE);
                return stored.get();
            }
            FeatureMatrix computed = compute(dataset, spec, species, centres, progress);
            progress.report(1, "saving to the cache");
            disk.put(key, computed); // never fails the task: a cache that cannot write only costs time later
            progress.report(1, centres.size() + " environments computed");
            return computed;
        });
        running.put(runningKey, started.handle());
        started.result().whenComplete((m, e) -> running.remove(runningKey, started.handle()));
        return started.result();
    }

    private FeatureMatrix compute(Dataset dataset, DescriptorSpec spec, int[] species, Centres centres, Progress progress) {
        Descriptor descriptor = DescriptorCatalog.create(spec, species);
        computations.incrementAndGet();
        progress.report(0, centres.size() + " environments");
        return DescriptorEngine.computeCentres(descriptor, dataset, centres.structureOfRow(), centres.atomOfRow(),
                DescriptorEngine.defaultThreads(), progress);
    }

    /** True when a stored matrix has exactly the rows the choice resolves to now (guards against a changed sampler). */
    private static boolean sameRows(FeatureMatrix m, Centres centres) {
        if (!m.hasRowMetadata() || m.rows() != centres.size()) {
            return false;
        }
        for (int r = 0; r < m.rows(); r++) {
            if (m.structureIndex(r) != centres.structureOfRow()[r] || m.atomIndex(r) != centres.atomOfRow()[r]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The choice as text that is equal exactly when {@link CentreChoice#resolve} gives the same rows on
     * the same dataset: filters are sets, explicit atoms are deduplicated and sorted (as resolve does),
     * a sample's size and seed do not matter when every candidate is taken, and the species and structure
     * filters do not matter when explicit atoms are given.
     */
    public static String canonicalText(CentreChoice choice) {
        StringBuilder text = new StringBuilder(CENTRES_VERSION).append(' ');
        text.append(choice.all() ? "all" : "random " + choice.count() + " seed " + choice.seed());
        if (!choice.environments().isEmpty()) {
            text.append(" atoms ").append(choice.environments().stream().distinct()
                    .sorted((a, b) -> a.structure() != b.structure() ? Integer.compare(a.structure(), b.structure())
                            : Integer.compare(a.atom(), b.atom()))
                    .map(a -> a.structure() + ":" + a.atom()).collect(Collectors.joining(",")));
            return text.toString();
        }
        text.append(" species ").append(sortedSet(choice.species()));
        text.append(" structures ").append(sortedSet(choice.structures()));
        return text.toString();
    }

    private static String sortedSet(List<Integer> values) {
        return values.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }
}
