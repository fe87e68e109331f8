package org.descriptorworkbench.gui.dataset;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Element;
import org.descriptorworkbench.structure.Structure;

/**
 * The state behind the dataset browser: the open datasets and the active one, the active dataset's
 * table rows, the selected structure, the window title and the status line, and opening files in the
 * background. Views only bind to it. Needs no running JavaFX toolkit: the executors decide where
 * reading and updating happen (a worker thread and {@code Platform::runLater} in the application; the
 * calling thread in tests).
 */
public final class DatasetViewModel {
    /** The application's name, shown in the title. */
    public static final String APPLICATION_NAME = "Descriptor Workbench";
    /** The status line while nothing is loaded or being read. */
    public static final String OPEN_HINT = "Open a structure file with File → Open… or drop it on the window.";

    private final DatasetLoader loader;
    private final Executor background;
    private final Executor ui;

    private final OpenDatasets open = new OpenDatasets();
    private final Map<OpenDataset, Integer> lastSelected = new HashMap<>();
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper(this, "datasetName", "");
    private final ObservableList<StructureRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StructureRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<Structure> selectedStructure = new ReadOnlyObjectWrapper<>(this, "selectedStructure");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APPLICATION_NAME);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);

    private Consumer<String> onLoadFailed = message -> { };
    private String loadingName;
    private int reading;
    private long generation;

    /**
     * @param loader     reads files
     * @param background where reading runs (never the JavaFX thread in the application)
     * @param ui         where results are applied to this view-model (the JavaFX thread in the application)
     */
    public DatasetViewModel(DatasetLoader loader, Executor background, Executor ui) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
        open.activeProperty().addListener((obs, old, now) -> {
            if (old != null && open.list().contains(old)) {
                lastSelected.put(old, selectedIndex.get());
            }
            show(now);
        });
        open.list().addListener((ListChangeListener<OpenDataset>) change -> lastSelected.keySet().retainAll(open.list()));
        updateStatus();
    }

    /** Sets who is told, with the reader's one-line message, that a file could not be opened. */
    public void setOnLoadFailed(Consumer<String> handler) {
        onLoadFailed = Objects.requireNonNull(handler, "handler");
    }

    /** The open datasets and which one is active; choosing or closing one there updates this view-model. */
    public OpenDatasets openDatasets() {
        return open;
    }

    /**
     * Opens {@code file}: when it is open already it just becomes the active dataset; otherwise it is
     * read in the background and added after the open datasets. It becomes active unless another file
     * was asked for in the meantime. On failure the open datasets stay as they are and the failure
     * handler gets the one-line message.
     */
    public void open(Path file) {
        Objects.requireNonNull(file, "file");
        long ticket = ++generation;
        Optional<OpenDataset> already = open.find(file);
        if (already.isPresent()) {
            open.activate(already.get());
            return;
        }
        startReading(nameOf(file.toString()));
        background.execute(() -> {
            Dataset result;
            try {
                result = loader.load(file);
            } catch (Exception | LinkageError e) {
                String message = messageFor(file, e);
                ui.execute(() -> finishWithFailure(List.of(message)));
                return;
            }
            ui.execute(() -> finishWithDataset(ticket, file, result));
        });
    }

    /**
     * Opens several files after the open datasets, in the given order (e.g. the files named on the command
     * line, or several chosen at once): files already open are kept, the others are read in the background,
     * one after the other. The last of them that is open afterwards becomes active, unless another file was
     * asked for in the meantime. A file that cannot be read is left out and its one-line message goes to the
     * failure handler (all such messages at once, one per line); the rest still open.
     */
    public void openInOrder(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        if (files.size() == 1) {
            open(files.get(0));
            return;
        }
        long ticket = ++generation;
        readInBackground(files, read -> {
            OpenDataset last = null;
            for (Path file : files) {
                Dataset fresh = read.get(OpenDataset.keyOf(file));
                Optional<OpenDataset> entry = fresh != null ? Optional.of(open.add(new OpenDataset(file, fresh))) : open.find(file);
                last = entry.orElse(last);
            }
            if (last != null && (ticket == generation || open.activeProperty().get() == null)) {
                open.activate(last);
            }
        }, () -> { });
    }

    /**
     * Reads those of {@code files} that are not open yet, one after the other on the background executor,
     * then on the UI executor hands what was read (by {@link OpenDataset#keyOf}) to {@code finish} and
     * reports the files that could not be read, one line each; {@code then} runs last.
     */
    private void readInBackground(List<Path> files, java.util.function.Consumer<Map<Path, Dataset>> finish, Runnable then) {
        List<Path> toRead = files.stream().filter(f -> open.find(f).isEmpty()).toList();
        startReading(toRead.size() == 1 ? nameOf(toRead.get(0).toString()) : toRead.size() + " datasets");
        background.execute(() -> {
            Map<Path, Dataset> read = new HashMap<>();
            List<String> failures = new ArrayList<>();
            for (Path file : toRead) {
                try {
                    read.put(OpenDataset.keyOf(file), loader.load(file));
                } catch (Exception | LinkageError e) {
                    failures.add(messageFor(file, e));
                }
            }
            ui.execute(() -> {
                finish.accept(read);
                finishWithFailure(failures);
                then.run();
            });
        });
    }

    /**
     * Makes {@code files} the open datasets, in that order, with {@code activeFile} active (e.g. when a
     * session is restored). Files already open are kept as they are; the others are read in the
     * background, one after the other. A file that cannot be read is left out and its one-line message
     * goes to the failure handler (all such messages at once, one per line); the rest still open.
     *
     * @param whenDone run on the UI executor once the open datasets have been replaced
     */
    public void openAll(List<Path> files, Path activeFile, Runnable whenDone) {
        ++generation;
        readInBackground(files, read -> finishWithAll(files, activeFile, read), whenDone);
    }

    /** Replaces the open datasets by those of {@code files} that are open or were read, in that order. */
    private void finishWithAll(List<Path> files, Path activeFile, Map<Path, Dataset> read) {
        List<OpenDataset> entries = new ArrayList<>();
        for (Path file : files) {
            Dataset fresh = read.get(OpenDataset.keyOf(file));
            open.find(file).or(() -> Optional.ofNullable(fresh).map(d -> new OpenDataset(file, d)))
                    .ifPresent(entries::add);
        }
        OpenDataset activeEntry = activeFile == null ? null : entries.stream()
                .filter(e -> e.file().equals(OpenDataset.keyOf(activeFile))).findFirst().orElse(null);
        open.replaceAll(entries, activeEntry);
    }

    /** Selects structure {@code index} of the dataset, or nothing for −1. */
    public void select(int index) {
        Dataset d = dataset.get();
        int size = d == null ? 0 : d.size();
        if (index < -1 || index >= size) {
            throw new IndexOutOfBoundsException("structure " + index + " is outside 0.." + (size - 1));
        }
        selectedIndex.set(index);
        selectedStructure.set(index < 0 ? null : d.get(index));
        updateTitle();
        updateStatus();
    }

    private void startReading(String name) {
        reading++;
        loadingName = name;
        loading.set(true);
        updateStatus();
    }

    private void finishedReading() {
        reading--;
        if (reading == 0) {
            loadingName = null;
            loading.set(false);
        }
        updateStatus();
    }

    private void finishWithDataset(long ticket, Path file, Dataset result) {
        finishedReading();
        OpenDataset entry = open.add(new OpenDataset(file, result));
        if (ticket == generation || open.activeProperty().get() == null) {
            open.activate(entry);
        }
    }

    private void finishWithFailure(List<String> messages) {
        finishedReading();
        if (!messages.isEmpty()) {
            onLoadFailed.accept(String.join("\n", messages));
        }
    }

    /** Shows the active dataset: its rows, and the structure selected when it was last active (else the first). */
    private void show(OpenDataset entry) {
        selectedIndex.set(-1);
        selectedStructure.set(null);
        if (entry == null) {
            dataset.set(null);
            datasetName.set("");
            rows.clear();
            select(-1);
            return;
        }
        Dataset d = entry.dataset();
        List<StructureRow> newRows = new ArrayList<>(d.size());
        for (int i = 0; i < d.size(); i++) {
            newRows.add(StructureRow.of(i, d.get(i)));
        }
        dataset.set(d);
        datasetName.set(entry.name());
        rows.setAll(newRows);
        select(Math.min(lastSelected.getOrDefault(entry, 0), d.size() - 1));
    }

    /** The user-facing one-line reason: the reader's message, or what the file system said. */
    static String messageFor(Path file, Throwable e) {
        if (e instanceof WorkbenchException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return file + ": no such file";
        }
        if (e instanceof IOException) {
            return file + ": cannot read the file (" + e.getMessage() + ")";
        }
        return file + ": could not be read because of an internal error (" + e + ")";
    }

    private static String nameOf(String source) {
        String trimmed = source.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return trimmed.substring(slash + 1);
    }

    private void updateTitle() {
        Dataset d = dataset.get();
        if (d == null) {
            title.set(APPLICATION_NAME);
            return;
        }
        Structure s = selectedStructure.get();
        String selection = s == null ? "" : " — structure " + selectedIndex.get() + " (" + s.formula() + ")";
        title.set(datasetName.get() + selection + " — " + APPLICATION_NAME);
    }

    private void updateStatus() {
        StringBuilder text = new StringBuilder();
        Dataset d = dataset.get();
        if (loadingName != null) {
            text.append("Reading ").append(loadingName).append("…");
        }
        if (d != null) {
            if (text.length() > 0) {
                text.append("   |   ");
            }
            text.append(datasetName.get()).append(": ")
                    .append(d.size()).append(d.size() == 1 ? " structure, " : " structures, ")
                    .append(d.atomCount()).append(" atoms, species ")
                    .append(Arrays.stream(d.species()).mapToObj(z -> Element.of(z).symbol()).collect(Collectors.joining(" ")));
            Structure s = selectedStructure.get();
            if (s != null) {
                text.append("   |   selected: structure ").append(selectedIndex.get()).append(", ")
                        .append(s.formula()).append(", ").append(s.atomCount()).append(" atoms");
            }
        }
        status.set(text.length() > 0 ? text.toString() : OPEN_HINT);
    }

    /** The active dataset, or null when none is open. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The file name of the active dataset, e.g. "quinary_liquid.extxyz"; empty when none is open. */
    public ReadOnlyStringProperty datasetNameProperty() {
        return datasetName.getReadOnlyProperty();
    }

    /** One row per structure of the active dataset, in dataset order (read-only). */
    public ObservableList<StructureRow> rows() {
        return readOnlyRows;
    }

    /** The selected structure's index in the dataset, −1 for none. */
    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    /** The selected structure, or null. */
    public ReadOnlyObjectProperty<Structure> selectedStructureProperty() {
        return selectedStructure.getReadOnlyProperty();
    }

    /** The window title: dataset, selected structure and application name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The status line: what is being read, the dataset's counts and species, the selection. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a file is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
