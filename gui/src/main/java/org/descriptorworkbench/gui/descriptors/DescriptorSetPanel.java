package org.descriptorworkbench.gui.descriptors;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.descriptorworkbench.descriptor.DescriptorSpec;

/**
 * The descriptor set panel: the specs under comparison with the reference marked, and buttons to
 * add (form), duplicate, edit, remove and mark as reference. Binds to a {@link DescriptorSetModel}.
 */
public final class DescriptorSetPanel extends VBox {
    private final DescriptorSetModel model;
    private final ListView<DescriptorSpec> list;
    private Consumer<String> onRejected = message -> { };

    public DescriptorSetPanel(DescriptorSetModel model) {
        super(4);
        this.model = model;
        setId("descriptor-set");
        setPadding(new Insets(4));
        list = new ListView<>(model.specs());
        list.setId("descriptor-list");
        list.setPrefHeight(150);
        list.setCellFactory(v -> new SpecCell());
        model.referenceProperty().addListener((obs, old, now) -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = button("Add…", "descriptor-add", "Add a descriptor through the parameter form", this::add);
        Button duplicate = button("Duplicate", "descriptor-duplicate", "Open the form on a copy of the selected descriptor", this::duplicate);
        Button edit = button("Edit…", "descriptor-edit", "Edit the selected descriptor", this::edit);
        Button remove = button("Remove", "descriptor-remove", "Remove the selected descriptor", this::remove);
        Button reference = button("Reference", "descriptor-reference", "Mark the selected descriptor as the reference", this::markReference);
        for (Button b : new Button[] {duplicate, edit, remove, reference}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        Label title = new Label("Descriptor set (★ = reference)");
        title.setStyle("-fx-font-weight: bold;");
        HBox buttons = new HBox(4, add, duplicate, edit, remove, reference);
        getChildren().addAll(title, list, buttons);
    }

    /** Who hears that an added or edited spec was refused (already in the set). */
    public void setOnRejected(Consumer<String> handler) {
        onRejected = handler;
    }

    public ListView<DescriptorSpec> list() {
        return list;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void add() {
        DescriptorForm.showDialog(getScene().getWindow(), "Add descriptor", null).ifPresent(spec -> {
            if (!model.add(spec)) {
                onRejected.accept(spec.text() + " is already in the set");
            }
        });
    }

    private void duplicate() {
        DescriptorSpec selected = list.getSelectionModel().getSelectedItem();
        DescriptorForm.showDialog(getScene().getWindow(), "Duplicate descriptor", selected.text()).ifPresent(spec -> {
            if (!model.add(spec)) {
                onRejected.accept(spec.text() + " is already in the set; change a parameter to make a new descriptor");
            }
        });
    }

    private void edit() {
        int index = list.getSelectionModel().getSelectedIndex();
        DescriptorForm.showDialog(getScene().getWindow(), "Edit descriptor", model.specs().get(index).text()).ifPresent(spec -> {
            if (!model.replace(index, spec)) {
                onRejected.accept(spec.text() + " is already in the set");
            }
        });
    }

    private void remove() {
        model.remove(list.getSelectionModel().getSelectedIndex());
    }

    private void markReference() {
        model.setReference(list.getSelectionModel().getSelectedIndex());
    }

    private final class SpecCell extends ListCell<DescriptorSpec> {
        @Override
        protected void updateItem(DescriptorSpec spec, boolean empty) {
            super.updateItem(spec, empty);
            if (empty || spec == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            boolean isReference = spec.equals(model.reference());
            setText((isReference ? "★ " : "   ") + DescriptorSetModel.shortLabel(spec, model.specs()) + "   —   " + spec.text());
            setStyle(isReference ? "-fx-font-weight: bold;" : "");
            setTooltip(new Tooltip(spec.text()));
        }
    }
}
