package org.descriptorworkbench.gui.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.descriptorworkbench.analysis.pca.PrincipalComponents;
import org.descriptorworkbench.analysis.selection.Selection;
import org.descriptorworkbench.plots.PlotStyle;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.ColorScale;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.HeatMap;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;

/**
 * Figures of the analyses that have no dedicated view in the plots module yet: a descriptor × descriptor
 * matrix as a heat map with printed values (information imbalance Δ, GFRE, GFRD), the CUR/FPS
 * reconstruction-error curves against the percentage selected (seed 001 Figs. 6–7) and PCA
 * explained-variance spectra with the zero level (seed 001 Fig. 8).
 */
public final class AnalysisFigures {
    private AnalysisFigures() {
    }

    /**
     * A matrix over a descriptor set: cell (column j, row i) holds {@code values[i][j]}, read "row → column".
     *
     * @param labels short descriptor labels, one per row and column
     */
    public static Figure matrix(String title, String subtitle, List<String> labels, double[][] values, String valueLabel) {
        int n = labels.size();
        double[][] cells = new double[n][n];
        String[][] texts = new String[n][n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = values[i][j];
                cells[j][i] = v;
                texts[j][i] = String.format(Locale.ROOT, "%s → %s%n%s = %.5f", labels.get(i), labels.get(j), valueLabel, v);
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!(max >= min)) {
            min = 0;
            max = 1;
        }
        List<String> tags = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tags.add("D" + (i + 1));
            notes.add("D" + (i + 1) + " = " + labels.get(i));
        }
        HeatMap map = new HeatMap(valueLabel, 0.5, n + 0.5, 0.5, n + 0.5, cells, new ColorScale(Math.min(0, min), Math.max(max, 1e-12), false),
                valueLabel, texts, true, "%.3f");
        return new Figure(title, subtitle, AxisSpec.categories("to (column)", tags), AxisSpec.categories("from (row)", tags),
                List.of(map), List.of(), List.of(), List.<Annotation>of(), notes, Figure.Legend.NONE, 420, 380 + 14 * n);
    }

    /** ε(k) of CUR and FPS against the percentage of candidates selected, log y. */
    public static Figure selectionCurves(String descriptor, int candidates, List<Selection.Result> results) {
        List<Series> series = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        int k = 0;
        for (Selection.Result r : results) {
            double[] eps = r.reconstructionError();
            double[] x = new double[eps.length];
            for (int i = 0; i < eps.length; i++) {
                x[i] = 100.0 * (i + 1) / candidates;
                if (eps[i] > 0) {
                    lo = Math.min(lo, eps[i]);
                    hi = Math.max(hi, eps[i]);
                }
            }
            series.add(Series.line(r.method().toUpperCase(Locale.ROOT) + " (" + r.axis() + ")", x, eps, PlotStyle.seriesColour(k++)));
        }
        if (!(hi > 0)) {
            lo = 1e-3;
            hi = 1;
        }
        double xMax = results.isEmpty() ? 100 : 100.0 * results.get(0).reconstructionError().length / candidates;
        return new Figure("Reconstruction error of the selection", descriptor,
                AxisSpec.linear("% of " + (results.isEmpty() ? "candidates" : results.get(0).axis()) + " selected", 0, Math.max(xMax, 1e-9)),
                AxisSpec.log("ε(k)", Math.max(lo / 2, 1e-16), hi * 2), List.of(), series, List.of(), List.<Annotation>of(),
                List.of(), Figure.Legend.TOP_RIGHT, 430, 340);
    }

    /** The PCA explained-variance fractions per component (log y) with the zero level. */
    public static Figure pcaSpectrum(String descriptor, PrincipalComponents.Result pca) {
        double[] f = pca.explainedVarianceFraction();
        double[] x = new double[f.length];
        double lo = pca.zeroLevel();
        for (int i = 0; i < f.length; i++) {
            x[i] = i + 1;
            if (f[i] > 0) {
                lo = Math.min(lo, f[i]);
            }
        }
        // numerical zeros far below the zero level would squash the spectrum: show two decades under it
        lo = Math.max(lo, pca.zeroLevel() / 100);
        Series spectrum = Series.line("explained variance", x, f, PlotStyle.seriesColour(0)).withMarker(Series.Marker.CIRCLE);
        String subtitle = String.format(Locale.ROOT, "%s   %d components above the zero level", descriptor,
                pca.componentsAboveZeroLevel());
        return new Figure("PCA explained-variance spectrum", subtitle,
                AxisSpec.linear("component", 0, Math.max(2, f.length + 1)), AxisSpec.log("fraction of variance", lo / 10, 2),
                List.of(), List.of(spectrum), List.of(ReferenceLine.horizontal(pca.zeroLevel(), 0, f.length + 1, "zero level")),
                List.<Annotation>of(), List.of(), Figure.Legend.TOP_RIGHT, 430, 340);
    }
}
