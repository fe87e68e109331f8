package org.descriptorworkbench.gui.plots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.descriptorworkbench.analysis.sensitivity.EnvironmentSpectrum;
import org.descriptorworkbench.analysis.sensitivity.SensitivityResult;
import org.descriptorworkbench.plots.PlotStyle;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;

/**
 * The figures of seed 000 Fig. 9: the normalised sensitivity eigenvalues of every environment with the
 * six smallest (translations and rotations) omitted, per descriptor, on a log scale; and one
 * descriptor's sorted eigenvalues against the reference's, environment by environment, with y = x.
 */
public final class SensitivityFigures {
    /** The zero modes of a generic environment: three translations and three rotations. */
    public static final int OMITTED = 6;
    /** Eigenvalues shown no lower than this (normalised), so numerical zeros do not squash the scale. */
    public static final double FLOOR = 1e-16;

    private SensitivityFigures() {
    }

    /** The eigenvalues of an environment without the six smallest, ascending. */
    public static double[] kept(EnvironmentSpectrum e) {
        double[] v = e.normalised();
        return Arrays.copyOfRange(v, Math.min(OMITTED, v.length), v.length);
    }

    /** Eigenvalue number (after the omitted six) against normalised eigenvalue, all environments pooled, one series per descriptor. */
    public static Figure spectra(List<String> labels, List<SensitivityResult> results) {
        List<Series> series = new ArrayList<>();
        int maxIndex = 1;
        for (int d = 0; d < results.size(); d++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            List<String> tips = new ArrayList<>();
            for (EnvironmentSpectrum e : results.get(d).environments()) {
                double[] v = kept(e);
                for (int i = 0; i < v.length; i++) {
                    // descriptors side by side within each eigenvalue number, so their points do not hide each other
                    xs.add(i + 1.0 + 0.12 * (d - (results.size() - 1) / 2.0));
                    ys.add(Math.max(FLOOR, v[i]));
                    tips.add(String.format(Locale.ROOT, "structure %d atom %d, eigenvalue %d", e.structure(), e.atom(), i + OMITTED + 1));
                }
                maxIndex = Math.max(maxIndex, v.length);
            }
            series.add(Series.points(labels.get(d), toArray(xs), toArray(ys), tips.toArray(String[]::new),
                    PlotStyle.seriesColour(d), Series.Marker.CIRCLE).withOpacity(0.7));
        }
        return new Figure("Sensitivity spectra", "normalised eigenvalues of Λ = JᵀJ, six smallest omitted",
                AxisSpec.linear("eigenvalue number (ascending, after the six zero modes)", 0, maxIndex + 1),
                AxisSpec.log("λ / λ_max", FLOOR, 2), List.of(), series, List.of(), List.<Annotation>of(), List.of(),
                Figure.Legend.BOTTOM_RIGHT, 432, 324);
    }

    /** Descriptor B's sorted eigenvalues against the reference's, paired environment by environment, with y = x. */
    public static Figure scatter(String reference, String other, SensitivityResult ref, SensitivityResult b) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        for (int k = 0; k < Math.min(ref.environments().size(), b.environments().size()); k++) {
            EnvironmentSpectrum er = ref.environments().get(k);
            double[] x = kept(er);
            double[] y = kept(b.environments().get(k));
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                xs.add(Math.max(FLOOR, x[i]));
                ys.add(Math.max(FLOOR, y[i]));
                tips.add(String.format(Locale.ROOT, "structure %d atom %d, eigenvalue %d", er.structure(), er.atom(), i + OMITTED + 1));
            }
        }
        Series points = Series.points("eigenvalue pairs", toArray(xs), toArray(ys), tips.toArray(String[]::new),
                PlotStyle.seriesColour(0), Series.Marker.CIRCLE).withOpacity(0.7);
        return new Figure("Sorted sensitivity eigenvalues", "y = x where both descriptors are equally sensitive",
                AxisSpec.log("λ / λ_max, " + reference, FLOOR, 2), AxisSpec.log("λ / λ_max, " + other, FLOOR, 2), List.of(),
                List.of(points), List.of(new ReferenceLine(FLOOR, FLOOR, 2, 2, "y = x")), List.<Annotation>of(), List.of(),
                Figure.Legend.NONE, 400, 400);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
