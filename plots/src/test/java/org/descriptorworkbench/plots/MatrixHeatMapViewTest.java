package org.descriptorworkbench.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.descriptorworkbench.analysis.imbalance.ImbalanceMatrix;
import org.descriptorworkbench.plots.export.FigureExport;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.HeatMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixHeatMapViewTest {

    private static ImbalanceMatrix.Table table;

    @TempDir
    Path dir;

    @BeforeAll
    static void compute() {
        table = Results.matrix();
    }

    @Test
    void cellOfRowIAndColumnJHoldsTheImbalanceFromIToJ() {
        HeatMap map = MatrixHeatMapView.figure(table, MatrixHeatMapView.Quantity.DELTA).heatMaps().get(0);
        int m = table.labels().size();
        // row i is drawn at height m - i (row 1 on top), column j at j + 1
        assertEquals(table.delta()[0][2], map.values()[2][m - 1]);
        assertEquals(table.delta()[2][0], map.values()[0][m - 3]);
        assertTrue(map.describe(2, m - 1).contains("A = " + Results.REFERENCE));
        assertTrue(map.describe(2, m - 1).contains("B = " + Results.PROJECTED));
    }

    @Test
    void longLabelsAreNumberedOnTheAxesWithAKey() {
        Figure figure = MatrixHeatMapView.figure(table, MatrixHeatMapView.Quantity.SRIM);
        assertEquals(List.of("D1", "D2", "D3", "D4"), figure.x().tickLabels());
        assertEquals(List.of("D4", "D3", "D2", "D1"), figure.y().tickLabels());
        assertEquals("D1 = " + Results.REFERENCE, figure.notes().get(0));
    }

    @Test
    void switchingQuantityShowsTheOtherMatrix() throws Exception {
        MatrixHeatMapView view = Fx.call(MatrixHeatMapView::new);
        Fx.run(() -> view.show(table, MatrixHeatMapView.Quantity.DELTA));
        Fx.show(view, 640, 600);
        Fx.run(() -> view.show(table, MatrixHeatMapView.Quantity.SRIM));
        HeatMap shown = Fx.call(() -> view.chart().orElseThrow().figure().heatMaps().get(0));
        assertEquals(table.srim()[1][3], shown.values()[3][table.labels().size() - 2]);
        assertEquals("SRIM(A, B)", shown.valueLabel());
    }

    @Test
    void exportsEveryCellToCsvAndTheValuesIntoSvg() throws Exception {
        Figure figure = MatrixHeatMapView.figure(table, MatrixHeatMapView.Quantity.DELTA);
        FigureExport.csv(figure, dir.resolve("m.csv"));
        FigureExport.svg(figure, dir.resolve("m.svg"));
        FigureExport.pdf(figure, dir.resolve("m.pdf"));
        assertEquals(16, ExportChecks.csvRows(dir.resolve("m.csv")).size());
        List<String> texts = ExportChecks.svgTexts(dir.resolve("m.svg"));
        assertTrue(texts.contains(String.format(java.util.Locale.ROOT, "%.3g", table.delta()[0][2])), texts.toString());
        assertTrue(texts.contains("B (target)"));
        assertEquals(1, ExportChecks.pdfPages(dir.resolve("m.pdf"), figure));
    }

    /** A 12 × 12 matrix of values that print as five characters ("0.123"; the colour bar's ticks have one decimal). */
    private static Figure twelveByTwelve(double widthPt, double heightPt) {
        List<String> labels = new java.util.ArrayList<>();
        double[][] values = new double[12][12];
        for (int i = 0; i < 12; i++) {
            labels.add("d" + i);
            for (int j = 0; j < 12; j++) {
                values[i][j] = 0.1 + 0.8 * ((i * 7 + j * 5) % 12) / 11.0 + 0.0123;
            }
        }
        Figure f = MatrixHeatMapView.figure("12 × 12", labels, values, "Δ");
        return new Figure(f.title(), f.subtitle(), f.x(), f.y(), f.heatMaps(), f.series(), f.lines(), f.annotations(),
                f.notes(), f.legend(), widthPt, heightPt, f.colourKey());
    }

    /** values[i][j] back from the map's cells (row i drawn at height m − i). */
    private static double[][] matrixOf(Figure f) {
        double[][] cells = f.heatMaps().get(0).values();
        int m = cells.length;
        double[][] values = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                values[i][j] = cells[j][m - 1 - i];
            }
        }
        return values;
    }

    private long printedValues(Figure figure) throws Exception {
        Path svg = dir.resolve("twelve.svg");
        FigureExport.svg(figure, svg);
        return ExportChecks.svgTexts(svg).stream().filter(t -> t.matches("0\\.\\d{3}")).count();
    }

    @Test
    void aTwelveByTwelveMatrixAtTheUsualSizePrintsEveryValueInASmallerFont() throws Exception {
        assertEquals(144, printedValues(twelveByTwelve(430, 380)));
    }

    @Test
    void aTwelveByTwelveMatrixTooSmallForTheMinimumFontPrintsNoValues() throws Exception {
        assertEquals(0, printedValues(twelveByTwelve(200, 180)));
    }

    @Test
    void writesExampleImages() throws Exception {
        Path out = ExportChecks.docsDirectory();
        FigureExport.png(MatrixHeatMapView.figure(table, MatrixHeatMapView.Quantity.DELTA), out.resolve("plots-matrix-heat-map.png"), 110);
        MatrixHeatMapView view = Fx.call(MatrixHeatMapView::new);
        Fx.run(() -> view.show(table, MatrixHeatMapView.Quantity.DELTA));
        Fx.show(view, 640, 600);
        Fx.snapshot(view, ExportChecks.lookDirectory().resolve("screen-matrix-heat-map.png"));
        FigureExport.png(twelveByTwelve(430, 380), ExportChecks.lookDirectory().resolve("twelve.png"), 110);
        FigureExport.png(twelveByTwelve(200, 180), ExportChecks.lookDirectory().resolve("twelve-small.png"), 110);
        MatrixHeatMapView twelve = Fx.call(MatrixHeatMapView::new);
        Figure big = twelveByTwelve(430, 380);
        Fx.run(() -> twelve.showMatrix(big.title(), java.util.stream.IntStream.range(0, 12).mapToObj(i -> "d" + i).toList(),
                matrixOf(big), "Δ"));
        Fx.show(twelve, 420, 400);
        Fx.snapshot(twelve, ExportChecks.lookDirectory().resolve("screen-twelve.png"));
        assertTrue(java.nio.file.Files.size(out.resolve("plots-matrix-heat-map.png")) < 300_000);
    }
}
