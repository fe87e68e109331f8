package org.descriptorworkbench.plots;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.plots.chart.DecadeTickLabels;
import org.descriptorworkbench.plots.chart.FigureChart;
import org.descriptorworkbench.plots.export.FigureExport;
import org.descriptorworkbench.plots.figure.Figure;

/**
 * Common base of the plot views: shows the current {@link Figure} as an interactive {@link FigureChart}
 * (or a placeholder before any result), and exports exactly that figure to PNG, SVG, PDF or CSV.
 * Subclasses turn a result record into a figure and never compute anything themselves.
 */
public abstract class PlotView extends BorderPane {

    private final ReadOnlyObjectWrapper<Figure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private FigureChart chart;

    protected PlotView(String placeholder) {
        Label empty = new Label(placeholder);
        empty.setAlignment(Pos.CENTER);
        empty.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        setCenter(empty);
        setStyle("-fx-background-color: white;");
        setMinSize(200, 160);
        setPrefSize(640, 520);
    }

    /** The figure on show, null before the first result. */
    public ReadOnlyObjectProperty<Figure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public Figure figure() {
        return figure.get();
    }

    /** The interactive chart of the current figure, if any. */
    public Optional<FigureChart> chart() {
        return Optional.ofNullable(chart);
    }

    /** Replaces the figure on show; called on the JavaFX thread. */
    protected void display(Figure next) {
        chart = new FigureChart(next);
        DecadeTickLabels.apply(chart);
        chart.addPickListener(this::picked);
        chart.addSelectionListener(this::selected);
        figure.set(next);
        setCenter(chart);
    }

    /** A point of the current figure was clicked; views that link selections override this. */
    protected void picked(FigureChart.Pick pick) {
    }

    /** Points of the current figure were selected with a Shift-drag rectangle or a Ctrl-drag lasso; views that link override this. */
    protected void selected(java.util.List<FigureChart.Pick> picks) {
    }

    /** Puts a control bar (toggles, check boxes) above the chart. */
    protected void setControls(Node controls) {
        setTop(controls);
    }

    /** Exports the current figure; the format follows the file name's extension (.png, .svg, .pdf, .csv). */
    public void export(Path file, int dpi) {
        export(file, FigureExport.Format.ofFileName(file.getFileName().toString()), dpi);
    }

    /**
     * Exports the current figure in the given format; dpi applies to PNG only. Figures (PNG, SVG, PDF) show
     * the axis ranges currently on screen (after zoom or pan); CSV always holds all the plotted data.
     * Call on the JavaFX thread (it reads the chart's axes).
     */
    public void export(Path file, FigureExport.Format format, int dpi) {
        if (figure.get() == null) {
            throw new WorkbenchException("nothing to export yet: compute a result first");
        }
        FigureExport.write(format == FigureExport.Format.CSV ? figure.get() : visibleFigure(), format, file, dpi);
    }

    /**
     * The figure with the axis ranges on screen, or null before any result. Take it on the JavaFX thread;
     * writing it with {@link FigureExport} needs no JavaFX and can run in a background task.
     */
    public Figure visibleFigure() {
        return chart == null ? null : chart.visibleFigure();
    }
}
