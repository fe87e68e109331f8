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
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import java.io.IOException;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.gui.analysis.AnalysisTab;
import org.descriptorworkbench.gui.analysis.CentreChooser;
import org.descriptorworkbench.gui.analysis.CorrelationTab;
import org.descriptorworkbench.gui.analysis.ImbalanceTab;
import org.descriptorworkbench.gui.analysis.PerturbationTab;
import org.descriptorworkbench.gui.analysis.RadialBasisTab;
import org.descriptorworkbench.gui.analysis.ComplexityTab;
import org.descriptorworkbench.gui.analysis.ReconstructionTab;
import org.descriptorworkbench.gui.analysis.SelectionTab;
import org.descriptorworkbench.gui.analysis.SensitivityTab;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.gui.descriptors.DescriptorSetPanel;
import org.descriptorworkbench.gui.features.ClearCacheMenuItem;
import org.descriptorworkbench.gui.pair.PairPanel;
import org.descriptorworkbench.gui.selection.SelectionDetails;
import org.descriptorworkbench.gui.selection.SelectionDetailsModel;
import org.descriptorworkbench.gui.session.RecentSessions;
import org.descriptorworkbench.gui.session.Session;
import org.descriptorworkbench.gui.session.SessionFiles;
import org.descriptorworkbench.gui.session.SessionState;
import org.descriptorworkbench.gui.task.TaskBar;
import org.descriptorworkbench.gui.task.TaskBarModel;
import org.descriptorworkbench.task.TaskExecutor;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.dataset.OpenDataset;
import org.descriptorworkbench.gui.dataset.OpenDatasetsList;
import org.descriptorworkbench.gui.dataset.StructureRow;
import org.descriptorworkbench.gui.dataset.StructureTable;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.io.StructureFormat;
import org.descriptorworkbench.viewer3d.StructureView;

/**
 * The workbench's main window (DESIGN.md "GUI shape"): on the left the open datasets with the active
 * one's filterable structure table, the descriptor set and the centre choice; in the centre the
 * analysis tabs; on the right the 3D views (structure, pair of environments) above the details of what a plot
 * selected; at the bottom the status line and the task bar. It lays out and binds; the state lives in the {@link WorkbenchModel} and its
 * view-models.
 */
public final class MainWindow {
    private final DatasetViewModel model;
    private final WorkbenchModel workbench;
    private final Stage stage;
    private final StructureTable table;
    private final StructureView structureView = new StructureView();
    private final BorderPane root = new BorderPane();
    private final TabPane analysisTabs = new TabPane();
    private final TabPane viewTabs = new TabPane();
    private final SplitPane leftSplit = new SplitPane();
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane rightSplit = new SplitPane();
    private final List<AnalysisTab> tabs;
    private final PairPanel pairPanel;
    private final SelectionDetails selectionDetails;
    private final DescriptorSetPanel descriptorPanel;
    private final Label status = new Label();
    private Path sessionFile;
    private final RecentSessions recent;

    /**
     * A window with the default descriptor set, running tasks on the shared executor.
     *
     * @param recent the recent-sessions list: {@link RecentSessions#forApplication()} in the application,
     *               a scratch preferences node in tests, so that tests never change the user's list
     */
    public MainWindow(DatasetViewModel model, Stage stage, RecentSessions recent) {
        this(new WorkbenchModel(model, DescriptorSetModel.withDefaults(),
                new TaskBarModel(TaskExecutor.shared(), Platform::runLater), Platform::runLater), stage, recent);
    }

    /** A window over a workbench state (see {@link #MainWindow(DatasetViewModel, Stage, RecentSessions)} for {@code recent}). */
    public MainWindow(WorkbenchModel workbench, Stage stage, RecentSessions recent) {
        this.workbench = workbench;
        this.recent = java.util.Objects.requireNonNull(recent, "recent");
        this.model = workbench.datasets();
        this.stage = stage;
        this.table = new StructureTable(model);

        structureView.setId("structure-view");
        structureView.structureProperty().bind(model.selectedStructureProperty());

        descriptorPanel = new DescriptorSetPanel(workbench.descriptors());
        descriptorPanel.setOnRejected(this::showMessage);
        ListView<OpenDataset> openDatasets = new OpenDatasetsList(model.openDatasets()).control();
        VBox datasetPanel = new VBox(2, title("Datasets"), openDatasets, table.filterBar(), table.control());
        VBox.setVgrow(table.control(), Priority.ALWAYS);
        VBox descriptors = new VBox(4, descriptorPanel, new CentreChooser(workbench, table::selectedIndices));
        VBox.setVgrow(descriptorPanel, Priority.ALWAYS);
        SplitPane left = leftSplit;
        left.getItems().setAll(datasetPanel, descriptors);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.5);

        tabs = List.of(new CorrelationTab(workbench), new ImbalanceTab(workbench), new SelectionTab(workbench),
                new ReconstructionTab(workbench), new SensitivityTab(workbench), new PerturbationTab(workbench),
                new RadialBasisTab(workbench), new ComplexityTab(workbench));
        analysisTabs.setId("analysis-tabs");
        tabs.stream().filter(ImbalanceTab.class::isInstance).map(ImbalanceTab.class::cast).forEach(t ->
                t.setOnDescriptorPicked(spec -> descriptorPanel.list().getSelectionModel().select(spec)));
        analysisTabs.getTabs().addAll(tabs);

        pairPanel = new PairPanel(workbench);
        Tab structureTab = new Tab("Structure", structureView);
        structureTab.setId("structure-tab");
        Tab pairTab = new Tab("Pair", pairPanel);
        pairTab.setId("pair-tab");
        viewTabs.getTabs().addAll(structureTab, pairTab);
        viewTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        viewTabs.setId("view-tabs");
        workbench.pairProperty().addListener((obs, o, n) -> {
            if (n != null) {
                viewTabs.getSelectionModel().select(pairTab);
            }
        });
        workbench.environmentProperty().addListener((obs, o, n) -> {
            if (n != null) {
                viewTabs.getSelectionModel().select(pairTab);
            }
        });

        selectionDetails = new SelectionDetails(new SelectionDetailsModel(workbench));
        SplitPane right = rightSplit;
        right.getItems().setAll(viewTabs, selectionDetails); // the 3D views above what a plot selected
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.64);
        SplitPane split = mainSplit;
        split.getItems().setAll(left, analysisTabs, right);
        split.setDividerPositions(0.26, 0.70);
        SplitPane.setResizableWithParent(left, false);

        root.setTop(menuBar());
        root.setCenter(split);
        root.setBottom(new VBox(statusBar(), new TaskBar(workbench.tasks())));
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dragDropped);

        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> (workbench.dirtyProperty().get() ? "• " : "") + model.titleProperty().get(),
                model.titleProperty(), workbench.dirtyProperty()));
        model.setOnLoadFailed(this::showLoadFailure);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            }
        });
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

    public WorkbenchModel workbench() {
        return workbench;
    }

    /** The analysis tabs, in tab order. */
    public List<AnalysisTab> analysisTabs() {
        return tabs;
    }

    public TabPane analysisTabPane() {
        return analysisTabs;
    }

    public PairPanel pairPanel() {
        return pairPanel;
    }

    /** The table of what a plot selected, under the 3D views. */
    public SelectionDetails selectionDetails() {
        return selectionDetails;
    }

    public DescriptorSetPanel descriptorPanel() {
        return descriptorPanel;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        l.setPadding(new Insets(2, 4, 0, 4));
        return l;
    }

    /** The current window layout, for the session file. */
    public Session.Layout layout() {
        Tab analysis = analysisTabs.getSelectionModel().getSelectedItem();
        Tab view = viewTabs.getSelectionModel().getSelectedItem();
        return new Session.Layout(stage.getWidth(), stage.getHeight(), dividers(mainSplit), dividers(leftSplit),
                dividers(rightSplit), analysis == null ? null : analysis.getId(), view == null ? null : view.getId());
    }

    /** Restores a saved layout; a size that is not a number, or tab ids that no longer exist, are left as they are. */
    public void restoreLayout(Session.Layout layout) {
        if (layout.width() > 0 && layout.height() > 0) {
            stage.setWidth(layout.width());
            stage.setHeight(layout.height());
        }
        restoreDividers(layout);
        reapplyDividersWhileResizing(layout);
        selectById(analysisTabs, layout.analysisTab());
        selectById(viewTabs, layout.viewTab());
    }

    /**
     * A resize keeps the left pane's width rather than its fraction, and the window system applies a
     * requested size only later: set the dividers again after every size change of the scene during
     * the next second, and once after the pending events in any case.
     */
    private void reapplyDividersWhileResizing(Session.Layout layout) {
        Runnable apply = () -> restoreDividers(layout);
        Platform.runLater(apply);
        javafx.scene.Scene scene = stage.getScene();
        if (scene == null) {
            return;
        }
        javafx.beans.InvalidationListener again = o -> Platform.runLater(apply);
        scene.widthProperty().addListener(again);
        scene.heightProperty().addListener(again);
        javafx.animation.PauseTransition stop = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        stop.setOnFinished(e -> {
            scene.widthProperty().removeListener(again);
            scene.heightProperty().removeListener(again);
        });
        stop.play();
    }

    /** Sets the dividers of the main, left and right split panes; older files have no right dividers (null), kept as they are. */
    private void restoreDividers(Session.Layout layout) {
        restoreDividers(mainSplit, layout.mainDividers());
        restoreDividers(leftSplit, layout.leftDividers());
        restoreDividers(rightSplit, layout.rightDividers());
    }

    private static List<Double> dividers(SplitPane pane) {
        return java.util.Arrays.stream(pane.getDividerPositions()).boxed().toList();
    }

    private static void restoreDividers(SplitPane pane, List<Double> positions) {
        if (positions != null && positions.size() == pane.getDividers().size()
                && positions.stream().allMatch(p -> p != null && p >= 0 && p <= 1)) {
            pane.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    private static void selectById(TabPane pane, String id) {
        pane.getTabs().stream().filter(t -> t.getId() != null && t.getId().equals(id)).findFirst()
                .ifPresent(pane.getSelectionModel()::select);
    }

    /** Saves the session to a file and marks the state saved. */
    public void saveSession(Path file) throws IOException {
        SessionFiles.write(SessionState.capture(workbench, tabs, layout()), file);
        sessionFile = file;
        recent.remember(file);
        workbench.dirtyProperty().set(false);
        showMessage("session saved to " + file);
    }

    /** Restores a session file (the datasets open in the background). */
    public void openSession(Path file) {
        Session session = SessionFiles.read(file);
        // opening the datasets marks the state changed when they arrive; the restored state is the saved one
        SessionState.apply(session, workbench, tabs, () -> workbench.dirtyProperty().set(false));
        if (session.layout() != null) {
            restoreLayout(session.layout());
        }
        sessionFile = file;
        recent.remember(file);
        workbench.dirtyProperty().set(false);
        showMessage("session restored from " + file);
    }

    private void showMessage(String text) {
        status.textProperty().unbind();
        status.setText(text);
        PauseTransition back = new PauseTransition(Duration.seconds(6));
        back.setOnFinished(e -> status.textProperty().bind(model.statusProperty()));
        back.play();
    }

    /** True if there is nothing unsaved, or the user chose to save or discard it. */
    private boolean confirmDiscard() {
        if (!workbench.dirtyProperty().get()) {
            return true;
        }
        ButtonType save = new ButtonType("Save…", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The descriptor set or analysis settings changed since the"
                + " session was last saved.", save, discard, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the session before closing?");
        alert.getDialogPane().setId("unsaved-changes");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == discard) {
            return true;
        }
        if (answer == save) {
            return chooseAndSaveSession(sessionFile);
        }
        return false;
    }

    private boolean chooseAndSaveSession(Path current) {
        Path target = current;
        if (target == null) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save session");
            chooser.setInitialFileName("session.dwb.json");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Workbench session (*.json)", "*.json"));
            File f = chooser.showSaveDialog(stage);
            if (f == null) {
                return false;
            }
            target = f.toPath();
        }
        try {
            saveSession(target);
            return true;
        } catch (IOException e) {
            showError("Could not save the session", target + ": " + e.getMessage());
            return false;
        }
    }

    /** Writes what the 3D pane shows (the structure, or the pair of environments) to a PNG file. */
    private void saveSnapshot() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save 3D view");
        chooser.setInitialFileName("view.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png"));
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        boolean pair = viewTabs.getSelectionModel().getSelectedIndex() == 1;
        javafx.scene.image.WritableImage image = pair ? pairPanel.pairView().snapshot(null, null) : structureView.snapshot();
        try {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", f);
            showMessage("3D view saved to " + f);
        } catch (IOException x) {
            showError("Could not save the image", f + ": " + x.getMessage());
        }
    }

    private void chooseAndOpenSession() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open session");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Workbench session (*.json)", "*.json"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            try {
                openSession(f.toPath());
            } catch (WorkbenchException e) {
                showError("Could not open the session", e.getMessage());
            }
        }
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setHeaderText(header);
        alert.show();
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open…");
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem closeDataset = new MenuItem("Close dataset");
        closeDataset.setId("menu-close-dataset");
        closeDataset.setAccelerator(KeyCombination.keyCombination("Shortcut+W"));
        closeDataset.setOnAction(e -> model.openDatasets().closeActive());
        closeDataset.disableProperty().bind(model.openDatasets().activeProperty().isNull());
        MenuItem quit = new MenuItem("Quit");
        quit.setId("menu-quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> {
            if (confirmDiscard()) {
                Platform.exit();
            }
        });
        MenuItem openSession = new MenuItem("Open session…");
        openSession.setId("menu-open-session");
        openSession.setOnAction(e -> chooseAndOpenSession());
        MenuItem saveSession = new MenuItem("Save session");
        saveSession.setId("menu-save-session");
        saveSession.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        saveSession.setOnAction(e -> chooseAndSaveSession(sessionFile));
        Menu recentMenu = new Menu("Recent sessions");
        recentMenu.setId("menu-recent-sessions");
        recentMenu.getItems().add(new MenuItem("(none)"));
        recentMenu.setOnShowing(e -> {
            recentMenu.getItems().clear();
            for (Path p : recent.list()) {
                MenuItem item = new MenuItem(p.toString());
                item.setOnAction(a -> {
                    if (confirmDiscard()) {
                        try {
                            openSession(p);
                        } catch (WorkbenchException x) {
                            showError("Could not open the session", x.getMessage());
                        }
                    }
                });
                recentMenu.getItems().add(item);
            }
            if (recentMenu.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none)");
                none.setDisable(true);
                recentMenu.getItems().add(none);
            }
        });
        MenuItem saveSessionAs = new MenuItem("Save session as…");
        saveSessionAs.setOnAction(e -> chooseAndSaveSession(null));
        Menu file = new Menu("File", null, open, closeDataset, new SeparatorMenuItem(), openSession, recentMenu, saveSession, saveSessionAs,
                new SeparatorMenuItem(), quit);
        file.getItems().add(file.getItems().indexOf(quit) - 1, new ClearCacheMenuItem(workbench.features().diskCache(), Platform::runLater));

        MenuItem reset = new MenuItem("Reset view");
        reset.setId("menu-reset-view");
        reset.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        reset.setOnAction(e -> structureView.resetView());
        MenuItem snapshot = new MenuItem("Save 3D view as PNG…");
        snapshot.setId("menu-save-3d");
        snapshot.setOnAction(e -> saveSnapshot());
        CheckMenuItem bonds = new CheckMenuItem("Show bonds");
        bonds.setId("menu-show-bonds");
        bonds.selectedProperty().bindBidirectional(structureView.bondsVisibleProperty());
        pairPanel.pairView().bondsVisibleProperty().bindBidirectional(structureView.bondsVisibleProperty());
        Menu view = new Menu("View", null, reset, bonds, snapshot);

        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private HBox statusBar() {
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
        chooser.setTitle("Open structure files");
        chooser.getExtensionFilters().addAll(fileFilters());
        File current = currentFolder();
        if (current != null) {
            chooser.setInitialDirectory(current);
        }
        List<File> chosen = chooser.showOpenMultipleDialog(stage);
        model.openInOrder((chosen == null ? List.<File>of() : chosen).stream().map(File::toPath).toList());
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
        OpenDataset active = model.openDatasets().activeProperty().get();
        if (active == null) {
            return null;
        }
        Path parent = active.file().getParent();
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
        model.openInOrder(files.stream().map(File::toPath).toList());
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
