package org.descriptorworkbench.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.descriptorworkbench.plots.export.FigureExport;
import org.descriptorworkbench.plots.figure.Figure;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads exported files back and checks that they are what they claim to be. */
final class ExportChecks {

    private ExportChecks() {
    }

    /** Parses the SVG as XML and returns the text of all its text elements. */
    static List<String> svgTexts(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        return out;
    }

    /** Number of elements with the given local name in the SVG. */
    static int svgCount(Path svg, String element) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(svg.toFile()).getElementsByTagNameNS("*", element).getLength();
    }

    /** Checks the PDF header, loads it with PDFBox and returns the page count; the page has the figure's size. */
    static int pdfPages(Path pdf, Figure figure) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(new String(bytes, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"), "PDF header");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.getNumberOfPages() > 0) {
                assertEquals(figure.widthPt(), doc.getPage(0).getMediaBox().getWidth(), 0.5);
                assertEquals(figure.heightPt(), doc.getPage(0).getMediaBox().getHeight(), 0.5);
            }
            return doc.getNumberOfPages();
        }
    }

    /** Renders the first page of a PDF with PDFBox to a PNG (to look at) and returns the image. */
    static BufferedImage renderPdf(Path pdf, Path png) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 110);
            ImageIO.write(image, "png", png.toFile());
            return image;
        }
    }

    /** Reads the PNG and checks its pixel size for the resolution. */
    static BufferedImage png(Path png, Figure figure, int dpi) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int[] expected = FigureExport.pixelSize(figure, dpi);
        assertEquals(expected[0], image.getWidth());
        assertEquals(expected[1], image.getHeight());
        return image;
    }

    /** The CSV's data rows (header checked and dropped), split into fields honouring quotes. */
    static List<List<String>> csvRows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("layer,kind,index,x,y,x_end,y_end,value,label", lines.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(fields(line));
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        assertEquals(9, out.size(), "CSV row " + line);
        return out;
    }

    /** Where images made only to look at (screen snapshots, PDF renders) go: the build directory. */
    static Path lookDirectory() throws IOException {
        Path out = Path.of("target", "plots-docs");
        Files.createDirectories(out);
        return out;
    }

    /** Where example images go: docs/ when -Ddwb.plots.docs is given, else the build directory. */
    static Path docsDirectory() throws IOException {
        String dir = System.getProperty("dwb.plots.docs");
        Path out = dir == null ? Path.of("target", "plots-docs") : Path.of(dir);
        Files.createDirectories(out);
        return out;
    }
}
