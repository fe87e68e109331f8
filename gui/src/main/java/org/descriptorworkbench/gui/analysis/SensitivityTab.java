package org.descriptorworkbench.gui.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import org.descriptorworkbench.analysis.sensitivity.Centre;
import org.descriptorworkbench.analysis.sensitivity.CentreChoice;
import org.descriptorworkbench.analysis.sensitivity.SensitivityAnalysis;
import org.descriptorworkbench.analysis.sensitivity.SensitivityResult;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.WorkbenchModel.CachedAnalysis;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.gui.selection.PlotSelection;
import org.descriptorworkbench.plots.SensitivitySpectrumView;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.Progress;

/**
 * The sensitivity tab (seed 000 §IV D, Fig. 9): eigenvalues of Λ = JᵀJ for random environments of one
 * frame (−1: the whole dataset) under every descriptor of the set, six smallest omitted, and every
 * descriptor's sorted eigenvalues against the reference's with y = x.
 */
public final class SensitivityTab extends AnalysisTab {
    private final Spinner<Integer> frame = new Spinner<>(-1, 1_000_000, 0);
    private final Spinner<Integer> count = new Spinner<>(1, 10_000, 10, 5);
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 0);
    private final SensitivitySpectrumView spectra = new SensitivitySpectrumView();
    private final SensitivitySpectrumView scatter = new SensitivitySpectrumView();
    private final ExportMenu spectraExport;
    private final ExportMenu scatterExport;

    public SensitivityTab(WorkbenchModel model) {
        super(model, "Sensitivity", "sensitivity");
        for (Spinner<Integer> s : List.of(frame, count, seed)) {
            s.setEditable(true);
            s.setPrefWidth(85);
            s.valueProperty().addListener((obs, o, n) -> model.markDirty());
        }
        spectra.setId("sensitivity-spectra");
        scatter.setId("sensitivity-scatter");
        spectraExport = new ExportMenu(spectra, "sensitivity-spectra", "sensitivity-spectra-export");
        scatterExport = new ExportMenu(scatter, "sensitivity-scatter", "sensitivity-scatter-export");
        spectraExport.setText("Export spectra");
        scatterExport.setText("Export scatter");
        spectraExport.setOnMessage(status::setText);
        scatterExport.setOnMessage(status::setText);
        addParameter("frame (−1: all)", frame);
        addParameter("environments", count);
        addParameter("seed", seed);
        finishBar(new HBox(4, spectraExport, scatterExport));
        body.setCenter(new SplitPane(spectra, scatter));
        for (SensitivitySpectrumView view : List.of(spectra, scatter)) {
            view.selectedEnvironmentProperty().addListener((obs, o, centre) -> {
                if (centre != null) {
                    model.environmentProperty().set(new WorkbenchModel.EnvironmentSelection(centre.structure(), centre.atom()));
                }
            });
            view.addEnvironmentsListener(this::publishSelection);
        }
    }

    /** Publishes the environments a plot selected for the selection details; the first is shown in 3D. */
    private void publishSelection(List<Centre> centres) {
        model.selectionProperty().set(PlotSelection.ofEnvironments("Sensitivity",
                centres.stream().map(c -> new PlotSelection.Environment(c.structure(), c.atom())).toList()));
        if (!centres.isEmpty()) {
            model.environmentProperty().set(new WorkbenchModel.EnvironmentSelection(centres.get(0).structure(),
                    centres.get(0).atom()));
        }
    }

    public SensitivitySpectrumView spectraView() {
        return spectra;
    }

    public SensitivitySpectrumView scatterView() {
        return scatter;
    }

    /** The spectra of every descriptor of the set, in set order; cached as JSON. */
    record Spectra(List<SensitivityResult> results) {
    }

    private CachedAnalysis<Spectra> request() {
        if (model.descriptors().reference() == null) {
            return null;
        }
        return CachedAnalysis.ofDataset("sensitivity", List.copyOf(model.descriptors().specs()), parameterValues(), Spectra.class);
    }

    @Override
    protected void compute() {
        Dataset dataset = model.datasets().datasetProperty().get();
        CachedAnalysis<Spectra> what = request();
        if (dataset == null || what == null) {
            failed("open a dataset and mark a reference descriptor");
            return;
        }
        List<DescriptorSpec> specs = what.specs();
        int f = frame.getValue();
        int n = count.getValue();
        long s = seed.getValue();
        model.computeCached(what, "Sensitivity spectra", () -> model.tasks().submit("Sensitivity spectra", progress -> {
            List<Centre> centres = CentreChoice.random(dataset, f, n, s);
            List<SensitivityResult> results = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                Progress part = progress.subRange((double) i / specs.size(), (double) (i + 1) / specs.size());
                results.add(new SensitivityAnalysis(dataset, DescriptorCatalog.create(specs.get(i), dataset.species()), centres)
                        .run(part));
            }
            return new Spectra(results);
        }), outcome -> show(what, outcome), this::failed);
    }

    @Override
    public void showCachedResult() {
        CachedAnalysis<Spectra> what = request();
        showCached(what, outcome -> show(what, outcome));
    }

    private void show(CachedAnalysis<Spectra> what, WorkbenchModel.Outcome<Spectra> outcome) {
        List<SensitivityResult> results = outcome.value().results();
        List<String> labels = DescriptorSetModel.shortLabels(what.specs());
        int r = Math.max(0, what.specs().indexOf(model.descriptors().reference()));
        List<SensitivitySpectrumView.Spectra> shown = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            shown.add(new SensitivitySpectrumView.Spectra(labels.get(i), results.get(i)));
        }
        spectra.show(shown, r, SensitivitySpectrumView.Panel.SPECTRA);
        scatter.show(shown, r, SensitivitySpectrumView.Panel.AGAINST_REFERENCE);
        done(String.format(Locale.ROOT, "%d environments; zero modes per environment under the reference: %s",
                results.get(r).environments().size(), Arrays.toString(results.get(r).zeroModeCounts())), outcome);
    }

    @Override
    public Map<String, Object> parameterValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("frame", frame.getValue());
        m.put("environments", count.getValue());
        m.put("seed", seed.getValue());
        return m;
    }

    @Override
    public void restoreParameters(Map<String, Object> values) {
        frame.getValueFactory().setValue(intOf(values, "frame", frame.getValue()));
        count.getValueFactory().setValue(intOf(values, "environments", count.getValue()));
        seed.getValueFactory().setValue(intOf(values, "seed", seed.getValue()));
    }
}
