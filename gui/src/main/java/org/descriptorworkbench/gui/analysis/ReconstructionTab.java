package org.descriptorworkbench.gui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.reconstruction.FeatureReconstruction;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.WorkbenchModel.CachedAnalysis;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.plots.MatrixHeatMapView;
import org.descriptorworkbench.task.Progress;

/**
 * The reconstruction tab (Goscinski et al. 2021; seed 003): the global feature-space reconstruction
 * error GFRE(row → column) and distortion GFRD over every ordered pair of the descriptor set, as two
 * heat maps. GFRD cells where it is undefined (source wider than target) are left empty.
 */
public final class ReconstructionTab extends AnalysisTab {
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 0);
    /** Ridge regression with cross-validation on every ordered pair: its cost grows with rows × features², hence a row cap. */
    private final Spinner<Integer> rowCap = new Spinner<>(8, 1_000_000, 500, 100);
    private final MatrixHeatMapView gfre = new MatrixHeatMapView();
    private final MatrixHeatMapView gfrd = new MatrixHeatMapView();
    private final ExportMenu gfreExport;
    private final ExportMenu gfrdExport;

    /** GFRE and GFRD over every ordered pair (NaN where undefined) and the rows used; cached as JSON. */
    record Matrices(double[][] gfre, double[][] gfrd, int n) {
    }

    public ReconstructionTab(WorkbenchModel model) {
        super(model, "Reconstruction", "reconstruction");
        seed.setEditable(true);
        seed.setPrefWidth(90);
        seed.setId("reconstruction-seed");
        seed.valueProperty().addListener((obs, o, n) -> model.markDirty());
        gfre.setId("gfre-matrix");
        gfrd.setId("gfrd-matrix");
        gfreExport = new ExportMenu(gfre, "gfre-matrix", "gfre-export");
        gfrdExport = new ExportMenu(gfrd, "gfrd-matrix", "gfrd-export");
        gfreExport.setText("Export GFRE");
        gfrdExport.setText("Export GFRD");
        gfreExport.setOnMessage(status::setText);
        gfrdExport.setOnMessage(status::setText);
        addParameter("split seed", seed);
        rowCap.setEditable(true);
        rowCap.setPrefWidth(95);
        rowCap.setId("reconstruction-rows");
        rowCap.valueProperty().addListener((obs, o, n) -> model.markDirty());
        addParameter("on at most rows (spread evenly)", rowCap);
        finishBar(new HBox(4, gfreExport, gfrdExport));
        SplitPane split = new SplitPane(gfre, gfrd);
        body.setCenter(split);
    }

    public MatrixHeatMapView gfreView() {
        return gfre;
    }

    public ExportMenu gfreExportMenu() {
        return gfreExport;
    }

    private CachedAnalysis<Matrices> request() {
        List<DescriptorSpec> specs = List.copyOf(model.descriptors().specs());
        return specs.size() < 2 ? null : CachedAnalysis.ofCentres("reconstruction", specs, parameterValues(), Matrices.class);
    }

    @Override
    protected void compute() {
        CachedAnalysis<Matrices> what = request();
        if (what == null) {
            failed("reconstruction needs at least two descriptors in the set");
            return;
        }
        List<String> labels = DescriptorSetModel.shortLabels(what.specs());
        long s = seed.getValue();
        int cap = rowCap.getValue();
        model.analyseCached(what, "Reconstruction GFRE/GFRD", m -> {
            List<LabelledMatrix> labelled = new ArrayList<>();
            for (int i = 0; i < m.size(); i++) {
                FeatureMatrix f = m.get(i);
                RowMatrix all = RowMatrix.of(f);
                int[] rows = RowSample.spread(all.rows(), cap);
                RowMatrix x = rows.length == all.rows() ? all : all.selectRows(rows);
                labelled.add(new LabelledMatrix(labels.get(i), x));
            }
            return progress -> matrices(labelled, s, progress);
        }, outcome -> show(what, outcome), this::failed);
    }

    @Override
    public void showCachedResult() {
        CachedAnalysis<Matrices> what = request();
        showCached(what, outcome -> show(what, outcome));
    }

    private void show(CachedAnalysis<Matrices> what, WorkbenchModel.Outcome<Matrices> outcome) {
        Matrices r = outcome.value();
        List<String> labels = DescriptorSetModel.shortLabels(what.specs());
        Object s = what.parameters().get("seed");
        gfre.showMatrix(String.format(Locale.ROOT, "GFRE(A → B), N = %d, split seed %s", r.n(), s), labels, r.gfre(), "GFRE");
        gfrd.showMatrix(String.format(Locale.ROOT, "GFRD(A → B), N = %d, split seed %s", r.n(), s), labels, r.gfrd(), "GFRD");
        done("GFRE and GFRD over " + labels.size() + " descriptors, N = " + r.n(), outcome);
    }

    private static Matrices matrices(List<LabelledMatrix> set, long seed, Progress progress) {
        int n = set.size();
        double[][] e = new double[n][n];
        double[][] d = new double[n][n];
        int rows = set.get(0).matrix().rows();
        for (int i = 0; i < n; i++) {
            e[i][i] = Double.NaN; // a descriptor against itself is not computed: the cell stays empty
            d[i][i] = Double.NaN;
        }
        int local = Math.max(4, Math.min(FeatureReconstruction.DEFAULT_LOCAL_POINTS, rows / 2));
        int pairs = n * (n - 1) / 2;
        int done = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                progress.checkCancelled();
                progress.report((double) done / pairs, set.get(i).label() + " ↔ " + set.get(j).label());
                FeatureReconstruction.Result r = new FeatureReconstruction(set.get(i), set.get(j), local, seed)
                        .run(progress.subRange((double) done / pairs, (double) (done + 1) / pairs));
                done++;
                e[i][j] = r.aToB().gfre();
                e[j][i] = r.bToA().gfre();
                d[i][j] = r.aToB().gfrd() == null ? Double.NaN : r.aToB().gfrd();
                d[j][i] = r.bToA().gfrd() == null ? Double.NaN : r.bToA().gfrd();
            }
        }
        return new Matrices(e, d, rows);
    }

    @Override
    public Map<String, Object> parameterValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed.getValue());
        m.put("rows", rowCap.getValue());
        return m;
    }

    @Override
    public void restoreParameters(Map<String, Object> values) {
        seed.getValueFactory().setValue(intOf(values, "seed", seed.getValue()));
        rowCap.getValueFactory().setValue(intOf(values, "rows", rowCap.getValue()));
    }
}
