package org.descriptorworkbench.gui.dataset;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Label;
import java.util.function.Function;

/**
 * The table of a dataset's structures (index, formula, atom count, config type, energy), sortable by
 * any column, whose selection is the view-model's selection in both directions.
 */
public final class StructureTable {
    private final DatasetViewModel model;
    private final TableView<StructureRow> table = new TableView<>();
    private boolean syncing;

    public StructureTable(DatasetViewModel model) {
        this.model = model;
        table.setId("structure-table");
        table.setPlaceholder(new Label("No structures"));
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", "index-column", 45, StructureRow::index));
        table.getColumns().add(column("Formula", "formula-column", 195, StructureRow::formula));
        table.getColumns().add(column("Atoms", "atoms-column", 60, StructureRow::atomCount));
        table.getColumns().add(column("Config type", "config-type-column", 95, StructureRow::configType));
        TableColumn<StructureRow, Double> energy = column("Energy (eV)", "energy-column", 105, StructureRow::energy);
        energy.setCellFactory(c -> new EnergyCell());
        table.getColumns().add(energy);

        // The view-model's list is read-only; sorting happens in a sorted view of it.
        SortedList<StructureRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                syncing = true;
                try {
                    model.select(row == null ? -1 : row.index());
                } finally {
                    syncing = false;
                }
            }
        });
        model.selectedIndexProperty().addListener((obs, old, index) -> showSelection(index.intValue()));
        showSelection(model.selectedIndexProperty().get());
    }

    /** The table control, for placing in a layout. */
    public TableView<StructureRow> control() {
        return table;
    }

    private void showSelection(int index) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (index < 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).index() == index) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static <T> TableColumn<StructureRow, T> column(String title, String id, double width, Function<StructureRow, T> value) {
        TableColumn<StructureRow, T> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /** Energies with four decimals (meV resolution), right-aligned; blank when absent. */
    private static final class EnergyCell extends TableCell<StructureRow, Double> {
        EnergyCell() {
            getStyleClass().add("energy-cell");
            setStyle("-fx-alignment: CENTER-RIGHT;");
        }

        @Override
        protected void updateItem(Double value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : String.format(Locale.ROOT, "%.4f", value));
        }
    }
}
