package org.descriptorworkbench.plots.chart;

import io.fair_acc.chartfx.renderer.spi.AbstractRendererXY;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.descriptorworkbench.plots.PlotStyle;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.ReferenceLine;

/**
 * A ChartFX renderer for a figure's reference lines (dashed guides such as y = x) and text annotations,
 * placed in data coordinates on every redraw so that they follow zoom and pan.
 */
final class GuideRenderer extends AbstractRendererXY<GuideRenderer> {

    private final Figure figure;

    GuideRenderer(Figure figure) {
        this.figure = figure;
        // anchors keep the renderer active (ChartFX skips renderers without data) and inside the ranges
        DoubleDataSet anchors = new DoubleDataSet("guides");
        anchors.add(figure.x().min(), figure.y().min());
        anchors.add(figure.x().max(), figure.y().max());
        getDatasets().add(anchors);
        setShowInLegend(false);
    }

    @Override
    protected void render(GraphicsContext gc, DataSet dataSet, DataSetNode style) {
        gc.save();
        for (ReferenceLine line : figure.lines()) {
            drawLine(gc, line);
        }
        for (Annotation annotation : figure.annotations()) {
            drawAnnotation(gc, annotation);
        }
        gc.restore();
    }

    private Font font(boolean italic) {
        return Font.font(PlotStyle.FONT_FAMILY, FontWeight.NORMAL, italic ? FontPosture.ITALIC : FontPosture.REGULAR,
                PlotStyle.ANNOTATION_FONT_PT * 4 / 3.0);
    }

    private void drawLine(GraphicsContext gc, ReferenceLine line) {
        gc.setStroke(PlotStyle.fx(PlotStyle.REFERENCE_LINE, 1));
        gc.setLineWidth(PlotStyle.REFERENCE_LINE_WIDTH_PT * 4 / 3.0);
        gc.setLineDashes(6, 4);
        double x1 = xAxis.getDisplayPosition(line.x1());
        double y1 = yAxis.getDisplayPosition(line.y1());
        double x2 = xAxis.getDisplayPosition(line.x2());
        double y2 = yAxis.getDisplayPosition(line.y2());
        gc.strokeLine(x1, y1, x2, y2);
        gc.setLineDashes();
        if (line.label() != null) {
            gc.setFont(font(false));
            gc.setFill(PlotStyle.fx(PlotStyle.REFERENCE_LINE, 1));
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.BOTTOM);
            double right = Math.min(x2, xAxis.getLength());
            double y = Math.max(14, Math.min(y2, yAxis.getLength()) - 3);
            gc.fillText(line.label(), right - 4, y);
        }
    }

    private void drawAnnotation(GraphicsContext gc, Annotation a) {
        if (!figure.x().accepts(a.x()) || !figure.y().accepts(a.y())) {
            return;
        }
        Font font = font(a.italic());
        Text probe = new Text(a.text());
        probe.setFont(font);
        double w = probe.getLayoutBounds().getWidth();
        double h = probe.getLayoutBounds().getHeight();
        double px = xAxis.getDisplayPosition(a.x());
        double py = yAxis.getDisplayPosition(a.y());
        double left = switch (a.horizontal()) {
            case START -> px + 5;
            case CENTER -> px - w / 2;
            case END -> px - 5 - w;
        };
        double top = switch (a.vertical()) {
            case START -> py - 5 - h;
            case CENTER -> py - h / 2;
            case END -> py + 5;
        };
        left = Math.max(2, Math.min(left, xAxis.getLength() - w - 2));
        top = Math.max(2, Math.min(top, yAxis.getLength() - h - 2));
        gc.setFont(font);
        gc.setFill(PlotStyle.fx(PlotStyle.TEXT, 1));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(a.text(), left, top);
    }

    @Override
    protected GuideRenderer getThis() {
        return this;
    }
}
