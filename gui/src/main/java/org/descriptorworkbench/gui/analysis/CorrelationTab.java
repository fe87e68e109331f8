package org.descriptorworkbench.gui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.correlation.CorrelationResult;
import org.descriptorworkbench.analysis.correlation.DistanceCorrelation;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.WorkbenchModel.CachedAnalysis;
import org.descriptorworkbench.gui.features.CentreChoice;
import org.descriptorworkbench.gui.selection.PlotSelection;
import org.descriptorworkbench.plots.EnvironmentPair;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.plots.DistanceCorrelationView;

/**
 * The distance–distance / rank–rank tab (seed 000 Fig. 4): descriptors A and B, histogram bins, the
 * number of sampled pairs drawn on top and of disagreeing pairs listed; the plot, and beside it the
 * list "pairs close in A but far in B" (the largest disagreements). Clicking a pair in the plot or
 * the list shows both environments in the pair view.
 */
public final class CorrelationTab extends AnalysisTab {
    private final SpecChoice a;
    private final SpecChoice b;
    private final Spinner<Integer> bins = new Spinner<>(5, 400, 60, 5);
    private final Spinner<Integer> sample = new Spinner<>(0, 100_000, 2000, 500);
    private final Spinner<Integer> top = new Spinner<>(0, 1000, 25, 5);
    private final DistanceCorrelationView view = new DistanceCorrelationView();
    private final ListView<CorrelationResult.DisagreeingPair> pairs = new ListView<>();
    private final ExportMenu export;
    private final Button useSelection = new Button("Use environments of the selected pairs as centres");
    private List<EnvironmentPair> selectedPairs = List.of();
    private FeatureMatrix rows;

    public CorrelationTab(WorkbenchModel model) {
        super(model, "Distance–distance", "correlation");
        DescriptorSetModel set = model.descriptors();
        a = new SpecChoice(set, 0, "correlation-a");
        b = new SpecChoice(set, 1, "correlation-b");
        for (Spinner<Integer> s : List.of(bins, sample, top)) {
            s.setEditable(true);
            s.setPrefWidth(95);
            s.valueProperty().addListener((obs, o, n) -> model.markDirty());
        }
        bins.setId("correlation-bins");
        view.setId("correlation-plot");
        export = new ExportMenu(view, "distance-correlation", "correlation-export");
        export.setOnMessage(status::setText);
        addParameter("A", a);
        addParameter("B", b);
        addParameter("bins", bins);
        addParameter("sampled pairs", sample);
        addParameter("disagreeing pairs", top);
        finishBar(export);

        pairs.setId("disagreeing-pairs");
        pairs.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CorrelationResult.DisagreeingPair p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : describe(p));
            }
        });
        pairs.getSelectionModel().selectedItemProperty().addListener((obs, o, p) -> {
            if (p != null && rows != null) {
                model.pairProperty().set(new WorkbenchModel.PairSelection(rows, p.i(), p.j()));
            }
        });
        view.addPairListener(p -> {
            if (rows != null) {
                model.pairProperty().set(new WorkbenchModel.PairSelection(rows, p.i(), p.j()));
            }
        });
        view.addPairsListener(this::pairsSelected);
        view.addPlottedPairsListener(this::publishSelection);
        useSelection.setId("correlation-use-selection");
        useSelection.setDisable(true);
        useSelection.setMaxWidth(Double.MAX_VALUE);
        useSelection.setWrapText(true);
        useSelection.setTooltip(new javafx.scene.control.Tooltip(
                "Shift-drag a rectangle or Ctrl-drag a lasso in the plot to select pairs"));
        useSelection.setOnAction(e -> useSelectedPairsAsCentres());
        Label pairsTitle = new Label("Largest disagreements |d̃A − d̃B|, pairs closer in A than in B first;"
                + " swap A and B for the other side. Click one to see both environments.");
        pairsTitle.setWrapText(true);
        BorderPane side = new BorderPane(pairs);
        side.setTop(pairsTitle);
        BorderPane.setMargin(pairsTitle, new Insets(4));
        side.setBottom(useSelection);
        BorderPane.setMargin(useSelection, new Insets(4));
        SplitPane split = new SplitPane(view, side);
        split.setDividerPositions(0.66);
        body.setCenter(split);
    }

    private String describe(CorrelationResult.DisagreeingPair p) {
        String where = rows == null ? "" : "  [s" + rows.structureIndex(p.i()) + ":" + rows.atomIndex(p.i())
                + " – s" + rows.structureIndex(p.j()) + ":" + rows.atomIndex(p.j()) + "]";
        return String.format(Locale.ROOT, "%s (%d, %d)  d̃A = %.3f  d̃B = %.3f%s", p.distanceA() < p.distanceB() ? "A<B" : "A>B",
                p.i(), p.j(), p.distanceA(), p.distanceB(), where);
    }

    /** Pairs selected with a Shift-drag rectangle or Ctrl-drag lasso: the first is shown in the pair view, the action is offered. */
    private void pairsSelected(List<EnvironmentPair> picked) {
        selectedPairs = List.copyOf(picked);
        useSelection.setDisable(selectedPairs.isEmpty() || rows == null);
        useSelection.setText(selectedPairs.isEmpty() ? "Use environments of the selected pairs as centres"
                : "Use the environments of the " + selectedPairs.size() + " selected pairs as centres");
        if (!selectedPairs.isEmpty() && rows != null) {
            model.pairProperty().set(new WorkbenchModel.PairSelection(rows, selectedPairs.get(0).i(), selectedPairs.get(0).j()));
        }
    }

    /** Publishes what the plot selected (a click, rectangle or lasso) for the selection details, with the plotted coordinates. */
    private void publishSelection(List<DistanceCorrelationView.PlottedPair> plotted) {
        if (rows == null) {
            return;
        }
        boolean rank = view.modeProperty().get() == DistanceCorrelationView.Mode.RANK;
        FeatureMatrix matrix = rows;
        model.selectionProperty().set(PlotSelection.ofPairs(rank ? "Rank–rank" : "Distance–distance",
                rank ? "rank A/(N−1)" : "d̃A", rank ? "rank B/(N−1)" : "d̃B",
                plotted.stream().map(p -> new PlotSelection.Pair(matrix, p.pair().i(), p.pair().j(), p.x(), p.y())).toList()));
    }

    /** Sets the centre choice to exactly the environments of the selected pairs (both ends of each). */
    public void useSelectedPairsAsCentres() {
        if (selectedPairs.isEmpty() || rows == null) {
            return;
        }
        List<CentreChoice.Atom> atoms = new ArrayList<>();
        for (EnvironmentPair p : selectedPairs) {
            for (int row : new int[] {p.i(), p.j()}) {
                atoms.add(new CentreChoice.Atom(rows.structureIndex(row), rows.atomIndex(row)));
            }
        }
        CentreChoice choice = CentreChoice.of(atoms.stream().distinct().toList());
        model.centresProperty().set(choice);
        status.setText("centres: the " + choice.describe() + " of " + selectedPairs.size() + " selected pairs");
    }

    /** Pairs the plot reports as selected (Shift-drag rectangle or Ctrl-drag lasso), in the plot's order. */
    public List<EnvironmentPair> selectedPairs() {
        return selectedPairs;
    }

    public DistanceCorrelationView view() {
        return view;
    }

    public ExportMenu exportMenu() {
        return export;
    }

    public ListView<CorrelationResult.DisagreeingPair> disagreeingPairs() {
        return pairs;
    }

    /** The analysis of the chosen A and B with the current parameters, or null while either is unchosen. */
    private CachedAnalysis<Shown> request() {
        DescriptorSpec specA = a.getValue();
        DescriptorSpec specB = b.getValue();
        if (specA == null || specB == null) {
            return null;
        }
        return CachedAnalysis.ofCentres("correlation", List.of(specA, specB), parameterValues(), Shown.class);
    }

    @Override
    protected void compute() {
        CachedAnalysis<Shown> what = request();
        if (what == null) {
            failed("choose descriptors A and B");
            return;
        }
        int nBins = bins.getValue();
        int nSample = sample.getValue();
        int nTop = top.getValue();
        model.analyseCached(what, "Correlation " + labels(what).get(0) + " vs " + labels(what).get(1),
                m -> {
                    FeatureMatrix first = m.get(0);
                    return progress -> new Shown(RowEnvironments.of(first), new DistanceCorrelation(RowMatrix.of(first),
                            RowMatrix.of(m.get(1)), nBins, nSample, nTop, 0).run(progress));
                },
                outcome -> show(what, outcome),
                this::failed);
    }

    @Override
    public void showCachedResult() {
        CachedAnalysis<Shown> what = request();
        showCached(what, outcome -> show(what, outcome));
    }

    /** The short labels of A and B within the current set. */
    private List<String> labels(CachedAnalysis<Shown> what) {
        List<DescriptorSpec> set = List.copyOf(model.descriptors().specs());
        return what.specs().stream().map(spec -> DescriptorSetModel.shortLabel(spec, set)).toList();
    }

    private void show(CachedAnalysis<Shown> what, WorkbenchModel.Outcome<Shown> outcome) {
        Shown shown = outcome.value();
        List<String> labels = labels(what);
        rows = shown.rows().matrix();
        pairsSelected(List.of());
        view.show(shown.result(), labels.get(0), labels.get(1));
        // close in A but far in B first: the pairs B separates more than A
        pairs.setItems(FXCollections.observableArrayList(shown.result().topDisagreements().stream()
                .sorted((p, q) -> Double.compare(q.distanceB() - q.distanceA(), p.distanceB() - p.distanceA()))
                .toList()));
        done(String.format(Locale.ROOT, "N = %d environments: Pearson %.4f, Spearman %.4f",
                shown.result().n(), shown.result().pearson(), shown.result().spearman()), outcome);
    }

    /** The result with the environments of its rows; cached as JSON. */
    record Shown(RowEnvironments rows, CorrelationResult result) {
    }

    @Override
    public Map<String, Object> parameterValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", a.getValue() == null ? null : a.getValue().text());
        m.put("b", b.getValue() == null ? null : b.getValue().text());
        m.put("bins", bins.getValue());
        m.put("sample", sample.getValue());
        m.put("top", top.getValue());
        return m;
    }

    @Override
    public void restoreParameters(Map<String, Object> values) {
        bins.getValueFactory().setValue(intOf(values, "bins", bins.getValue()));
        sample.getValueFactory().setValue(intOf(values, "sample", sample.getValue()));
        top.getValueFactory().setValue(intOf(values, "top", top.getValue()));
        selectByText(a, values.get("a"));
        selectByText(b, values.get("b"));
    }

    static void selectByText(SpecChoice choice, Object text) {
        if (text != null) {
            choice.getItems().stream().filter(s -> s.text().equals(text)).findFirst().ifPresent(choice::setValue);
        }
    }
}
