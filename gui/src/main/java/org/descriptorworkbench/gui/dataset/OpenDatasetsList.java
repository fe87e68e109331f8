package org.descriptorworkbench.gui.dataset;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

/**
 * The list of open datasets above the structure table: one line per dataset (file name, frames,
 * atoms; the full path as tooltip), the active one selected. Choosing a line makes that dataset
 * active; its context menu closes it.
 */
public final class OpenDatasetsList {
    private static final double ROW_HEIGHT = 24;
    private static final int VISIBLE_ROWS = 4;

    private final OpenDatasets open;
    private final ListView<OpenDataset> list = new ListView<>();
    private boolean syncing;

    public OpenDatasetsList(OpenDatasets open) {
        this.open = open;
        list.setId("open-datasets");
        list.setItems(open.list());
        list.setPlaceholder(new Label("No dataset open"));
        list.setFixedCellSize(ROW_HEIGHT);
        // as high as its lines, up to four, so the structure table keeps the space
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(VISIBLE_ROWS, open.list().size())) * ROW_HEIGHT + 4, open.list()));
        list.minHeightProperty().bind(list.prefHeightProperty());
        list.setCellFactory(view -> new OpenDatasetCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            // the selection also moves while lines are added or removed: only a real choice activates
            if (!syncing && chosen != null && chosen != open.activeProperty().get() && open.list().contains(chosen)) {
                open.activate(chosen);
            }
        });
        open.activeProperty().addListener((obs, old, now) -> showActive(now));
        showActive(open.activeProperty().get());
    }

    /** The list control, for placing in a layout. */
    public ListView<OpenDataset> control() {
        return list;
    }

    private void showActive(OpenDataset active) {
        syncing = true;
        try {
            if (active == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(active);
            }
        } finally {
            syncing = false;
        }
    }

    private final class OpenDatasetCell extends ListCell<OpenDataset> {
        private final ContextMenu menu = new ContextMenu();

        OpenDatasetCell() {
            // as wide as the list, not as the text: a long name ends in "…" instead of a scroll bar
            setPrefWidth(0);
            MenuItem close = new MenuItem("Close dataset");
            close.setOnAction(e -> {
                if (getItem() != null) {
                    open.close(getItem());
                }
            });
            menu.getItems().add(close);
        }

        @Override
        protected void updateItem(OpenDataset item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                setContextMenu(null);
                return;
            }
            setText(item.summary());
            setTooltip(new Tooltip(item.file().toString()));
            setContextMenu(menu);
        }
    }
}
