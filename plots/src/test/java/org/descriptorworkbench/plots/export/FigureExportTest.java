package org.descriptorworkbench.plots.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.plots.PlotStyle;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureExportTest {

    @TempDir
    Path dir;

    private static Figure line() {
        Series s = Series.line("y = x², with \"quotes\", commas", new double[] {1, 2, 3}, new double[] {1, 4, 9},
                PlotStyle.seriesColour(0));
        return new Figure("t", null, AxisSpec.linear("x", 0, 4), AxisSpec.linear("y", 0, 10), List.of(), List.of(s),
                List.of(), List.of(), List.of(), Figure.Legend.TOP_LEFT, 300, 200);
    }

    @Test
    void hugeHeatMapsGoIntoSvgAsOneImage() throws Exception {
        int bins = 600;
        double[][] values = new double[bins][bins];
        for (int i = 0; i < bins; i++) {
            values[i][i] = i + 1;
        }
        org.descriptorworkbench.plots.figure.HeatMap map = new org.descriptorworkbench.plots.figure.HeatMap("m", 0, 1, 0, 1,
                values, new org.descriptorworkbench.plots.figure.ColorScale(1, bins, true), "v", null, false, "%g");
        Figure figure = new Figure(null, null, AxisSpec.linear("x", 0, 1), AxisSpec.linear("y", 0, 1), List.of(map),
                List.of(), List.of(), List.of(), List.of(), Figure.Legend.NONE, 300, 300);
        Path svg = dir.resolve("big.svg");
        FigureExport.svg(figure, svg);
        String text = Files.readString(svg);
        assertTrue(text.contains("<image"), "raster image element");
        assertTrue(text.split("<rect").length < 200, "no rectangle per cell");
    }

    @Test
    void formatFollowsTheExtension() {
        assertEquals(FigureExport.Format.SVG, FigureExport.Format.ofFileName("fig.SVG"));
        assertEquals(FigureExport.Format.PDF, FigureExport.Format.ofFileName("a.b.pdf"));
    }

    @Test
    void rejectsAnUnknownExtensionNamingTheAllowedOnes() {
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> FigureExport.Format.ofFileName("fig.jpg"));
        assertTrue(e.getMessage().contains(".png, .svg, .pdf or .csv"), e.getMessage());
    }

    @Test
    void rejectsAnAbsurdResolution() {
        assertThrows(WorkbenchException.class, () -> FigureExport.png(line(), dir.resolve("a.png"), 5));
    }

    @Test
    void pngSizeScalesWithResolution() throws Exception {
        FigureExport.png(line(), dir.resolve("a.png"), 144);
        BufferedImage image = ImageIO.read(dir.resolve("a.png").toFile());
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void csvQuotesNamesWithCommasAndQuotes() throws Exception {
        FigureExport.csv(line(), dir.resolve("a.csv"));
        List<String> lines = Files.readAllLines(dir.resolve("a.csv"));
        assertEquals(4, lines.size());
        assertEquals("\"y = x², with \"\"quotes\"\", commas\",point,1,2,4,,,,", lines.get(2));
    }

    @Test
    void failsWithTheFileNameWhenTheDirectoryIsMissing() {
        Path missing = dir.resolve("no/such/dir/a.svg");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> FigureExport.svg(line(), missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void wrapsLongLabelsAtCommasWithinTheWidth() {
        FontMetrics m = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(new Font(PlotStyle.FONT_FAMILY, Font.PLAIN, 11));
        String spec = "soap(r_cut=4, n_max=4, l_max=3, sigma=0.5, basis=gto, compression=off)";
        List<String> lines = FigureDrawing.wrap(spec, m, 150);
        assertTrue(lines.size() > 1);
        lines.forEach(l -> assertTrue(m.stringWidth(l) <= 150, l));
        assertEquals(spec.replace(" ", ""), String.join("", lines).replace(" ", ""));
    }
}
