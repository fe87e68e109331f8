package org.descriptorworkbench.gui.descriptors;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorFamily;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Parameter;

/**
 * The descriptor form: a family chooser, one field per declared parameter (prompt = default, tooltip =
 * documentation, unit and allowed values), and the spec text, which may also be typed. Every change
 * is checked by the spec parser; its message shows under the fields and OK stays disabled until the
 * spec is valid. Binds to a {@link DescriptorFormModel}.
 */
public final class DescriptorForm extends VBox {
    private final DescriptorFormModel model;
    private final GridPane grid = new GridPane();

    public DescriptorForm(DescriptorFormModel model) {
        super(8);
        this.model = model;
        setId("descriptor-form");
        setPadding(new Insets(10));
        ComboBox<DescriptorFamily> family = new ComboBox<>(FXCollections.observableArrayList(DescriptorCatalog.families()));
        family.setId("family-choice");
        family.setConverter(new StringConverter<>() {
            @Override
            public String toString(DescriptorFamily f) {
                return f == null ? "" : f.name() + " — " + f.signature().doc();
            }

            @Override
            public DescriptorFamily fromString(String s) {
                return null;
            }
        });
        family.valueProperty().bindBidirectional(model.familyProperty());
        grid.setHgap(8);
        grid.setVgap(4);
        ScrollPane fields = new ScrollPane(grid);
        fields.setFitToWidth(true);
        fields.setPrefViewportHeight(320);
        TextField spec = new TextField();
        spec.setId("spec-text");
        spec.textProperty().bindBidirectional(model.specTextProperty());
        Label error = new Label();
        error.setId("spec-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(model.errorProperty());
        getChildren().addAll(new Label("Family"), family, fields, new Label("Spec (edit the fields above or type it)"),
                spec, error);
        model.familyProperty().addListener((obs, old, now) -> buildFields());
        buildFields();
    }

    private void buildFields() {
        grid.getChildren().clear();
        int row = 0;
        DescriptorFamily f = model.familyProperty().get();
        if (f == null) {
            return;
        }
        for (Parameter p : f.signature().parameters()) {
            Label name = new Label(p.name() + (p.unit().isEmpty() ? "" : " (" + p.unit() + ")"));
            TextField field = new TextField();
            field.setId("param-" + p.name());
            field.setPromptText(p.defaultValue().text());
            field.textProperty().bindBidirectional(model.field(p.name()));
            Tooltip tip = new Tooltip(p.doc() + "\nAllowed: " + p.type().describe() + "\nDefault: " + p.defaultValue().text());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            field.setTooltip(tip);
            name.setTooltip(tip);
            if (!p.core()) {
                name.setStyle("-fx-text-fill: #555;");
            }
            grid.addRow(row++, name, field);
        }
    }

    /**
     * Shows the form in a dialog and returns the checked spec, or empty if the user cancelled.
     *
     * @param initial the spec text to start from (a new descriptor: the first family's defaults)
     */
    public static Optional<DescriptorSpec> showDialog(Window owner, String title, String initial) {
        DescriptorFormModel model = initial == null ? new DescriptorFormModel() : new DescriptorFormModel(initial);
        Dialog<DescriptorSpec> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new DescriptorForm(model));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setPrefWidth(620);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("descriptor-form-ok");
        ok.disableProperty().bind(model.specProperty().isNull());
        dialog.setResultConverter(b -> b == ButtonType.OK ? model.specProperty().get() : null);
        return dialog.showAndWait();
    }
}
