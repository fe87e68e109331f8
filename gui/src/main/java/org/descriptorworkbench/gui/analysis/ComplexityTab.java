package org.descriptorworkbench.gui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.imbalance.ImbalanceMatrix;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.descriptor.moments.MomentConstruction;
import org.descriptorworkbench.descriptor.moments.SeedFamily;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.WorkbenchModel.CachedAnalysis;
import org.descriptorworkbench.plots.ComplexityPoint;
import org.descriptorworkbench.plots.ComplexityView;
import org.descriptorworkbench.structure.Dataset;

/**
 * The complexity tab (seed 004 §3.2, Fig. 1): the moments family Σ_ijk of a local descriptor of the set
 * with orders up to M ({@link SeedFamily}), one feature row per structure of the first N structures,
 * compared with the pairwise information imbalance against the largest concatenation Σ_MM5: the RIM
 * plane coloured by complexity, and the least SRIM reached at each complexity.
 */
public final class ComplexityTab extends AnalysisTab {
    /** Seed 004 compares structures, not atoms; pairwise imbalance grows as N², so only the first N are used. */
    private static final int DEFAULT_STRUCTURES = 100;

    private final SpecChoice local;
    private final Spinner<Integer> order = new Spinner<>(1, 5, 2);
    private final Spinner<Integer> structures = new Spinner<>(4, 100_000, DEFAULT_STRUCTURES, 10);
    private final Spinner<Integer> k = new Spinner<>(1, 100, 1);
    private final ComplexityView plane = new ComplexityView();
    private final ComplexityView minimum = new ComplexityView();
    private final ExportMenu planeExport;
    private final ExportMenu minimumExport;

    public ComplexityTab(WorkbenchModel model) {
        super(model, "Complexity", "complexity");
        local = new SpecChoice(model.descriptors(), 0, "complexity-local");
        order.setId("complexity-order");
        structures.setId("complexity-structures");
        k.setId("complexity-k");
        for (Spinner<Integer> s : List.of(order, structures, k)) {
            s.setEditable(true);
            s.setPrefWidth(80);
            s.valueProperty().addListener((obs, o, n) -> model.markDirty());
        }
        plane.setId("complexity-plane");
        minimum.setId("complexity-minimum");
        planeExport = new ExportMenu(plane, "complexity-rim-plane", "complexity-plane-export");
        minimumExport = new ExportMenu(minimum, "complexity-minimum-srim", "complexity-minimum-export");
        planeExport.setText("Export RIM plane");
        minimumExport.setText("Export minimum SRIM");
        planeExport.setOnMessage(status::setText);
        minimumExport.setOnMessage(status::setText);
        addParameter("local descriptor", local);
        addParameter("max order M", order);
        addParameter("first structures", structures);
        addParameter("k", k);
        Label note = new Label("one row per structure: only the first N structures of the dataset are compared");
        note.setStyle("-fx-text-fill: #555; -fx-font-size: 90%;");
        finishBar(new HBox(4, planeExport, minimumExport), note);
        SplitPane split = new SplitPane(plane, minimum);
        split.setDividerPositions(0.5);
        body.setCenter(split);
    }

    public ComplexityView planeView() {
        return plane;
    }

    public ComplexityView minimumView() {
        return minimum;
    }

    public ExportMenu exportMenu() {
        return planeExport;
    }

    /** The moments spec of one construction over a local descriptor. */
    static DescriptorSpec momentsSpec(DescriptorSpec localSpec, MomentConstruction c) {
        return DescriptorCatalog.parse(String.format(Locale.ROOT, "moments(local=%s, n_out=%d, n_in=%d, weighted=%s)",
                localSpec.text(), c.nOut(), c.nIn(), c.weighting().specWord()));
    }

    /** The points against the reference concatenation and the number of structures compared; cached as JSON. */
    record Result(String reference, List<ComplexityPoint> points, int structures) {
    }

    private CachedAnalysis<Result> request() {
        DescriptorSpec localSpec = local.getValue();
        return localSpec == null ? null : CachedAnalysis.ofDataset("complexity", List.of(localSpec), parameterValues(), Result.class);
    }

    @Override
    protected void compute() {
        Dataset dataset = model.datasets().datasetProperty().get();
        CachedAnalysis<Result> what = request();
        if (dataset == null || what == null) {
            failed("open a dataset and choose a local descriptor of the set");
            return;
        }
        DescriptorSpec localSpec = what.specs().get(0);
        int m = order.getValue();
        int kk = k.getValue();
        int wanted = structures.getValue();
        String title = "Complexity against Σ_" + m + m + "5 (k = " + kk + ")";
        model.computeCached(what, title, () -> computation(dataset, localSpec, m, kk, wanted, title),
                outcome -> show(what, outcome), this::failed);
    }

    /** The moments features of every construction (each a task), then the imbalance table over the family (a task). */
    private CompletableFuture<Result> computation(Dataset dataset, DescriptorSpec localSpec, int m, int kk, int wanted, String title) {
        Dataset first = new Dataset(dataset.source(), dataset.structures().subList(0, Math.min(wanted, dataset.size())));
        List<SeedFamily.Member> family = SeedFamily.enumerate(m, dataset.species().length);
        Map<MomentConstruction, CompletableFuture<FeatureMatrix>> parts = new LinkedHashMap<>();
        for (SeedFamily.Member member : family) {
            for (MomentConstruction c : member.parts()) {
                if (!parts.containsKey(c)) {
                    DescriptorSpec spec = momentsSpec(localSpec, c);
                    parts.put(c, model.tasks().submit("Features " + c.name() + " of " + first.size() + " structures",
                            progress -> DescriptorEngine.compute(DescriptorCatalog.create(spec, dataset.species()), first,
                                    DescriptorEngine.defaultThreads(), progress)));
                }
            }
        }
        return CompletableFuture.allOf(parts.values().toArray(CompletableFuture[]::new))
                .thenCompose(none -> model.tasks().submit(title, progress -> {
                    List<LabelledMatrix> labelled = new ArrayList<>();
                    List<String> names = new ArrayList<>();
                    int[] complexities = new int[family.size()];
                    for (int i = 0; i < family.size(); i++) {
                        SeedFamily.Member member = family.get(i);
                        List<FeatureMatrix> matrices = member.parts().stream().map(c -> parts.get(c).join()).toList();
                        labelled.add(new LabelledMatrix(member.name(), RowMatrix.of(concatenated(matrices))));
                        names.add(member.name());
                        complexities[i] = member.complexity();
                    }
                    ImbalanceMatrix.Table table = new ImbalanceMatrix(labelled, kk).run(progress);
                    int reference = family.size() - 2; // Σ_MM5, the largest concatenation
                    return new Result(names.get(reference), ComplexityPoint.against(table, reference, names, complexities),
                            first.size());
                }));
    }

    @Override
    public void showCachedResult() {
        CachedAnalysis<Result> what = request();
        showCached(what, outcome -> show(what, outcome));
    }

    private void show(CachedAnalysis<Result> what, WorkbenchModel.Outcome<Result> outcome) {
        Result result = outcome.value();
        plane.show(result.reference(), result.points(), ComplexityView.Panel.RIM_PLANE);
        minimum.show(result.reference(), result.points(), ComplexityView.Panel.MINIMUM_SRIM);
        done(String.format(Locale.ROOT, "%d moments descriptors (M = %s) on the first %d structures, k = %s, against %s",
                result.points().size() + 1, what.parameters().get("max_order"), result.structures(), what.parameters().get("k"),
                result.reference()), outcome);
    }

    /** The columns of the parts side by side (seed 004's concatenations Σ_MM5, Σ_MM4). */
    private static double[][] concatenated(List<FeatureMatrix> matrices) {
        int rows = matrices.get(0).rows();
        int columns = matrices.stream().mapToInt(FeatureMatrix::columns).sum();
        double[][] out = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            int at = 0;
            for (FeatureMatrix f : matrices) {
                System.arraycopy(f.data(), r * f.columns(), out[r], at, f.columns());
                at += f.columns();
            }
        }
        return out;
    }

    @Override
    public Map<String, Object> parameterValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("local", local.getValue() == null ? null : local.getValue().text());
        m.put("max_order", order.getValue());
        m.put("structures", structures.getValue());
        m.put("k", k.getValue());
        return m;
    }

    @Override
    public void restoreParameters(Map<String, Object> values) {
        CorrelationTab.selectByText(local, values.get("local"));
        order.getValueFactory().setValue(intOf(values, "max_order", order.getValue()));
        structures.getValueFactory().setValue(intOf(values, "structures", structures.getValue()));
        k.getValueFactory().setValue(intOf(values, "k", k.getValue()));
    }
}
