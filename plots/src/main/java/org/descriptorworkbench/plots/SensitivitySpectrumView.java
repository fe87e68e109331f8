package org.descriptorworkbench.plots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.HBox;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.descriptorworkbench.analysis.sensitivity.Centre;
import org.descriptorworkbench.analysis.sensitivity.EnvironmentSpectrum;
import org.descriptorworkbench.analysis.sensitivity.SensitivityResult;
import org.descriptorworkbench.plots.chart.FigureChart;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.LogRange;
import org.descriptorworkbench.plots.figure.Numbers;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;

/**
 * Sensitivity spectra of Λ = JᵀJ (seed 000 §IV D eq. 10, Figs. 9 and S4), drawn from {@link SensitivityResult}s:
 * either every environment's eigenvalues divided by its largest, ascending, on a log axis with the six
 * smallest (rigid translations and rotations) omitted, one line per environment and one palette colour per
 * descriptor; or, as in Fig. 9, each descriptor's sorted normalised eigenvalues against the reference
 * descriptor's of the same environment, log–log, with the y = x line. Eigenvalues below the zero threshold
 * are drawn at the threshold (as seed 000 Fig. S4 does); tooltips give the exact values and the notes under
 * the plot count the zero modes.
 */
public final class SensitivitySpectrumView extends PlotView {

    /** One descriptor's result and the short label it is shown with (e.g. "ν = 2", or its spec). */
    public record Spectra(String label, SensitivityResult result) {
        public Spectra {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(result, "result");
        }
    }

    /** Which of the two figures is shown. */
    public enum Panel {
        SPECTRA("Spectra per environment"),
        AGAINST_REFERENCE("Against the reference");

        private final String text;

        Panel(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Rigid translations and rotations: always zero, never drawn (seed 000 Fig. 9 "the first 6 eigenvalues are not shown"). */
    public static final int OMITTED_SMALLEST = 6;
    /** Spectra with at most this many drawn eigenvalues also mark each point. */
    static final int MARKED_LENGTH = 60;
    /** The log axes end a little above the largest normalised eigenvalue, 1, so that its points are not cut. */
    static final double HEADROOM = 1.6;

    private final ChoiceBox<Panel> panel = new ChoiceBox<>();
    private final ReadOnlyObjectWrapper<Centre> selectedEnvironment = new ReadOnlyObjectWrapper<>(this, "selectedEnvironment");
    private final List<java.util.function.Consumer<List<Centre>>> environmentsListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private List<Spectra> shown = List.of();
    private int reference = -1;

    public SensitivitySpectrumView() {
        super("Sensitivity spectra: no result yet");
        panel.getItems().setAll(Panel.values());
        panel.setValue(Panel.SPECTRA);
        panel.valueProperty().addListener((obs, old, now) -> {
            if (!shown.isEmpty() && now != null) {
                display(figure(now));
            }
        });
    }

    /**
     * Shows the results of one or more descriptors over the same environments; {@code reference} is the
     * index of the reference descriptor for the scatter panel (-1: none, then only the spectra are offered).
     */
    public void show(List<Spectra> spectra, int reference, Panel first) {
        if (spectra.isEmpty()) {
            throw new IllegalArgumentException("no sensitivity results to show");
        }
        if (reference < -1 || reference >= spectra.size()) {
            throw new IllegalArgumentException("reference " + reference + " is not one of the " + spectra.size() + " results");
        }
        this.shown = List.copyOf(spectra);
        this.reference = reference;
        boolean scatter = reference >= 0 && spectra.size() > 1;
        panel.getItems().setAll(scatter ? List.of(Panel.values()) : List.of(Panel.SPECTRA));
        HBox bar = new HBox(8, panel);
        bar.setPadding(new Insets(4, 6, 0, 6));
        setControls(bar);
        Panel target = scatter ? first : Panel.SPECTRA;
        if (panel.getValue() == target) {
            display(figure(target));
        } else {
            panel.setValue(target);
        }
    }

    /** Which panel is on show; set it to switch. */
    public javafx.beans.property.ObjectProperty<Panel> panelProperty() {
        return panel.valueProperty();
    }

    /** The environment (structure, atom) of the last line or point clicked, null before any click. */
    public ReadOnlyObjectProperty<Centre> selectedEnvironmentProperty() {
        return selectedEnvironment.getReadOnlyProperty();
    }

    /**
     * Called with the environments of what a click (one), a Shift-drag rectangle or a Ctrl-drag lasso (every
     * environment with a point inside, once, in plot order) selected.
     */
    public void addEnvironmentsListener(java.util.function.Consumer<List<Centre>> listener) {
        environmentsListeners.add(listener);
    }

    public void removeEnvironmentsListener(java.util.function.Consumer<List<Centre>> listener) {
        environmentsListeners.remove(listener);
    }

    @Override
    protected void picked(FigureChart.Pick pick) {
        EnvironmentSpectrum env = environmentOf(pick);
        if (env != null) {
            Centre centre = new Centre(env.structure(), env.atom());
            selectedEnvironment.set(centre);
            environmentsListeners.forEach(l -> l.accept(List.of(centre)));
        }
    }

    @Override
    protected void selected(List<FigureChart.Pick> picks) {
        java.util.LinkedHashSet<Centre> centres = new java.util.LinkedHashSet<>();
        for (FigureChart.Pick pick : picks) {
            EnvironmentSpectrum env = environmentOf(pick);
            if (env != null) {
                centres.add(new Centre(env.structure(), env.atom()));
            }
        }
        List<Centre> list = List.copyOf(centres);
        environmentsListeners.forEach(l -> l.accept(list));
    }

    private EnvironmentSpectrum environmentOf(FigureChart.Pick pick) {
        return panel.getValue() == Panel.SPECTRA ? spectrumOfLine(pick.series())
                : spectrumOfScatterPoint(pick.series(), pick.point());
    }

    /** Lines are drawn descriptor by descriptor, environment by environment. */
    private EnvironmentSpectrum spectrumOfLine(int line) {
        int before = 0;
        for (Spectra s : shown) {
            List<EnvironmentSpectrum> envs = s.result().environments();
            if (line < before + envs.size()) {
                return envs.get(line - before);
            }
            before += envs.size();
        }
        return null;
    }

    /** Scatter points follow the other descriptor's environments in order, each with its pairs from the top. */
    private EnvironmentSpectrum spectrumOfScatterPoint(int series, int point) {
        int other = series < reference ? series : series + 1;
        if (other >= shown.size()) {
            return null;
        }
        Map<Long, EnvironmentSpectrum> referenceByCentre = byCentre(shown.get(reference).result());
        int before = 0;
        for (EnvironmentSpectrum env : shown.get(other).result().environments()) {
            EnvironmentSpectrum ref = referenceByCentre.get(centre(env));
            if (ref == null) {
                continue;
            }
            before += Math.max(0, Math.min(ref.normalised().length, env.normalised().length) - OMITTED_SMALLEST);
            if (point < before) {
                return env;
            }
        }
        return null;
    }

    private Figure figure(Panel which) {
        if (which == Panel.SPECTRA) {
            return spectraFigure(shown);
        }
        List<Spectra> others = new ArrayList<>(shown);
        others.remove(reference);
        List<Integer> colours = new ArrayList<>();
        for (int d = 0; d < shown.size(); d++) {
            if (d != reference) {
                colours.add(d);
            }
        }
        return scatterFigure(shown.get(reference), others, colours);
    }

    // ---- (a) spectra per environment ------------------------------------------------------------------

    /** Normalised spectra, one line per environment, descriptor d in palette colour d. */
    public static Figure spectraFigure(List<Spectra> spectra) {
        List<Series> series = new ArrayList<>();
        List<String> notes = new ArrayList<>(List.of(zeroModeHeading(spectra)));
        List<double[]> drawn = new ArrayList<>();
        double floor = floor(spectra);
        int largestOrder = OMITTED_SMALLEST + 1;
        for (int d = 0; d < spectra.size(); d++) {
            Spectra s = spectra.get(d);
            List<EnvironmentSpectrum> environments = s.result().environments();
            String name = String.format(Locale.ROOT, "%s (%d environment%s)", s.label(), environments.size(),
                    environments.size() == 1 ? "" : "s");
            for (int e = 0; e < environments.size(); e++) {
                EnvironmentSpectrum env = environments.get(e);
                int order = env.normalised().length;
                largestOrder = Math.max(largestOrder, order);
                int kept = Math.max(0, order - OMITTED_SMALLEST);
                double[] x = new double[kept];
                double[] y = new double[kept];
                String[] labels = new String[kept];
                for (int t = 0; t < kept; t++) {
                    int k = OMITTED_SMALLEST + t;
                    x[t] = k + 1;
                    y[t] = Math.max(env.normalised()[k], floor);
                    labels[t] = modeLabel(env, k, floor);
                }
                drawn.add(y);
                Series line = new Series(name, x, y, labels, PlotStyle.seriesColour(d),
                        kept <= MARKED_LENGTH ? Series.Marker.CIRCLE : Series.Marker.NONE, true, false,
                        environments.size() > 5 ? 0.55 : 0.9, true, true);
                series.add(e == 0 ? line : line.hiddenFromLegend());
            }
            notes.add(zeroModeNote(s));
        }
        double[] range = LogRange.of(floor, drawn.toArray(double[][]::new));
        AxisSpec x = AxisSpec.linear("eigenvalue index k (ascending)", OMITTED_SMALLEST + 0.5, largestOrder + 0.5);
        // room under the zero threshold so that the clamped zero modes read as a line above the frame
        AxisSpec y = AxisSpec.log("λ_k / λ_max", Math.min(range[0], floor / 10), Math.max(range[1], 1) * HEADROOM);
        ReferenceLine zero = ReferenceLine.horizontal(floor, OMITTED_SMALLEST + 0.5, largestOrder + 0.5,
                "zero threshold");
        String subtitle = "Λ = JᵀJ per environment, normalised to its largest eigenvalue; the "
                + OMITTED_SMALLEST + " smallest (rigid motions) not shown";
        return new Figure("Sensitivity spectra", subtitle, x, y, List.of(), series, List.of(zero),
                List.<Annotation>of(), notes, Figure.Legend.BELOW, 432, 340 + 13 * (notes.size() + spectra.size()));
    }

    // ---- (b) against the reference ---------------------------------------------------------------------

    /** Seed 000 Fig. 9: each descriptor's sorted eigenvalues against the reference's, in palette colours 1, 2, …. */
    public static Figure scatterFigure(Spectra reference, List<Spectra> others) {
        List<Integer> colours = new ArrayList<>();
        for (int o = 0; o < others.size(); o++) {
            colours.add(o + 1);
        }
        return scatterFigure(reference, others, colours);
    }

    /**
     * The scatter with explicit palette positions per other descriptor (so that colours match the spectra
     * panel). Environments are matched by centre (structure, atom); within one, eigenvalues are paired from the
     * largest down, and the {@value #OMITTED_SMALLEST} smallest of each are left out.
     */
    static Figure scatterFigure(Spectra reference, List<Spectra> others, List<Integer> colours) {
        double floor = floor(withReference(reference, others));
        Map<Long, EnvironmentSpectrum> referenceByCentre = byCentre(reference.result());
        List<Series> series = new ArrayList<>();
        List<String> notes = new ArrayList<>(List.of(zeroModeHeading(withReference(reference, others))));
        notes.add(zeroModeNote(reference) + " (reference)");
        List<double[]> values = new ArrayList<>();
        for (int o = 0; o < others.size(); o++) {
            Spectra other = others.get(o);
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            int unmatched = 0;
            for (EnvironmentSpectrum env : other.result().environments()) {
                EnvironmentSpectrum ref = referenceByCentre.get(centre(env));
                if (ref == null) {
                    unmatched++;
                    continue;
                }
                pairFromTheTop(ref, env, floor, xs, ys, labels);
            }
            double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
            double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
            values.add(x);
            values.add(y);
            series.add(new Series(other.label(), x, y, labels.toArray(String[]::new), PlotStyle.seriesColour(colours.get(o)),
                    Series.Marker.CIRCLE, false, false, 0.7, true, true));
            notes.add(zeroModeNote(other) + (unmatched == 0 ? ""
                    : String.format(Locale.ROOT, "; %d environment%s not in the reference's result, left out", unmatched,
                    unmatched == 1 ? "" : "s")));
        }
        double[] range = LogRange.of(floor, values.toArray(double[][]::new));
        // clamped zero modes and the largest eigenvalue (1) sit just inside the frame, not on it
        double min = Math.min(range[0], floor) / 3;
        double max = Math.max(range[1], 1) * HEADROOM;
        AxisSpec x = AxisSpec.log("λ / λ_max, " + reference.label() + " (reference)", min, max);
        String yLabel = others.size() == 1 ? "λ / λ_max, " + others.get(0).label() : "λ / λ_max, other descriptors";
        AxisSpec y = AxisSpec.log(yLabel, min, max);
        ReferenceLine diagonal = new ReferenceLine(min, min, max, max, "y = x");
        String subtitle = "sorted eigenvalues of Λ per environment, paired from the largest; the " + OMITTED_SMALLEST
                + " smallest not shown";
        return new Figure("Sensitivity against the reference", subtitle, x, y, List.of(), series, List.of(diagonal),
                List.<Annotation>of(), notes, Figure.Legend.TOP_LEFT, 432, 380 + 13 * notes.size());
    }

    private static void pairFromTheTop(EnvironmentSpectrum ref, EnvironmentSpectrum env, double floor, List<Double> xs,
            List<Double> ys, List<String> labels) {
        int nRef = ref.normalised().length;
        int nEnv = env.normalised().length;
        int pairs = Math.min(nRef, nEnv) - OMITTED_SMALLEST;
        for (int t = 0; t < pairs; t++) {
            int kRef = nRef - 1 - t;
            int kEnv = nEnv - 1 - t;
            double a = ref.normalised()[kRef];
            double b = env.normalised()[kEnv];
            xs.add(Math.max(a, floor));
            ys.add(Math.max(b, floor));
            String clamped = a < floor || b < floor ? String.format(Locale.ROOT, " (values below %s drawn at it)",
                    Numbers.exact(floor)) : "";
            labels.add(String.format(Locale.ROOT, "%s, mode %d of %d from the top: reference λ/λ_max = %s, λ/λ_max = %s%s",
                    centreText(env), t + 1, pairs, Numbers.exact(a), Numbers.exact(b), clamped));
        }
    }

    // ---- shared pieces ------------------------------------------------------------------------------------

    /** The zero-mode threshold of the results (the largest, should they differ): also the drawing floor. */
    private static double floor(List<Spectra> spectra) {
        double floor = 0;
        for (Spectra s : spectra) {
            floor = Math.max(floor, s.result().zeroThreshold());
        }
        return floor > 0 ? floor : 1e-12;
    }

    private static List<Spectra> withReference(Spectra reference, List<Spectra> others) {
        List<Spectra> all = new ArrayList<>(others);
        all.add(reference);
        return all;
    }

    private static String modeLabel(EnvironmentSpectrum env, int k, double floor) {
        double value = env.normalised()[k];
        String clamped = value < floor ? " (below the zero threshold, drawn at " + Numbers.exact(floor) + ")" : "";
        return String.format(Locale.ROOT, "%s, k = %d of %d: λ/λ_max = %s, λ = %s%s", centreText(env), k + 1,
                env.degreesOfFreedom(), Numbers.exact(value), Numbers.exact(env.eigenvalues()[k]), clamped);
    }

    private static String centreText(EnvironmentSpectrum env) {
        return String.format(Locale.ROOT, "structure %d atom %d (Z = %d, %d neighbours)", env.structure(), env.atom(),
                env.atomicNumber(), env.neighbours());
    }

    private static long centre(EnvironmentSpectrum env) {
        return ((long) env.structure() << 32) | (env.atom() & 0xFFFFFFFFL);
    }

    private static Map<Long, EnvironmentSpectrum> byCentre(SensitivityResult result) {
        Map<Long, EnvironmentSpectrum> map = new LinkedHashMap<>();
        for (EnvironmentSpectrum env : result.environments()) {
            map.putIfAbsent(centre(env), env);
        }
        return map;
    }

    /** The note that says what the zero-mode counts below it count. */
    static String zeroModeHeading(List<Spectra> spectra) {
        return String.format(Locale.ROOT, "zero modes per environment (λ < %s λ_max):",
                Numbers.compact(floor(spectra), 3));
    }

    /**
     * "ν = 2: 6 in 48 env., 9 in 2 env. (s0 a3, s1 a7)" — how many environments have how many zero modes;
     * those with more than the six rigid motions are named (up to three).
     */
    static String zeroModeNote(Spectra s) {
        Map<Integer, List<EnvironmentSpectrum>> byCount = new TreeMap<>();
        for (EnvironmentSpectrum env : s.result().environments()) {
            byCount.computeIfAbsent(env.zeroModes(), c -> new ArrayList<>()).add(env);
        }
        StringBuilder text = new StringBuilder(s.label()).append(": ");
        boolean first = true;
        for (Map.Entry<Integer, List<EnvironmentSpectrum>> e : byCount.entrySet()) {
            List<EnvironmentSpectrum> envs = e.getValue();
            text.append(first ? "" : ", ").append(e.getKey()).append(" in ");
            if (envs.size() == 1 && e.getKey() > OMITTED_SMALLEST) {
                text.append(centreTag(envs.get(0)));
            } else {
                text.append(envs.size()).append(" env.");
                if (e.getKey() > OMITTED_SMALLEST) {
                    text.append(" (");
                    for (int i = 0; i < Math.min(3, envs.size()); i++) {
                        text.append(i == 0 ? "" : ", ").append(centreTag(envs.get(i)));
                    }
                    text.append(envs.size() > 3 ? ", …)" : ")");
                }
            }
            first = false;
        }
        return text.toString();
    }

    private static String centreTag(EnvironmentSpectrum env) {
        return "s" + env.structure() + " a" + env.atom();
    }
}
