package org.descriptorworkbench.gui.selection;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The selection details table (GUI issue, "Linking"): one line per environment or pair the last plot
 * selection holds; clicking a line shows it in the 3D pair view, and "Use as centres" makes the selected
 * environments the centre set. Binds to a {@link SelectionDetailsModel}.
 */
public final class SelectionDetails extends BorderPane {
    private final SelectionDetailsModel model;
    private final TableView<SelectionRow> table;
    private final Button useAsCentres = new Button("Use as centres");
    private boolean pairColumns;

    public SelectionDetails(SelectionDetailsModel model) {
        this.model = model;
        setId("selection-details-panel");
        table = new TableView<>(model.rows());
        table.setId("selection-details");
        table.setPlaceholder(new Label("No selection"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (row != null) {
                model.show(row);
            }
        });
        Label summary = new Label();
        summary.setId("selection-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        summary.setStyle("-fx-font-weight: bold;");
        useAsCentres.setId("selection-use-as-centres");
        useAsCentres.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.rows()));
        useAsCentres.setTooltip(new javafx.scene.control.Tooltip(
                "Analyse exactly the selected environments (both of every pair) from now on"));
        useAsCentres.setOnAction(e -> model.useAsCentres());
        Label message = new Label();
        message.setId("selection-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox actions = new HBox(8, useAsCentres, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        setTop(summary);
        setCenter(table);
        setBottom(actions);
        BorderPane.setMargin(summary, new Insets(4));
        BorderPane.setMargin(actions, new Insets(4));
        environmentColumns();
        model.rows().addListener((javafx.collections.ListChangeListener<SelectionRow>) c -> columnsForSelection());
    }

    public TableView<SelectionRow> table() {
        return table;
    }

    public Button useAsCentresButton() {
        return useAsCentres;
    }

    private void columnsForSelection() {
        PlotSelection selection = model.selection();
        boolean pairs = selection != null && selection.ofPairs();
        if (pairs) {
            pairColumns(selection.xName(), selection.yName());
        } else if (pairColumns) {
            environmentColumns();
        }
        pairColumns = pairs;
    }

    private void environmentColumns() {
        table.getColumns().setAll(java.util.List.of(
                numeric("#", 40, r -> Integer.toString(r.number())),
                numeric("structure", 70, r -> Integer.toString(r.first().structure())),
                numeric("atom", 50, r -> atomText(r.first())),
                column("element", 60, r -> r.first().element()),
                column("formula", 110, r -> r.first().formula()),
                column("config type", 100, r -> r.first().configType())));
    }

    /** A pair has two environments: each in one compact column ("s3:17 Fe", structure 3 atom 17), sorted by structure then atom. */
    private void pairColumns(String xName, String yName) {
        table.getColumns().setAll(java.util.List.of(
                numeric("#", 40, r -> Integer.toString(r.number())),
                environment("environment 1", SelectionRow::first),
                environment("environment 2", SelectionRow::second),
                numeric(xName == null ? "x" : xName, 62, r -> number(r.x())),
                numeric(yName == null ? "y" : yName, 62, r -> number(r.y())),
                column("formula 1", 100, r -> r.first().formula()),
                column("formula 2", 100, r -> r.second().formula()),
                column("config type 1", 90, r -> r.first().configType()),
                column("config type 2", 90, r -> r.second().configType())));
    }

    private static TableColumn<SelectionRow, String> environment(String title, Function<SelectionRow, EnvironmentDetails> which) {
        TableColumn<SelectionRow, String> c = column(title, 104, r -> environmentText(which.apply(r)));
        c.setComparator(java.util.Comparator.comparingLong(SelectionDetails::environmentKey));
        return c;
    }

    /** "s3:17 Fe" for atom 17 of structure 3, "s3" for a whole structure, as the disagreeing-pairs list writes them. */
    static String environmentText(EnvironmentDetails e) {
        return e.atom() < 0 ? "s" + e.structure() : "s" + e.structure() + ":" + e.atom() + " " + e.element();
    }

    private static long environmentKey(String text) {
        String[] parts = text.split("[s: ]");
        long structure = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
        long atom = parts.length > 2 ? Long.parseLong(parts[2]) : -1;
        return (structure << 32) + atom + 1;
    }

    private static String atomText(EnvironmentDetails e) {
        return e.atom() < 0 ? "all" : Integer.toString(e.atom());
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** A column of numbers, sorted as numbers (words such as "all" first). */
    private static TableColumn<SelectionRow, String> numeric(String title, double width, Function<SelectionRow, String> text) {
        TableColumn<SelectionRow, String> c = column(title, width, text);
        c.setComparator(java.util.Comparator.comparingDouble(SelectionDetails::valueOf));
        return c;
    }

    private static double valueOf(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NEGATIVE_INFINITY;
        }
    }

    private static TableColumn<SelectionRow, String> column(String title, double width, Function<SelectionRow, String> text) {
        TableColumn<SelectionRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
