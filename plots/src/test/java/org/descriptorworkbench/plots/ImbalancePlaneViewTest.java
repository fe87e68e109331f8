package org.descriptorworkbench.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.dataset.DataSet;
import java.nio.file.Path;
import java.util.List;
import org.descriptorworkbench.analysis.imbalance.ImbalancePlane;
import org.descriptorworkbench.plots.export.FigureExport;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.Figure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImbalancePlaneViewTest {

    private static ImbalancePlane.Plane plane;

    @TempDir
    Path dir;

    @BeforeAll
    static void compute() {
        plane = Results.plane();
    }

    @Test
    void placesOnePointPerDescriptorAtItsTwoImbalances() throws Exception {
        ImbalancePlaneView view = Fx.call(ImbalancePlaneView::new);
        Fx.run(() -> view.show(plane));
        Fx.show(view, 640, 640);
        List<DataSet> sets = Fx.call(() -> view.chart().orElseThrow().seriesDataSets());
        assertEquals(plane.points().size(), sets.size());
        for (int k = 0; k < sets.size(); k++) {
            assertEquals(1, sets.get(k).getDataCount());
            assertEquals(plane.points().get(k).referenceToMember(), sets.get(k).get(DataSet.DIM_X, 0));
            assertEquals(plane.points().get(k).memberToReference(), sets.get(k).get(DataSet.DIM_Y, 0));
            assertTrue(sets.get(k).getName().contains(plane.points().get(k).label()));
        }
    }

    @Test
    void annotatesTheFourCornersAndDrawsTheDiagonal() {
        Figure figure = ImbalancePlaneView.figure(plane);
        List<String> texts = figure.annotations().stream().map(Annotation::text).toList();
        assertTrue(texts.containsAll(List.of("equivalent", "independent", "R more informative", "D more informative")));
        Annotation equivalent = figure.annotations().stream().filter(a -> a.text().equals("equivalent")).findFirst().orElseThrow();
        assertEquals(0, equivalent.x());
        assertEquals(0, equivalent.y());
        assertEquals(1, figure.lines().size());
        assertEquals(figure.lines().get(0).x2(), figure.lines().get(0).y2());
    }

    @Test
    void shortLabelsSitNextToTheirPointsAndLongOnesAreNumbered() {
        Figure figure = ImbalancePlaneView.figure(plane);
        List<String> texts = figure.annotations().stream().map(Annotation::text).toList();
        assertTrue(texts.contains(Results.RANDOM), "a short label sits next to its point: " + texts);
        assertTrue(texts.contains("D1") && texts.contains("D2"), "long specs are tagged D1, D2 next to their points: " + texts);
    }

    @Test
    void elementAgnosticCompressionLiesAboveTheDiagonalAndRandomNearIndependent() {
        // On a five-species liquid the full SOAP predicts its μ=2 compression better than the reverse
        // (μ=2 forgets the species, seed 000 §IV C); an unrelated random descriptor is independent.
        ImbalancePlane.Point compressed = plane.points().get(0);
        ImbalancePlane.Point random = plane.points().get(2);
        assertTrue(compressed.referenceToMember() < compressed.memberToReference(), compressed.toString());
        assertTrue(random.referenceToMember() > 0.5 && random.memberToReference() > 0.5);
    }

    @Test
    void exportsAllFormatsWithAxisLabelsAndPointRows() throws Exception {
        Figure figure = ImbalancePlaneView.figure(plane);
        for (FigureExport.Format format : FigureExport.Format.values()) {
            FigureExport.write(figure, format, dir.resolve("plane." + format.name().toLowerCase()), 96);
        }
        List<String> texts = ExportChecks.svgTexts(dir.resolve("plane.svg"));
        assertTrue(texts.contains("Δ(R → D)"), texts.toString());
        assertTrue(texts.contains("equivalent"));
        assertEquals(1, ExportChecks.pdfPages(dir.resolve("plane.pdf"), figure));
        ExportChecks.png(dir.resolve("plane.png"), figure, 96);
        assertEquals(plane.points().size(), ExportChecks.csvRows(dir.resolve("plane.csv")).size());
    }

    @Test
    void writesExampleImages() throws Exception {
        Path out = ExportChecks.docsDirectory();
        FigureExport.png(ImbalancePlaneView.figure(plane), out.resolve("plots-imbalance-plane.png"), 110);
        ImbalancePlaneView view = Fx.call(ImbalancePlaneView::new);
        Fx.run(() -> view.show(plane));
        Fx.show(view, 640, 640);
        Fx.snapshot(view, ExportChecks.lookDirectory().resolve("screen-imbalance-plane.png"));
        assertTrue(java.nio.file.Files.size(out.resolve("plots-imbalance-plane.png")) < 300_000);
    }
}
