package org.descriptorworkbench.gui.dataset;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
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
    private static final String ANY_TYPE = "any config type";
    private final HBox filterBar;
    private boolean syncing;

    public StructureTable(DatasetViewModel model) {
        this.model = model;
        table.setId("structure-table");
        table.setPlaceholder(new Label("No structures"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // unconstrained: info columns extend the table sideways (scroll) instead of squeezing every column
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("#", "index-column", 45, StructureRow::index));
        table.getColumns().add(column("Formula", "formula-column", 150, StructureRow::formula));
        table.getColumns().add(column("Atoms", "atoms-column", 60, StructureRow::atomCount));
        table.getColumns().add(column("Config type", "config-type-column", 95, StructureRow::configType));
        TableColumn<StructureRow, Double> energy = column("Energy (eV)", "energy-column", 105, StructureRow::energy);
        energy.setCellFactory(c -> new EnergyCell());
        table.getColumns().add(energy);

        // The view-model's list is read-only; filtering and sorting happen in views of it.
        FilteredList<StructureRow> filtered = new FilteredList<>(model.rows());
        filterBar = filterBar(filtered);
        SortedList<StructureRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        model.rows().addListener((javafx.collections.ListChangeListener<StructureRow>) c -> addInfoColumns());

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

    /** How many extra info keys get their own column (the most common ones first). */
    static final int MAX_INFO_COLUMNS = 8;
    private static final java.util.Set<String> SHOWN_KEYS = java.util.Set.of("config_type", "energy");

    /** One sortable column per info key of the dataset beyond config type and energy, e.g. temperature. */
    private void addInfoColumns() {
        table.getColumns().removeIf(c -> c.getId() != null && c.getId().startsWith("info-"));
        var d = model.datasetProperty().get();
        if (d == null) {
            return;
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (var structure : d.structures()) {
            for (String key : structure.info().keySet()) {
                if (!SHOWN_KEYS.contains(key)) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(MAX_INFO_COLUMNS)
                .forEach(e -> table.getColumns().add(infoColumn(e.getKey())));
    }

    private TableColumn<StructureRow, Object> infoColumn(String key) {
        TableColumn<StructureRow, Object> c = new TableColumn<>(key);
        c.setId("info-" + key);
        c.setPrefWidth(90);
        c.setCellValueFactory(cell -> {
            var d = model.datasetProperty().get();
            Object v = d == null ? null : d.get(cell.getValue().index()).info().get(key);
            return new ReadOnlyObjectWrapper<>(v == null ? null : v instanceof Number n ? (Object) n.doubleValue() : v.toString());
        });
        c.setComparator(StructureTable::compareInfo);
        return c;
    }

    /** Numbers by value, before texts; texts alphabetically; missing values last. */
    static int compareInfo(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y);
        }
        if (a instanceof Double != b instanceof Double) {
            return a instanceof Double ? -1 : 1;
        }
        return a.toString().compareTo(b.toString());
    }

    /** The filter bar above the table: config type, species and text. */
    public HBox filterBar() {
        return filterBar;
    }

    private HBox filterBar(FilteredList<StructureRow> filtered) {
        ComboBox<String> type = new ComboBox<>();
        type.setId("filter-config-type");
        type.setPromptText("any config type");
        type.setPrefWidth(130);
        TextField species = new TextField();
        species.setId("filter-species");
        species.setPromptText("species, e.g. Ni Cu");
        species.setPrefColumnCount(8);
        TextField text = new TextField();
        text.setId("filter-text");
        text.setPromptText("formula / text");
        text.setPrefColumnCount(8);
        Runnable apply = () -> {
            StructureFilter f = new StructureFilter(ANY_TYPE.equals(type.getValue()) ? null : type.getValue(),
                    species.getText(), text.getText());
            // the dataset is looked up when a row is tested: rows of a newly active dataset are tested
            // (against the filter still set) before this bar hears of them
            filtered.setPredicate(row -> {
                var d = model.datasetProperty().get();
                return d == null || row.index() >= d.size() || f.matches(row, d.get(row.index()));
            });
        };
        model.rows().addListener((javafx.collections.ListChangeListener<StructureRow>) c -> {
            java.util.List<String> types = new java.util.ArrayList<>();
            types.add(ANY_TYPE);
            model.rows().stream().map(StructureRow::configType).filter(t -> !t.isEmpty()).distinct().sorted().forEach(types::add);
            type.getItems().setAll(types);
            type.setValue(ANY_TYPE);
            apply.run();
        });
        type.valueProperty().addListener((obs, o, n) -> apply.run());
        species.textProperty().addListener((obs, o, n) -> apply.run());
        text.textProperty().addListener((obs, o, n) -> apply.run());
        HBox bar = new HBox(4, type, species, text);
        bar.setPadding(new javafx.geometry.Insets(2));
        return bar;
    }

    /** Dataset indices of the selected rows (several with Shift/Ctrl-click), ascending. */
    public java.util.List<Integer> selectedIndices() {
        return table.getSelectionModel().getSelectedItems().stream().map(StructureRow::index).sorted().toList();
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
