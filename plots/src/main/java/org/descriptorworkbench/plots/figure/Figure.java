package org.descriptorworkbench.plots.figure;

import java.util.List;

/**
 * Everything a plot shows, independent of any toolkit: axes, heat maps, series, reference lines, text
 * annotations, notes printed under the plot (such as a key to abbreviated labels), the legend's placement and
 * an optional colour key for colour-coded points (heat maps bring their own). ChartFX draws it interactively ({@code plots.chart}); the
 * export package draws the very same figure onto a Graphics2D for SVG, PDF and PNG and writes its data
 * as CSV, so the file and the screen always agree.
 */
public record Figure(String title, String subtitle, AxisSpec x, AxisSpec y, List<HeatMap> heatMaps,
        List<Series> series, List<ReferenceLine> lines, List<Annotation> annotations, List<String> notes, Legend legend,
        double widthPt, double heightPt, ColourKey colourKey) {

    /** Where the legend goes: inside a corner of the plot (BEST: the corner covering fewest points), below it, or nowhere. */
    public enum Legend { NONE, TOP_RIGHT, TOP_LEFT, BOTTOM_RIGHT, BOTTOM_LEFT, BEST, BELOW }

    public Figure {
        heatMaps = List.copyOf(heatMaps);
        series = List.copyOf(series);
        lines = List.copyOf(lines);
        annotations = List.copyOf(annotations);
        notes = List.copyOf(notes);
    }

    /** A figure without a colour key of its own (a heat map, if any, provides the colour bar). */
    public Figure(String title, String subtitle, AxisSpec x, AxisSpec y, List<HeatMap> heatMaps, List<Series> series,
            List<ReferenceLine> lines, List<Annotation> annotations, List<String> notes, Legend legend, double widthPt,
            double heightPt) {
        this(title, subtitle, x, y, heatMaps, series, lines, annotations, notes, legend, widthPt, heightPt, null);
    }

    /** The colour bar to draw: the figure's own key, else that of its first heat map, else none. */
    public java.util.Optional<ColourKey> shownColourKey() {
        if (colourKey != null) {
            return java.util.Optional.of(colourKey);
        }
        return heatMaps.stream().findFirst().map(map -> new ColourKey(map.scale(), map.valueLabel()));
    }

    /** The legend entries: series that ask to be listed. */
    public List<Series> legendSeries() {
        return series.stream().filter(Series::inLegend).toList();
    }
}
