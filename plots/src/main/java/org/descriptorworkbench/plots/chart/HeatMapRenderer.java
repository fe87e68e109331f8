package org.descriptorworkbench.plots.chart;

import io.fair_acc.chartfx.renderer.spi.AbstractRendererXY;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.descriptorworkbench.plots.PlotStyle;
import org.descriptorworkbench.plots.figure.CellTextFit;
import org.descriptorworkbench.plots.figure.ColorScale;
import org.descriptorworkbench.plots.figure.HeatMap;

/**
 * A ChartFX renderer that draws a {@link HeatMap} as one image of its cells, stretched over the cells'
 * rectangle in the chart's current axis ranges (so zoom and pan just move the image), colours from the
 * heat map's {@link ColorScale}; small maps also get their values written in the cells.
 */
final class HeatMapRenderer extends AbstractRendererXY<HeatMapRenderer> {

    private final HeatMap map;
    private final WritableImage image;

    HeatMapRenderer(HeatMap map) {
        this.map = map;
        this.image = imageOf(map);
        // the data set only marks the map's corners, for axis ranges and the legend's name
        DoubleDataSet corners = new DoubleDataSet(map.name());
        corners.add(map.x0(), map.y0());
        corners.add(map.x1(), map.y1());
        getDatasets().add(corners);
        setShowInLegend(false);
    }

    private static WritableImage imageOf(HeatMap map) {
        WritableImage image = new WritableImage(map.columns(), map.rows());
        PixelWriter pixels = image.getPixelWriter();
        ColorScale scale = map.scale();
        for (int ix = 0; ix < map.columns(); ix++) {
            for (int iy = 0; iy < map.rows(); iy++) {
                double value = map.values()[ix][iy];
                int argb = scale.shows(value) ? 0xFF000000 | scale.colour(value) : 0x00FFFFFF;
                // image rows run top-down, the y axis bottom-up
                pixels.setArgb(ix, map.rows() - 1 - iy, argb);
            }
        }
        return image;
    }

    @Override
    protected void render(GraphicsContext gc, DataSet dataSet, DataSetNode style) {
        double left = xAxis.getDisplayPosition(map.x0());
        double right = xAxis.getDisplayPosition(map.x1());
        double top = yAxis.getDisplayPosition(map.y1());
        double bottom = yAxis.getDisplayPosition(map.y0());
        gc.save();
        gc.setImageSmoothing(false);
        gc.drawImage(image, Math.min(left, right), Math.min(top, bottom), Math.abs(right - left), Math.abs(bottom - top));
        if (map.printValues()) {
            writeValues(gc);
        }
        gc.restore();
    }

    /** Writes the values that fit their cells, in a font made smaller for narrow cells, as exports do ({@link CellTextFit}). */
    private void writeValues(GraphicsContext gc) {
        double preferred = PlotStyle.ANNOTATION_FONT_PT * 4 / 3.0;
        String[][] texts = new String[map.columns()][map.rows()];
        for (int ix = 0; ix < map.columns(); ix++) {
            for (int iy = 0; iy < map.rows(); iy++) {
                double value = map.values()[ix][iy];
                if (map.scale().shows(value)) {
                    texts[ix][iy] = String.format(Locale.ROOT, map.valueFormat(), value);
                }
            }
        }
        Text probe = new Text();
        double cellWidth = Math.abs(xAxis.getDisplayPosition(map.x0() + map.cellWidth()) - xAxis.getDisplayPosition(map.x0()));
        double cellHeight = Math.abs(yAxis.getDisplayPosition(map.y0() + map.cellHeight()) - yAxis.getDisplayPosition(map.y0()));
        double size = CellTextFit.fontSize(at -> {
            probe.setFont(Font.font(PlotStyle.FONT_FAMILY, at));
            double widest = 0;
            for (String[] column : texts) {
                for (String t : column) {
                    if (t != null) {
                        probe.setText(t);
                        widest = Math.max(widest, probe.getLayoutBounds().getWidth());
                    }
                }
            }
            return new double[] {widest, probe.getLayoutBounds().getHeight()};
        }, preferred, cellWidth, cellHeight, PlotStyle.MIN_CELL_FONT_PT * 4 / 3.0);
        Font font = Font.font(PlotStyle.FONT_FAMILY, size);
        probe.setFont(font);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int ix = 0; ix < map.columns(); ix++) {
            double x = xAxis.getDisplayPosition(map.x0() + (ix + 0.5) * map.cellWidth());
            for (int iy = 0; iy < map.rows(); iy++) {
                if (texts[ix][iy] == null) {
                    continue;
                }
                probe.setText(texts[ix][iy]);
                if (!CellTextFit.fits(probe.getLayoutBounds().getWidth(), probe.getLayoutBounds().getHeight(), size, cellWidth,
                        cellHeight)) {
                    continue;
                }
                double y = yAxis.getDisplayPosition(map.y0() + (iy + 0.5) * map.cellHeight());
                gc.setFill(PlotStyle.fx(PlotStyle.textOn(map.scale().colour(map.values()[ix][iy])), 1));
                gc.fillText(texts[ix][iy], x, y);
            }
        }
    }

    @Override
    protected HeatMapRenderer getThis() {
        return this;
    }
}
