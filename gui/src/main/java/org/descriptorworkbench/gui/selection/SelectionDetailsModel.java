package org.descriptorworkbench.gui.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.features.CentreChoice;
import org.descriptorworkbench.structure.Dataset;

/**
 * The view-model of the selection details: follows {@link WorkbenchModel#selectionProperty()} and lists
 * every selected environment or pair with its structure, atom, element, formula and config type (and a
 * pair's plotted coordinates); shows a line in 3D ({@link WorkbenchModel#pairProperty()} or
 * {@link WorkbenchModel#environmentProperty()}) and turns the selection into the centre set, as the
 * distance–distance tab's button for rectangle selections does ({@link CentreChoice#of}).
 */
public final class SelectionDetailsModel {
    private final WorkbenchModel workbench;
    private final ObservableList<SelectionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public SelectionDetailsModel(WorkbenchModel workbench) {
        this.workbench = workbench;
        workbench.selectionProperty().addListener((obs, o, n) -> list(n));
        list(workbench.selectionProperty().get());
    }

    /** The lines of the current selection, in the plot's order. */
    public ObservableList<SelectionRow> rows() {
        return rows;
    }

    /** The selection on show, null for none. */
    public PlotSelection selection() {
        return workbench.selectionProperty().get();
    }

    /** One line saying what is listed, e.g. "12 pairs selected in Distance–distance". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last action did (e.g. the centres it chose), "" before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void list(PlotSelection selection) {
        message.set("");
        Dataset dataset = workbench.datasets().datasetProperty().get();
        if (selection == null || dataset == null) {
            rows.clear();
            summary.set("Nothing selected: click a point in a plot, Shift-drag a rectangle or Ctrl-drag a lasso.");
            return;
        }
        List<SelectionRow> lines = new ArrayList<>(selection.items().size());
        for (PlotSelection.Item item : selection.items()) {
            int number = lines.size() + 1;
            if (item instanceof PlotSelection.Pair p) {
                lines.add(new SelectionRow(number, details(dataset, p.first()), details(dataset, p.second()), p.x(), p.y(), p));
            } else {
                lines.add(new SelectionRow(number, details(dataset, (PlotSelection.Environment) item), null,
                        Double.NaN, Double.NaN, item));
            }
        }
        rows.setAll(lines);
        int n = lines.size();
        String what = selection.ofPairs() ? (n == 1 ? "pair" : "pairs") : (n == 1 ? "environment" : "environments");
        summary.set(n + " " + what + " selected in " + selection.source() + (n == 0 ? "" : ": click a line to see it in 3D"));
    }

    private static EnvironmentDetails details(Dataset dataset, PlotSelection.Environment e) {
        return EnvironmentDetails.of(dataset, e.structure(), e.atom());
    }

    /** Shows the line's pair in the pair view, or its environment alone. */
    public void show(SelectionRow row) {
        if (row.item() instanceof PlotSelection.Pair p) {
            workbench.pairProperty().set(new WorkbenchModel.PairSelection(p.rows(), p.i(), p.j()));
        } else if (row.item() instanceof PlotSelection.Environment e && e.atom() >= 0) {
            workbench.environmentProperty().set(new WorkbenchModel.EnvironmentSelection(e.structure(), e.atom()));
        }
    }

    /**
     * Makes exactly the selection's environments (both ends of every pair) the centres of every analysis;
     * empty, and nothing changed, when the selection holds no atom.
     */
    public Optional<CentreChoice> useAsCentres() {
        PlotSelection selection = selection();
        List<CentreChoice.Atom> atoms = selection == null ? List.of() : selection.atoms();
        if (atoms.isEmpty()) {
            message.set("no environment selected: nothing to use as centres");
            return Optional.empty();
        }
        CentreChoice choice = CentreChoice.of(atoms);
        workbench.centresProperty().set(choice);
        message.set("centres: the " + choice.describe() + " of this selection");
        return Optional.of(choice);
    }
}
