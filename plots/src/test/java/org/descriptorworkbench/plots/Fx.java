package org.descriptorworkbench.plots;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Test helpers: run code on the JavaFX thread (headless Monocle) and show a node in a stage of a given size. */
final class Fx {

    private static Stage stage;

    private Fx() {
    }

    static synchronized Stage stage() throws Exception {
        if (stage == null) {
            stage = FxToolkit.registerPrimaryStage();
        }
        return stage;
    }

    static <T> T call(Callable<T> work) throws Exception {
        stage();
        return WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
    }

    static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Writes a snapshot of the node as it is on screen (ChartFX rendering) to a PNG file. */
    static void snapshot(javafx.scene.Node node, java.nio.file.Path file) throws Exception {
        javafx.scene.image.WritableImage image = call(() -> node.snapshot(null, null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }

    /** Shows the node as the scene root, lays it out and lets ChartFX draw. */
    static void show(Parent root, double width, double height) throws Exception {
        Stage s = stage();
        run(() -> {
            s.setScene(new Scene(root, width, height));
            s.show();
            root.applyCss();
            root.layout();
        });
        WaitForAsyncUtils.waitForFxEvents(5);
    }
}
