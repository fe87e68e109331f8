package org.descriptorworkbench.gui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.pca.PrincipalComponents;
import org.descriptorworkbench.analysis.selection.Axis;
import org.descriptorworkbench.analysis.selection.Method;
import org.descriptorworkbench.analysis.selection.Selection;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.WorkbenchModel.CachedAnalysis;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.plots.PcaSpectrumView;
import org.descriptorworkbench.plots.SelectionCurveView;

/**
 * The selection tab (seed 001 §V B, Figs. 6–8): CUR and FPS selections of one descriptor's features
 * (or samples) with their reconstruction-error curves, the PCA explained-variance spectrum, and the
 * labels of the features CUR picked, in pick order.
 */
public final class SelectionTab extends AnalysisTab {
    private final SpecChoice descriptor;
    private final ChoiceBox<Axis> axis = new ChoiceBox<>(FXCollections.observableArrayList(Axis.values()));
    private final Spinner<Integer> count = new Spinner<>(1, 100_000, 50, 10);
    /** CUR needs the leading singular vector at every pick: its cost grows with rows × features², hence a row cap
     * (rows taken evenly spaced over all centres). */
    private final Spinner<Integer> rowCap = new Spinner<>(10, 1_000_000, 300, 100);
    private final SelectionCurveView curves = new SelectionCurveView();
    private final PcaSpectrumView spectrum = new PcaSpectrumView();
    private final ListView<String> picked = new ListView<>();
    private final ExportMenu curvesExport;
    private final ExportMenu spectrumExport;

    /** What one computation found: both selections, the PCA spectrum and CUR's picks by name; cached as JSON. */
    record Picks(List<Selection.Result> selections, PrincipalComponents.Result pca, int candidates,
            List<String> pickedLabels) {
    }

    public SelectionTab(WorkbenchModel model) {
        super(model, "Selection", "selection");
        descriptor = new SpecChoice(model.descriptors(), 0, "selection-descriptor");
        axis.setValue(Axis.FEATURES);
        axis.setId("selection-axis");
        count.setEditable(true);
        count.setPrefWidth(95);
        count.setId("selection-count");
        count.valueProperty().addListener((obs, o, n) -> model.markDirty());
        curves.setId("selection-curves");
        spectrum.setId("pca-spectrum");
        curvesExport = new ExportMenu(curves, "selection-curves", "selection-curves-export");
        spectrumExport = new ExportMenu(spectrum, "pca-spectrum", "pca-spectrum-export");
        curvesExport.setText("Export curves");
        spectrumExport.setText("Export PCA");
        curvesExport.setOnMessage(status::setText);
        spectrumExport.setOnMessage(status::setText);
        addParameter("descriptor", descriptor);
        addParameter("select", axis);
        addParameter("how many", count);
        rowCap.setEditable(true);
        rowCap.setPrefWidth(95);
        rowCap.setId("selection-rows");
        rowCap.valueProperty().addListener((obs, o, n) -> model.markDirty());
        addParameter("on at most rows (spread evenly)", rowCap);
        finishBar(new HBox(4, curvesExport, spectrumExport));
        picked.setId("selected-labels");
        Label pickedTitle = new Label("Selected by CUR, in order");
        BorderPane side = new BorderPane(picked);
        side.setTop(pickedTitle);
        BorderPane.setMargin(pickedTitle, new Insets(4));
        SplitPane split = new SplitPane(curves, spectrum, side);
        split.setDividerPositions(0.42, 0.84);
        body.setCenter(split);
    }

    public SelectionCurveView curvesView() {
        return curves;
    }

    public PcaSpectrumView spectrumView() {
        return spectrum;
    }

    public ListView<String> pickedLabels() {
        return picked;
    }

    public ExportMenu curvesExportMenu() {
        return curvesExport;
    }

    private CachedAnalysis<Picks> request() {
        DescriptorSpec spec = descriptor.getValue();
        return spec == null ? null : CachedAnalysis.ofCentres("selection", List.of(spec), parameterValues(), Picks.class);
    }

    @Override
    protected void compute() {
        CachedAnalysis<Picks> what = request();
        if (what == null) {
            failed("choose a descriptor");
            return;
        }
        Axis ax = axis.getValue();
        int wanted = count.getValue();
        int cap = rowCap.getValue();
        model.analyseCached(what, "Selection CUR/FPS " + label(what), m -> {
            FeatureMatrix f = m.get(0);
            RowMatrix all = RowMatrix.of(f);
            int[] rows = RowSample.spread(all.rows(), cap);
            RowMatrix x = rows.length == all.rows() ? all : all.selectRows(rows);
            int candidates = ax == Axis.FEATURES ? x.cols() : x.rows();
            int k = Math.min(wanted, candidates);
            return progress -> {
                List<Selection.Result> results = new ArrayList<>();
                for (Method method : Method.values()) {
                    double start = 0.4 * method.ordinal();
                    results.add(new Selection(x, method, ax, k).run(progress.subRange(start, start + 0.4)));
                }
                PrincipalComponents.Result pca = new PrincipalComponents(x).run(progress.subRange(0.8, 1));
                List<String> names = new ArrayList<>();
                int[] order = results.get(0).selected();
                for (int i = 0; i < order.length; i++) {
                    String name = ax == Axis.FEATURES && f.featureLabels() != null ? f.featureLabels().get(order[i])
                            : ax == Axis.SAMPLES && f.hasRowMetadata()
                                    ? "structure " + f.structureIndex(rows[order[i]]) + ", atom " + f.atomIndex(rows[order[i]])
                                    : "#" + order[i];
                    names.add((i + 1) + ". " + name);
                }
                return new Picks(results, pca, candidates, names);
            };
        }, outcome -> show(what, outcome), this::failed);
    }

    @Override
    public void showCachedResult() {
        CachedAnalysis<Picks> what = request();
        showCached(what, outcome -> show(what, outcome));
    }

    private String label(CachedAnalysis<Picks> what) {
        return DescriptorSetModel.shortLabel(what.specs().get(0), List.copyOf(model.descriptors().specs()));
    }

    private void show(CachedAnalysis<Picks> what, WorkbenchModel.Outcome<Picks> outcome) {
        Picks out = outcome.value();
        String label = label(what);
        curves.show(out.selections().stream().map(r -> new SelectionCurveView.Curve(label, r, out.candidates())).toList());
        spectrum.show(List.of(new PcaSpectrumView.Spectrum(label, out.pca())));
        picked.setItems(FXCollections.observableArrayList(out.pickedLabels()));
        done(String.format(Locale.ROOT, "%d of %d %s selected on %d rows; %d principal components above the zero level",
                out.selections().get(0).selected().length, out.candidates(), what.parameters().get("axis"), out.pca().n(),
                out.pca().componentsAboveZeroLevel()), outcome);
    }

    @Override
    public Map<String, Object> parameterValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("descriptor", descriptor.getValue() == null ? null : descriptor.getValue().text());
        m.put("axis", axis.getValue().toString());
        m.put("count", count.getValue());
        m.put("rows", rowCap.getValue());
        return m;
    }

    @Override
    public void restoreParameters(Map<String, Object> values) {
        count.getValueFactory().setValue(intOf(values, "count", count.getValue()));
        rowCap.getValueFactory().setValue(intOf(values, "rows", rowCap.getValue()));
        if (values.get("axis") instanceof String s) {
            axis.setValue(Axis.parse(s));
        }
        CorrelationTab.selectByText(descriptor, values.get("descriptor"));
    }
}
