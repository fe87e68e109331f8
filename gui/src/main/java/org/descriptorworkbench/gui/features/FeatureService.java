package org.descriptorworkbench.gui.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.gui.task.TaskBarModel;
import org.descriptorworkbench.structure.Dataset;

/**
 * Feature matrices of the descriptor set for the chosen centres, each computed once as its own task
 * (listed in the task bar, cancellable) through {@link DescriptorEngine#computeCentres} and cached per
 * (dataset identity, spec, centre choice). A matrix being computed is shared by every analysis that
 * asks for it; a failed or cancelled one is forgotten, so asking again retries.
 */
public final class FeatureService {
    private record Key(Dataset dataset, String spec, CentreChoice centres) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.dataset == dataset && k.spec.equals(spec) && k.centres.equals(centres);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(dataset), spec, centres);
        }
    }

    private final TaskBarModel tasks;
    private final Map<Key, CompletableFuture<FeatureMatrix>> cache = new ConcurrentHashMap<>();

    public FeatureService(TaskBarModel tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
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
        Key key = new Key(dataset, spec.text(), choice);
        CompletableFuture<FeatureMatrix> future = cache.computeIfAbsent(key, k -> start(dataset, spec, choice));
        future.whenComplete((m, e) -> {
            if (e != null) {
                cache.remove(key, future);
            }
        });
        return future;
    }

    /** The cached matrix, if it has been computed already. */
    public FeatureMatrix cached(Dataset dataset, DescriptorSpec spec, CentreChoice choice) {
        CompletableFuture<FeatureMatrix> f = cache.get(new Key(dataset, spec.text(), choice));
        return f != null && f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
    }

    /** Forgets the matrices of one dataset (e.g. when it is closed: they can never be asked for again). */
    public void forget(Dataset dataset) {
        cache.keySet().removeIf(key -> key.dataset == dataset);
    }

    /** Forgets every matrix (e.g. when memory is needed). */
    public void clear() {
        cache.clear();
    }

    private CompletableFuture<FeatureMatrix> start(Dataset dataset, DescriptorSpec spec, CentreChoice choice) {
        return tasks.submit("Features " + spec.text(), progress -> {
            Centres centres = choice.resolve(dataset);
            Descriptor descriptor = DescriptorCatalog.create(spec, dataset.species());
            progress.report(0, centres.size() + " environments");
            return DescriptorEngine.computeCentres(descriptor, dataset, centres.structureOfRow(), centres.atomOfRow(),
                    DescriptorEngine.defaultThreads(), progress);
        });
    }
}
