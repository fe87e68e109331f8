package org.descriptorworkbench.gui.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.soap.ContractedRadialFunctions;
import org.descriptorworkbench.descriptor.soap.OptimalRadialBasis;
import org.descriptorworkbench.descriptor.soap.ResidualVarianceCurve;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.WorkbenchModel.CachedAnalysis;
import org.descriptorworkbench.gui.features.Centres;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.plots.CurveView;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;

/**
 * The optimal radial basis tab (seed 003 §2.1): fits the data-driven basis of a SOAP descriptor of the
 * set (its r_cut, n_max, l_max and sigma, with q_max and mixed chosen here) on the structures of the
 * chosen environments, and shows the residual-variance curves RV(q) (eq. 2.12, log y) of one channel
 * per l, and its contracted radial functions R_q(r) (eq. 2.5) for one neighbour species and l.
 */
public final class RadialBasisTab extends AnalysisTab {
    private final SpecChoice descriptor;
    private final Spinner<Integer> qMax = new Spinner<>(1, 400, 4);
    private final CheckBox mixed = new CheckBox("mixed (one basis over species and n, eq. 2.6)");
    private final ChoiceBox<String> species = new ChoiceBox<>();
    private final Spinner<Integer> degree = new Spinner<>(0, 20, 0);
    private final CurveView residual = new CurveView();
    private final RadialFunctionView functions = new RadialFunctionView();
    private final ExportMenu residualExport;
    private final ExportMenu functionsExport;
    private Fitted basis;

    /**
     * What the plots show of a fitted optimal basis: its residual-variance curves (per channel and l, and
     * in total), its contracted radial functions on the plot grid, and its size; cached as JSON.
     */
    record Fitted(List<ResidualVarianceCurve> residualVariance, ResidualVarianceCurve totalResidualVariance,
            List<ContractedRadialFunctions> radialFunctions, List<String> neighbourSpecies, int lMax, boolean mixed,
            long environmentCount) {

        static Fitted of(OptimalRadialBasis basis) {
            return new Fitted(basis.residualVariance(), basis.totalResidualVariance(), basis.radialFunctions(),
                    basis.radialFunctions(2).stream().map(ContractedRadialFunctions::neighbourSpecies).distinct().toList(),
                    basis.lMax(), basis.mixed(), basis.environmentCount());
        }
    }

    public RadialBasisTab(WorkbenchModel model) {
        super(model, "Radial basis", "radial-basis");
        descriptor = new SpecChoice(model.descriptors(), 0, "radial-basis-descriptor");
        qMax.setId("radial-basis-qmax");
        mixed.setId("radial-basis-mixed");
        species.setId("radial-basis-species");
        degree.setId("radial-basis-l");
        for (Spinner<Integer> s : List.of(qMax, degree)) {
            s.setEditable(true);
            s.setPrefWidth(75);
        }
        qMax.valueProperty().addListener((obs, o, n) -> model.markDirty());
        descriptor.valueProperty().addListener((obs, o, n) -> fitQMaxTo(n));
        mixed.selectedProperty().addListener((obs, o, n) -> fitQMaxTo(descriptor.getValue()));
        fitQMaxTo(descriptor.getValue());
        mixed.selectedProperty().addListener((obs, o, n) -> model.markDirty());
        species.valueProperty().addListener((obs, o, n) -> showSelection());
        degree.valueProperty().addListener((obs, o, n) -> showSelection());
        residual.setId("radial-basis-residual");
        functions.setId("radial-basis-functions");
        residualExport = new ExportMenu(residual, "residual-variance", "radial-basis-residual-export");
        functionsExport = new ExportMenu(functions, "radial-functions", "radial-basis-functions-export");
        residualExport.setText("Export RV(q)");
        functionsExport.setText("Export R_q(r)");
        residualExport.setOnMessage(status::setText);
        functionsExport.setOnMessage(status::setText);
        addParameter("SOAP of", descriptor);
        addParameter("q_max", qMax);
        parameters.getChildren().add(mixed);
        addParameter("species", species);
        addParameter("l", degree);
        finishBar(new HBox(4, residualExport, functionsExport));
        body.setCenter(new SplitPane(residual, functions));
    }

    public CurveView residualView() {
        return residual;
    }

    public RadialFunctionView functionsView() {
        return functions;
    }

    /** The export menu of the "residual" variance plot or of the radial "functions". */
    public ExportMenu exportMenu(String plot) {
        return plot.equals("residual") ? residualExport : functionsExport;
    }

    /** Without mixing, q_max cannot exceed the SOAP's n_max: lower it when a smaller SOAP is chosen. */
    private void fitQMaxTo(DescriptorSpec spec) {
        if (spec != null && spec.family().equals("soap") && !mixed.isSelected() && qMax.getValue() > spec.integer("n_max")) {
            qMax.getValueFactory().setValue(spec.integer("n_max"));
        }
    }

    public ChoiceBox<String> speciesChoice() {
        return species;
    }

    /** The SOAP spec with the chosen descriptor's r_cut, n_max, l_max and sigma and an optimal basis fitted on {@code fit}. */
    static DescriptorSpec optimalSpec(DescriptorSpec source, int qMax, boolean mixed, Path fit) {
        if (!source.family().equals("soap")) {
            throw new org.descriptorworkbench.error.ParameterException("descriptor",
                    "the optimal radial basis needs a SOAP descriptor, got " + source.text());
        }
        return DescriptorCatalog.parse(String.format(Locale.ROOT,
                "soap(r_cut=%s, n_max=%d, l_max=%d, sigma=%s, radial=optimal(q_max=%d, mixed=%s, fit=\"%s\"))",
                source.value("r_cut").text(), source.integer("n_max"), source.integer("l_max"), source.value("sigma").text(),
                qMax, mixed, fit.toString().replace("\\", "/")));
    }

    /** The fit of the chosen SOAP with the current q_max and mixing on the chosen centres' structures; null while none is chosen. */
    private CachedAnalysis<Fitted> request() {
        DescriptorSpec source = descriptor.getValue();
        if (source == null) {
            return null;
        }
        Map<String, Object> parameters = parameterValues();
        parameters.remove("l"); // which l is drawn does not change the fit
        return CachedAnalysis.ofCentres("radial-basis", List.of(source), parameters, Fitted.class);
    }

    @Override
    protected void compute() {
        Dataset dataset = model.datasets().datasetProperty().get();
        CachedAnalysis<Fitted> what = request();
        if (dataset == null || what == null) {
            failed("open a dataset and choose a SOAP descriptor of the set");
            return;
        }
        DescriptorSpec source = what.specs().get(0);
        var choice = model.centresProperty().get();
        int q = qMax.getValue();
        boolean mix = mixed.isSelected();
        String title = "Optimal radial basis of " + source.text();
        model.computeCached(what, title, () -> model.tasks().submit(title, progress -> {
            Centres centres = choice.resolve(dataset);
            List<Structure> structures = new ArrayList<>();
            for (int s : new TreeSet<>(Arrays.stream(centres.structureOfRow()).boxed().toList())) {
                structures.add(dataset.get(s));
            }
            Dataset fitData = new Dataset(dataset.source() + " (structures of the chosen environments)", structures);
            Path file = Files.createTempFile("dwb-radial-fit-", ".extxyz");
            try {
                StructureFiles.write(fitData, file);
                progress.report(0.1, structures.size() + " structures");
                return Fitted.of(OptimalRadialBasis.fit(optimalSpec(source, q, mix, file), dataset.species(), fitData));
            } finally {
                Files.deleteIfExists(file);
            }
        }), outcome -> show(what, outcome), this::failed);
    }

    @Override
    public void showCachedResult() {
        CachedAnalysis<Fitted> what = request();
        showCached(what, outcome -> show(what, outcome));
    }

    private void show(CachedAnalysis<Fitted> what, WorkbenchModel.Outcome<Fitted> outcome) {
        Fitted fitted = outcome.value();
        basis = fitted;
        List<String> symbols = fitted.neighbourSpecies();
        String keep = species.getValue();
        species.getItems().setAll(symbols);
        species.setValue(symbols.contains(keep) ? keep : symbols.get(0));
        ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) degree.getValueFactory()).setMax(fitted.lMax());
        showSelection();
        int q = ((Number) what.parameters().get("q_max")).intValue();
        done(String.format(Locale.ROOT, "fitted on %d environments; total RV(q_max = %d) = %.3g",
                fitted.environmentCount(), q, fitted.totalResidualVariance().at(q)), outcome);
    }

    /** Redraws both plots for the chosen species and l from the last fitted basis. */
    private void showSelection() {
        if (basis == null || species.getValue() == null) {
            return;
        }
        String symbol = species.getValue();
        int l = Math.min(degree.getValue(), basis.lMax());
        String channel = basis.mixed() ? "mixed" : symbol;
        List<CurveView.Curve> curves = new ArrayList<>();
        for (ResidualVarianceCurve c : basis.residualVariance()) {
            if (c.channel().equals(channel)) {
                curves.add(positive("l = " + c.l(), c.residualVariance()));
            }
        }
        curves.add(positive("all channels and l", basis.totalResidualVariance().residualVariance()));
        residual.show("Residual variance, " + channel + " channel", "number of kept functions q", "RV(q)", curves, false);
        for (ContractedRadialFunctions f : basis.radialFunctions()) {
            if (f.channel().equals(channel) && f.neighbourSpecies().equals(symbol) && f.l() == l) {
                functions.show(String.format(Locale.ROOT, "Contracted radial functions, %s neighbours, l = %d%s",
                        symbol, l, basis.mixed() ? " (mixed)" : ""), f);
            }
        }
    }

    /** RV(q) at every q where it is still positive (a log axis cannot draw the exact zero once all functions are kept). */
    private static CurveView.Curve positive(String label, double[] rv) {
        int n = 0;
        while (n < rv.length && rv[n] > 0) {
            n++;
        }
        double[] x = new double[n];
        Arrays.setAll(x, i -> i);
        return new CurveView.Curve(label, x, Arrays.copyOf(rv, n), null);
    }

    @Override
    public Map<String, Object> parameterValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("descriptor", descriptor.getValue() == null ? null : descriptor.getValue().text());
        m.put("q_max", qMax.getValue());
        m.put("mixed", mixed.isSelected());
        m.put("l", degree.getValue());
        return m;
    }

    @Override
    public void restoreParameters(Map<String, Object> values) {
        CorrelationTab.selectByText(descriptor, values.get("descriptor"));
        qMax.getValueFactory().setValue(intOf(values, "q_max", qMax.getValue()));
        if (values.get("mixed") instanceof Boolean b) {
            mixed.setSelected(b);
        }
        degree.getValueFactory().setValue(intOf(values, "l", degree.getValue()));
    }
}
