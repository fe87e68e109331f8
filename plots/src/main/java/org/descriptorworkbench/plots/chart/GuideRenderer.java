package org.descriptorworkbench.plots.chart;

import io.fair_acc.chartfx.renderer.spi.AbstractRendererXY;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
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
import org.descriptorworkbench.plots.figure.LabelPlacement;
import org.descriptorworkbench.plots.figure.ReferenceLine;

/**
 * A ChartFX renderer for a figure's reference lines (dashed guides such as y = x) and text annotations,
 * placed in data coordinates on every redraw so that they follow zoom and pan; labels go where
 * {@link LabelPlacement} finds room, as in exported files.
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
        drawAnnotations(gc);
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
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.TOP);
            LabelPlacement.Box box = lineLabelBox(line);
            gc.fillText(line.label(), box.left(), box.top());
        }
    }

    /** Where a reference line's label goes: above the line's right end, right-aligned. */
    private LabelPlacement.Box lineLabelBox(ReferenceLine line) {
        Text probe = new Text(line.label());
        probe.setFont(font(false));
        double w = probe.getLayoutBounds().getWidth();
        double h = probe.getLayoutBounds().getHeight();
        double right = Math.min(xAxis.getDisplayPosition(line.x2()), xAxis.getLength()) - 4;
        double bottom = Math.max(14, Math.min(yAxis.getDisplayPosition(line.y2()), yAxis.getLength()) - 3);
        return new LabelPlacement.Box(right - w, bottom - h, w, h);
    }

    /** Draws the annotations where {@link LabelPlacement} puts them, with leader lines where it asks. */
    private void drawAnnotations(GraphicsContext gc) {
        List<Annotation> annotations = figure.annotations();
        List<LabelPlacement.Box> lineLabels = figure.lines().stream().filter(l -> l.label() != null).map(this::lineLabelBox)
                .toList();
        List<LabelPlacement.Placement> placements = LabelPlacement.layout(figure, xAxis::getDisplayPosition,
                yAxis::getDisplayPosition, this::measure, lineLabels, new LabelPlacement.Box(0, 0, xAxis.getLength(), yAxis.getLength()),
                // ChartFX's marker size is a radius in pixels
                PlotStyle.MARKER_SIZE_PT + 1, PlotStyle.LABEL_GAP_PT * 4 / 3.0);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        for (int k = 0; k < annotations.size(); k++) {
            LabelPlacement.Placement p = placements.get(k);
            if (p == null) {
                continue;
            }
            Annotation a = annotations.get(k);
            if (p.leader()) {
                double ax = xAxis.getDisplayPosition(a.x());
                double ay = yAxis.getDisplayPosition(a.y());
                double[] end = p.nearestTo(ax, ay);
                gc.setStroke(PlotStyle.fx(PlotStyle.REFERENCE_LINE, 1));
                gc.setLineWidth(PlotStyle.LEADER_LINE_WIDTH_PT * 4 / 3.0);
                gc.strokeLine(ax, ay, end[0], end[1]);
            }
            gc.setFont(font(a.italic()));
            gc.setFill(PlotStyle.fx(PlotStyle.TEXT, 1));
            gc.fillText(a.text(), p.box().left(), p.box().top());
        }
    }

    private double[] measure(Annotation a) {
        Text probe = new Text(a.text());
        probe.setFont(font(a.italic()));
        return new double[] {probe.getLayoutBounds().getWidth(), probe.getLayoutBounds().getHeight()};
    }

    @Override
    protected GuideRenderer getThis() {
        return this;
    }
}
