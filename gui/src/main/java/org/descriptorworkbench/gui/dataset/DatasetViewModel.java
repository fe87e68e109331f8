package org.descriptorworkbench.gui.dataset;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import javafx.collections.ObservableList;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Element;
import org.descriptorworkbench.structure.Structure;

/**
 * The state behind the dataset browser: the loaded dataset, its table rows, the selected structure,
 * the window title and the status line, and opening files in the background. Views only bind to it.
 * Needs no running JavaFX toolkit: the executors decide where reading and updating happen (a worker
 * thread and {@code Platform::runLater} in the application; the calling thread in tests).
 */
public final class DatasetViewModel {
    /** The application's name, shown in the title. */
    public static final String APPLICATION_NAME = "Descriptor Workbench";
    /** The status line while nothing is loaded or being read. */
    public static final String OPEN_HINT = "Open a structure file with File → Open… or drop it on the window.";

    private final DatasetLoader loader;
    private final Executor background;
    private final Executor ui;

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
        updateStatus();
    }

    /** Sets who is told, with the reader's one-line message, that a file could not be opened. */
    public void setOnLoadFailed(Consumer<String> handler) {
        onLoadFailed = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Starts reading {@code file} in the background. On success the dataset replaces the current one
     * and its first structure is selected; on failure the current dataset stays and the failure
     * handler gets the message. A file opened later wins over one still being read.
     */
    public void open(Path file) {
        Objects.requireNonNull(file, "file");
        long ticket = ++generation;
        loadingName = nameOf(file.toString());
        loading.set(true);
        updateStatus();
        background.execute(() -> {
            Dataset result;
            try {
                result = loader.load(file);
            } catch (Exception | LinkageError e) {
                String message = messageFor(file, e);
                ui.execute(() -> finishWithFailure(ticket, message));
                return;
            }
            ui.execute(() -> finishWithDataset(ticket, result));
        });
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

    private void finishWithDataset(long ticket, Dataset result) {
        if (ticket != generation) {
            return;
        }
        loading.set(false);
        loadingName = null;
        apply(result);
    }

    private void finishWithFailure(long ticket, String message) {
        if (ticket != generation) {
            return;
        }
        loading.set(false);
        loadingName = null;
        updateStatus();
        onLoadFailed.accept(message);
    }

    private void apply(Dataset d) {
        List<StructureRow> newRows = new ArrayList<>(d.size());
        for (int i = 0; i < d.size(); i++) {
            newRows.add(StructureRow.of(i, d.get(i)));
        }
        selectedIndex.set(-1);
        selectedStructure.set(null);
        dataset.set(d);
        datasetName.set(nameOf(d.source()));
        rows.setAll(newRows);
        select(d.size() > 0 ? 0 : -1);
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

    /** The dataset shown, or null before the first file is read. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The file name of the dataset's source, e.g. "quinary_liquid.extxyz". */
    public ReadOnlyStringProperty datasetNameProperty() {
        return datasetName.getReadOnlyProperty();
    }

    /** One row per structure, in dataset order (read-only). */
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
