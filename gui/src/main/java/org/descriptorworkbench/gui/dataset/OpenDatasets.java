package org.descriptorworkbench.gui.dataset;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The datasets open in the workbench, in the order they were opened, and the active one that the
 * structure table, the centre choice, the analyses and the 3D views work on. Each file is open at
 * most once. Needs no running JavaFX toolkit; change it on the JavaFX thread in the application.
 */
public final class OpenDatasets {
    private final ObservableList<OpenDataset> entries = FXCollections.observableArrayList();
    private final ObservableList<OpenDataset> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyObjectWrapper<OpenDataset> active = new ReadOnlyObjectWrapper<>(this, "active");

    /** The open datasets in opening order (read-only: change them with the methods of this class). */
    public ObservableList<OpenDataset> list() {
        return readOnlyEntries;
    }

    /** The dataset being worked on, null when none is open. */
    public ReadOnlyObjectProperty<OpenDataset> activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The open dataset read from {@code file}, if any. */
    public Optional<OpenDataset> find(Path file) {
        Path key = OpenDataset.keyOf(file);
        return entries.stream().filter(e -> e.file().equals(key)).findFirst();
    }

    /**
     * Adds a dataset after the open ones, or, when its file is open already, keeps the open one.
     *
     * @return the entry now open for that file
     */
    public OpenDataset add(OpenDataset dataset) {
        Optional<OpenDataset> open = find(dataset.file());
        if (open.isPresent()) {
            return open.get();
        }
        entries.add(dataset);
        return dataset;
    }

    /** Makes an open dataset the active one. */
    public void activate(OpenDataset dataset) {
        if (!entries.contains(dataset)) {
            throw new IllegalArgumentException(dataset.file() + " is not open");
        }
        active.set(dataset);
    }

    /**
     * Closes a dataset. When it was the active one, the dataset after it becomes active (the one
     * before it when it was the last; none when it was the only one).
     */
    public void close(OpenDataset dataset) {
        int index = entries.indexOf(dataset);
        if (index < 0) {
            return;
        }
        if (dataset.equals(active.get())) {
            int next = index + 1 < entries.size() ? index + 1 : index - 1;
            active.set(next >= 0 ? entries.get(next) : null);
        }
        entries.remove(index);
    }

    /** Closes the active dataset (see {@link #close}); nothing happens when none is open. */
    public void closeActive() {
        if (active.get() != null) {
            close(active.get());
        }
    }

    /**
     * Makes {@code datasets} the open ones, in that order, with {@code activeOne} active (the first
     * when it is null or not among them; none when the list is empty), e.g. when a session is restored.
     */
    public void replaceAll(List<OpenDataset> datasets, OpenDataset activeOne) {
        Set<Path> files = new HashSet<>();
        List<OpenDataset> distinct = datasets.stream().filter(d -> files.add(d.file())).toList();
        entries.setAll(distinct);
        active.set(activeOne != null && distinct.contains(activeOne) ? activeOne : distinct.isEmpty() ? null : distinct.get(0));
    }
}
