package org.descriptorworkbench.gui;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.descriptorworkbench.cache.AnalysisCache;
import org.descriptorworkbench.cache.AnalysisKey;
import org.descriptorworkbench.cache.DatasetFingerprint;
import org.descriptorworkbench.cache.FeatureCache;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.dataset.OpenDataset;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.gui.features.CentreChoice;
import org.descriptorworkbench.gui.features.FeatureService;
import org.descriptorworkbench.gui.selection.PlotSelection;
import org.descriptorworkbench.gui.task.TaskBarModel;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.CancelledException;
import org.descriptorworkbench.task.Job;

/**
 * The shared state of the workbench window: the open datasets, the descriptor set, the chosen centres,
 * the task bar, the feature cache, the selected pair of environments, the last plot selection and whether there are unsaved
 * changes. Analyses start here: features first (cached tasks), then the analysis as its own task,
 * and the result is handed to the UI executor, so no caller ever waits. Results of cached analyses
 * ({@link CachedAnalysis}) are kept in the {@link AnalysisCache} beside the feature cache and shown from
 * there without computing anything when the same analysis is asked for again, in this run or a later one.
 */
public final class WorkbenchModel {
    /** A pair of rows of the analysed matrices, with the matrix that says which environments they are. */
    public record PairSelection(FeatureMatrix rows, int i, int j) {
    }

    /** One environment: atom {@code atom} of structure {@code structure} of the dataset. */
    public record EnvironmentSelection(int structure, int atom) {
    }

    /** The task-bar message and status-line note of a result read from the cache instead of computed. */
    public static final String LOADED_FROM_CACHE = FeatureService.LOADED_FROM_CACHE;

    /**
     * What makes an analysis result reusable: its name (one per kind of result), the specs it compares in
     * order, its parameters (as in the session file), the record type it produces, and whether it reads
     * the active dataset and the chosen centres (both then become part of its cache key).
     */
    public record CachedAnalysis<T>(String name, List<DescriptorSpec> specs, Map<String, Object> parameters, Class<T> type,
            boolean readsDataset, boolean readsCentres) {
        public CachedAnalysis {
            Objects.requireNonNull(name, "name");
            specs = List.copyOf(specs);
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(type, "type");
        }

        /** An analysis of the active dataset's chosen centres (the features of {@code specs}). */
        public static <T> CachedAnalysis<T> ofCentres(String name, List<DescriptorSpec> specs, Map<String, Object> parameters,
                Class<T> type) {
            return new CachedAnalysis<>(name, specs, parameters, type, true, true);
        }

        /** An analysis of the active dataset that chooses its own environments or structures. */
        public static <T> CachedAnalysis<T> ofDataset(String name, List<DescriptorSpec> specs, Map<String, Object> parameters,
                Class<T> type) {
            return new CachedAnalysis<>(name, specs, parameters, type, true, false);
        }

        /** An analysis that reads no dataset (e.g. one on a built-in structure). */
        public static <T> CachedAnalysis<T> ofNoDataset(String name, List<DescriptorSpec> specs, Map<String, Object> parameters,
                Class<T> type) {
            return new CachedAnalysis<>(name, specs, parameters, type, false, false);
        }
    }

    /**
     * A result handed to a tab: the value, the name of the dataset it was computed on ("" when it reads
     * none) and whether it was read from the cache rather than computed.
     */
    public record Outcome<T>(T value, String datasetName, boolean fromCache) {
    }

    private final DatasetViewModel datasets;
    private final DescriptorSetModel descriptors;
    private final TaskBarModel tasks;
    private final FeatureService features;
    private final AnalysisCache results;
    private final Executor ui;
    private final ObjectProperty<CentreChoice> centres = new SimpleObjectProperty<>(this, "centres", CentreChoice.DEFAULT);
    private final ObjectProperty<PairSelection> pair = new SimpleObjectProperty<>(this, "pair");
    private final ObjectProperty<EnvironmentSelection> environment = new SimpleObjectProperty<>(this, "environment");
    private final ObjectProperty<PlotSelection> selection = new SimpleObjectProperty<>(this, "selection");
    private final Map<Dataset, CentreChoice> centresByDataset = new IdentityHashMap<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);

    /** A model whose feature and result caches are at the default location ({@link FeatureCache#atDefaultLocation()}). */
    public WorkbenchModel(DatasetViewModel datasets, DescriptorSetModel descriptors, TaskBarModel tasks, Executor ui) {
        this(datasets, descriptors, tasks, ui, FeatureCache.atDefaultLocation());
    }

    /** A model whose feature matrices and analysis results are cached in {@code cache}'s directory. */
    public WorkbenchModel(DatasetViewModel datasets, DescriptorSetModel descriptors, TaskBarModel tasks, Executor ui,
            FeatureCache cache) {
        this.datasets = Objects.requireNonNull(datasets, "datasets");
        this.descriptors = Objects.requireNonNull(descriptors, "descriptors");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.features = new FeatureService(tasks, cache);
        this.results = AnalysisCache.besides(cache);
        descriptors.specs().addListener((ListChangeListener<DescriptorSpec>) c -> markDirty());
        descriptors.referenceProperty().addListener((obs, o, n) -> markDirty());
        centres.addListener((obs, o, n) -> markDirty());
        datasets.datasetProperty().addListener((obs, o, n) -> {
            pair.set(null);
            environment.set(null);
            selection.set(null);
            if (o != null && n != null) {
                centresFollow(o, n);
            }
        });
        datasets.openDatasets().activeProperty().addListener((obs, o, n) -> {
            if (o != null) {
                markDirty(); // the session names the active dataset
            }
        });
        datasets.openDatasets().list().addListener(this::openDatasetsChanged);
    }

    /**
     * Closed datasets' matrices are forgotten and their feature tasks still running cancelled, unless an
     * open dataset of equal content shares them (those of the datasets still open stay cached, so
     * switching back needs no recomputation). Opening or closing a dataset is a change to save, except
     * the first dataset opened into an empty workbench (e.g. the sample at start-up), which is no work to lose.
     */
    private void openDatasetsChanged(ListChangeListener.Change<? extends OpenDataset> change) {
        boolean firstIntoEmpty = false;
        while (change.next()) {
            for (OpenDataset closed : change.getRemoved()) {
                boolean stillOpen = change.getList().stream().anyMatch(e -> e.dataset() == closed.dataset());
                if (!stillOpen) {
                    features.forget(closed.dataset());
                    centresByDataset.remove(closed.dataset());
                }
            }
            firstIntoEmpty = !change.wasRemoved() && change.getAddedSize() == 1 && change.getList().size() == 1;
        }
        if (!firstIntoEmpty) {
            markDirty();
        }
    }

    /**
     * Structure indices and explicit environments in the centre choice name atoms of one dataset: on a
     * switch they stay with the old dataset (back when it is active again) and the new one gets its own
     * (none the first time); sampling, seed and centre species carry over.
     */
    private void centresFollow(Dataset old, Dataset now) {
        CentreChoice current = centres.get();
        centresByDataset.put(old, current);
        CentreChoice own = centresByDataset.get(now);
        centres.set(new CentreChoice(current.all(), current.count(), current.seed(), current.species(),
                own == null ? List.of() : own.structures(), own == null ? List.of() : own.environments()));
    }

    public DatasetViewModel datasets() {
        return datasets;
    }

    public DescriptorSetModel descriptors() {
        return descriptors;
    }

    public TaskBarModel tasks() {
        return tasks;
    }

    public FeatureService features() {
        return features;
    }

    /** The persistent cache of analysis results. */
    public AnalysisCache results() {
        return results;
    }

    public Executor ui() {
        return ui;
    }

    public ObjectProperty<CentreChoice> centresProperty() {
        return centres;
    }

    /** The pair of environments on show in the pair view, null for none. */
    public ObjectProperty<PairSelection> pairProperty() {
        return pair;
    }

    /** One environment picked in a plot (e.g. a sensitivity spectrum), shown alone in the 3D pair view; null for none. */
    public ObjectProperty<EnvironmentSelection> environmentProperty() {
        return environment;
    }

    /** What a plot last reported as selected (a click, rectangle or lasso), listed in the selection details; null for none. */
    public ObjectProperty<PlotSelection> selectionProperty() {
        return selection;
    }

    /** True when the open datasets, descriptor set, centres or analysis parameters changed since the last save. */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public void markDirty() {
        dirty.set(true);
    }

    /**
     * Computes the features of {@code specs} (cached), then runs the analysis built from them as a task
     * titled {@code title}; but first looks for the result in the {@link AnalysisCache}: a hit is shown
     * at once (listed in the task bar as {@value #LOADED_FROM_CACHE}; no features are computed), a miss
     * computes features and analysis and stores the result. The key needs only the dataset's fingerprint,
     * the specs and the centre choice, so the lookup never waits for feature matrices.
     */
    public <T> void analyseCached(CachedAnalysis<T> what, String title, Function<List<FeatureMatrix>, Job<T>> analysis,
            Consumer<Outcome<T>> onResult, Consumer<String> onFailure) {
        Dataset dataset = datasets.datasetProperty().get();
        if (dataset == null) {
            onFailure.accept("open a dataset first");
            return;
        }
        if (what.specs().isEmpty()) {
            onFailure.accept("the descriptor set is empty: add a descriptor first");
            return;
        }
        CentreChoice choice = centres.get();
        computeCached(what, title, () -> features.features(dataset, what.specs(), choice)
                .thenCompose(matrices -> tasks.submit(title, analysis.apply(matrices))), onResult, onFailure);
    }

    /**
     * Looks for the result of {@code what} in the cache (off the UI thread); on a hit hands it over as
     * {@link #analyseCached} does, on a miss starts {@code computation} (called on a worker thread; it must
     * submit its own tasks), stores its result and hands it over. Exactly one callback runs, on the UI executor.
     */
    public <T> void computeCached(CachedAnalysis<T> what, String title, Supplier<CompletableFuture<T>> computation,
            Consumer<Outcome<T>> onResult, Consumer<String> onFailure) {
        Dataset dataset = datasets.datasetProperty().get();
        if (what.readsDataset() && dataset == null) {
            onFailure.accept("open a dataset first");
            return;
        }
        String name = what.readsDataset() ? datasets.datasetNameProperty().get() : "";
        CentreChoice choice = centres.get();
        CompletableFuture<Outcome<T>> result = keyOf(what, dataset, choice).thenCompose(key -> lookUp(key, what.type())
                .thenCompose(hit -> hit.isPresent()
                        ? announce(title, hit.get()).thenApply(v -> new Outcome<>(v, name, true))
                        : computation.get().thenApplyAsync(v -> {
                            results.put(key, v); // never fails: a result that cannot be stored is only computed again
                            return new Outcome<>(v, name, false);
                        })));
        result.whenComplete((outcome, error) -> ui.execute(() -> {
            if (error == null) {
                onResult.accept(outcome);
            } else {
                onFailure.accept(reasonOf(error));
            }
        }));
    }

    /**
     * Looks for the result of {@code what} in the cache without ever computing it (e.g. for a tab whose
     * parameters a session restored); {@code onHit} runs on the UI executor only when it is there.
     */
    public <T> void restoreCached(CachedAnalysis<T> what, Consumer<Outcome<T>> onHit) {
        Dataset dataset = datasets.datasetProperty().get();
        if (what.readsDataset() && dataset == null) {
            return;
        }
        String name = what.readsDataset() ? datasets.datasetNameProperty().get() : "";
        keyOf(what, dataset, centres.get()).thenCompose(key -> lookUp(key, what.type())).whenComplete((hit, error) -> {
            if (error == null && hit.isPresent()) {
                ui.execute(() -> onHit.accept(new Outcome<>(hit.get(), name, true)));
            }
        });
    }

    /** The cache key of {@code what} on {@code dataset}'s {@code choice} (the fingerprint is computed off-thread, once per dataset). */
    private CompletableFuture<AnalysisKey> keyOf(CachedAnalysis<?> what, Dataset dataset, CentreChoice choice) {
        CompletableFuture<DatasetFingerprint> fingerprint = what.readsDataset() ? features.fingerprint(dataset)
                : CompletableFuture.completedFuture(null);
        List<String> specs = what.specs().stream().map(DescriptorSpec::text).toList();
        String centresText = what.readsCentres() ? FeatureService.canonicalText(choice) : "";
        return fingerprint.thenApply(f -> new AnalysisKey(f, what.name(), specs, centresText, what.parameters()));
    }

    private <T> CompletableFuture<Optional<T>> lookUp(AnalysisKey key, Class<T> type) {
        return CompletableFuture.supplyAsync(() -> results.get(key, type));
    }

    /** Lists a result read from the cache in the task bar, finished at once with {@value #LOADED_FROM_CACHE}. */
    private <T> CompletableFuture<T> announce(String title, T value) {
        return tasks.submit(title, progress -> {
            progress.report(1, LOADED_FROM_CACHE);
            return value;
        });
    }

    /** The one-line reason of an analysis failure. */
    public static String reasonOf(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof CancelledException) {
            return "cancelled";
        }
        return e instanceof WorkbenchException ? e.getMessage() : TaskBarModel.reasonOf(e);
    }
}
