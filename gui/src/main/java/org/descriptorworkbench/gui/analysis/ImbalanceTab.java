package org.descriptorworkbench.gui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.imbalance.ImbalanceMatrix;
import org.descriptorworkbench.analysis.imbalance.ImbalancePlane;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.WorkbenchModel.CachedAnalysis;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.plots.ImbalancePlaneView;
import org.descriptorworkbench.plots.MatrixHeatMapView;

/**
 * The information-imbalance tab (seed 000 Figs. 5–6; Glielmo et al. 2022): the plane of every
 * descriptor of the set against the reference, and the full Δ(row → column) matrix over the set as
 * a heat map, for the chosen number of nearest neighbours k.
 */
public final class ImbalanceTab extends AnalysisTab {
    private final Spinner<Integer> k = new Spinner<>(1, 100, 1);
    private final ImbalancePlaneView plane = new ImbalancePlaneView();
    private final MatrixHeatMapView matrix = new MatrixHeatMapView();
    private final ExportMenu planeExport;
    private List<DescriptorSpec> shownMembers = List.of();
    private java.util.function.Consumer<DescriptorSpec> onDescriptorPicked = spec -> { };
    private final ExportMenu matrixExport;

    /** Both results of one computation, with the descriptors' labels; cached as JSON. */
    record Both(ImbalancePlane.Plane plane, ImbalanceMatrix.Table table, List<String> labels) {
    }

    public ImbalanceTab(WorkbenchModel model) {
        super(model, "Information imbalance", "imbalance");
        k.setEditable(true);
        k.setPrefWidth(80);
        k.setId("imbalance-k");
        k.valueProperty().addListener((obs, o, n) -> model.markDirty());
        plane.setId("imbalance-plane");
        matrix.setId("imbalance-matrix");
        planeExport = new ExportMenu(plane, "imbalance-plane", "imbalance-plane-export");
        matrixExport = new ExportMenu(matrix, "imbalance-matrix", "imbalance-matrix-export");
        planeExport.setText("Export plane");
        matrixExport.setText("Export Δ matrix");
        planeExport.setOnMessage(status::setText);
        matrixExport.setOnMessage(status::setText);
        addParameter("k (nearest neighbours)", k);
        finishBar(new HBox(4, planeExport, matrixExport));
        plane.selectedDescriptorProperty().addListener((obs, o, index) -> {
            int i = index.intValue();
            if (i >= 0 && i < shownMembers.size()) {
                onDescriptorPicked.accept(shownMembers.get(i));
            }
        });
        SplitPane split = new SplitPane(plane, matrix);
        split.setDividerPositions(0.5);
        body.setCenter(split);
    }

    /** Who hears which descriptor was clicked in the plane (the window selects it in the descriptor set). */
    public void setOnDescriptorPicked(java.util.function.Consumer<DescriptorSpec> handler) {
        onDescriptorPicked = handler;
    }

    public ImbalancePlaneView planeView() {
        return plane;
    }

    public MatrixHeatMapView matrixView() {
        return matrix;
    }

    public ExportMenu planeExportMenu() {
        return planeExport;
    }

    /** The analysis of the current set and k, or null when the set has no reference or no other member. */
    private CachedAnalysis<Both> request() {
        DescriptorSetModel set = model.descriptors();
        DescriptorSpec reference = set.reference();
        List<DescriptorSpec> members = set.members();
        if (reference == null || members.isEmpty()) {
            return null;
        }
        List<DescriptorSpec> all = new ArrayList<>();
        all.add(reference);
        all.addAll(members);
        return CachedAnalysis.ofCentres("imbalance", all, parameterValues(), Both.class);
    }

    @Override
    protected void compute() {
        CachedAnalysis<Both> what = request();
        if (what == null) {
            failed("the imbalance plane needs a reference and at least one other descriptor in the set");
            return;
        }
        List<String> labels = DescriptorSetModel.shortLabels(what.specs());
        int kk = k.getValue();
        model.analyseCached(what, "Information imbalance (k = " + kk + ")", m -> {
            List<LabelledMatrix> labelled = new ArrayList<>();
            for (int i = 0; i < m.size(); i++) {
                FeatureMatrix f = m.get(i);
                labelled.add(new LabelledMatrix(labels.get(i), RowMatrix.of(f)));
            }
            return progress -> {
                // the plane is the reference's row and column of the matrix: one scan gives both
                ImbalanceMatrix.Table t = new ImbalanceMatrix(labelled, kk).run(progress);
                return new Both(ImbalancePlane.fromMatrix(t, 0), t, labels);
            };
        }, outcome -> show(what, outcome), this::failed);
    }

    @Override
    public void showCachedResult() {
        CachedAnalysis<Both> what = request();
        showCached(what, outcome -> show(what, outcome));
    }

    private void show(CachedAnalysis<Both> what, WorkbenchModel.Outcome<Both> outcome) {
        Both both = outcome.value();
        shownMembers = List.copyOf(what.specs().subList(1, what.specs().size()));
        plane.show(both.plane());
        matrix.show(both.table(), MatrixHeatMapView.Quantity.DELTA);
        done("N = " + both.plane().n() + " environments, k = " + both.plane().k() + "; reference " + both.labels().get(0), outcome);
    }

    @Override
    public Map<String, Object> parameterValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", k.getValue());
        return m;
    }

    @Override
    public void restoreParameters(Map<String, Object> values) {
        k.getValueFactory().setValue(intOf(values, "k", k.getValue()));
    }
}
