package org.descriptorworkbench.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.descriptorworkbench.plots.export.FigureExport;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.ColorScale;
import org.descriptorworkbench.plots.figure.ColourKey;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figure model's colour key for colour-coded points, and notes wider than the figure. */
class ColourKeyAndNotesTest {

    @TempDir
    Path dir;

    private static Figure points(ColourKey key, List<String> notes) {
        Series s = Series.points("p", new double[] {1, 2}, new double[] {1, 2}, null, PlotStyle.colourMap(0.5),
                Series.Marker.CIRCLE);
        return new Figure("t", null, AxisSpec.linear("x", 0, 3), AxisSpec.linear("y", 0, 3), List.of(), List.of(s),
                List.of(), List.of(), notes, Figure.Legend.NONE, 300, 240, key);
    }

    @Test
    void colourKeyOfPointsIsDrawnAsAColourBarInExports() throws Exception {
        Figure figure = points(new ColourKey(new ColorScale(1, 8, false), "complexity"), List.of());
        FigureExport.svg(figure, dir.resolve("k.svg"));
        List<String> texts = ExportChecks.svgTexts(dir.resolve("k.svg"));
        assertTrue(texts.contains("complexity"), texts.toString());
        assertTrue(texts.contains("8"), "the bar's top tick: " + texts);
        FigureExport.svg(points(null, List.of()), dir.resolve("plain.svg"));
        assertTrue(!ExportChecks.svgTexts(dir.resolve("plain.svg")).contains("complexity"));
    }

    @Test
    void colourKeyAlsoShowsOnScreen() throws Exception {
        Figure figure = points(new ColourKey(new ColorScale(1, 8, false), "complexity"), List.of());
        org.descriptorworkbench.plots.chart.FigureChart chart = Fx.call(
                () -> new org.descriptorworkbench.plots.chart.FigureChart(figure));
        assertTrue(chart.getRight() != null, "a colour bar beside the chart");
        org.descriptorworkbench.plots.chart.FigureChart plain = Fx.call(
                () -> new org.descriptorworkbench.plots.chart.FigureChart(points(null, List.of())));
        assertEquals(null, plain.getRight());
    }

    @Test
    void notesWiderThanTheFigureWrapInsteadOfRunningOff() throws Exception {
        String note = "zero modes per environment: " + "ν = 2: 6 in 48 env., 9 in 2 env. (s0 a3, s1 a7), ".repeat(3).strip();
        Figure figure = points(null, List.of(note));
        FigureExport.svg(figure, dir.resolve("n.svg"));
        List<String> texts = ExportChecks.svgTexts(dir.resolve("n.svg"));
        List<String> pieces = texts.stream().filter(t -> note.contains(t.strip()) && t.strip().length() > 10).toList();
        assertTrue(pieces.size() >= 2, "note broken into lines: " + texts);
        assertEquals(note, String.join(" ", pieces.stream().map(String::strip).toList()));
    }
}
