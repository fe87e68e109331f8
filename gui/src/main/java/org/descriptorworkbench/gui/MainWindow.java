package org.descriptorworkbench.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.scene.control.TableView;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.dataset.StructureRow;
import org.descriptorworkbench.gui.dataset.StructureTable;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.io.StructureFormat;
import org.descriptorworkbench.viewer3d.StructureView;

/**
 * The workbench's main window: menu bar, the structure table on the left, the 3D view of the
 * selected structure on the right and a status line. It only lays out and binds; opening files,
 * selection and texts live in the {@link DatasetViewModel}.
 */
public final class MainWindow {
    private final DatasetViewModel model;
    private final Stage stage;
    private final StructureTable table;
    private final StructureView structureView = new StructureView();
    private final BorderPane root = new BorderPane();

    public MainWindow(DatasetViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        this.table = new StructureTable(model);

        structureView.setId("structure-view");
        structureView.structureProperty().bind(model.selectedStructureProperty());

        SplitPane split = new SplitPane(table.control(), structureView);
        split.setDividerPositions(0.37);
        SplitPane.setResizableWithParent(table.control(), false);

        root.setTop(menuBar());
        root.setCenter(split);
        root.setBottom(statusBar());
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dragDropped);

        stage.titleProperty().bind(model.titleProperty());
        model.setOnLoadFailed(this::showLoadFailure);
    }

    /** The window's content, for a scene. */
    public Parent root() {
        return root;
    }

    /** The structure table. */
    public TableView<StructureRow> table() {
        return table.control();
    }

    /** The 3D view of the selected structure. */
    public StructureView structureView() {
        return structureView;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open…");
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem quit = new MenuItem("Quit");
        quit.setId("menu-quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("File", null, open, new SeparatorMenuItem(), quit);

        MenuItem reset = new MenuItem("Reset view");
        reset.setId("menu-reset-view");
        reset.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        reset.setOnAction(e -> structureView.resetView());
        Menu view = new Menu("View", null, reset);

        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);
        ProgressBar reading = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        reading.setPrefWidth(120);
        reading.visibleProperty().bind(model.loadingProperty());
        reading.managedProperty().bind(model.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, reading);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open structure file");
        chooser.getExtensionFilters().addAll(fileFilters());
        File current = currentFolder();
        if (current != null) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.open(chosen.toPath());
        }
    }

    /** All readable structure files first, then one filter per format, then everything. */
    private static List<FileChooser.ExtensionFilter> fileFilters() {
        List<FileChooser.ExtensionFilter> filters = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (StructureFormat format : StructureFiles.supportedFormats()) {
            List<String> patterns = List.of(format.patterns().split(",\\s*"));
            all.addAll(patterns);
            filters.add(new FileChooser.ExtensionFilter(format.title() + " (" + format.patterns() + ")", patterns));
        }
        filters.add(0, new FileChooser.ExtensionFilter("Structure files", all));
        filters.add(new FileChooser.ExtensionFilter("All files", "*"));
        return filters;
    }

    private File currentFolder() {
        if (model.datasetProperty().get() == null) {
            return null;
        }
        Path parent = Path.of(model.datasetProperty().get().source()).toAbsolutePath().getParent();
        return parent != null && parent.toFile().isDirectory() ? parent.toFile() : null;
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        if (!files.isEmpty()) {
            // One dataset at a time for now: the first dropped file is opened.
            model.open(files.get(0).toPath());
        }
        e.setDropCompleted(!files.isEmpty());
        e.consume();
    }

    private void showLoadFailure(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Could not open file");
        alert.setHeaderText("The file could not be opened");
        alert.setContentText(message);
        alert.getDialogPane().setId("load-error");
        alert.getDialogPane().setMinWidth(560);
        alert.show();
    }
}
