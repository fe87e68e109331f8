package org.descriptorworkbench.gui.analysis;

import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.WorkbenchModel.CachedAnalysis;
import org.descriptorworkbench.gui.WorkbenchModel.Outcome;

/**
 * Common shape of an analysis tab: a parameter bar with a Compute button and a status line above
 * the plot(s). Subclasses add their parameters, start their analysis through
 * {@link WorkbenchModel#analyseCached} (or {@link WorkbenchModel#computeCached}) and show the result;
 * they expose their parameters for sessions, and a cached tab shows its cached result for restored
 * parameters ({@link #showCachedResult}). The status line names the dataset a result belongs to, since
 * a tab keeps its plot when another open dataset becomes the active one.
 */
public abstract class AnalysisTab extends Tab {
    protected final WorkbenchModel model;
    protected final FlowPane parameters = new FlowPane(8, 4);
    protected final Button compute = new Button("Compute");
    protected final Label status = new Label();
    protected final BorderPane body = new BorderPane();
    /** The status-line note of a result shown by {@link #showCachedResult}. */
    public static final String RESTORED_FROM_CACHE = "restored from cache";

    private int running;
    private boolean restoring;
    private Object shownResult;

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

    /**
     * Called by subclasses when a result is on show: the message, the dataset it belongs to, and whether it
     * was loaded from the cache (on Compute) or restored from it (after a session was opened).
     */
    protected void done(String message, Outcome<?> outcome) {
        shownResult = outcome.value();
        StringBuilder text = new StringBuilder(message);
        if (!outcome.datasetName().isEmpty()) {
            text.append(" — on ").append(outcome.datasetName());
        }
        if (restoring) {
            text.append(" (").append(RESTORED_FROM_CACHE).append(')');
        } else if (outcome.fromCache()) {
            text.append(" (").append(WorkbenchModel.LOADED_FROM_CACHE).append(')');
        }
        done(text.toString());
    }

    /**
     * Shows the cached result of the current parameters, if there is one, without computing anything (the
     * lookup runs off the JavaFX thread; without a cached result the tab stays as it is). Tabs whose
     * results are not cached do nothing.
     */
    public void showCachedResult() {
    }

    /** For {@link #showCachedResult}: looks {@code what} up and shows a hit with {@code show}, unless a Compute started meanwhile. */
    protected <T> void showCached(CachedAnalysis<T> what, Consumer<Outcome<T>> show) {
        if (what == null) {
            return;
        }
        model.restoreCached(what, outcome -> {
            if (isRunning()) {
                return;
            }
            restoring = true;
            try {
                show.accept(outcome);
            } finally {
                restoring = false;
            }
        });
    }

    /** Called by subclasses with the one-line reason a computation did not finish. */
    protected void failed(String reason) {
        running = Math.max(0, running - 1);
        status.setStyle("-fx-text-fill: #b00020;");
        status.setText(reason);
    }

    /** The result record on show (computed or read from the cache), null before the first; tests compare it. */
    Object shownResult() {
        return shownResult;
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
