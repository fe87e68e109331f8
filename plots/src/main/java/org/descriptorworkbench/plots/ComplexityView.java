package org.descriptorworkbench.plots;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.HBox;
import org.descriptorworkbench.plots.chart.FigureChart;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.Annotation.Align;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.ColorScale;
import org.descriptorworkbench.plots.figure.ColourKey;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.Numbers;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;

/**
 * Information content against complexity for a family of global moment descriptors (seed 004 §3.2, Fig. 1):
 * (a) RIM(Σ_ref → Σ) against RIM(Σ → Σ_ref), one point per descriptor labelled with its Σ_ijk name and
 * coloured by its complexity d^(s)/d^(a), with the diagonal; (b) SRIM to the reference against complexity —
 * every descriptor faintly, the least SRIM at each complexity labelled, and the lower envelope (the least SRIM
 * reachable at that complexity or below), which shows where adding complexity stops paying. Renders
 * {@link ComplexityPoint}s.
 */
public final class ComplexityView extends PlotView {

    /** Which of the two figures is shown. */
    public enum Panel {
        RIM_PLANE("RIM both ways (Fig. 1a)"),
        MINIMUM_SRIM("Minimum SRIM vs complexity (Fig. 1b)");

        private final String text;

        Panel(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Complexities spanning at least this ratio get a logarithmic colour scale and complexity axis. */
    static final double LOG_SPAN = 10;
    private static final int FAINT = 0x8A8A8A;

    private final ChoiceBox<Panel> panel = new ChoiceBox<>();
    private final ReadOnlyStringWrapper selectedDescriptor = new ReadOnlyStringWrapper(this, "selectedDescriptor");
    private String reference;
    private List<ComplexityPoint> points = List.of();

    public ComplexityView() {
        super("Complexity analysis: no result yet");
        panel.getItems().setAll(Panel.values());
        panel.setValue(Panel.RIM_PLANE);
        panel.valueProperty().addListener((obs, old, now) -> {
            if (!points.isEmpty() && now != null) {
                display(figure(now, reference, points));
            }
        });
    }

    /** Shows the descriptors against the named reference (e.g. "Σ_555"); the choice box switches panels. */
    public void show(String referenceName, List<ComplexityPoint> descriptors, Panel first) {
        if (descriptors.isEmpty()) {
            throw new IllegalArgumentException("no descriptors to compare with " + referenceName);
        }
        this.reference = referenceName;
        this.points = List.copyOf(descriptors);
        HBox bar = new HBox(8, panel);
        bar.setPadding(new Insets(4, 6, 0, 6));
        setControls(bar);
        if (panel.getValue() == first) {
            display(figure(first, referenceName, points));
        } else {
            panel.setValue(first);
        }
    }

    /** Which panel is on show; set it to switch. */
    public javafx.beans.property.ObjectProperty<Panel> panelProperty() {
        return panel.valueProperty();
    }

    /** The Σ_ijk name of the last descriptor clicked (in either panel), null before any click. */
    public ReadOnlyStringProperty selectedDescriptorProperty() {
        return selectedDescriptor.getReadOnlyProperty();
    }

    @Override
    protected void picked(FigureChart.Pick pick) {
        if (panel.getValue() == Panel.RIM_PLANE) {
            selectedDescriptor.set(points.get(pick.series()).name());
        } else if (pick.series() == 0) {
            selectedDescriptor.set(points.get(pick.point()).name());
        } else if (pick.series() == 2) {
            selectedDescriptor.set(ComplexityPoint.minimumPerComplexity(points).get(pick.point()).name());
        }
    }

    public static Figure figure(Panel which, String reference, List<ComplexityPoint> points) {
        return which == Panel.RIM_PLANE ? rimPlane(reference, points) : minimumSrim(reference, points);
    }

    // ---- (a) RIM both ways ------------------------------------------------------------------------------

    /** Seed 004 Fig. 1a: one labelled point per descriptor, coloured by complexity, with y = x. */
    public static Figure rimPlane(String reference, List<ComplexityPoint> points) {
        ColorScale scale = complexityScale(points);
        List<Series> series = new ArrayList<>();
        // the guide first: labels are placed in order, and "equivalent" belongs at (1, 1)
        List<Annotation> labels = new ArrayList<>(List.of(new Annotation("equivalent", 1, 1, Align.START, Align.END, true)));
        double lo = 1;
        double hi = 1;
        for (ComplexityPoint p : points) {
            series.add(Series.points(p.name(), new double[] {p.rimFromReference()}, new double[] {p.rimToReference()},
                    new String[] {detail(p, reference)}, scale.colour(p.complexity()), Series.Marker.CIRCLE)
                    .hiddenFromLegend());
            labels.add(new Annotation(p.name(), p.rimFromReference(), p.rimToReference(), Align.START, Align.START, false));
            lo = Math.min(lo, Math.min(p.rimFromReference(), p.rimToReference()));
            hi = Math.max(hi, Math.max(p.rimFromReference(), p.rimToReference()));
        }
        double span = Math.max(hi - lo, 0.05);
        double min = lo - 0.04 * span;
        double max = hi + 0.1 * span;
        AxisSpec x = AxisSpec.linear("RIM(" + reference + " → Σ)", min, max);
        AxisSpec y = AxisSpec.linear("RIM(Σ → " + reference + ")", min, max);
        ReferenceLine diagonal = new ReferenceLine(min, min, max, max, "y = x");
        String subtitle = String.format(Locale.ROOT, "%d descriptors; x: inferring Σ from %s, y: inferring %s from Σ",
                points.size(), reference, reference);
        return new Figure("Rank information imbalance against " + reference, subtitle, x, y, List.of(), series,
                List.of(diagonal), labels, List.of(), Figure.Legend.NONE, 470, 420,
                new ColourKey(scale, "complexity d(s)/d(a)"));
    }

    // ---- (b) minimum SRIM against complexity ------------------------------------------------------------

    /** Seed 004 Fig. 1b: SRIM to the reference against complexity, per-complexity minima and the lower envelope. */
    public static Figure minimumSrim(String reference, List<ComplexityPoint> points) {
        List<ComplexityPoint.EnvelopeStep> envelope = ComplexityPoint.lowerEnvelope(points);
        List<ComplexityPoint> minima = ComplexityPoint.minimumPerComplexity(points);
        int maxComplexity = points.stream().mapToInt(ComplexityPoint::complexity).max().orElse(1);
        int minComplexity = points.stream().mapToInt(ComplexityPoint::complexity).min().orElse(1);
        boolean logX = (double) maxComplexity / minComplexity >= LOG_SPAN;

        double[] ax = new double[points.size()];
        double[] ay = new double[points.size()];
        String[] al = new String[points.size()];
        double lo = 1;
        double hi = 1;
        for (int i = 0; i < points.size(); i++) {
            ComplexityPoint p = points.get(i);
            ax[i] = p.complexity();
            ay[i] = p.srim();
            al[i] = detail(p, reference);
            if (Double.isFinite(p.srim())) {
                lo = Math.min(lo, p.srim());
                hi = Math.max(hi, p.srim());
            }
        }
        Series all = new Series("every descriptor", ax, ay, al, FAINT, Series.Marker.CIRCLE, false, false, 0.5, true, true);
        Series steps = envelopeLine(envelope, maxComplexity);

        Set<String> onEnvelope = new HashSet<>();
        for (ComplexityPoint.EnvelopeStep step : envelope) {
            onEnvelope.add(step.name());
        }
        double[] mx = new double[minima.size()];
        double[] my = new double[minima.size()];
        String[] ml = new String[minima.size()];
        List<Annotation> labels = new ArrayList<>();
        for (int i = 0; i < minima.size(); i++) {
            ComplexityPoint p = minima.get(i);
            mx[i] = p.complexity();
            my[i] = p.srim();
            ml[i] = detail(p, reference);
            if (onEnvelope.contains(p.name())) {
                labels.add(new Annotation(p.name(), p.complexity(), p.srim(), Align.START, Align.START, false));
            }
        }
        Series least = Series.points("least SRIM at each complexity", mx, my, ml, PlotStyle.seriesColour(1),
                Series.Marker.DIAMOND);

        double span = Math.max(hi - lo, 0.05);
        AxisSpec x = logX ? AxisSpec.log("complexity d(s)/d(a)", Math.max(0.5, minComplexity / 1.5), maxComplexity * 1.5)
                : AxisSpec.linear("complexity d(s)/d(a)", 0, maxComplexity + Math.max(1, 0.06 * maxComplexity));
        AxisSpec y = AxisSpec.linear("SRIM(" + reference + ", Σ)", lo - 0.04 * span, hi + 0.08 * span);
        ReferenceLine floor = ReferenceLine.horizontal(1, x.min(), x.max(), "SRIM = 1");
        String subtitle = String.format(Locale.ROOT, "%d descriptors; envelope: least SRIM at this complexity or below",
                points.size());
        return new Figure("Minimum SRIM against " + reference + " by complexity", subtitle, x, y, List.of(),
                List.of(all, steps, least), List.of(floor), labels, List.of(), Figure.Legend.TOP_RIGHT, 470, 400);
    }

    /** The running minimum as a staircase: level until the next complexity, then down. */
    private static Series envelopeLine(List<ComplexityPoint.EnvelopeStep> envelope, int maxComplexity) {
        List<double[]> corners = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < envelope.size(); i++) {
            ComplexityPoint.EnvelopeStep step = envelope.get(i);
            double end = i + 1 < envelope.size() ? envelope.get(i + 1).complexity() : maxComplexity;
            String label = String.format(Locale.ROOT, "complexity ≥ %d: least SRIM %s (%s)", step.complexity(),
                    Numbers.exact(step.srim()), step.name());
            corners.add(new double[] {step.complexity(), step.srim()});
            labels.add(label);
            corners.add(new double[] {end, step.srim()});
            labels.add(label);
        }
        double[] x = corners.stream().mapToDouble(c -> c[0]).toArray();
        double[] y = corners.stream().mapToDouble(c -> c[1]).toArray();
        return new Series("lower envelope", x, y, labels.toArray(String[]::new), PlotStyle.seriesColour(0),
                Series.Marker.NONE, true, false, 1, true, false);
    }

    // ---- shared ---------------------------------------------------------------------------------------

    private static ColorScale complexityScale(List<ComplexityPoint> points) {
        int min = points.stream().mapToInt(ComplexityPoint::complexity).min().orElse(1);
        int max = points.stream().mapToInt(ComplexityPoint::complexity).max().orElse(1);
        return new ColorScale(min, max, (double) max / min >= LOG_SPAN);
    }

    private static String detail(ComplexityPoint p, String reference) {
        return String.format(Locale.ROOT, "complexity %d; RIM(%s → %s) = %s, RIM(%s → %s) = %s, SRIM = %s",
                p.complexity(), reference, p.name(), Numbers.exact(p.rimFromReference()), p.name(), reference,
                Numbers.exact(p.rimToReference()), Numbers.exact(p.srim()));
    }
}
