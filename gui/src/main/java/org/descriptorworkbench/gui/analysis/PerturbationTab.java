package org.descriptorworkbench.gui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import org.descriptorworkbench.analysis.perturbation.PerturbationCurve;
import org.descriptorworkbench.analysis.perturbation.PerturbationMode;
import org.descriptorworkbench.analysis.perturbation.PerturbationResult;
import org.descriptorworkbench.analysis.perturbation.RotationResult;
import org.descriptorworkbench.analysis.perturbation.RotationTest;
import org.descriptorworkbench.analysis.perturbation.TangentialDirection;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.WorkbenchModel.CachedAnalysis;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.plots.CurveView;
import org.descriptorworkbench.task.Progress;

/**
 * The perturbation tab (seed 001 §V A, Figs. 2–5; §VI A 1, Fig. 3): for every descriptor of the set,
 * the change dV of the descriptors of the diamond Si supercell as one atom moves by t (log–log, the
 * fitted slope in the legend), or the rotation test ‖V(θ) − V(0)‖ of a finite Si block. These run on
 * the built-in diamond Si structures, not on the dataset; descriptors are built for silicon.
 */
public final class PerturbationTab extends AnalysisTab {
    /** What the tab computes: one of the perturbation paths, or the rotation test. */
    private static final String ROTATION = "rotation test";

    private final ChoiceBox<String> mode = new ChoiceBox<>();
    private final Spinner<Integer> shell = new Spinner<>(1, 4, 1);
    private final ChoiceBox<TangentialDirection> direction =
            new ChoiceBox<>(FXCollections.observableArrayList(TangentialDirection.values()));
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 0);
    private final CurveView curves = new CurveView();
    private final ExportMenu export;

    public PerturbationTab(WorkbenchModel model) {
        super(model, "Perturbation", "perturbation");
        for (PerturbationMode m : PerturbationMode.values()) {
            mode.getItems().add(m.text());
        }
        mode.getItems().add(ROTATION);
        mode.setValue(PerturbationMode.RADIAL.text());
        mode.setId("perturbation-mode");
        direction.setValue(TangentialDirection.SYMMETRIC);
        shell.setPrefWidth(70);
        seed.setPrefWidth(90);
        seed.setEditable(true);
        mode.valueProperty().addListener((obs, o, n) -> model.markDirty());
        shell.valueProperty().addListener((obs, o, n) -> model.markDirty());
        curves.setId("perturbation-curves");
        export = new ExportMenu(curves, "perturbation", "perturbation-export");
        export.setOnMessage(status::setText);
        addParameter("path", mode);
        addParameter("shell", shell);
        addParameter("tangential direction", direction);
        addParameter("seed", seed);
        finishBar(export);
        body.setCenter(curves);
    }

    public CurveView curvesView() {
        return curves;
    }

    /** One curve per descriptor of the set; cached as JSON. */
    record Curves(List<CurveView.Curve> curves) {
    }

    private CachedAnalysis<Curves> request() {
        List<DescriptorSpec> specs = List.copyOf(model.descriptors().specs());
        return specs.isEmpty() ? null : CachedAnalysis.ofNoDataset("perturbation", specs, parameterValues(), Curves.class);
    }

    @Override
    protected void compute() {
        CachedAnalysis<Curves> what = request();
        if (what == null) {
            failed("the descriptor set is empty: add a descriptor first");
            return;
        }
        List<DescriptorSpec> specs = what.specs();
        List<String> labels = DescriptorSetModel.shortLabels(specs);
        String chosen = mode.getValue();
        int sh = shell.getValue();
        TangentialDirection dir = direction.getValue();
        long s = seed.getValue();
        boolean rotation = ROTATION.equals(chosen);
        String title = (rotation ? "Rotation test" : "Perturbation " + chosen) + " on diamond Si";
        model.computeCached(what, title, () -> model.tasks().submit(title, progress -> {
            List<CurveView.Curve> out = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                Progress part = progress.subRange((double) i / specs.size(), (double) (i + 1) / specs.size());
                Descriptor d = DescriptorCatalog.create(specs.get(i), new int[] {14});
                if (rotation) {
                    RotationResult r = new RotationTest(d, RotationTest.DEFAULT_ANGLES).run(part);
                    out.add(new CurveView.Curve(labels.get(i), r.angles(), r.norms(), null));
                } else {
                    PerturbationResult r = new PerturbationCurve(d, PerturbationMode.parse(chosen), sh, dir, s).run(part);
                    out.add(new CurveView.Curve(labels.get(i), r.amplitudes(), r.changes(), Double.isNaN(r.slope()) ? null : r.slope()));
                }
            }
            return new Curves(out);
        }), outcome -> show(what, outcome), this::failed);
    }

    @Override
    public void showCachedResult() {
        CachedAnalysis<Curves> what = request();
        showCached(what, outcome -> show(what, outcome));
    }

    private void show(CachedAnalysis<Curves> what, WorkbenchModel.Outcome<Curves> outcome) {
        List<CurveView.Curve> out = outcome.value().curves();
        String chosen = (String) what.parameters().get("path");
        boolean rotation = ROTATION.equals(chosen);
        if (rotation) {
            curves.show("Rotation test of a diamond Si block", "rotation angle θ (rad)", "‖V(θ) − V(0)‖", out, false);
        } else {
            curves.show(String.format(Locale.ROOT, "Perturbation: %s%s", chosen,
                    chosen.equals("mixed") ? "" : ", shell " + what.parameters().get("shell")),
                    "amplitude t (Å)", "dV = ‖V(t) − V(0)‖", out);
        }
        done((rotation ? "rotation test" : chosen + " path") + " for " + out.size() + " descriptors on diamond Si", outcome);
    }

    @Override
    public Map<String, Object> parameterValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", mode.getValue());
        m.put("shell", shell.getValue());
        m.put("direction", direction.getValue().name());
        m.put("seed", seed.getValue());
        return m;
    }

    @Override
    public void restoreParameters(Map<String, Object> values) {
        if (values.get("path") instanceof String p && mode.getItems().contains(p)) {
            mode.setValue(p);
        }
        shell.getValueFactory().setValue(intOf(values, "shell", shell.getValue()));
        if (values.get("direction") instanceof String d) {
            direction.setValue(TangentialDirection.valueOf(d));
        }
        seed.getValueFactory().setValue(intOf(values, "seed", seed.getValue()));
    }
}
