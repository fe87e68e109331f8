package org.descriptorworkbench.plots.export;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.descriptorworkbench.plots.PlotStyle;
import org.descriptorworkbench.plots.figure.Annotation;
import org.descriptorworkbench.plots.figure.CellTextFit;
import org.descriptorworkbench.plots.figure.LabelPlacement;
import org.descriptorworkbench.plots.figure.AxisSpec;
import org.descriptorworkbench.plots.figure.ColorScale;
import org.descriptorworkbench.plots.figure.ColourKey;
import org.descriptorworkbench.plots.figure.Figure;
import org.descriptorworkbench.plots.figure.HeatMap;
import org.descriptorworkbench.plots.figure.Numbers;
import org.descriptorworkbench.plots.figure.ReferenceLine;
import org.descriptorworkbench.plots.figure.Series;
import org.descriptorworkbench.plots.figure.Ticks;

/**
 * Draws a {@link Figure} onto any Graphics2D in point units: the one drawing behind SVG, PDF and PNG
 * export, so all three look alike. Layout: title and subtitle on top, the plot frame with outward ticks,
 * wrapped axis labels, heat-map cells as vector rectangles, series, guides and annotations clipped to the
 * frame, the colour bar (the figure's colour key or its first heat map's) on the right and the legend inside a corner or below.
 */
public final class FigureDrawing {

    private static final double PAD = 6;
    private static final double TICK = 4;
    private static final double COLOUR_BAR_WIDTH = 11;

    private final Figure figure;
    private final Graphics2D g;
    private final double width;
    private final double height;
    private final Font titleFont = font(Font.BOLD, PlotStyle.TITLE_FONT_PT);
    private final Font labelFont = font(Font.PLAIN, PlotStyle.LABEL_FONT_PT);
    private final Font tickFont = font(Font.PLAIN, PlotStyle.TICK_FONT_PT);
    private final Font annotationFont = font(Font.PLAIN, PlotStyle.ANNOTATION_FONT_PT);
    private Rectangle2D plot;

    private FigureDrawing(Figure figure, Graphics2D g, double width, double height) {
        this.figure = figure;
        this.g = g;
        this.width = width;
        this.height = height;
    }

    /** Draws the figure into the rectangle (0, 0, width, height) of {@code g}, in the units of {@code g}. */
    public static void draw(Figure figure, Graphics2D g, double width, double height) {
        new FigureDrawing(figure, g, width, height).draw();
    }

    private static Font font(int style, double size) {
        return new Font(PlotStyle.FONT_FAMILY, style, 1).deriveFont(style, (float) size);
    }

    private void draw() {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(java.awt.Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        plot = layout();
        Shape oldClip = g.getClip();
        g.clip(plot);
        figure.heatMaps().forEach(this::drawHeatMap);
        figure.lines().forEach(this::drawReferenceLine);
        figure.series().forEach(this::drawSeries);
        g.setClip(oldClip);
        drawAnnotations();
        drawFrameAndTicks();
        drawAxisLabels();
        drawTitle();
        figure.shownColourKey().ifPresent(this::drawColourBar);
        drawNotes();
        drawLegend();
    }

    // ---- layout -------------------------------------------------------------------------------------

    private Rectangle2D layout() {
        double top = PAD + titleBlockHeight() + (figure.title() == null ? 0 : PAD);
        FontMetrics tick = g.getFontMetrics(tickFont);
        FontMetrics label = g.getFontMetrics(labelFont);
        double yTickWidth = 0;
        for (TickMark t : ticks(figure.y())) {
            yTickWidth = Math.max(yTickWidth, textWidth(t, tick));
        }
        double right = PAD + (figure.shownColourKey().isPresent() ? COLOUR_BAR_WIDTH + 2 * PAD + colourBarLabelWidth() : PAD);
        double legendBelow = figure.legend() == Figure.Legend.BELOW ? legendBlockHeight() + PAD : 0;
        double provisionalWidth = width - 2 * PAD - yTickWidth - TICK - 2 * label.getHeight() - right;
        int xLabelLines = wrap(figure.x().label(), label, provisionalWidth).size();
        double bottom = PAD + legendBelow + notesHeight() + xLabelLines * label.getHeight() + tick.getHeight() + TICK + 4;
        double provisionalHeight = height - top - bottom;
        int yLabelLines = wrap(figure.y().label(), label, provisionalHeight).size();
        double left = PAD + yLabelLines * label.getHeight() + 4 + yTickWidth + TICK + 2;
        return new Rectangle2D.Double(left, top, Math.max(10, width - left - right), Math.max(10, height - top - bottom));
    }

    private double notesHeight() {
        if (figure.notes().isEmpty()) {
            return 0;
        }
        return noteLines().size() * g.getFontMetrics(annotationFont).getHeight() + 4;
    }

    /** The notes broken into lines that fit the figure's width. */
    private List<String> noteLines() {
        FontMetrics m = g.getFontMetrics(annotationFont);
        List<String> lines = new ArrayList<>();
        for (String note : figure.notes()) {
            lines.addAll(wrap(note, m, width - 2 * PAD));
        }
        return lines;
    }

    private void drawNotes() {
        if (figure.notes().isEmpty()) {
            return;
        }
        g.setFont(annotationFont);
        g.setColor(PlotStyle.awt(PlotStyle.TEXT, 1));
        FontMetrics m = g.getFontMetrics();
        double legendBelow = figure.legend() == Figure.Legend.BELOW ? legendBlockHeight() + PAD : 0;
        double baseline = height - PAD - legendBelow - notesHeight() + 4 + m.getAscent();
        for (String note : noteLines()) {
            g.drawString(note, (float) PAD, (float) baseline);
            baseline += m.getHeight();
        }
    }

    private double titleBlockHeight() {
        double h = 0;
        if (figure.title() != null) {
            h += g.getFontMetrics(titleFont).getHeight();
        }
        h += subtitleLines().size() * (g.getFontMetrics(annotationFont).getHeight() + 1);
        return h;
    }

    private List<String> subtitleLines() {
        return figure.subtitle() == null ? List.of() : wrap(figure.subtitle(), g.getFontMetrics(annotationFont), width - 2 * PAD);
    }

    private double colourBarLabelWidth() {
        FontMetrics tick = g.getFontMetrics(tickFont);
        double w = 0;
        for (TickMark t : scaleTicks(figure.shownColourKey().orElseThrow().scale())) {
            w = Math.max(w, textWidth(t, tick));
        }
        return w + TICK + 2 + g.getFontMetrics(labelFont).getHeight();
    }

    // ---- coordinates --------------------------------------------------------------------------------

    private double px(double x) {
        return plot.getMinX() + figure.x().fraction(x) * plot.getWidth();
    }

    private double py(double y) {
        return plot.getMaxY() - figure.y().fraction(y) * plot.getHeight();
    }

    // ---- content ------------------------------------------------------------------------------------

    /** Beyond this many cells a heat map goes into the file as one image instead of one rectangle per cell. */
    static final int MAX_VECTOR_CELLS = 250_000;

    private void drawHeatMap(HeatMap map) {
        if ((long) map.columns() * map.rows() > MAX_VECTOR_CELLS && !map.printValues()) {
            drawHeatMapImage(map);
            return;
        }
        ColorScale scale = map.scale();
        Font valueFont = map.printValues() ? valueFont(map) : annotationFont;
        FontMetrics metrics = g.getFontMetrics(valueFont);
        for (int ix = 0; ix < map.columns(); ix++) {
            double xa = px(map.x0() + ix * map.cellWidth());
            double xb = px(map.x0() + (ix + 1) * map.cellWidth());
            for (int iy = 0; iy < map.rows(); iy++) {
                double value = map.values()[ix][iy];
                if (!scale.shows(value)) {
                    continue;
                }
                double ya = py(map.y0() + (iy + 1) * map.cellHeight());
                double yb = py(map.y0() + iy * map.cellHeight());
                int colour = scale.colour(value);
                g.setColor(PlotStyle.awt(colour, 1));
                // a hair of overlap hides the seams anti-aliasing would leave between touching cells
                g.fill(new Rectangle2D.Double(xa, ya, xb - xa + 0.15, yb - ya + 0.15));
                if (map.printValues()) {
                    String text = String.format(java.util.Locale.ROOT, map.valueFormat(), value);
                    double textWidth = metrics.getStringBounds(text, g).getWidth();
                    if (!CellTextFit.fits(textWidth, metrics.getAscent() + metrics.getDescent(), valueFont.getSize2D(), xb - xa,
                            yb - ya)) {
                        continue;
                    }
                    g.setFont(valueFont);
                    g.setColor(PlotStyle.awt(PlotStyle.textOn(colour), 1));
                    g.drawString(text, (float) ((xa + xb - textWidth) / 2),
                            (float) ((ya + yb) / 2 + (metrics.getAscent() - metrics.getDescent()) / 2.0));
                }
            }
        }
    }

    /** The annotation font, made smaller (down to {@link PlotStyle#MIN_CELL_FONT_PT}) until the map's values fit its cells. */
    private Font valueFont(HeatMap map) {
        List<String> texts = new ArrayList<>();
        for (double[] column : map.values()) {
            for (double value : column) {
                if (map.scale().shows(value)) {
                    texts.add(String.format(java.util.Locale.ROOT, map.valueFormat(), value));
                }
            }
        }
        double cellWidth = Math.abs(px(map.x0() + map.cellWidth()) - px(map.x0()));
        double cellHeight = Math.abs(py(map.y0() + map.cellHeight()) - py(map.y0()));
        double size = CellTextFit.fontSize(at -> {
            FontMetrics m = g.getFontMetrics(annotationFont.deriveFont((float) at));
            double widest = 0;
            for (String t : texts) {
                widest = Math.max(widest, m.getStringBounds(t, g).getWidth());
            }
            return new double[] {widest, m.getAscent() + m.getDescent()};
        }, annotationFont.getSize2D(), cellWidth, cellHeight, PlotStyle.MIN_CELL_FONT_PT);
        return annotationFont.deriveFont((float) size);
    }

    private void drawHeatMapImage(HeatMap map) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(map.columns(), map.rows(),
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int ix = 0; ix < map.columns(); ix++) {
            for (int iy = 0; iy < map.rows(); iy++) {
                double value = map.values()[ix][iy];
                int argb = map.scale().shows(value) ? 0xFF000000 | map.scale().colour(value) : 0;
                image.setRGB(ix, map.rows() - 1 - iy, argb);
            }
        }
        double left = px(map.x0());
        double top = py(map.y1());
        AffineTransform place = AffineTransform.getTranslateInstance(left, top);
        place.scale((px(map.x1()) - left) / map.columns(), (py(map.y0()) - top) / map.rows());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(image, place, null);
    }

    private void drawReferenceLine(ReferenceLine line) {
        g.setColor(PlotStyle.awt(PlotStyle.REFERENCE_LINE, 1));
        g.setStroke(new BasicStroke((float) PlotStyle.REFERENCE_LINE_WIDTH_PT, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10, new float[] {4, 3}, 0));
        g.draw(new Line2D.Double(px(line.x1()), py(line.y1()), px(line.x2()), py(line.y2())));
        if (line.label() != null) {
            g.setFont(annotationFont);
            LabelPlacement.Box box = lineLabelBox(line);
            g.drawString(line.label(), (float) box.left(), (float) (box.top() + g.getFontMetrics().getAscent()));
        }
    }

    /** Where a reference line's label goes: above the line's right end, right-aligned. */
    private LabelPlacement.Box lineLabelBox(ReferenceLine line) {
        FontMetrics m = g.getFontMetrics(annotationFont);
        double x = Math.min(px(line.x2()), plot.getMaxX()) - m.stringWidth(line.label()) - 3;
        double baseline = Math.max(plot.getMinY() + m.getAscent(), Math.min(py(line.y2()), plot.getMaxY()) - 3);
        return new LabelPlacement.Box(x, baseline - m.getAscent(), m.stringWidth(line.label()), m.getAscent() + m.getDescent());
    }

    private void drawSeries(Series s) {
        java.awt.Color colour = PlotStyle.awt(s.colour(), s.opacity());
        g.setColor(colour);
        if (s.line()) {
            float[] dash = s.dashed() ? new float[] {6, 3} : null;
            g.setStroke(new BasicStroke((float) PlotStyle.LINE_WIDTH_PT, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                    10, dash, 0));
            Path2D path = new Path2D.Double();
            boolean open = false;
            for (int i = 0; i < s.size(); i++) {
                if (!shown(s.x()[i], s.y()[i])) {
                    open = false;
                    continue;
                }
                if (open) {
                    path.lineTo(px(s.x()[i]), py(s.y()[i]));
                } else {
                    path.moveTo(px(s.x()[i]), py(s.y()[i]));
                    open = true;
                }
            }
            g.draw(path);
        }
        if (s.marker() != Series.Marker.NONE) {
            g.setStroke(new BasicStroke(0.6f));
            for (int i = 0; i < s.size(); i++) {
                if (shown(s.x()[i], s.y()[i])) {
                    drawMarker(s.marker(), px(s.x()[i]), py(s.y()[i]), PlotStyle.MARKER_SIZE_PT, colour);
                }
            }
        }
    }

    private boolean shown(double x, double y) {
        return figure.x().accepts(x) && figure.y().accepts(y);
    }

    private void drawMarker(Series.Marker marker, double x, double y, double size, java.awt.Color colour) {
        double r = size / 2;
        Shape shape = switch (marker) {
            case CIRCLE -> new Ellipse2D.Double(x - r, y - r, size, size);
            case SQUARE -> new Rectangle2D.Double(x - r * 0.9, y - r * 0.9, size * 0.9, size * 0.9);
            case DIAMOND -> polygon(new double[] {x, x + r * 1.2, x, x - r * 1.2}, new double[] {y - r * 1.2, y, y + r * 1.2, y});
            case TRIANGLE -> polygon(new double[] {x, x + r * 1.15, x - r * 1.15}, new double[] {y - r * 1.2, y + r * 0.9, y + r * 0.9});
            case NONE -> null;
        };
        if (shape != null) {
            g.setColor(colour);
            g.fill(shape);
            java.awt.Color edge = colour.darker().darker();
            g.setColor(new java.awt.Color(edge.getRed(), edge.getGreen(), edge.getBlue(), Math.min(255, colour.getAlpha() + 60)));
            g.draw(shape);
        }
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }

    /** Draws the annotations where {@link LabelPlacement} puts them (as the screen does), with leader lines where asked. */
    private void drawAnnotations() {
        List<Annotation> annotations = figure.annotations();
        List<LabelPlacement.Box> lineLabels = figure.lines().stream().filter(l -> l.label() != null).map(this::lineLabelBox)
                .toList();
        List<LabelPlacement.Placement> placements = LabelPlacement.layout(figure, this::px, this::py, this::measure, lineLabels,
                new LabelPlacement.Box(plot.getMinX(), plot.getMinY(), plot.getWidth(), plot.getHeight()),
                PlotStyle.MARKER_SIZE_PT / 2 + 0.75, PlotStyle.LABEL_GAP_PT);
        for (int k = 0; k < annotations.size(); k++) {
            LabelPlacement.Placement p = placements.get(k);
            if (p == null) {
                continue;
            }
            Annotation a = annotations.get(k);
            if (p.leader()) {
                double[] end = p.nearestTo(px(a.x()), py(a.y()));
                g.setColor(PlotStyle.awt(PlotStyle.REFERENCE_LINE, 1));
                g.setStroke(new BasicStroke((float) PlotStyle.LEADER_LINE_WIDTH_PT));
                g.draw(new java.awt.geom.Line2D.Double(px(a.x()), py(a.y()), end[0], end[1]));
            }
            g.setFont(annotationFont(a));
            g.setColor(PlotStyle.awt(PlotStyle.TEXT, 1));
            g.drawString(a.text(), (float) p.box().left(), (float) (p.box().top() + g.getFontMetrics().getAscent()));
        }
    }

    private Font annotationFont(Annotation a) {
        return a.italic() ? annotationFont.deriveFont(Font.ITALIC) : annotationFont;
    }

    private double[] measure(Annotation a) {
        FontMetrics m = g.getFontMetrics(annotationFont(a));
        return new double[] {m.stringWidth(a.text()), m.getAscent() + m.getDescent()};
    }

    // ---- axes ---------------------------------------------------------------------------------------

    /** A tick: position plus either plain text or a power of ten (drawn as 10 with a raised exponent). */
    private record TickMark(double value, String text, Integer exponent) {
    }

    private List<TickMark> ticks(AxisSpec axis) {
        List<TickMark> marks = new ArrayList<>();
        if (axis.ticks() != null) {
            for (int i = 0; i < axis.ticks().size(); i++) {
                marks.add(new TickMark(axis.ticks().get(i), axis.tickLabels().get(i), null));
            }
        } else if (axis.log()) {
            for (int k : Ticks.decades(axis.min(), axis.max(), 7)) {
                marks.add(new TickMark(Math.pow(10, k), null, k));
            }
        } else {
            List<Double> values = Ticks.linear(axis.min(), axis.max(), 5);
            for (double v : values) {
                marks.add(new TickMark(v, Ticks.linearLabel(v, values), null));
            }
        }
        return marks;
    }

    private List<TickMark> scaleTicks(ColorScale scale) {
        AxisSpec asAxis = scale.max() > scale.min()
                ? new AxisSpec("", scale.min(), scale.max(), scale.log(), null, null)
                : AxisSpec.linear("", scale.min() - 0.5, scale.max() + 0.5);
        List<TickMark> marks = ticks(asAxis);
        if (scale.log() && marks.size() < 2) {
            marks = List.of(new TickMark(scale.min(), Numbers.compact(scale.min(), 3), null),
                    new TickMark(scale.max(), Numbers.compact(scale.max(), 3), null));
        }
        return marks;
    }

    private double textWidth(TickMark t, FontMetrics m) {
        if (t.exponent() == null) {
            return m.stringWidth(t.text());
        }
        FontMetrics small = g.getFontMetrics(tickFont.deriveFont(tickFont.getSize2D() * 0.75f));
        return m.stringWidth("10") + small.stringWidth(Integer.toString(t.exponent()));
    }

    /** Draws a tick label with its reference point (x, baseline) at the given alignment. */
    private void drawTickText(TickMark t, double x, double baseline, double align) {
        FontMetrics m = g.getFontMetrics(tickFont);
        double left = x - align * textWidth(t, m);
        g.setFont(tickFont);
        if (t.exponent() == null) {
            g.drawString(t.text(), (float) left, (float) baseline);
            return;
        }
        g.drawString("10", (float) left, (float) baseline);
        Font small = tickFont.deriveFont(tickFont.getSize2D() * 0.75f);
        g.setFont(small);
        g.drawString(Integer.toString(t.exponent()), (float) (left + m.stringWidth("10")),
                (float) (baseline - m.getAscent() * 0.45));
        g.setFont(tickFont);
    }

    private void drawFrameAndTicks() {
        g.setColor(PlotStyle.awt(PlotStyle.TEXT, 1));
        g.setStroke(new BasicStroke((float) PlotStyle.AXIS_LINE_WIDTH_PT));
        g.draw(plot);
        FontMetrics m = g.getFontMetrics(tickFont);
        for (TickMark t : ticks(figure.x())) {
            double x = px(t.value());
            if (x < plot.getMinX() - 0.5 || x > plot.getMaxX() + 0.5) {
                continue;
            }
            g.draw(new Line2D.Double(x, plot.getMaxY(), x, plot.getMaxY() + TICK));
            drawTickText(t, x, plot.getMaxY() + TICK + 2 + m.getAscent(), 0.5);
        }
        for (TickMark t : ticks(figure.y())) {
            double y = py(t.value());
            if (y < plot.getMinY() - 0.5 || y > plot.getMaxY() + 0.5) {
                continue;
            }
            g.draw(new Line2D.Double(plot.getMinX() - TICK, y, plot.getMinX(), y));
            drawTickText(t, plot.getMinX() - TICK - 2, y + (m.getAscent() - m.getDescent()) / 2.0, 1);
        }
        drawMinorLogTicks();
    }

    private void drawMinorLogTicks() {
        g.setStroke(new BasicStroke((float) (PlotStyle.AXIS_LINE_WIDTH_PT * 0.7)));
        for (AxisSpec axis : List.of(figure.x(), figure.y())) {
            if (!axis.log() || Math.log10(axis.max() / axis.min()) > 8) {
                continue;
            }
            for (int k = (int) Math.floor(Math.log10(axis.min())); k <= Math.ceil(Math.log10(axis.max())); k++) {
                for (int d = 2; d <= 9; d++) {
                    double v = d * Math.pow(10, k);
                    if (v < axis.min() || v > axis.max()) {
                        continue;
                    }
                    if (axis == figure.x()) {
                        g.draw(new Line2D.Double(px(v), plot.getMaxY(), px(v), plot.getMaxY() + TICK / 2));
                    } else {
                        g.draw(new Line2D.Double(plot.getMinX() - TICK / 2, py(v), plot.getMinX(), py(v)));
                    }
                }
            }
        }
    }

    private void drawAxisLabels() {
        g.setFont(labelFont);
        g.setColor(PlotStyle.awt(PlotStyle.TEXT, 1));
        FontMetrics m = g.getFontMetrics();
        FontMetrics tick = g.getFontMetrics(tickFont);
        List<String> xLines = wrap(figure.x().label(), m, plot.getWidth());
        double baseline = plot.getMaxY() + TICK + 4 + tick.getHeight() + m.getAscent();
        for (String line : xLines) {
            g.drawString(line, (float) (plot.getCenterX() - m.stringWidth(line) / 2.0), (float) baseline);
            baseline += m.getHeight();
        }
        List<String> yLines = wrap(figure.y().label(), m, plot.getHeight());
        double column = PAD + m.getAscent();
        for (String line : yLines) {
            drawRotated(line, column, plot.getCenterY(), m);
            column += m.getHeight();
        }
    }

    private void drawRotated(String text, double x, double centreY, FontMetrics m) {
        AffineTransform saved = g.getTransform();
        g.translate(x, centreY);
        g.rotate(-Math.PI / 2);
        g.drawString(text, (float) (-m.stringWidth(text) / 2.0), 0f);
        g.setTransform(saved);
    }

    private void drawTitle() {
        double baseline = PAD;
        g.setColor(PlotStyle.awt(PlotStyle.TEXT, 1));
        if (figure.title() != null) {
            g.setFont(titleFont);
            FontMetrics m = g.getFontMetrics();
            baseline += m.getAscent();
            g.drawString(figure.title(), (float) (plot.getCenterX() - m.stringWidth(figure.title()) / 2.0), (float) baseline);
            baseline += m.getDescent();
        }
        g.setFont(annotationFont);
        FontMetrics m = g.getFontMetrics();
        for (String line : subtitleLines()) {
            baseline += m.getAscent() + 1;
            double x = Math.max(PAD, Math.min(plot.getCenterX() - m.stringWidth(line) / 2.0, width - PAD - m.stringWidth(line)));
            g.drawString(line, (float) x, (float) baseline);
            baseline += m.getDescent();
        }
    }

    private void drawColourBar(ColourKey key) {
        ColorScale scale = key.scale();
        double x = plot.getMaxX() + 2 * PAD;
        int steps = 64;
        double h = plot.getHeight() / steps;
        for (int s = 0; s < steps; s++) {
            double f = (s + 0.5) / steps;
            g.setColor(PlotStyle.awt(PlotStyle.colourMap(f), 1));
            g.fill(new Rectangle2D.Double(x, plot.getMaxY() - (s + 1) * h, COLOUR_BAR_WIDTH, h + 0.15));
        }
        g.setColor(PlotStyle.awt(PlotStyle.TEXT, 1));
        g.setStroke(new BasicStroke((float) PlotStyle.AXIS_LINE_WIDTH_PT));
        g.draw(new Rectangle2D.Double(x, plot.getMinY(), COLOUR_BAR_WIDTH, plot.getHeight()));
        FontMetrics m = g.getFontMetrics(tickFont);
        double widest = 0;
        for (TickMark t : scaleTicks(scale)) {
            if (scale.log() && !(t.value() > 0) || t.value() < scale.min() - 1e-12 || t.value() > scale.max() + 1e-12) {
                continue;
            }
            double y = plot.getMaxY() - (scale.max() > scale.min() ? scale.fraction(t.value()) : 0.5) * plot.getHeight();
            g.draw(new Line2D.Double(x + COLOUR_BAR_WIDTH, y, x + COLOUR_BAR_WIDTH + TICK, y));
            drawTickText(t, x + COLOUR_BAR_WIDTH + TICK + 2, y + (m.getAscent() - m.getDescent()) / 2.0, 0);
            widest = Math.max(widest, textWidth(t, m));
        }
        g.setFont(labelFont);
        FontMetrics lm = g.getFontMetrics();
        drawRotated(key.label() == null ? "" : key.label(), x + COLOUR_BAR_WIDTH + TICK + 4 + widest + lm.getAscent(), plot.getCenterY(), lm);
    }

    // ---- legend -------------------------------------------------------------------------------------

    private static final double SAMPLE = 18;

    private List<List<String>> legendLines(double maxWidth) {
        FontMetrics m = g.getFontMetrics(annotationFont);
        List<List<String>> entries = new ArrayList<>();
        for (Series s : figure.legendSeries()) {
            entries.add(wrap(s.name(), m, maxWidth - SAMPLE - 10));
        }
        return entries;
    }

    private double legendBlockHeight() {
        FontMetrics m = g.getFontMetrics(annotationFont);
        return legendLines(width - 4 * PAD).stream().mapToInt(List::size).sum() * m.getHeight() + 6;
    }

    private void drawLegend() {
        if (figure.legend() == Figure.Legend.NONE || figure.legendSeries().isEmpty()) {
            return;
        }
        g.setFont(annotationFont);
        FontMetrics m = g.getFontMetrics();
        boolean below = figure.legend() == Figure.Legend.BELOW;
        double maxWidth = below ? width - 4 * PAD : plot.getWidth() * 0.6;
        List<List<String>> entries = legendLines(maxWidth);
        double textWidth = 0;
        int lines = 0;
        for (List<String> entry : entries) {
            lines += entry.size();
            for (String line : entry) {
                textWidth = Math.max(textWidth, m.stringWidth(line));
            }
        }
        double boxW = SAMPLE + 10 + textWidth + 6;
        double boxH = lines * m.getHeight() + 6;
        double bx;
        double by;
        Figure.Legend corner = figure.legend() == Figure.Legend.BEST ? emptiestCorner(boxW, boxH) : figure.legend();
        switch (corner) {
            case TOP_LEFT -> { bx = plot.getMinX() + 6; by = plot.getMinY() + 6; }
            case BOTTOM_RIGHT -> { bx = plot.getMaxX() - boxW - 6; by = plot.getMaxY() - boxH - 6; }
            case BOTTOM_LEFT -> { bx = plot.getMinX() + 6; by = plot.getMaxY() - boxH - 6; }
            // aligned with the plot when it fits; entries are wrapped to the figure width, so shift left otherwise
            case BELOW -> { bx = Math.min(plot.getMinX(), width - PAD - boxW); by = height - PAD - boxH; }
            default -> { bx = plot.getMaxX() - boxW - 6; by = plot.getMinY() + 6; }
        }
        if (!below) {
            g.setColor(new java.awt.Color(255, 255, 255, 225));
            g.fill(new Rectangle2D.Double(bx, by, boxW, boxH));
            g.setColor(PlotStyle.awt(0xBBBBBB, 1));
            g.setStroke(new BasicStroke(0.6f));
            g.draw(new Rectangle2D.Double(bx, by, boxW, boxH));
        }
        double y = by + 3;
        List<Series> series = figure.legendSeries();
        for (int e = 0; e < entries.size(); e++) {
            Series s = series.get(e);
            double mid = y + m.getHeight() / 2.0;
            java.awt.Color colour = PlotStyle.awt(s.colour(), Math.max(s.opacity(), 0.8));
            if (s.line()) {
                g.setColor(colour);
                g.setStroke(new BasicStroke((float) PlotStyle.LINE_WIDTH_PT, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                        10, s.dashed() ? new float[] {4, 2} : null, 0));
                g.draw(new Line2D.Double(bx + 4, mid, bx + 4 + SAMPLE, mid));
            }
            if (s.marker() != Series.Marker.NONE) {
                g.setStroke(new BasicStroke(0.6f));
                drawMarker(s.marker(), bx + 4 + SAMPLE / 2, mid, PlotStyle.MARKER_SIZE_PT + 1, colour);
            }
            g.setColor(PlotStyle.awt(PlotStyle.TEXT, 1));
            g.setFont(annotationFont);
            for (String line : entries.get(e)) {
                g.drawString(line, (float) (bx + SAMPLE + 10), (float) (y + m.getAscent()));
                y += m.getHeight();
            }
        }
    }

    /** The inside corner whose legend box would cover the fewest drawn points (first of TR, TL, BR, BL on ties). */
    private Figure.Legend emptiestCorner(double boxW, double boxH) {
        Figure.Legend best = Figure.Legend.TOP_RIGHT;
        int fewest = Integer.MAX_VALUE;
        for (Figure.Legend corner : List.of(Figure.Legend.TOP_RIGHT, Figure.Legend.TOP_LEFT, Figure.Legend.BOTTOM_RIGHT,
                Figure.Legend.BOTTOM_LEFT)) {
            boolean right = corner == Figure.Legend.TOP_RIGHT || corner == Figure.Legend.BOTTOM_RIGHT;
            boolean top = corner == Figure.Legend.TOP_RIGHT || corner == Figure.Legend.TOP_LEFT;
            Rectangle2D box = new Rectangle2D.Double(right ? plot.getMaxX() - boxW - 6 : plot.getMinX() + 6,
                    top ? plot.getMinY() + 6 : plot.getMaxY() - boxH - 6, boxW, boxH);
            int covered = 0;
            for (Series s : figure.series()) {
                for (int i = 0; i < s.size(); i++) {
                    if (shown(s.x()[i], s.y()[i]) && box.contains(px(s.x()[i]), py(s.y()[i]))) {
                        covered++;
                    }
                }
                covered += s.line() ? crossings(s, box) : 0;
            }
            if (covered < fewest) {
                fewest = covered;
                best = corner;
            }
        }
        return best;
    }

    /** Line segments of a series passing through the box (their end points may lie outside it). */
    private int crossings(Series s, Rectangle2D box) {
        int count = 0;
        for (int i = 1; i < s.size(); i++) {
            if (shown(s.x()[i - 1], s.y()[i - 1]) && shown(s.x()[i], s.y()[i])
                    && box.intersectsLine(px(s.x()[i - 1]), py(s.y()[i - 1]), px(s.x()[i]), py(s.y()[i]))) {
                count++;
            }
        }
        return count;
    }

    // ---- text ---------------------------------------------------------------------------------------

    /** Breaks text into lines no wider than maxWidth, preferring breaks after ", " then spaces. */
    static List<String> wrap(String text, FontMetrics m, double maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        String rest = text;
        while (m.stringWidth(rest) > maxWidth && rest.length() > 1) {
            int cut = -1;
            for (int i = rest.length() - 1; i > 0; i--) {
                if ((rest.charAt(i) == ' ' || rest.charAt(i) == ',') && m.stringWidth(rest.substring(0, i + 1)) <= maxWidth) {
                    cut = i + 1;
                    break;
                }
            }
            if (cut <= 0) {
                break;
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        lines.add(rest);
        return lines;
    }
}
