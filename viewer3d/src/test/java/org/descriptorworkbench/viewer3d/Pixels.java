package org.descriptorworkbench.viewer3d;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;

/** Counting and comparing pixels of snapshots, for assertions on what a 3D view shows. */
final class Pixels {
    private Pixels() {
    }

    /**
     * Writes the image as a binary PPM into the directory named by the environment variable
     * {@code DWB_SNAPSHOT_DIR}, if set, so a person can look at what a test saw.
     */
    static void saveIfRequested(Image image, String name) throws IOException {
        String dir = System.getenv("DWB_SNAPSHOT_DIR");
        if (dir == null) {
            return;
        }
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        Path file = Files.createDirectories(Path.of(dir)).resolve(name + ".ppm");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(("P6\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int argb = reader.getArgb(x, y);
                    out.write((argb >> 16) & 0xFF);
                    out.write((argb >> 8) & 0xFF);
                    out.write(argb & 0xFF);
                }
            }
        }
    }

    /** Number of pixels in the rectangle [x0, x1) × [y0, y1) that satisfy the test. */
    static int count(Image image, int x0, int y0, int x1, int y1, Predicate<Color> test) {
        PixelReader reader = image.getPixelReader();
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (test.test(reader.getColor(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Number of pixels of the whole image that satisfy the test. */
    static int count(Image image, Predicate<Color> test) {
        return count(image, 0, 0, (int) image.getWidth(), (int) image.getHeight(), test);
    }

    /** Mean x and y of the pixels that satisfy the test (NaN if there are none). */
    static double[] centroid(Image image, Predicate<Color> test) {
        PixelReader reader = image.getPixelReader();
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (test.test(reader.getColor(x, y))) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        return new double[] {sx / n, sy / n};
    }

    /** Number of pixels whose colours differ by more than {@code tolerance} in any channel. */
    static int differing(Image a, Image b, double tolerance) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (!close(ra.getColor(x, y), rb.getColor(x, y), tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** True if every channel differs by at most tolerance (0..1). */
    static boolean close(Color a, Color b, double tolerance) {
        return Math.abs(a.getRed() - b.getRed()) <= tolerance
                && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
                && Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
    }

    /**
     * True for a pixel that is the given element colour under Phong shading: shading scales the
     * colour (keeping hue and saturation) and a white highlight lowers the saturation, so we accept
     * the element's hue, a saturation between a third of and a little above the element's, and any
     * brightness above deep shadow.
     */
    static Predicate<Color> shadedLike(Color element) {
        return c -> hueDistance(c.getHue(), element.getHue()) < 12
                && c.getSaturation() > element.getSaturation() / 3
                && c.getSaturation() < element.getSaturation() * 1.3
                && c.getBrightness() > 0.15;
    }

    private static double hueDistance(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }
}
