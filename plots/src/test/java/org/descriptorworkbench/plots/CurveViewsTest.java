package org.descriptorworkbench.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.dataset.DataSet;
import java.nio.file.Path;
import java.util.List;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.pca.PrincipalComponents;
import org.descriptorworkbench.analysis.selection.Method;
import org.descriptorworkbench.analysis.selection.Selection;
import org.descriptorworkbench.plots.export.FigureExport;
import org.descriptorworkbench.plots.figure.Figure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The selection, PCA and generic log–log curve views. */
class CurveViewsTest {

    private static RowMatrix lowRank;
    private static Selection.Result cur;
    private static Selection.Result fps;
    private static PrincipalComponents.Result pcaLowRank;
    private static PrincipalComponents.Result pcaRandom;

    @TempDir
    Path dir;

    @BeforeAll
    static void compute() {
        lowRank = Results.lowRank();
        cur = Results.selection(Method.CUR, lowRank);
        fps = Results.selection(Method.FPS, lowRank);
        pcaLowRank = Results.pca(lowRank);
        pcaRandom = Results.pca(Results.random(Results.N, 12, 5));
    }

    private static List<SelectionCurveView.Curve> selectionCurves() {
        return List.of(new SelectionCurveView.Curve("rank-4 features", cur, 12),
                new SelectionCurveView.Curve("rank-4 features", fps, 12));
    }

    private static List<PcaSpectrumView.Spectrum> spectra() {
        return List.of(new PcaSpectrumView.Spectrum("rank-4 features", pcaLowRank),
                new PcaSpectrumView.Spectrum("random features", pcaRandom));
    }

    /** Perturbation-like curves dV = c·t^p with slopes fitted here by least squares on log–log. */
    private static List<CurveView.Curve> powerCurves() {
        double[] t = new double[36];
        double[] linear = new double[36];
        double[] quadratic = new double[36];
        for (int i = 0; i < 36; i++) {
            t[i] = Math.pow(10, -8 + 7.0 * i / 35);
            linear[i] = 3 * t[i];
            quadratic[i] = 0.5 * t[i] * t[i] + 1e-3 * t[i] * t[i] * t[i];
        }
        return List.of(new CurveView.Curve("radial", t, linear, slope(t, linear)),
                new CurveView.Curve("tangential", t, quadratic, slope(t, quadratic)));
    }

    private static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] <= 1e-4) {
                mx += Math.log(x[i]);
                my += Math.log(y[i]);
                n++;
            }
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] <= 1e-4) {
                sxy += (Math.log(x[i]) - mx) * (Math.log(y[i]) - my);
                sxx += (Math.log(x[i]) - mx) * (Math.log(x[i]) - mx);
            }
        }
        return sxy / sxx;
    }

    @Test
    void selectionCurvePlotsErrorAgainstPercentSelected() throws Exception {
        SelectionCurveView view = Fx.call(SelectionCurveView::new);
        Fx.run(() -> view.show(selectionCurves()));
        Fx.show(view, 640, 480);
        List<DataSet> sets = Fx.call(() -> view.chart().orElseThrow().seriesDataSets());
        assertEquals(2, sets.size());
        assertEquals(12, sets.get(0).getDataCount());
        assertEquals(100.0 / 12, sets.get(0).get(DataSet.DIM_X, 0), 1e-12);
        assertEquals(cur.reconstructionError()[1], sets.get(0).get(DataSet.DIM_Y, 1));
        assertTrue(view.figure().y().log());
        assertTrue(view.figure().series().get(1).dashed(), "FPS is dashed");
    }

    @Test
    void selectionCurveAxisEndsAtTheSelectedPercentageRoundedUp() {
        assertEquals(100, SelectionCurveView.figure(selectionCurves()).x().max(), "all 12 of 12 selected");
        List<SelectionCurveView.Curve> few = List.of(new SelectionCurveView.Curve("rank-4 features", cur, 2325));
        assertEquals(1, SelectionCurveView.figure(few).x().max(), 1e-12, "12 of 2325 is 0.52 %, shown up to 1 %");
        List<SelectionCurveView.Curve> some = List.of(new SelectionCurveView.Curve("rank-4 features", cur, 40));
        assertEquals(50, SelectionCurveView.figure(some).x().max(), 1e-12, "12 of 40 is 30 %, shown up to 50 %");
    }

    @Test
    void selectionCurveDropsRoundingZerosFromTheLogAxisButKeepsThemInCsv() throws Exception {
        Figure figure = SelectionCurveView.figure(selectionCurves());
        assertTrue(figure.y().min() >= SelectionCurveView.FLOOR / 10);
        FigureExport.csv(figure, dir.resolve("sel.csv"));
        assertEquals(24, ExportChecks.csvRows(dir.resolve("sel.csv")).size());
    }

    @Test
    void pcaSpectrumShowsEveryComponentAndTheZeroLevel() throws Exception {
        PcaSpectrumView view = Fx.call(PcaSpectrumView::new);
        Fx.run(() -> view.show(spectra()));
        Fx.show(view, 640, 480);
        List<DataSet> sets = Fx.call(() -> view.chart().orElseThrow().seriesDataSets());
        assertEquals(pcaLowRank.explainedVarianceFraction().length, sets.get(0).getDataCount());
        assertEquals(pcaLowRank.explainedVarianceFraction()[0], sets.get(0).get(DataSet.DIM_Y, 0));
        Figure figure = view.figure();
        assertEquals(PrincipalComponents.ZERO_LEVEL, figure.lines().get(0).y1());
        assertTrue(figure.series().get(0).name().contains("4 above zero level"), figure.series().get(0).name());
    }

    @Test
    void curveLegendCarriesTheFittedSlopes() throws Exception {
        CurveView view = Fx.call(CurveView::new);
        Fx.run(() -> view.show("Perturbation", "t (Å)", "dV", powerCurves()));
        Fx.show(view, 640, 480);
        List<DataSet> sets = Fx.call(() -> view.chart().orElseThrow().seriesDataSets());
        assertEquals("radial (slope 1.00)", sets.get(0).getName());
        assertEquals("tangential (slope 2.00)", sets.get(1).getName());
        assertTrue(view.figure().x().log() && view.figure().y().log());
    }

    @Test
    void rotationStyleCurveKeepsALinearAngleAxisFromZero() {
        double[] theta = new double[20];
        double[] dv = new double[20];
        for (int i = 0; i < 20; i++) {
            theta[i] = 2 * Math.PI * (i + 1) / 20;
            dv[i] = 1e-14 * (1 + Math.sin(theta[i]) * Math.sin(theta[i]));
        }
        Figure figure = CurveView.figure("Rotation test", "θ (rad)", "‖V(θ) − V(0)‖",
                List.of(new CurveView.Curve("soap", theta, dv, null)), false);
        assertTrue(!figure.x().log() && figure.y().log());
        assertEquals(0, figure.x().min());
        assertEquals(2 * Math.PI, figure.x().max(), 1e-12);
        assertEquals("soap", figure.series().get(0).name());
    }

    @Test
    void curvesExportToEveryFormat() throws Exception {
        for (Figure figure : List.of(SelectionCurveView.figure(selectionCurves()), PcaSpectrumView.figure(spectra()),
                CurveView.figure("Perturbation", "t (Å)", "dV", powerCurves()))) {
            Path svg = dir.resolve("c.svg");
            FigureExport.svg(figure, svg);
            assertTrue(ExportChecks.svgTexts(svg).contains(figure.x().label()));
            FigureExport.pdf(figure, dir.resolve("c.pdf"));
            assertEquals(1, ExportChecks.pdfPages(dir.resolve("c.pdf"), figure));
            FigureExport.png(figure, dir.resolve("c.png"), 72);
            ExportChecks.png(dir.resolve("c.png"), figure, 72);
        }
    }

    @Test
    void writesExampleImages() throws Exception {
        Path out = ExportChecks.docsDirectory();
        FigureExport.png(SelectionCurveView.figure(selectionCurves()), out.resolve("plots-selection-curve.png"), 110);
        FigureExport.png(PcaSpectrumView.figure(spectra()), out.resolve("plots-pca-spectrum.png"), 110);
        FigureExport.png(CurveView.figure("Perturbation sensitivity", "displacement t (Å)", "‖dV‖", powerCurves()),
                out.resolve("plots-curve.png"), 110);
        SelectionCurveView view = Fx.call(SelectionCurveView::new);
        Fx.run(() -> view.show(selectionCurves()));
        Fx.show(view, 640, 480);
        Fx.snapshot(view, ExportChecks.lookDirectory().resolve("screen-selection-curve.png"));
        PcaSpectrumView pca = Fx.call(PcaSpectrumView::new);
        Fx.run(() -> pca.show(spectra()));
        Fx.show(pca, 640, 480);
        Fx.snapshot(pca, ExportChecks.lookDirectory().resolve("screen-pca-spectrum.png"));
        assertTrue(java.nio.file.Files.size(out.resolve("plots-pca-spectrum.png")) < 300_000);
    }
}
