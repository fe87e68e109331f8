package org.descriptorworkbench.gui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.features.CentreChoice;
import org.descriptorworkbench.structure.Element;

/**
 * The choice of environments every analysis uses: all atoms, or a random sample of N atoms with a
 * seed (the default, 2000, because pairwise analyses grow as N² and the default dataset has 25 600 atoms),
 * optionally only atoms of some species and of the structures selected in the table; or exactly the
 * environments picked in a plot.
 */
public final class CentreChooser extends VBox {
    private final RadioButton all = new RadioButton("all atoms");
    private final RadioButton sample = new RadioButton("random sample of");
    private final Spinner<Integer> count = new Spinner<>(3, 1_000_000, 2000, 500);
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 0);
    private final TextField species = new TextField();
    private final CheckBox selectedStructures = new CheckBox("only the structures selected in the table");
    private final Label explicit = new Label();
    private final Button clearExplicit = new Button("Back to the choice above");
    private final Label error = new Label();
    private final WorkbenchModel model;
    private final Supplier<List<Integer>> tableSelection;
    private List<Integer> structures = List.of();
    private boolean syncing;

    public CentreChooser(WorkbenchModel model, Supplier<List<Integer>> tableSelection) {
        super(3);
        this.model = model;
        this.tableSelection = tableSelection;
        setId("centre-chooser");
        setPadding(new Insets(4));
        ToggleGroup group = new ToggleGroup();
        all.setToggleGroup(group);
        sample.setToggleGroup(group);
        all.setId("centres-all");
        sample.setId("centres-sample");
        count.setId("centres-count");
        seed.setId("centres-seed");
        species.setId("centres-species");
        selectedStructures.setId("centres-selected-structures");
        explicit.setId("centres-explicit");
        clearExplicit.setId("centres-clear-explicit");
        error.setId("centres-error");
        error.setStyle("-fx-text-fill: #b00020;");
        species.setPromptText("all species (or e.g. Fe Cu)");
        species.setPrefColumnCount(12);
        count.setEditable(true);
        seed.setEditable(true);
        count.setPrefWidth(100);
        seed.setPrefWidth(80);
        Label title = new Label("Environments analysed");
        title.setStyle("-fx-font-weight: bold;");
        Label note = new Label("Pairwise analyses grow as N²: by default 2000 random environments of the dataset.");
        note.setWrapText(true);
        note.setStyle("-fx-text-fill: #555; -fx-font-size: 90%;");
        HBox line = new HBox(6, sample, count, new Label("seed"), seed);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox speciesLine = new HBox(6, new Label("centre species"), species);
        speciesLine.setAlignment(Pos.CENTER_LEFT);
        HBox explicitLine = new HBox(6, explicit, clearExplicit);
        explicitLine.setAlignment(Pos.CENTER_LEFT);
        explicitLine.visibleProperty().bind(explicit.textProperty().isNotEmpty());
        explicitLine.managedProperty().bind(explicitLine.visibleProperty());
        getChildren().addAll(title, all, line, speciesLine, selectedStructures, explicitLine, error, note);
        show(model.centresProperty().get());
        model.centresProperty().addListener((obs, o, n) -> show(n));
        group.selectedToggleProperty().addListener((obs, o, n) -> apply());
        count.valueProperty().addListener((obs, o, n) -> apply());
        seed.valueProperty().addListener((obs, o, n) -> apply());
        species.setOnAction(e -> apply());
        species.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                apply();
            }
        });
        selectedStructures.selectedProperty().addListener((obs, o, n) -> {
            if (syncing) {
                return;
            }
            structures = n ? tableSelection.get() : List.of();
            if (n && structures.isEmpty()) {
                error.setText("select structures in the table first");
                syncing = true;
                selectedStructures.setSelected(false);
                syncing = false;
                return;
            }
            apply();
        });
        clearExplicit.setOnAction(e -> apply());
        count.disableProperty().bind(all.selectedProperty());
        seed.disableProperty().bind(all.selectedProperty());
    }

    /** Sets the model's choice from the controls; a species text that names no element changes nothing. */
    private void apply() {
        if (syncing) {
            return;
        }
        Optional<List<Integer>> z = atomicNumbers(species.getText());
        if (z.isEmpty()) {
            error.setText("centre species: not an element symbol in '" + species.getText().trim() + "'");
            return;
        }
        error.setText("");
        model.centresProperty().set(new CentreChoice(all.isSelected(), count.getValue(), seed.getValue(), z.get(),
                structures, List.of()));
    }

    /** Atomic numbers of space- or comma-separated symbols, ascending; empty text is every species. */
    static Optional<List<Integer>> atomicNumbers(String text) {
        List<Integer> out = new ArrayList<>();
        for (String word : text.trim().split("[\\s,]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Optional<Element> e = Element.bySymbolIgnoreCase(word);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            out.add(e.get().atomicNumber());
        }
        return Optional.of(out.stream().distinct().sorted().toList());
    }

    private void show(CentreChoice c) {
        syncing = true;
        try {
            all.setSelected(c.all());
            sample.setSelected(!c.all());
            count.getValueFactory().setValue(c.count());
            seed.getValueFactory().setValue((int) c.seed());
            species.setText(c.species().stream().map(z -> Element.of(z).symbol()).collect(Collectors.joining(" ")));
            structures = c.structures();
            selectedStructures.setSelected(!structures.isEmpty());
            selectedStructures.setText(structures.isEmpty() ? "only the structures selected in the table"
                    : "only the " + structures.size() + " structures selected in the table");
            explicit.setText(c.environments().isEmpty() ? "" : c.environments().size() + " environments picked in a plot");
        } finally {
            syncing = false;
        }
    }
}
