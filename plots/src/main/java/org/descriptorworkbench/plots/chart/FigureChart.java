package org.descriptorworkbench.plots.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.marker.DefaultMarker;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.util.StringConverter;
import org.descriptorworkbench.plots.PlotStyle;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.HeatMap;
import org.descriptorworkbench.plots.figure.Numbers;
import org.descriptorworkbench.plots.figure.Series;

/**
 * The interactive ChartFX rendering of a {@link Figure}: title above, an {@link XYChart} with the figure's
 * axes (log where asked), heat maps, series and guides, a colour bar (the figure's colour key or its first heat
 * map's), zoom and pan
 * ({@link Zoomer}: drag to zoom, right click to zoom back, middle drag to pan, scroll to zoom), tooltips with
 * exact values, click-picking of points ({@link #addPickListener}), and selection of many points by a
 * Shift-drag rectangle or a Ctrl-drag (or Alt-drag) lasso ({@link #addSelectionListener}); the "?" beside the
 * title lists these mouse actions ({@link #MOUSE_HELP}).
 */
public final class FigureChart extends BorderPane {

    /** A clicked point: the index of its series in the figure and of the point in that series. */
    public record Pick(int series, int point) {
    }

    /** What the mouse does on a chart: the tooltip of the "?" beside the title. */
    public static final String MOUSE_HELP = String.join("\n",
            "Drag: zoom in · right click: zoom back · middle drag: pan · scroll: zoom",
            "Hover a point or cell: exact values",
            "Click a point: pick what it stands for",
            "Shift-drag: select the points inside a rectangle",
            "Ctrl-drag (or Alt-drag): select the points inside a free-form lasso");


    private final Figure figure;
    private final XYChart chart;
    private final List<DataSet> seriesData = new ArrayList<>();
    private final List<Consumer<Pick>> pickListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<Pick>>> selectionListeners = new CopyOnWriteArrayList<>();
    private final PointerReadout readout;

    public FigureChart(Figure figure) {
        this.figure = figure;
        DefaultNumericAxis xAxis = axis(figure.x(), Side.BOTTOM);
        DefaultNumericAxis yAxis = axis(figure.y(), Side.LEFT);
        chart = new XYChart(xAxis, yAxis);
        chart.setAnimated(false);
        // a vertical axis label has one line: shorten it to the axis' current length (exports show it whole)
        chart.getCanvas().heightProperty().addListener((obs, old, now) ->
                yAxis.setName(fitted(figure.y().label(), now.doubleValue() * 0.95)));
        // a horizontal one wraps onto more lines rather than running past the plot's edges
        chart.getCanvas().widthProperty().addListener((obs, old, now) ->
                xAxis.setName(wrapped(figure.x().label(), now.doubleValue() * 0.95)));
        chart.getRenderers().clear();
        chart.setLegendVisible(figure.legend() != Figure.Legend.NONE && !figure.legendSeries().isEmpty());
        chart.getGridRenderer().getHorizontalMajorGrid().setVisible(false);
        chart.getGridRenderer().getVerticalMajorGrid().setVisible(false);
        chart.getGridRenderer().getHorizontalMinorGrid().setVisible(false);
        chart.getPlotBackground().setStyle("-fx-background-color: white;");
        chart.getGridRenderer().getVerticalMinorGrid().setVisible(false);
        for (HeatMap map : figure.heatMaps()) {
            chart.getRenderers().add(new HeatMapRenderer(map));
        }
        addSeries();
        chart.getRenderers().add(new GuideRenderer(figure));
        Zoomer zoomer = new Zoomer();
        zoomer.setPannerEnabled(true);
        zoomer.setSliderVisible(false);
        chart.getPlugins().add(zoomer);
        readout = new PointerReadout(figure, pick -> pickListeners.forEach(l -> l.accept(pick)));
        chart.getPlugins().add(readout);
        chart.getPlugins().add(new DragSelection(figure, picks -> selectionListeners.forEach(l -> l.accept(picks))));
        setTop(header());
        setCenter(chart);
        if (!figure.notes().isEmpty()) {
            VBox notes = new VBox(1);
            notes.setPadding(new Insets(0, 6, 4, 12));
            figure.notes().forEach(note -> notes.getChildren().add(text(note, PlotStyle.ANNOTATION_FONT_PT, false)));
            setBottom(notes);
        }
        figure.shownColourKey().ifPresent(key -> setRight(new ColourBar(key, chart.getCanvas())));
        setStyle("-fx-background-color: white;");
    }

    public Figure figure() {
        return figure;
    }

    /**
     * The figure as currently shown: the same content with the axis ranges the user has zoomed or panned
     * to, so that an export shows what is on screen.
     */
    public Figure visibleFigure() {
        AxisSpec x = visibleRange(figure.x(), chart.getXAxis().getMin(), chart.getXAxis().getMax());
        AxisSpec y = visibleRange(figure.y(), chart.getYAxis().getMin(), chart.getYAxis().getMax());
        return new Figure(figure.title(), figure.subtitle(), x, y, figure.heatMaps(), figure.series(), figure.lines(),
                figure.annotations(), figure.notes(), figure.legend(), figure.widthPt(), figure.heightPt(),
                figure.colourKey());
    }

    private static AxisSpec visibleRange(AxisSpec spec, double min, double max) {
        boolean usable = Double.isFinite(min) && Double.isFinite(max) && max > min && (!spec.log() || min > 0);
        return usable ? new AxisSpec(spec.label(), min, max, spec.log(), spec.ticks(), spec.tickLabels()) : spec;
    }

    /** The ChartFX chart, for embedding options (plugins, CSS) beyond what the views set. */
    public XYChart chart() {
        return chart;
    }

    /** The ChartFX data sets of the figure's series, in the figure's order. */
    public List<DataSet> seriesDataSets() {
        return List.copyOf(seriesData);
    }

    /** The hover tooltip's text while one is shown (exact values under the mouse), else empty. */
    public Optional<String> readoutText() {
        return Optional.ofNullable(readout.shownText());
    }

    public void addPickListener(Consumer<Pick> listener) {
        pickListeners.add(listener);
    }

    public void removePickListener(Consumer<Pick> listener) {
        pickListeners.remove(listener);
    }

    /**
     * Listens for selections of many points: every pickable point inside a Shift-drag rectangle (possibly
     * none) or a Ctrl-drag / Alt-drag lasso (a lasso that encloses no area selects nothing and is not reported).
     */
    public void addSelectionListener(Consumer<List<Pick>> listener) {
        selectionListeners.add(listener);
    }

    public void removeSelectionListener(Consumer<List<Pick>> listener) {
        selectionListeners.remove(listener);
    }

    /** Where a series point is on screen, or empty if it is outside the shown ranges. */
    public Optional<Point2D> screenPosition(int series, int point) {
        Series s = figure.series().get(series);
        double x = chart.getXAxis().getDisplayPosition(s.x()[point]);
        double y = chart.getYAxis().getDisplayPosition(s.y()[point]);
        if (x < 0 || y < 0 || x > chart.getCanvas().getWidth() || y > chart.getCanvas().getHeight()) {
            return Optional.empty();
        }
        return Optional.ofNullable(chart.getCanvas().localToScreen(x, y));
    }

    private Label text(String content, double sizePt, boolean bold) {
        Label label = new Label(content);
        label.setFont(Font.font(PlotStyle.FONT_FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, sizePt * 4 / 3.0));
        label.setWrapText(true);
        return label;
    }

    private javafx.scene.Node header() {
        Label help = new Label("?");
        help.getStyleClass().add("dwb-chart-help");
        help.setStyle("-fx-text-fill: #555; -fx-border-color: #aaa; -fx-border-radius: 8; -fx-padding: 0 5 0 5;"
                + " -fx-font-size: 11px;");
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(MOUSE_HELP);
        tip.setShowDelay(javafx.util.Duration.millis(200));
        help.setTooltip(tip);
        javafx.scene.layout.StackPane header = new javafx.scene.layout.StackPane(titles(), help);
        javafx.scene.layout.StackPane.setAlignment(help, Pos.TOP_RIGHT);
        javafx.scene.layout.StackPane.setMargin(help, new Insets(4, 6, 0, 0));
        return header;
    }

    private VBox titles() {
        VBox box = new VBox(2);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(6, 6, 0, 6));
        if (figure.title() != null) {
            box.getChildren().add(text(figure.title(), PlotStyle.TITLE_FONT_PT, true));
        }
        if (figure.subtitle() != null) {
            box.getChildren().add(text(figure.subtitle(), PlotStyle.ANNOTATION_FONT_PT, false));
        }
        return box;
    }

    private static DefaultNumericAxis axis(AxisSpec spec, Side side) {
        // the full name until the first layout: the size listeners then wrap or shorten it to the axis' length
        DefaultNumericAxis axis = new DefaultNumericAxis(spec.label());
        axis.setUnit(null);
        axis.setSide(side);
        axis.setMaxMajorTickLabelCount(side == Side.BOTTOM ? 8 : 10);
        axis.getAxisLabel().setFont(Font.font(PlotStyle.FONT_FAMILY, PlotStyle.LABEL_FONT_PT * 4 / 3.0));
        axis.getTickLabelStyle().setFont(Font.font(PlotStyle.FONT_FAMILY, PlotStyle.TICK_FONT_PT * 4 / 3.0));
        axis.setAutoRanging(false);
        axis.setAutoUnitScaling(false);
        axis.setLogAxis(spec.log());
        axis.setMin(spec.min());
        axis.setMax(spec.max());
        if (spec.ticks() != null) {
            axis.setTickUnit(1);
            axis.setMinorTickCount(0);
            List<Double> positions = spec.ticks();
            List<String> labels = spec.tickLabels();
            axis.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number value) {
                    int at = positions.indexOf(value.doubleValue());
                    return at >= 0 ? labels.get(at) : "";
                }

                @Override
                public Number fromString(String text) {
                    return positions.get(labels.indexOf(text));
                }
            });
        }
        return axis;
    }

    /** The longest prefix of the label (with an ellipsis if cut) whose width is within the given length. */
    static String fitted(String label, double length) {
        if (label == null || length <= 0) {
            return label;
        }
        if (width(label) <= length) {
            return label;
        }
        int keep = label.length();
        while (keep > 4) {
            keep--;
            if (width(label.substring(0, keep) + "…") <= length) {
                break;
            }
        }
        return label.substring(0, keep) + "…";
    }

    /** The label broken at spaces into lines no wider than the given length (a single word may exceed it). */
    static String wrapped(String label, double length) {
        if (label == null || length <= 0 || width(label) <= length) {
            return label;
        }
        StringBuilder out = new StringBuilder();
        String line = "";
        for (String word : label.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(longer) > length) {
                out.append(line).append('\n');
                line = word;
            } else {
                line = longer;
            }
        }
        return out.append(line).toString();
    }

    private static double width(String text) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(Font.font(PlotStyle.FONT_FAMILY, PlotStyle.LABEL_FONT_PT * 4 / 3.0));
        return probe.getLayoutBounds().getWidth();
    }

    private void addSeries() {
        ErrorDataSetRenderer lines = renderer(LineStyle.NORMAL, false);
        ErrorDataSetRenderer markers = renderer(LineStyle.NONE, true);
        ErrorDataSetRenderer both = renderer(LineStyle.NORMAL, true);
        for (Series s : figure.series()) {
            DoubleDataSet data = dataSet(s);
            seriesData.add(data);
            ErrorDataSetRenderer target = s.line() ? (s.marker() == Series.Marker.NONE ? lines : both) : markers;
            DataSetNode node = target.addDataSet(data);
            style(node, s);
        }
        for (ErrorDataSetRenderer r : List.of(lines, both, markers)) {
            if (!r.getDatasets().isEmpty()) {
                chart.getRenderers().add(r);
            }
        }
    }

    private static ErrorDataSetRenderer renderer(LineStyle line, boolean markers) {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setPolyLineStyle(line);
        r.setDrawMarker(markers);
        r.setErrorStyle(ErrorStyle.NONE);
        r.setAllowNaNs(true);
        r.setPointReduction(false);
        return r;
    }

    private DoubleDataSet dataSet(Series s) {
        double[] x = new double[s.size()];
        double[] y = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            boolean shown = figure.x().accepts(s.x()[i]) && figure.y().accepts(s.y()[i]);
            x[i] = shown ? s.x()[i] : Double.NaN;
            y[i] = shown ? s.y()[i] : Double.NaN;
        }
        DoubleDataSet data = new DoubleDataSet(s.name(), x, y, s.size(), false);
        if (s.pointLabels() != null) {
            for (int i = 0; i < s.size(); i++) {
                data.addDataLabel(i, s.pointLabels()[i]);
            }
        }
        return data;
    }

    private static void style(DataSetNode node, Series s) {
        node.setLineColor(PlotStyle.fx(s.colour(), Math.max(s.opacity(), 0.8)));
        node.setMarkerColor(PlotStyle.fx(s.colour(), s.opacity()));
        node.setLineWidth(PlotStyle.LINE_WIDTH_PT * 4 / 3.0);
        node.setMarkerSize(PlotStyle.MARKER_SIZE_PT * (s.size() == 1 ? 1.0 : 0.7));
        node.setMarkerType(switch (s.marker()) {
            case SQUARE -> DefaultMarker.RECTANGLE;
            case DIAMOND -> DefaultMarker.DIAMOND;
            case TRIANGLE -> DefaultMarker.CROSS;
            default -> DefaultMarker.CIRCLE;
        });
        if (s.dashed()) {
            node.setLineDashArray(new Number[] {8, 4});
        }
        node.setShowInLegend(s.inLegend());
    }

    /** Label for a number in the readout and legend: exact. */
    static String format(double value) {
        return Numbers.exact(value);
    }
}
