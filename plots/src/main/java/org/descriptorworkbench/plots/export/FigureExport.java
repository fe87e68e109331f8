package org.descriptorworkbench.plots.export;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.HeatMap;
import org.descriptorworkbench.plots.figure.Numbers;
import org.descriptorworkbench.plots.figure.Series;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;

/**
 * Writes a {@link Figure} to a file: SVG (JFreeSVG) and PDF (OrsonPDF) as vector drawings, PNG as a raster
 * of the same {@link FigureDrawing} at a chosen resolution (so PNG, SVG and PDF look identical; a JavaFX
 * snapshot would instead carry the screen's layout and fonts), and CSV with the plotted data. The figure's
 * size is in points (1/72 inch); a PNG at d dots per inch is width·d/72 × height·d/72 pixels.
 */
public final class FigureExport {

    /** The file kinds a figure can be exported to. */
    public enum Format {
        PNG, SVG, PDF, CSV;

        /** The format a file name's extension asks for. */
        public static Format ofFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (lower.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new WorkbenchException("cannot export to '" + name + "': the name must end in .png, .svg, .pdf or .csv");
        }
    }

    public static final int DEFAULT_DPI = 150;

    private FigureExport() {
    }

    /** Writes the figure in the given format (dpi only matters for PNG). */
    public static void write(Figure figure, Format format, Path file, int dpi) {
        switch (format) {
            case PNG -> png(figure, file, dpi);
            case SVG -> svg(figure, file);
            case PDF -> pdf(figure, file);
            case CSV -> csv(figure, file);
        }
    }

    /** Pixel size of a PNG of the figure at the given resolution: {width, height}. */
    public static int[] pixelSize(Figure figure, int dpi) {
        return new int[] {(int) Math.round(figure.widthPt() * dpi / 72.0), (int) Math.round(figure.heightPt() * dpi / 72.0)};
    }

    public static void png(Figure figure, Path file, int dpi) {
        if (dpi < 30 || dpi > 1200) {
            throw new WorkbenchException("PNG resolution must be between 30 and 1200 dpi, got " + dpi);
        }
        int[] size = pixelSize(figure, dpi);
        BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(dpi / 72.0, dpi / 72.0);
            FigureDrawing.draw(figure, g, figure.widthPt(), figure.heightPt());
        } finally {
            g.dispose();
        }
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw failed(file, e);
        }
    }

    public static void svg(Figure figure, Path file) {
        SVGGraphics2D g = new SVGGraphics2D(figure.widthPt(), figure.heightPt(), SVGUnits.PT);
        FigureDrawing.draw(figure, g, figure.widthPt(), figure.heightPt());
        try {
            // no DOCTYPE: readers must not need to fetch the SVG 1.1 DTD from the network
            Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failed(file, e);
        }
    }

    public static void pdf(Figure figure, Path file) {
        PDFDocument document = new PDFDocument();
        document.setTitle(figure.title() == null ? "figure" : figure.title());
        document.setAuthor("Descriptor Workbench");
        Page page = document.createPage(new Rectangle2D.Double(0, 0, figure.widthPt(), figure.heightPt()));
        PDFGraphics2D g = page.getGraphics2D();
        // the PDF base fonts lack Δ, ρ, ε and arrows, so text goes in as glyph outlines
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        FigureDrawing.draw(figure, g, figure.widthPt(), figure.heightPt());
        try {
            Files.write(file, document.getPDFBytes());
        } catch (IOException e) {
            throw failed(file, e);
        }
    }

    /**
     * The plotted data in long form, one row per heat-map cell or series point:
     * {@code layer,kind,index,x,y,x_end,y_end,value,label} (cells carry their rectangle and value, points
     * their coordinates and label).
     */
    public static void csv(Figure figure, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("layer,kind,index,x,y,x_end,y_end,value,label\n");
            for (HeatMap map : figure.heatMaps()) {
                int index = 0;
                for (int ix = 0; ix < map.columns(); ix++) {
                    for (int iy = 0; iy < map.rows(); iy++) {
                        double xa = map.x0() + ix * map.cellWidth();
                        double ya = map.y0() + iy * map.cellHeight();
                        String label = map.cellTexts() == null ? "" : map.cellTexts()[ix][iy];
                        out.write(row(map.name(), "cell", index++, xa, ya, xa + map.cellWidth(), ya + map.cellHeight(),
                                Numbers.exact(map.values()[ix][iy]), label));
                    }
                }
            }
            for (Series s : figure.series()) {
                for (int i = 0; i < s.size(); i++) {
                    String label = s.pointLabels() == null ? "" : s.pointLabels()[i];
                    out.write(row(s.name(), "point", i, s.x()[i], s.y()[i], Double.NaN, Double.NaN, "", label));
                }
            }
        } catch (IOException e) {
            throw failed(file, e);
        }
    }

    private static String row(String layer, String kind, int index, double x, double y, double xEnd, double yEnd,
            String value, String label) {
        return quote(layer) + ',' + kind + ',' + index + ',' + Numbers.exact(x) + ',' + Numbers.exact(y) + ','
                + (Double.isNaN(xEnd) ? "" : Numbers.exact(xEnd)) + ',' + (Double.isNaN(yEnd) ? "" : Numbers.exact(yEnd))
                + ',' + value + ',' + quote(label) + '\n';
    }

    private static String quote(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // one record per line: multi-line hover texts become "; "-separated
        text = text.replace("\n", "; ");
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static WorkbenchException failed(Path file, IOException e) {
        return new WorkbenchException("cannot write " + file + ": " + e.getMessage(), e);
    }
}
