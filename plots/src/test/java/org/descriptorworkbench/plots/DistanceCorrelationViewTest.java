package org.descriptorworkbench.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.dataset.DataSet;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import org.descriptorworkbench.analysis.correlation.CorrelationResult;
import org.descriptorworkbench.plots.chart.FigureChart;
import org.descriptorworkbench.plots.export.FigureExport;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.HeatMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class DistanceCorrelationViewTest {

    private static CorrelationResult result;
    /** The sampled pairs as the distance mode draws them: each unordered pair once. */
    private static List<CorrelationResult.SampledPair> drawnSample;

    @TempDir
    Path dir;

    @BeforeAll
    static void compute() {
        result = Results.correlation();
        drawnSample = DistanceCorrelationView.shownSample(result, DistanceCorrelationView.Mode.DISTANCE);
    }

    private DistanceCorrelationView shown() throws Exception {
        DistanceCorrelationView view = Fx.call(DistanceCorrelationView::new);
        Fx.run(() -> view.show(result, Results.REFERENCE, Results.COMPRESSED));
        Fx.show(view, 700, 620);
        return view;
    }

    @Test
    void heatMapHoldsEveryUnorderedPairOnce() {
        Figure figure = DistanceCorrelationView.figure(result, "A", "B", DistanceCorrelationView.Mode.DISTANCE, true);
        HeatMap density = figure.heatMaps().get(0);
        double total = 0;
        for (double[] column : density.values()) {
            for (double v : column) {
                total += v;
            }
        }
        assertEquals(Results.N * (Results.N - 1) / 2.0, total);
        assertTrue(density.scale().log(), "density colour scale is logarithmic");
    }

    @Test
    void rankModeCountsOrderedPairsAndPlacesSampleAtScaledRanks() {
        Figure figure = DistanceCorrelationView.figure(result, "A", "B", DistanceCorrelationView.Mode.RANK, true);
        double total = 0;
        for (double[] column : figure.heatMaps().get(0).values()) {
            for (double v : column) {
                total += v;
            }
        }
        assertEquals(Results.N * (Results.N - 1.0), total);
        CorrelationResult.SampledPair first = result.sample().get(0);
        assertEquals(first.rankA() / (Results.N - 1.0), figure.series().get(0).x()[0]);
        assertEquals(first.rankB() / (Results.N - 1.0), figure.series().get(0).y()[0]);
    }

    @Test
    void chartShowsSampleAndDisagreementDataSets() throws Exception {
        DistanceCorrelationView view = shown();
        List<DataSet> sets = Fx.call(() -> view.chart().orElseThrow().seriesDataSets());
        assertEquals(2, sets.size());
        assertEquals(DistanceCorrelationView.SAMPLE_SERIES, sets.get(0).getName());
        assertEquals(drawnSample.size(), sets.get(0).getDataCount());
        assertEquals(result.topDisagreements().size(), sets.get(1).getDataCount());
        assertEquals(drawnSample.get(3).distanceB(), sets.get(0).get(DataSet.DIM_Y, 3));
    }

    @Test
    void subtitleReportsBothCorrelationCoefficients() {
        Figure figure = DistanceCorrelationView.figure(result, "A", "B", DistanceCorrelationView.Mode.DISTANCE, false);
        assertTrue(figure.subtitle().contains(String.format(java.util.Locale.ROOT, "%.4f", result.pearson())));
        assertTrue(figure.subtitle().contains(String.format(java.util.Locale.ROOT, "%.4f", result.spearman())));
    }

    @Test
    void hidingTheSampleRemovesItsDataSet() throws Exception {
        DistanceCorrelationView view = shown();
        Fx.run(() -> view.showSampleProperty().set(false));
        List<DataSet> sets = Fx.call(() -> view.chart().orElseThrow().seriesDataSets());
        assertEquals(1, sets.size());
        assertEquals(DistanceCorrelationView.DISAGREEMENT_SERIES, sets.get(0).getName());
    }

    @Test
    void clickingASampledPointReportsItsPair() throws Exception {
        DistanceCorrelationView view = shown();
        Fx.run(() -> view.showSampleProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents(5);
        int target = isolatedSamplePoint(view.figure());
        AtomicReference<EnvironmentPair> heard = new AtomicReference<>();
        Fx.run(() -> view.addPairListener(heard::set));
        FigureChart chart = Fx.call(() -> view.chart().orElseThrow());
        Point2D at = Fx.call(() -> chart.screenPosition(0, target).orElseThrow());
        new FxRobot().clickOn(at);
        WaitForAsyncUtils.waitForFxEvents(5);
        CorrelationResult.SampledPair expected = drawnSample.get(target);
        assertEquals(new EnvironmentPair(expected.i(), expected.j()), heard.get());
        assertEquals(heard.get(), view.selectedPairProperty().get());
    }

    @Test
    void hoveringASampledPointShowsItsPairAndExactDistances() throws Exception {
        DistanceCorrelationView view = shown();
        int target = isolatedSamplePoint(view.figure());
        FigureChart chart = Fx.call(() -> view.chart().orElseThrow());
        Point2D at = Fx.call(() -> chart.screenPosition(0, target).orElseThrow());
        new FxRobot().moveTo(at);
        WaitForAsyncUtils.waitForFxEvents(5);
        String text = Fx.call(() -> chart.readoutText().orElse(""));
        CorrelationResult.SampledPair p = drawnSample.get(target);
        assertTrue(text.contains("(" + p.i() + ", " + p.j() + ")"), text);
        assertTrue(text.contains(Double.toString(p.distanceA())), text);
        assertTrue(text.contains(Double.toString(p.distanceB())), text);
    }

    @Test
    void hoveringAnEmptyAreaOfTheDensityShowsTheCellCount() throws Exception {
        DistanceCorrelationView view = shown();
        Fx.run(() -> view.showSampleProperty().set(false));
        // the toggle replaces the chart: let it be laid out before asking where it is on screen
        WaitForAsyncUtils.waitForFxEvents(5);
        FigureChart chart = Fx.call(() -> view.chart().orElseThrow());
        Point2D at = Fx.call(() -> chart.chart().getCanvas().localToScreen(chart.chart().getXAxis().getDisplayPosition(0.9),
                chart.chart().getYAxis().getDisplayPosition(0.1)));
        new FxRobot().moveTo(at);
        WaitForAsyncUtils.waitForFxEvents(5);
        String text = Fx.call(() -> chart.readoutText().orElse(""));
        assertTrue(text.contains("pairs per cell = 0"), text);
    }

    @Test
    void draggingZoomsAndExportShowsTheZoomedRangeWhileCsvKeepsAllData() throws Exception {
        DistanceCorrelationView view = shown();
        FigureChart chart = Fx.call(() -> view.chart().orElseThrow());
        Point2D from = Fx.call(() -> chart.chart().getCanvas().localToScreen(chart.chart().getXAxis().getDisplayPosition(0.2),
                chart.chart().getYAxis().getDisplayPosition(0.6)));
        Point2D to = Fx.call(() -> chart.chart().getCanvas().localToScreen(chart.chart().getXAxis().getDisplayPosition(0.6),
                chart.chart().getYAxis().getDisplayPosition(0.2)));
        new FxRobot().drag(from, javafx.scene.input.MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents(10);
        Figure visible = Fx.call(chart::visibleFigure);
        assertEquals(0.2, visible.x().min(), 0.03);
        assertEquals(0.6, visible.x().max(), 0.03);
        assertEquals(0.2, visible.y().min(), 0.03);
        Path csv = dir.resolve("zoomed.csv");
        Fx.run(() -> view.export(csv, 0));
        assertEquals(result.bins() * result.bins() + drawnSample.size() + result.topDisagreements().size(),
                ExportChecks.csvRows(csv).size());
    }

    @Test
    void shiftDraggingARectangleReportsEveryPairInside() throws Exception {
        DistanceCorrelationView view = shown();
        AtomicReference<List<EnvironmentPair>> heard = new AtomicReference<>();
        Fx.run(() -> view.addPairsListener(heard::set));
        FigureChart chart = Fx.call(() -> view.chart().orElseThrow());
        Point2D from = Fx.call(() -> chart.chart().getCanvas().localToScreen(chart.chart().getXAxis().getDisplayPosition(0.2),
                chart.chart().getYAxis().getDisplayPosition(0.5)));
        Point2D to = Fx.call(() -> chart.chart().getCanvas().localToScreen(chart.chart().getXAxis().getDisplayPosition(0.5),
                chart.chart().getYAxis().getDisplayPosition(0.2)));
        FxRobot robot = new FxRobot();
        robot.press(javafx.scene.input.KeyCode.SHIFT);
        try {
            robot.drag(from, javafx.scene.input.MouseButton.PRIMARY).dropTo(to);
        } finally {
            robot.release(javafx.scene.input.KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents(5);
        java.util.Set<EnvironmentPair> expected = new java.util.LinkedHashSet<>();
        for (CorrelationResult.SampledPair p : drawnSample) {
            if (within(p.distanceA(), 0.2, 0.5) && within(p.distanceB(), 0.2, 0.5)) {
                expected.add(new EnvironmentPair(p.i(), p.j()));
            }
        }
        for (CorrelationResult.DisagreeingPair p : result.topDisagreements()) {
            if (within(p.distanceA(), 0.2, 0.5) && within(p.distanceB(), 0.2, 0.5)) {
                expected.add(new EnvironmentPair(p.i(), p.j()));
            }
        }
        assertTrue(expected.size() > 5, "the rectangle should hold several pairs");
        // pixel rounding may move a point on the rectangle's edge in or out
        java.util.Set<EnvironmentPair> got = new java.util.HashSet<>(heard.get());
        java.util.Set<EnvironmentPair> missing = new java.util.HashSet<>(expected);
        missing.removeAll(got);
        java.util.Set<EnvironmentPair> extra = new java.util.HashSet<>(got);
        extra.removeAll(expected);
        assertTrue(missing.size() + extra.size() <= 2, "missing " + missing + ", extra " + extra);
        Figure visible = Fx.call(chart::visibleFigure);
        assertEquals(0.0, visible.x().min(), 1e-9, "a Shift-drag selects without zooming");
    }

    /** 20 environments with every one of the 380 ordered pairs in the sample: each unordered pair sampled both ways. */
    private static CorrelationResult everyPairSampled() {
        return new org.descriptorworkbench.analysis.correlation.DistanceCorrelation(Results.random(20, 3, 1),
                Results.random(20, 3, 2), 10, 1000, 5, 1L).run(org.descriptorworkbench.task.Progress.none());
    }

    /** What a Shift-drag rectangle over the whole plot area reports, in the given mode. */
    private List<EnvironmentPair> rectangleOverEverything(CorrelationResult r, DistanceCorrelationView.Mode mode) throws Exception {
        DistanceCorrelationView view = Fx.call(DistanceCorrelationView::new);
        Fx.run(() -> {
            view.modeProperty().set(mode);
            view.show(r, "A", "B");
        });
        Fx.show(view, 700, 620);
        AtomicReference<List<EnvironmentPair>> heard = new AtomicReference<>();
        Fx.run(() -> view.addPairsListener(heard::set));
        FigureChart chart = Fx.call(() -> view.chart().orElseThrow());
        FxRobot robot = new FxRobot();
        robot.press(javafx.scene.input.KeyCode.SHIFT);
        try {
            // a pixel inside the plot area's corners: a drag must start on the plot
            Point2D topLeft = Fx.call(() -> chart.chart().getCanvas().localToScreen(
                    chart.chart().getXAxis().getDisplayPosition(0) + 1, chart.chart().getYAxis().getDisplayPosition(1) + 1));
            Point2D bottomRight = Fx.call(() -> chart.chart().getCanvas().localToScreen(
                    chart.chart().getXAxis().getDisplayPosition(1) - 1, chart.chart().getYAxis().getDisplayPosition(0) - 1));
            robot.drag(topLeft, javafx.scene.input.MouseButton.PRIMARY).dropTo(bottomRight);
        } finally {
            robot.release(javafx.scene.input.KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents(5);
        return heard.get();
    }

    @Test
    void aRectangleOverEveryPointInDistanceModeReportsEachUnorderedPairOnce() throws Exception {
        CorrelationResult r = everyPairSampled();
        assertEquals(20 * 19, r.sample().size(), "the fixture samples every ordered pair");
        List<EnvironmentPair> got = rectangleOverEverything(r, DistanceCorrelationView.Mode.DISTANCE);
        java.util.Set<EnvironmentPair> unordered = new java.util.HashSet<>();
        for (EnvironmentPair p : got) {
            assertTrue(unordered.add(new EnvironmentPair(Math.min(p.i(), p.j()), Math.max(p.i(), p.j()))),
                    "pair " + p + " reported twice");
        }
        // the pairs at the largest distance A or B lie on the plot's edge, outside the rectangle
        assertTrue(got.size() >= 20 * 19 / 2 - 2 && got.size() <= 20 * 19 / 2, "got " + got.size() + " pairs");
    }

    @Test
    void aRectangleOverEveryPointInRankModeReportsOrderedPairs() throws Exception {
        List<EnvironmentPair> got = rectangleOverEverything(everyPairSampled(), DistanceCorrelationView.Mode.RANK);
        java.util.Set<EnvironmentPair> pairs = new java.util.HashSet<>(got);
        long bothWays = got.stream().filter(p -> pairs.contains(new EnvironmentPair(p.j(), p.i()))).count();
        // each environment's farthest neighbour has rank N − 1, drawn on the plot's edge outside the rectangle
        assertTrue(got.size() > 20 * 19 / 2 && got.size() >= 20 * 19 - 2 * 20, "got " + got.size() + " ordered pairs");
        assertTrue(bothWays >= 20 * 19 - 4 * 20, "pairs reported both ways: " + bothWays);
    }

    @Test
    void ctrlDraggingALassoReportsThePairsInsideWithTheDistancesTheyAreDrawnAt() throws Exception {
        DistanceCorrelationView view = shown();
        AtomicReference<List<DistanceCorrelationView.PlottedPair>> heard = new AtomicReference<>();
        Fx.run(() -> view.addPlottedPairsListener(heard::set));
        FigureChart chart = Fx.call(() -> view.chart().orElseThrow());
        double[][] corners = {{0.1, 0.1}, {0.7, 0.1}, {0.1, 0.7}};
        FxRobot robot = new FxRobot();
        robot.press(javafx.scene.input.KeyCode.CONTROL);
        try {
            robot.drag(screenOf(chart, corners[0]), javafx.scene.input.MouseButton.PRIMARY);
            robot.moveTo(screenOf(chart, corners[1]));
            robot.moveTo(screenOf(chart, corners[2]));
            robot.moveTo(screenOf(chart, corners[0]));
            robot.drop();
        } finally {
            robot.release(javafx.scene.input.KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents(5);
        java.util.Map<EnvironmentPair, double[]> drawn = new java.util.HashMap<>();
        for (CorrelationResult.SampledPair p : drawnSample) {
            drawn.put(new EnvironmentPair(p.i(), p.j()), new double[] {p.distanceA(), p.distanceB()});
        }
        for (CorrelationResult.DisagreeingPair p : result.topDisagreements()) {
            drawn.put(new EnvironmentPair(p.i(), p.j()), new double[] {p.distanceA(), p.distanceB()});
        }
        // pixel rounding may move a point within a pixel of the outline in or out: count both ways
        long surely = drawn.values().stream().filter(d -> d[0] > 0.105 && d[1] > 0.105 && d[0] + d[1] < 0.795).count();
        long atMost = drawn.values().stream().filter(d -> d[0] >= 0.095 && d[1] >= 0.095 && d[0] + d[1] <= 0.805).count();
        assertTrue(surely > 5, "the triangle should hold several pairs");
        List<DistanceCorrelationView.PlottedPair> got = heard.get();
        assertTrue(got.size() >= surely && got.size() <= atMost, "got " + got.size() + ", expected " + surely + " to " + atMost);
        for (DistanceCorrelationView.PlottedPair p : got) {
            assertArrayEquals(drawn.get(p.pair()), new double[] {p.x(), p.y()}, 0.0, p.toString());
            assertTrue(p.x() >= 0.095 && p.y() >= 0.095 && p.x() + p.y() <= 0.805, "inside the triangle: " + p);
        }
    }

    private static Point2D screenOf(FigureChart chart, double[] xy) throws Exception {
        return Fx.call(() -> chart.chart().getCanvas().localToScreen(chart.chart().getXAxis().getDisplayPosition(xy[0]),
                chart.chart().getYAxis().getDisplayPosition(xy[1])));
    }

    private static boolean within(double v, double lo, double hi) {
        return v >= lo && v <= hi;
    }

    /** A sampled point with no other plotted point near it, so the click is unambiguous. */
    private static int isolatedSamplePoint(Figure figure) {
        double best = -1;
        int bestIndex = 0;
        var sample = figure.series().get(0);
        for (int i = 0; i < sample.size(); i++) {
            double nearest = Double.MAX_VALUE;
            for (var s : figure.series()) {
                for (int j = 0; j < s.size(); j++) {
                    if (s == sample && j == i) {
                        continue;
                    }
                    nearest = Math.min(nearest, Math.hypot(s.x()[j] - sample.x()[i], s.y()[j] - sample.y()[i]));
                }
            }
            boolean inside = sample.x()[i] > 0.1 && sample.x()[i] < 0.9 && sample.y()[i] > 0.1 && sample.y()[i] < 0.9;
            if (inside && nearest > best) {
                best = nearest;
                bestIndex = i;
            }
        }
        return bestIndex;
    }

    @Test
    void exportsSvgPdfPngAndCsvOfTheShownFigure() throws Exception {
        DistanceCorrelationView view = shown();
        Figure figure = view.figure();
        Path svg = dir.resolve("corr.svg");
        Path pdf = dir.resolve("corr.pdf");
        Path png = dir.resolve("corr.png");
        Path csv = dir.resolve("corr.csv");
        Fx.run(() -> {
            view.export(svg, 0);
            view.export(pdf, 0);
            view.export(png, 200);
            view.export(csv, 0);
        });
        List<String> texts = ExportChecks.svgTexts(svg);
        assertTrue(texts.stream().anyMatch(t -> t.contains("distance / max distance")), "x axis label in SVG: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.contains("Distance–distance correlation")), "title in SVG");
        assertTrue(ExportChecks.svgCount(svg, "rect") > 50, "heat-map cells are vector rectangles");
        assertEquals(1, ExportChecks.pdfPages(pdf, figure));
        ExportChecks.png(png, figure, 200);
        int cells = result.bins() * result.bins();
        int points = drawnSample.size() + result.topDisagreements().size();
        assertEquals(cells + points, ExportChecks.csvRows(csv).size());
    }

    @Test
    void writesExampleImages() throws Exception {
        Path out = ExportChecks.docsDirectory();
        FigureExport.png(DistanceCorrelationView.figure(result, Results.REFERENCE, Results.COMPRESSED,
                DistanceCorrelationView.Mode.DISTANCE, true), out.resolve("plots-distance-correlation.png"), 110);
        FigureExport.png(DistanceCorrelationView.figure(result, Results.REFERENCE, Results.COMPRESSED,
                DistanceCorrelationView.Mode.RANK, false), out.resolve("plots-rank-correlation.png"), 110);
        assertTrue(java.nio.file.Files.size(out.resolve("plots-distance-correlation.png")) < 300_000);
        DistanceCorrelationView view = shown();
        Fx.snapshot(view, ExportChecks.lookDirectory().resolve("screen-distance-correlation.png"));
        Path pdf = ExportChecks.lookDirectory().resolve("distance-correlation.pdf");
        FigureExport.pdf(view.figure(), pdf);
        ExportChecks.renderPdf(pdf, ExportChecks.lookDirectory().resolve("pdf-distance-correlation.png"));
    }
}
