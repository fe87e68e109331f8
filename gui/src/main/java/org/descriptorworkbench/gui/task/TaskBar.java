package org.descriptorworkbench.gui.task;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.descriptorworkbench.task.TaskState;

/**
 * The bottom task bar: one line per task with its title, progress bar, message, elapsed time, a
 * cancel button while it runs and a details button after a failure. Binds to a {@link TaskBarModel}.
 */
public final class TaskBar extends ScrollPane {
    private final VBox lines = new VBox(2);

    public TaskBar(TaskBarModel model) {
        setId("task-bar");
        lines.setPadding(new Insets(3, 8, 3, 8));
        setContent(lines);
        setFitToWidth(true);
        setPrefViewportHeight(64);
        setMinHeight(30);
        Label idle = new Label("No tasks yet: Compute in an analysis tab starts one.");
        idle.setId("task-bar-idle");
        idle.setStyle("-fx-text-fill: #666;");
        model.entries().addListener((ListChangeListener<TaskEntry>) c -> rebuild(model, idle));
        rebuild(model, idle);
    }

    private void rebuild(TaskBarModel model, Label idle) {
        lines.getChildren().clear();
        if (model.entries().isEmpty()) {
            lines.getChildren().add(idle);
        }
        for (int i = model.entries().size() - 1; i >= 0; i--) {
            lines.getChildren().add(line(model.entries().get(i)));
        }
    }

    private HBox line(TaskEntry entry) {
        Label title = new Label(entry.title());
        title.setMinWidth(220);
        title.setPrefWidth(300);
        title.setStyle("-fx-font-weight: bold;");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(entry.progressProperty());
        Label detail = new Label();
        detail.textProperty().bind(entry.detailProperty());
        detail.setMinWidth(110);
        Label message = new Label();
        message.textProperty().bind(entry.messageProperty());
        message.setMinWidth(0);
        message.styleProperty().bind(Bindings.when(entry.stateProperty().isEqualTo(TaskState.FAILED))
                .then("-fx-text-fill: #b00020;").otherwise(""));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add("task-cancel");
        cancel.setOnAction(e -> entry.cancel());
        cancel.visibleProperty().bind(Bindings.createBooleanBinding(() -> !entry.stateProperty().get().isFinished(),
                entry.stateProperty()));
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button details = new Button("Details…");
        details.getStyleClass().add("task-details");
        details.visibleProperty().bind(entry.stateProperty().isEqualTo(TaskState.FAILED));
        details.managedProperty().bind(details.visibleProperty());
        details.setOnAction(e -> showDetails(entry));
        HBox line = new HBox(8, title, bar, detail, message, cancel, details);
        line.getStyleClass().add("task-line");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private void showDetails(TaskEntry entry) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.setTitle("Task failed");
        alert.setHeaderText(entry.title() + ": " + entry.messageProperty().get());
        TextArea text = new TextArea(entry.failureDetails());
        text.setEditable(false);
        text.setPrefRowCount(18);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(760);
        alert.show();
    }
}
