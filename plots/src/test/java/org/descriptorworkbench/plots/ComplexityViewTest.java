package org.descriptorworkbench.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.dataset.DataSet;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.imbalance.ImbalanceMatrix;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.descriptor.moments.MomentConstruction;
import org.descriptorworkbench.descriptor.moments.MomentsFamily;
import org.descriptorworkbench.descriptor.moments.Weighting;
import org.descriptorworkbench.plots.ComplexityView.Panel;
import org.descriptorworkbench.plots.export.FigureExport;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.Series;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 004 Fig. 1 from a real pairwise imbalance table: moments descriptors Σ_ijk of a small Chebyshev local
 * descriptor over 16 random H/C/O clusters, the most complex (Σ_332) as reference; the records are built the way
 * the GUI builds them (name from {@link MomentsFamily#sigmaName}, complexity from {@link MomentConstruction}).
 */
class ComplexityViewTest {

    static final String LOCAL = "chebyshev(r_cut=3.5, r_cut_angular=3, radial_order=4, angular_order=3)";
    static final int[][] CONSTRUCTIONS = {{1, 0, 0}, {2, 0, 0}, {1, 0, 1}, {2, 0, 2}, {0, 1, 0}, {0, 2, 0}, {1, 1, 0},
        {2, 1, 1}, {2, 2, 1}, {2, 2, 2}, {3, 3, 2}};
    static final int REFERENCE = CONSTRUCTIONS.length - 1;

    private static ImbalanceMatrix.Table table;
    private static List<String> names;
    private static int[] complexities;
    private static List<ComplexityPoint> points;

    @TempDir
    Path dir;

    @BeforeAll
    static void compute() {
        List<Structure> structures = new ArrayList<>();
        Random random = new Random(4);
        for (int s = 0; s < 16; s++) {
            structures.add(SensitivitySpectrumViewTest.cluster(100 + s, 6 + random.nextInt(5), 4.5, new int[] {1, 6, 8}));
        }
        Dataset dataset = new Dataset("clusters", structures);
        int[] species = dataset.species();
        List<LabelledMatrix> members = new ArrayList<>();
        names = new ArrayList<>();
        complexities = new int[CONSTRUCTIONS.length];
        for (int d = 0; d < CONSTRUCTIONS.length; d++) {
            int[] c = CONSTRUCTIONS[d];
            Weighting weighting = Weighting.values()[c[2]];
            String spec = "moments(local=" + LOCAL + ", n_out=" + c[0] + ", n_in=" + c[1] + ", weighted="
                    + weighting.specWord() + ")";
            Descriptor descriptor = DescriptorCatalog.create(DescriptorCatalog.parse(spec), species);
            members.add(new LabelledMatrix(spec,
                    RowMatrix.of(DescriptorEngine.compute(descriptor, dataset, 1, Progress.none()))));
            names.add(MomentsFamily.sigmaName(descriptor.spec()));
            complexities[d] = new MomentConstruction(c[0], c[1], weighting).complexity(species.length);
        }
        table = new ImbalanceMatrix(members, 1).run(Progress.none());
        points = ComplexityPoint.against(table, REFERENCE, names, complexities);
    }

    @Test
    void recordsTakeBothRimsAndTheSrimFromTheReferencesRowAndColumn() {
        assertEquals(CONSTRUCTIONS.length - 1, points.size());
        assertEquals("Σ_211", points.get(7).name());
        assertEquals(2, points.get(7).complexity());
        assertEquals(table.rim()[REFERENCE][7], points.get(7).rimFromReference());
        assertEquals(table.rim()[7][REFERENCE], points.get(7).rimToReference());
        assertEquals(table.srim()[7][REFERENCE], points.get(7).srim());
        assertEquals(6, points.get(5).complexity(), "Σ_020 stacks two inner moments of three elements");
    }

    @Test
    void rimPlaneHasOnePointPerDescriptorAtItsTwoRims() throws Exception {
        ComplexityView view = Fx.call(ComplexityView::new);
        Fx.run(() -> view.show("Σ_332", points, Panel.RIM_PLANE));
        Fx.show(view, 640, 600);
        List<DataSet> sets = Fx.call(() -> view.chart().orElseThrow().seriesDataSets());
        assertEquals(points.size(), sets.size());
        for (int i = 0; i < points.size(); i++) {
            assertEquals(1, sets.get(i).getDataCount());
            assertEquals(points.get(i).rimFromReference(), sets.get(i).get(DataSet.DIM_X, 0));
            assertEquals(points.get(i).rimToReference(), sets.get(i).get(DataSet.DIM_Y, 0));
        }
        assertEquals("y = x", view.figure().lines().get(0).label());
    }

    @Test
    void everyPointIsLabelledWithItsSigmaName() {
        Figure figure = ComplexityView.rimPlane("Σ_332", points);
        List<String> texts = figure.annotations().stream().map(Annotation::text).toList();
        for (ComplexityPoint p : points) {
            Annotation label = figure.annotations().get(texts.indexOf(p.name()));
            assertEquals(p.rimFromReference(), label.x());
            assertEquals(p.rimToReference(), label.y());
        }
        assertTrue(texts.containsAll(List.of("Σ_100", "Σ_020", "Σ_222")), texts.toString());
    }

    @Test
    void pointsAreColouredByComplexityWithAColourBar() {
        Figure figure = ComplexityView.rimPlane("Σ_332", points);
        assertNotNull(figure.colourKey());
        assertEquals(1, figure.colourKey().scale().min());
        assertEquals(8, figure.colourKey().scale().max(), "Σ_222 is the most complex after the reference");
        assertTrue(!figure.colourKey().scale().log(), "1..8 is less than a decade: a linear colour scale");
        int simplest = figure.series().get(0).colour();
        int mostComplex = figure.series().get(points.indexOf(points.stream()
                .max(java.util.Comparator.comparingInt(ComplexityPoint::complexity)).orElseThrow())).colour();
        assertEquals(PlotStyle.colourMap(0), simplest, "Σ_100 has the least complexity, 1");
        assertEquals(PlotStyle.colourMap(1), mostComplex);
        assertEquals(figure.series().get(0).colour(), figure.series().get(6).colour(), "Σ_100 and Σ_110 both have complexity 1");
    }

    @Test
    void envelopeOfTheRealTableIsNonIncreasingAndEndsAtTheLeastSrim() {
        List<ComplexityPoint.EnvelopeStep> envelope = ComplexityPoint.lowerEnvelope(points);
        for (int i = 1; i < envelope.size(); i++) {
            assertTrue(envelope.get(i).srim() <= envelope.get(i - 1).srim());
            assertTrue(envelope.get(i).complexity() > envelope.get(i - 1).complexity());
        }
        double least = points.stream().mapToDouble(ComplexityPoint::srim).min().orElseThrow();
        assertEquals(least, envelope.get(envelope.size() - 1).srim());
        Series line = ComplexityView.minimumSrim("Σ_332", points).series().get(1);
        assertEquals("lower envelope", line.name());
        for (int i = 1; i < line.size(); i++) {
            assertTrue(line.y()[i] <= line.y()[i - 1] && line.x()[i] >= line.x()[i - 1]);
        }
    }

    @Test
    void envelopeOfHandMadePointsFollowsTheRunningMinimum() {
        List<ComplexityPoint> made = List.of(new ComplexityPoint("A", 1, 3, 3, 3.0), new ComplexityPoint("B", 1, 2, 3, 2.5),
                new ComplexityPoint("C", 2, 2, 3.6, 2.8), new ComplexityPoint("D", 4, 1.8, 2, 1.9),
                new ComplexityPoint("E", 8, 2, 2.4, 2.2));
        List<ComplexityPoint.EnvelopeStep> envelope = ComplexityPoint.lowerEnvelope(made);
        assertEquals(List.of(new ComplexityPoint.EnvelopeStep(1, 2.5, "B"), new ComplexityPoint.EnvelopeStep(2, 2.5, "B"),
                new ComplexityPoint.EnvelopeStep(4, 1.9, "D"), new ComplexityPoint.EnvelopeStep(8, 1.9, "D")), envelope);
        assertEquals(List.of("B", "C", "D", "E"),
                ComplexityPoint.minimumPerComplexity(made).stream().map(ComplexityPoint::name).toList());
        Figure figure = ComplexityView.minimumSrim("Σ_ref", made);
        assertEquals(List.of("B", "D"), figure.annotations().stream().map(Annotation::text).toList(),
                "only the minima on the envelope are labelled");
        assertEquals(5, figure.series().get(0).size(), "every descriptor is drawn faintly");
        assertEquals(4, figure.series().get(2).size(), "one least-SRIM point per complexity");
    }

    @Test
    void recordsRefuseNamesThatDoNotMatchTheTable() {
        assertThrows(IllegalArgumentException.class,
                () -> ComplexityPoint.against(table, REFERENCE, names.subList(0, 3), complexities));
    }

    @Test
    void clickingAPointSelectsItsDescriptor() throws Exception {
        ComplexityView view = Fx.call(ComplexityView::new);
        Fx.run(() -> view.show("Σ_332", points, Panel.RIM_PLANE));
        Fx.show(view, 640, 600);
        int outlier = 0;
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).rimToReference() > points.get(outlier).rimToReference()) {
                outlier = i;
            }
        }
        int target = outlier;
        org.descriptorworkbench.plots.chart.FigureChart chart = Fx.call(() -> view.chart().orElseThrow());
        javafx.geometry.Point2D at = Fx.call(() -> chart.screenPosition(target, 0).orElseThrow());
        new org.testfx.api.FxRobot().clickOn(at);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(points.get(target).name(), view.selectedDescriptorProperty().get());
        String text = Fx.call(() -> chart.readoutText().orElse(""));
        assertTrue(text.contains("SRIM = " + org.descriptorworkbench.plots.figure.Numbers.exact(points.get(target).srim())),
                text);
    }

    @Test
    void panelChoiceSwitchesBetweenTheTwoFigures() throws Exception {
        ComplexityView view = Fx.call(ComplexityView::new);
        Fx.run(() -> view.show("Σ_332", points, Panel.MINIMUM_SRIM));
        assertTrue(view.figure().title().startsWith("Minimum SRIM"));
        Fx.run(() -> view.panelProperty().set(Panel.RIM_PLANE));
        assertTrue(view.figure().title().startsWith("Rank information imbalance"));
    }

    @Test
    void bothFiguresExportToEveryFormatWithTheColourKey() throws Exception {
        for (Panel panel : Panel.values()) {
            Figure figure = ComplexityView.figure(panel, "Σ_332", points);
            for (FigureExport.Format format : FigureExport.Format.values()) {
                FigureExport.write(figure, format, dir.resolve("c." + format.name().toLowerCase()), 96);
            }
            List<String> texts = ExportChecks.svgTexts(dir.resolve("c.svg"));
            assertTrue(texts.contains(figure.x().label()), texts.toString());
            assertTrue(texts.contains("Σ_222"), texts.toString());
            assertEquals(panel == Panel.RIM_PLANE, figure.colourKey() != null, "only the RIM plane colours by complexity");
            assertTrue(texts.contains("complexity d(s)/d(a)"), "colour bar or axis label: " + texts);
            assertEquals(1, ExportChecks.pdfPages(dir.resolve("c.pdf"), figure));
            ExportChecks.png(dir.resolve("c.png"), figure, 96);
            int rows = figure.series().stream().mapToInt(Series::size).sum();
            assertEquals(rows, ExportChecks.csvRows(dir.resolve("c.csv")).size());
        }
    }

    @Test
    void writesExampleImages() throws Exception {
        Path out = ExportChecks.docsDirectory();
        Path a = ExportChecks.lookDirectory().resolve("complexity-a.png");
        Path b = ExportChecks.lookDirectory().resolve("complexity-b.png");
        FigureExport.png(ComplexityView.rimPlane("Σ_332", points), a, 90);
        FigureExport.png(ComplexityView.minimumSrim("Σ_332", points), b, 90);
        BufferedImage left = ImageIO.read(a.toFile());
        BufferedImage right = ImageIO.read(b.toFile());
        BufferedImage both = new BufferedImage(left.getWidth() + right.getWidth(), Math.max(left.getHeight(),
                right.getHeight()), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = both.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, both.getWidth(), both.getHeight());
        g.drawImage(left, 0, 0, null);
        g.drawImage(right, left.getWidth(), 0, null);
        g.dispose();
        ImageIO.write(both, "png", out.resolve("plots-complexity.png").toFile());
        ComplexityView view = Fx.call(ComplexityView::new);
        Fx.run(() -> view.show("Σ_332", points, Panel.RIM_PLANE));
        Fx.show(view, 640, 600);
        Fx.snapshot(view, ExportChecks.lookDirectory().resolve("screen-complexity.png"));
        assertTrue(Files.size(out.resolve("plots-complexity.png")) < 150_000);
    }
}
