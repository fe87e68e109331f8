package org.descriptorworkbench.gui.analysis;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.descriptorworkbench.gui.WorkbenchModel;

/**
 * Common shape of an analysis tab: a parameter bar with a Compute button and a status line above
 * the plot(s). Subclasses add their parameters, start their analysis through
 * {@link WorkbenchModel#analyse} and show the result; they expose their parameters for sessions.
 */
public abstract class AnalysisTab extends Tab {
    protected final WorkbenchModel model;
    protected final FlowPane parameters = new FlowPane(8, 4);
    protected final Button compute = new Button("Compute");
    protected final Label status = new Label();
    protected final BorderPane body = new BorderPane();
    private int running;

    protected AnalysisTab(WorkbenchModel model, String title, String id) {
        super(title);
        this.model = model;
        setId(id);
        setClosable(false);
        compute.setId(id + "-compute");
        compute.setDefaultButton(false);
        compute.setOnAction(e -> startCompute());
        status.setId(id + "-status");
        status.setMinWidth(0);
        parameters.setPadding(new Insets(6));
        parameters.setAlignment(Pos.CENTER_LEFT);
        BorderPane top = new BorderPane(parameters);
        top.setBottom(status);
        BorderPane.setMargin(status, new Insets(0, 6, 4, 6));
        body.setTop(top);
        setContent(body);
    }

    /** Adds a labelled control to the parameter bar. */
    protected void addParameter(String label, Node control) {
        Label l = new Label(label);
        l.setLabelFor(control);
        parameters.getChildren().addAll(l, control);
    }

    /** Puts Compute (and anything after it, such as export menus) at the end of the bar. */
    protected void finishBar(Node... extra) {
        parameters.getChildren().add(compute);
        parameters.getChildren().addAll(extra);
    }

    /** Starts the analysis with the current parameters. */
    public final void startCompute() {
        status.setStyle("");
        status.setText("computing… (see the task bar)");
        running++;
        compute();
    }

    protected abstract void compute();

    /** Called by subclasses when a result is on show. */
    protected void done(String message) {
        running = Math.max(0, running - 1);
        status.setStyle("");
        status.setText(message);
    }

    /** Called by subclasses with the one-line reason a computation did not finish. */
    protected void failed(String reason) {
        running = Math.max(0, running - 1);
        status.setStyle("-fx-text-fill: #b00020;");
        status.setText(reason);
    }

    /** True while a computation started here has not reported back. */
    public boolean isRunning() {
        return running > 0;
    }

    public Label statusLabel() {
        return status;
    }

    /** The analysis parameters, for the session file. */
    public abstract Map<String, Object> parameterValues();

    /** Restores parameters from a session file; unknown or missing keys keep their current values. */
    public abstract void restoreParameters(Map<String, Object> values);

    protected static int intOf(Map<String, Object> values, String key, int fallback) {
        Object v = values.get(key);
        return v instanceof Number n ? n.intValue() : fallback;
    }
}
