package org.descriptorworkbench.gui.analysis;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.features.CentreChoice;

/**
 * The choice of environments every analysis uses: all atoms, or a random sample of N atoms with a
 * seed (the default, 2000, because pairwise analyses grow as N² and the default dataset has 25 600 atoms).
 */
public final class CentreChooser extends VBox {
    private final RadioButton all = new RadioButton("all atoms");
    private final RadioButton sample = new RadioButton("random sample of");
    private final Spinner<Integer> count = new Spinner<>(3, 1_000_000, 2000, 500);
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 0);
    private boolean syncing;

    public CentreChooser(WorkbenchModel model) {
        super(3);
        setId("centre-chooser");
        setPadding(new Insets(4));
        ToggleGroup group = new ToggleGroup();
        all.setToggleGroup(group);
        sample.setToggleGroup(group);
        all.setId("centres-all");
        sample.setId("centres-sample");
        count.setId("centres-count");
        seed.setId("centres-seed");
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
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(title, all, line, note);
        show(model.centresProperty().get());
        model.centresProperty().addListener((obs, o, n) -> show(n));
        Runnable apply = () -> {
            if (!syncing) {
                model.centresProperty().set(new CentreChoice(all.isSelected(), count.getValue(), seed.getValue()));
            }
        };
        group.selectedToggleProperty().addListener((obs, o, n) -> apply.run());
        count.valueProperty().addListener((obs, o, n) -> apply.run());
        seed.valueProperty().addListener((obs, o, n) -> apply.run());
        count.disableProperty().bind(all.selectedProperty());
        seed.disableProperty().bind(all.selectedProperty());
    }

    private void show(CentreChoice c) {
        syncing = true;
        try {
            all.setSelected(c.all());
            sample.setSelected(!c.all());
            count.getValueFactory().setValue(c.count());
            seed.getValueFactory().setValue((int) c.seed());
        } finally {
            syncing = false;
        }
    }
}
