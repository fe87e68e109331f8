package org.descriptorworkbench.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.descriptorworkbench.analysis.pca.PrincipalComponents;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.LogRange;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;

/**
 * PCA explained-variance spectra (seed 001 Fig. 7): each component's fraction of the total variance,
 * descending, on a log scale against the component number, with the zero level (1e-12) drawn as a
 * dashed line; one curve per {@link PrincipalComponents.Result}.
 */
public final class PcaSpectrumView extends PlotView {

    /** One spectrum to draw and its label (a descriptor spec). */
    public record Spectrum(String label, PrincipalComponents.Result result) {
    }

    /** Fractions more than this far below the zero level are not drawn (they are exact zeros or noise). */
    static final double FLOOR_BELOW_ZERO_LEVEL = 1e-6;

    public PcaSpectrumView() {
        super("PCA spectra: no result yet");
    }

    public void show(List<Spectrum> spectra) {
        display(figure(spectra));
    }

    public static Figure figure(List<Spectrum> spectra) {
        List<Series> series = new ArrayList<>();
        double zeroLevel = spectra.isEmpty() ? PrincipalComponents.ZERO_LEVEL : spectra.get(0).result().zeroLevel();
        double[][] ys = new double[spectra.size() + 1][];
        int longest = 1;
        for (int s = 0; s < spectra.size(); s++) {
            PrincipalComponents.Result r = spectra.get(s).result();
            double[] f = r.explainedVarianceFraction();
            double[] x = new double[f.length];
            String[] labels = new String[f.length];
            for (int i = 0; i < f.length; i++) {
                x[i] = i + 1;
                labels[i] = String.format(Locale.ROOT, "component %d, cumulative %.6f", i + 1, r.cumulativeFraction()[i]);
            }
            longest = Math.max(longest, f.length);
            ys[s] = f;
            series.add(new Series(spectra.get(s).label() + " (" + r.componentsAboveZeroLevel() + " above zero level)",
                    x, f, labels, PlotStyle.seriesColour(s), f.length <= 80 ? Series.Marker.CIRCLE : Series.Marker.NONE,
                    true, false, 1, true, true));
        }
        ys[spectra.size()] = new double[] {zeroLevel};
        double[] range = LogRange.of(zeroLevel * FLOOR_BELOW_ZERO_LEVEL, ys);
        AxisSpec x = AxisSpec.linear("principal component", 0, longest + 1);
        // keep room under the zero level so that it reads as a line, not as the frame
        AxisSpec y = AxisSpec.log("explained variance fraction", Math.min(range[0], zeroLevel * 1e-4), range[1]);
        ReferenceLine zero = ReferenceLine.horizontal(zeroLevel, 0, longest + 1, "zero level");
        return new Figure("PCA explained-variance spectrum", null, x, y, List.of(), series, List.of(zero),
                List.<Annotation>of(), List.of(), Figure.Legend.BEST, 432, 324);
    }
}
