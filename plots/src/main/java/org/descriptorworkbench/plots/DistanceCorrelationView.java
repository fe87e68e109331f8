package org.descriptorworkbench.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.descriptorworkbench.analysis.correlation.CorrelationResult;
import org.descriptorworkbench.plots.chart.FigureChart;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.ColorScale;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.HeatMap;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;

/**
 * The distance–distance or rank–rank correlation plot of two descriptors (seed 000 Fig. 4, S5): the pair
 * density as a heat map with a logarithmic colour scale, optionally the sampled pairs on top (clicking one
 * selects that pair of environments), the largest disagreements, y = x, and Pearson and Spearman
 * coefficients in the subtitle. Renders a {@link CorrelationResult}. The result samples ordered pairs;
 * the distance plot draws (and a click, rectangle or lasso selects) each unordered pair once, the rank
 * plot each ordered pair (see {@link #shownSample}).
 */
public final class DistanceCorrelationView extends PlotView {

    /**
     * A pair as drawn: the pair and its point's coordinates — the scaled distances d̃A, d̃B, or in rank mode
     * the scaled ranks.
     */
    public record PlottedPair(EnvironmentPair pair, double x, double y) {
    }

    /** Which comparison is shown. */
    public enum Mode { DISTANCE, RANK }

    static final String SAMPLE_SERIES = "sampled pairs";
    static final String DISAGREEMENT_SERIES = "largest disagreements";

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.DISTANCE);
    private final BooleanProperty showSample = new SimpleBooleanProperty(this, "showSample", true);
    private final ReadOnlyObjectWrapper<EnvironmentPair> selectedPair = new ReadOnlyObjectWrapper<>(this, "selectedPair");
    private final List<Consumer<EnvironmentPair>> pairListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<EnvironmentPair>>> pairsListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<PlottedPair>>> plottedListeners = new CopyOnWriteArrayList<>();
    private CorrelationResult result;
    private List<CorrelationResult.SampledPair> shown = List.of();
    private String labelA;
    private String labelB;

    public DistanceCorrelationView() {
        super("Distance–distance / rank–rank correlation: no result yet");
        setControls(controls());
        mode.addListener((obs, old, now) -> refresh());
        showSample.addListener((obs, old, now) -> refresh());
    }

    /** Shows a result; the labels (the two descriptors' spec texts) name the axes. */
    public void show(CorrelationResult correlation, String descriptorA, String descriptorB) {
        this.result = correlation;
        this.labelA = descriptorA;
        this.labelB = descriptorB;
        refresh();
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public BooleanProperty showSampleProperty() {
        return showSample;
    }

    /** The last pair of environments picked by clicking a sampled or disagreeing pair. */
    public ReadOnlyObjectProperty<EnvironmentPair> selectedPairProperty() {
        return selectedPair.getReadOnlyProperty();
    }

    /** Called on every click on a pair, also when the same pair is clicked again. */
    public void addPairListener(Consumer<EnvironmentPair> listener) {
        pairListeners.add(listener);
    }

    public void removePairListener(Consumer<EnvironmentPair> listener) {
        pairListeners.remove(listener);
    }

    /** Called with the pairs inside a Shift-drag rectangle or Ctrl-drag lasso (sampled and disagreeing pairs, without repeats). */
    public void addPairsListener(Consumer<List<EnvironmentPair>> listener) {
        pairsListeners.add(listener);
    }

    public void removePairsListener(Consumer<List<EnvironmentPair>> listener) {
        pairsListeners.remove(listener);
    }

    /**
     * Called with what a click (one pair), a Shift-drag rectangle or a Ctrl-drag lasso (the pairs inside)
     * selected, each pair once with the coordinates it is drawn at.
     */
    public void addPlottedPairsListener(Consumer<List<PlottedPair>> listener) {
        plottedListeners.add(listener);
    }

    public void removePlottedPairsListener(Consumer<List<PlottedPair>> listener) {
        plottedListeners.remove(listener);
    }

    @Override
    protected void selected(List<FigureChart.Pick> picks) {
        java.util.LinkedHashMap<EnvironmentPair, PlottedPair> pairs = new java.util.LinkedHashMap<>();
        for (FigureChart.Pick pick : picks) {
            plotted(pick).ifPresent(p -> pairs.putIfAbsent(p.pair(), p));
        }
        List<EnvironmentPair> list = List.copyOf(pairs.keySet());
        List<PlottedPair> plotted = List.copyOf(pairs.values());
        pairsListeners.forEach(l -> l.accept(list));
        plottedListeners.forEach(l -> l.accept(plotted));
    }

    private java.util.Optional<PlottedPair> plotted(FigureChart.Pick pick) {
        Series series = figure().series().get(pick.series());
        EnvironmentPair pair = pairOf(series, pick.point());
        return pair == null ? java.util.Optional.empty()
                : java.util.Optional.of(new PlottedPair(pair, series.x()[pick.point()], series.y()[pick.point()]));
    }

    private void refresh() {
        if (result != null) {
            shown = shownSample(result, mode.get());
            display(figure(result, labelA, labelB, mode.get(), showSample.get()));
        }
    }

    @Override
    protected void picked(FigureChart.Pick pick) {
        plotted(pick).ifPresent(p -> {
            selectedPair.set(p.pair());
            pairListeners.forEach(l -> l.accept(p.pair()));
            plottedListeners.forEach(l -> l.accept(List.of(p)));
        });
    }

    private EnvironmentPair pairOf(Series series, int point) {
        if (series.name().equals(SAMPLE_SERIES)) {
            CorrelationResult.SampledPair p = shown.get(point);
            return new EnvironmentPair(p.i(), p.j());
        }
        if (series.name().equals(DISAGREEMENT_SERIES)) {
            CorrelationResult.DisagreeingPair p = result.topDisagreements().get(point);
            return new EnvironmentPair(p.i(), p.j());
        }
        return null;
    }

    private HBox controls() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton distance = new ToggleButton("distance–distance");
        ToggleButton rank = new ToggleButton("rank–rank");
        distance.setToggleGroup(group);
        rank.setToggleGroup(group);
        distance.setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                mode.set(now == rank ? Mode.RANK : Mode.DISTANCE);
            }
        });
        mode.addListener((obs, old, now) -> (now == Mode.RANK ? rank : distance).setSelected(true));
        CheckBox sample = new CheckBox("show sampled pairs");
        sample.selectedProperty().bindBidirectional(showSample);
        HBox bar = new HBox(8, distance, rank, sample);
        bar.setPadding(new Insets(4, 6, 0, 6));
        return bar;
    }

    /** The figure of a correlation result in the given mode. */
    public static Figure figure(CorrelationResult r, String labelA, String labelB, Mode mode, boolean withSample) {
        boolean rank = mode == Mode.RANK;
        long[][] counts = rank ? r.rankHistogram() : r.distanceHistogram();
        double[][] values = new double[r.bins()][r.bins()];
        long max = 0;
        for (int a = 0; a < r.bins(); a++) {
            for (int b = 0; b < r.bins(); b++) {
                values[a][b] = counts[a][b];
                max = Math.max(max, counts[a][b]);
            }
        }
        String what = rank ? "ordered pairs" : "pairs";
        HeatMap density = new HeatMap(what + " per cell", 0, 1, 0, 1, values,
                new ColorScale(1, Math.max(1, max), true), what + " per cell", null, false, "%.0f");
        List<Series> series = new ArrayList<>();
        if (withSample && !r.sample().isEmpty()) {
            series.add(sampleSeries(shownSample(r, mode), rank, r.n()));
        }
        if (!rank && !r.topDisagreements().isEmpty()) {
            series.add(disagreementSeries(r));
        }
        String axisWhat = rank ? "rank / (N − 1)" : "distance / max distance";
        AxisSpec x = AxisSpec.linear(axisWhat + ", A = " + labelA, 0, 1);
        AxisSpec y = AxisSpec.linear(axisWhat + ", B = " + labelB, 0, 1);
        String title = rank ? "Rank–rank correlation" : "Distance–distance correlation";
        String subtitle = String.format(Locale.ROOT, "Pearson r = %.4f   Spearman ρ = %.4f   N = %d environments",
                r.pearson(), r.spearman(), r.n());
        List<String> notes = new ArrayList<>();
        if (r.zeroDistancePairsA() > 0 || r.zeroDistancePairsB() > 0) {
            notes.add(String.format(Locale.ROOT, "zero distances between distinct environments: %d under A, %d under B",
                    r.zeroDistancePairsA(), r.zeroDistancePairsB()));
        }
        return new Figure(title, subtitle, x, y, List.of(density), series,
                List.of(new ReferenceLine(0, 0, 1, 1, null)), List.<Annotation>of(), notes,
                series.isEmpty() ? Figure.Legend.NONE : Figure.Legend.TOP_LEFT, 430, 400);
    }

    private static Series sampleSeries(List<CorrelationResult.SampledPair> sample, boolean rank, int n) {
        int m = sample.size();
        double[] x = new double[m];
        double[] y = new double[m];
        String[] labels = new String[m];
        double scale = n - 1.0;
        for (int k = 0; k < m; k++) {
            CorrelationResult.SampledPair p = sample.get(k);
            x[k] = rank ? p.rankA() / scale : p.distanceA();
            y[k] = rank ? p.rankB() / scale : p.distanceB();
            labels[k] = rank ? "(" + p.i() + ", " + p.j() + ") ranks " + p.rankA() + ", " + p.rankB()
                    : "(" + p.i() + ", " + p.j() + ")";
        }
        return Series.points(SAMPLE_SERIES, x, y, labels, 0xDDDDDD, Series.Marker.CIRCLE).withOpacity(0.75);
    }

    /**
     * The sampled pairs drawn in a mode. The result samples ordered pairs, which the rank–rank plot needs
     * (j's rank among i's neighbours is not i's among j's); a distance is symmetric, so in distance mode
     * (i, j) and (j, i) would be one point drawn twice and selected twice: there each unordered pair is
     * drawn once, as (min, max), at its first sampled occurrence.
     */
    static List<CorrelationResult.SampledPair> shownSample(CorrelationResult r, Mode mode) {
        if (mode == Mode.RANK) {
            return r.sample();
        }
        java.util.Set<EnvironmentPair> seen = new java.util.HashSet<>();
        List<CorrelationResult.SampledPair> distinct = new ArrayList<>();
        for (CorrelationResult.SampledPair p : r.sample()) {
            int i = Math.min(p.i(), p.j());
            int j = Math.max(p.i(), p.j());
            if (seen.add(new EnvironmentPair(i, j))) {
                // the ranks are i-centred and mean nothing in distance mode; they stay as sampled
                distinct.add(new CorrelationResult.SampledPair(i, j, p.distanceA(), p.distanceB(),
                        i == p.i() ? p.rankA() : 0, i == p.i() ? p.rankB() : 0));
            }
        }
        return List.copyOf(distinct);
    }

    private static Series disagreementSeries(CorrelationResult r) {
        int m = r.topDisagreements().size();
        double[] x = new double[m];
        double[] y = new double[m];
        String[] labels = new String[m];
        for (int k = 0; k < m; k++) {
            CorrelationResult.DisagreeingPair p = r.topDisagreements().get(k);
            x[k] = p.distanceA();
            y[k] = p.distanceB();
            labels[k] = "(" + p.i() + ", " + p.j() + ") |dA − dB| = " + p.disagreement();
        }
        return Series.points(DISAGREEMENT_SERIES, x, y, labels, PlotStyle.seriesColour(1), Series.Marker.DIAMOND);
    }
}
