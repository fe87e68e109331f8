package org.descriptorworkbench.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.dataset.DataSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.descriptorworkbench.analysis.sensitivity.CentreChoice;
import org.descriptorworkbench.analysis.sensitivity.EnvironmentSpectrum;
import org.descriptorworkbench.analysis.sensitivity.SensitivityAnalysis;
import org.descriptorworkbench.analysis.sensitivity.SensitivityResult;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.plots.SensitivitySpectrumView.Panel;
import org.descriptorworkbench.plots.SensitivitySpectrumView.Spectra;
import org.descriptorworkbench.plots.export.FigureExport;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sensitivity spectra (seed 000 §IV D, Figs. 9 and S4) of real results: SOAP and its μ = 2 compression on
 * four environments of a small random C/O cluster, computed here with {@link SensitivityAnalysis}.
 */
class SensitivitySpectrumViewTest {

    static final String SOAP = "soap(r_cut=3, n_max=4, l_max=4, sigma=0.3)";
    static final String MU2 = "soap(r_cut=3, n_max=4, l_max=4, sigma=0.3, compression=mu2)";
    static final int[] CENTRES = {0, 2, 4, 6};

    private static Spectra reference;
    private static Spectra compressed;

    @TempDir
    Path dir;

    @BeforeAll
    static void compute() {
        Structure cluster = cluster(3, 14, 5.5, new int[] {6, 8});
        Dataset dataset = new Dataset("cluster", List.of(cluster));
        reference = new Spectra("ν = 2", analyse(dataset, SOAP));
        compressed = new Spectra("μ = 2", analyse(dataset, MU2));
    }

    private static SensitivityResult analyse(Dataset dataset, String spec) {
        return new SensitivityAnalysis(dataset, DescriptorCatalog.create(DescriptorCatalog.parse(spec), new int[] {6, 8}),
                CentreChoice.atoms(dataset, 0, CENTRES)).run(Progress.none());
    }

    /** {@code atoms} atoms of the given species in turn in a cube of side {@code box} Å, no two closer than 1.5 Å (fixed seed). */
    static Structure cluster(long seed, int atoms, double box, int[] species) {
        Random random = new Random(seed);
        int[] numbers = new int[atoms];
        double[] positions = new double[3 * atoms];
        for (int i = 0; i < atoms; i++) {
            numbers[i] = species[i % species.length];
            boolean placed = false;
            while (!placed) {
                for (int c = 0; c < 3; c++) {
                    positions[3 * i + c] = random.nextDouble() * box;
                }
                placed = true;
                for (int j = 0; j < i && placed; j++) {
                    double d2 = 0;
                    for (int c = 0; c < 3; c++) {
                        double d = positions[3 * i + c] - positions[3 * j + c];
                        d2 += d * d;
                    }
                    placed = d2 > 1.5 * 1.5;
                }
            }
        }
        return Structure.cluster(numbers, positions);
    }

    private static List<Spectra> both() {
        return List.of(reference, compressed);
    }

    @Test
    void drawsOneLinePerEnvironmentAndDescriptorWithoutTheSixSmallest() throws Exception {
        SensitivitySpectrumView view = Fx.call(SensitivitySpectrumView::new);
        Fx.run(() -> view.show(both(), 0, Panel.SPECTRA));
        Fx.show(view, 640, 520);
        List<DataSet> sets = Fx.call(() -> view.chart().orElseThrow().seriesDataSets());
        assertEquals(2 * CENTRES.length, sets.size());
        for (int d = 0; d < 2; d++) {
            for (int e = 0; e < CENTRES.length; e++) {
                EnvironmentSpectrum env = both().get(d).result().environments().get(e);
                DataSet set = sets.get(d * CENTRES.length + e);
                assertEquals(env.degreesOfFreedom() - 6, set.getDataCount());
                assertEquals(7, set.get(DataSet.DIM_X, 0), "the first drawn eigenvalue is the seventh");
                assertEquals(Math.max(env.normalised()[6], 1e-12), set.get(DataSet.DIM_Y, 0));
                assertEquals(1.0, set.get(DataSet.DIM_Y, set.getDataCount() - 1), 1e-12);
            }
        }
    }

    @Test
    void eachDescriptorHasOneColourAndOneLegendEntry() {
        Figure figure = SensitivitySpectrumView.spectraFigure(both());
        assertEquals(2, figure.legendSeries().size());
        assertEquals("ν = 2 (4 environments)", figure.legendSeries().get(0).name());
        List<Series> mu2 = figure.series().subList(CENTRES.length, 2 * CENTRES.length);
        assertTrue(mu2.stream().allMatch(s -> s.colour() == PlotStyle.seriesColour(1)));
        assertTrue(figure.series().get(0).colour() != PlotStyle.seriesColour(1));
    }

    @Test
    void spectraAreOnALogAxisWithTheZeroThresholdDrawn() {
        Figure figure = SensitivitySpectrumView.spectraFigure(both());
        assertTrue(figure.y().log());
        ReferenceLine zero = figure.lines().get(0);
        assertEquals(SensitivityAnalysis.ZERO_THRESHOLD, zero.y1());
        assertTrue(figure.y().min() < SensitivityAnalysis.ZERO_THRESHOLD, "the zero threshold is above the frame");
    }

    @Test
    void notesCountTheZeroModesOfEveryEnvironment() {
        Figure figure = SensitivitySpectrumView.spectraFigure(both());
        assertEquals(List.of("zero modes per environment (λ < 1e-12 λ_max):"), figure.notes().subList(0, 1));
        int[] counts = compressed.result().zeroModeCounts();
        String note = figure.notes().get(2);
        assertTrue(note.startsWith("μ = 2: "), note);
        for (int count : counts) {
            assertTrue(note.contains(count + " in "), note + " lacks " + count);
        }
        for (int count : reference.result().zeroModeCounts()) {
            assertTrue(figure.notes().get(1).contains(count + " in "), figure.notes().get(1));
        }
    }

    @Test
    void hoverTextGivesTheEnvironmentAndTheExactEigenvalue() {
        Figure figure = SensitivitySpectrumView.spectraFigure(both());
        EnvironmentSpectrum env = reference.result().environments().get(1);
        Series s = figure.series().get(1);
        String text = s.describe(0, figure.x().label(), figure.y().label());
        assertTrue(text.contains("structure 0 atom 2"), text);
        assertTrue(text.contains("λ = " + org.descriptorworkbench.plots.figure.Numbers.exact(env.eigenvalues()[6])), text);
    }

    @Test
    void scatterPairsEveryDrawnEigenvalueWithTheReferencesAndDrawsTheDiagonal() throws Exception {
        SensitivitySpectrumView view = Fx.call(SensitivitySpectrumView::new);
        Fx.run(() -> view.show(both(), 0, Panel.AGAINST_REFERENCE));
        Fx.show(view, 640, 640);
        List<DataSet> sets = Fx.call(() -> view.chart().orElseThrow().seriesDataSets());
        assertEquals(1, sets.size(), "one point series per non-reference descriptor");
        int expected = 0;
        for (EnvironmentSpectrum env : compressed.result().environments()) {
            expected += env.degreesOfFreedom() - 6;
        }
        assertEquals(expected, sets.get(0).getDataCount());
        EnvironmentSpectrum ref = reference.result().environments().get(0);
        EnvironmentSpectrum mu2 = compressed.result().environments().get(0);
        assertEquals(1.0, sets.get(0).get(DataSet.DIM_X, 0), 1e-12);
        assertEquals(Math.max(ref.normalised()[ref.degreesOfFreedom() - 2], 1e-12), sets.get(0).get(DataSet.DIM_X, 1));
        assertEquals(Math.max(mu2.normalised()[mu2.degreesOfFreedom() - 2], 1e-12), sets.get(0).get(DataSet.DIM_Y, 1));
        Figure figure = view.figure();
        assertTrue(figure.x().log() && figure.y().log());
        ReferenceLine diagonal = figure.lines().get(0);
        assertEquals("y = x", diagonal.label());
        assertEquals(diagonal.x1(), diagonal.y1());
        assertEquals(diagonal.x2(), diagonal.y2());
        assertEquals(figure.x().min(), figure.y().min());
        assertEquals(figure.x().max(), figure.y().max());
        assertEquals(3, figure.notes().size(), "heading, zero modes of the reference and of the compression");
    }

    @Test
    void pickingALineOrAPointSelectsItsEnvironment() throws Exception {
        SensitivitySpectrumView view = Fx.call(SensitivitySpectrumView::new);
        Fx.run(() -> view.show(both(), 0, Panel.SPECTRA));
        Fx.run(() -> view.picked(new org.descriptorworkbench.plots.chart.FigureChart.Pick(CENTRES.length + 2, 3)));
        assertEquals(new org.descriptorworkbench.analysis.sensitivity.Centre(0, CENTRES[2]),
                view.selectedEnvironmentProperty().get(), "third line of the second descriptor");
        Fx.run(() -> view.panelProperty().set(Panel.AGAINST_REFERENCE));
        EnvironmentSpectrum first = compressed.result().environments().get(0);
        int firstCount = first.degreesOfFreedom() - 6;
        Fx.run(() -> view.picked(new org.descriptorworkbench.plots.chart.FigureChart.Pick(0, firstCount)));
        assertEquals(new org.descriptorworkbench.analysis.sensitivity.Centre(0, CENTRES[1]),
                view.selectedEnvironmentProperty().get(), "the first point after the first environment's pairs");
    }

    @Test
    void panelChoiceSwitchesBetweenTheTwoFigures() throws Exception {
        SensitivitySpectrumView view = Fx.call(SensitivitySpectrumView::new);
        Fx.run(() -> view.show(both(), 0, Panel.SPECTRA));
        assertEquals("Sensitivity spectra", view.figure().title());
        Fx.run(() -> view.panelProperty().set(Panel.AGAINST_REFERENCE));
        assertEquals("Sensitivity against the reference", view.figure().title());
    }

    @Test
    void withoutAReferenceOnlyTheSpectraAreOffered() throws Exception {
        SensitivitySpectrumView view = Fx.call(SensitivitySpectrumView::new);
        Fx.run(() -> view.show(List.of(compressed), -1, Panel.AGAINST_REFERENCE));
        assertEquals("Sensitivity spectra", view.figure().title());
        assertEquals(CENTRES.length, view.figure().series().size());
    }

    @Test
    void bothFiguresExportToEveryFormat() throws Exception {
        for (Figure figure : List.of(SensitivitySpectrumView.spectraFigure(both()),
                SensitivitySpectrumView.scatterFigure(reference, List.of(compressed)))) {
            for (FigureExport.Format format : FigureExport.Format.values()) {
                FigureExport.write(figure, format, dir.resolve("s." + format.name().toLowerCase()), 96);
            }
            List<String> texts = ExportChecks.svgTexts(dir.resolve("s.svg"));
            assertTrue(texts.contains(figure.x().label()), texts.toString());
            assertTrue(texts.contains(figure.notes().get(0)), texts.toString());
            assertTrue(String.join(" ", texts).contains(figure.notes().get(1).substring(0, 12)), texts.toString());
            assertEquals(1, ExportChecks.pdfPages(dir.resolve("s.pdf"), figure));
            ExportChecks.png(dir.resolve("s.png"), figure, 96);
            int points = figure.series().stream().mapToInt(Series::size).sum();
            assertEquals(points, ExportChecks.csvRows(dir.resolve("s.csv")).stream()
                    .filter(row -> row.get(1).equals("point")).count());
        }
    }

    @Test
    void writesExampleImages() throws Exception {
        Path out = ExportChecks.docsDirectory();
        FigureExport.png(SensitivitySpectrumView.spectraFigure(both()), out.resolve("plots-sensitivity-spectra.png"), 110);
        FigureExport.png(SensitivitySpectrumView.scatterFigure(reference, List.of(compressed)),
                out.resolve("plots-sensitivity-scatter.png"), 110);
        SensitivitySpectrumView view = Fx.call(SensitivitySpectrumView::new);
        Fx.run(() -> view.show(both(), 0, Panel.SPECTRA));
        Fx.show(view, 640, 520);
        Fx.snapshot(view, ExportChecks.lookDirectory().resolve("screen-sensitivity-spectra.png"));
        Fx.run(() -> view.panelProperty().set(Panel.AGAINST_REFERENCE));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        Fx.snapshot(view, ExportChecks.lookDirectory().resolve("screen-sensitivity-scatter.png"));
        assertTrue(Files.size(out.resolve("plots-sensitivity-spectra.png")) < 150_000);
        assertTrue(Files.size(out.resolve("plots-sensitivity-scatter.png")) < 150_000);
    }
}
