package org.descriptorworkbench.plots.chart;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.descriptorworkbench.plots.PlotStyle;
import org.descriptorworkbench.plots.figure.ColorScale;
import org.descriptorworkbench.plots.figure.ColourKey;
import org.descriptorworkbench.plots.figure.Numbers;
import org.descriptorworkbench.plots.figure.Ticks;

/** The colour key of a heat map or of colour-coded points beside the chart: the colour map with ticks in its (log or linear) scale. */
final class ColourBar extends Region {

    private static final double BAR_WIDTH = 14;
    private final ColourKey key;
    private final Canvas chartCanvas;
    private final Canvas canvas = new Canvas();

    ColourBar(ColourKey key, Canvas chartCanvas) {
        this.key = key;
        this.chartCanvas = chartCanvas;
        getChildren().add(canvas);
        setMinWidth(90);
        setPrefWidth(90);
        chartCanvas.heightProperty().addListener((obs, old, now) -> requestLayout());
        chartCanvas.layoutBoundsProperty().addListener((obs, old, now) -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double top = 20;
        double bottom = getHeight() - 60;
        if (chartCanvas.getScene() != null && getScene() != null && chartCanvas.getHeight() > 0) {
            Bounds b = sceneToLocal(chartCanvas.localToScene(chartCanvas.getLayoutBounds()));
            top = b.getMinY();
            bottom = b.getMaxY();
        }
        if (bottom - top < 10) {
            return;
        }
        int steps = 128;
        double h = (bottom - top) / steps;
        for (int s = 0; s < steps; s++) {
            gc.setFill(PlotStyle.fx(PlotStyle.colourMap((s + 0.5) / steps), 1));
            gc.fillRect(6, bottom - (s + 1) * h, BAR_WIDTH, h + 0.5);
        }
        gc.setStroke(PlotStyle.fx(PlotStyle.TEXT, 1));
        gc.setLineWidth(1);
        gc.strokeRect(6, top, BAR_WIDTH, bottom - top);
        gc.setFill(PlotStyle.fx(PlotStyle.TEXT, 1));
        gc.setFont(Font.font(PlotStyle.FONT_FAMILY, PlotStyle.TICK_FONT_PT * 4 / 3.0));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        ColorScale scale = key.scale();
        for (double value : tickValues(scale)) {
            double y = bottom - (scale.max() > scale.min() ? scale.fraction(value) : 0.5) * (bottom - top);
            gc.strokeLine(6 + BAR_WIDTH, y, 10 + BAR_WIDTH, y);
            gc.fillText(scale.log() ? Ticks.logLabel(value) : Numbers.compact(value, 3), 13 + BAR_WIDTH, y);
        }
        gc.save();
        gc.translate(getWidth() - 8, (top + bottom) / 2);
        gc.rotate(-90);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFont(Font.font(PlotStyle.FONT_FAMILY, PlotStyle.LABEL_FONT_PT * 4 / 3.0));
        gc.fillText(key.label() == null ? "" : key.label(), 0, 0);
        gc.restore();
    }

    private static List<Double> tickValues(ColorScale scale) {
        if (scale.max() <= scale.min()) {
            return List.of(scale.min());
        }
        if (scale.log()) {
            List<Double> values = Ticks.decades(scale.min(), scale.max(), 6).stream().map(k -> Math.pow(10, k)).toList();
            return values.size() >= 2 ? values : List.of(scale.min(), scale.max());
        }
        return Ticks.linear(scale.min(), scale.max(), 5);
    }
}
