package org.descriptorworkbench.viewer3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Environment and pair views rendered through the real 3D pipeline (Xvfb, es2): the pixels show the
 * highlighted centre, the neighbours in their element colour and the translucent cutoff sphere; the
 * pair view turns both environments together.
 */
class EnvironmentViewRenderingTest {
    private static final int SIZE = 400;
    private static final Color SILICON = ElementMaterials.color(14);
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeStage() throws Exception {
        if (stage != null) {
            onFx(() -> {
                stage.close();
                return null;
            });
        }
    }

    /** Atom 0 of diamond Si within 4 Å: 4 first and 12 second neighbours, some of them periodic images. */
    private static AtomicEnvironment siliconEnvironment() {
        return AtomicEnvironment.of(TestStructures.diamondSilicon(), 0, 0, 4.0);
    }

    @Test
    void holdsEveryNeighbourWithinTheCutoffIncludingPeriodicImages() {
        AtomicEnvironment env = siliconEnvironment();
        assertEquals(16, env.neighbourCount());
        assertTrue(env.imageCount() > 0);
        for (int k = 0; k < env.neighbourCount(); k++) {
            double r = Math.sqrt(Math.pow(env.displacements()[3 * k], 2) + Math.pow(env.displacements()[3 * k + 1], 2)
                    + Math.pow(env.displacements()[3 * k + 2], 2));
            assertTrue(r <= 4.0 && r > 2.3, "neighbour " + k + " at " + r);
        }
    }

    private EnvironmentView show(AtomicEnvironment env) throws Exception {
        stage = FxToolkit.registerStage(Stage::new);
        EnvironmentView view = onFx(() -> {
            EnvironmentView v = new EnvironmentView();
            v.setEnvironment(env);
            stage.setScene(new Scene(new StackPane(v), SIZE, SIZE));
            stage.show();
            return v;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    @Test
    void highlightsTheCentreWithAWarmHalo() throws Exception {
        EnvironmentView view = show(siliconEnvironment());
        WritableImage image = onFx(view::snapshot);
        Pixels.saveIfRequested(image, "environment-si");
        int c = SIZE / 2;
        int halo = Pixels.count(image, c - 12, c - 12, c + 12, c + 12,
                p -> p.getHue() > 38 && p.getHue() < 62 && p.getSaturation() > 0.35 && p.getBrightness() > 0.4);
        assertTrue(halo > 0.5 * 24 * 24, "yellow halo pixels at the centre: " + halo);
    }

    @Test
    void hoveringTheCentreNamesItsElementAndAtom() throws Exception {
        EnvironmentView view = show(siliconEnvironment());
        new org.testfx.api.FxRobot().moveTo(view).moveBy(1, 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("centre: Si, atom 0", onFx(view::hoverText));
    }

    @Test
    void describesANeighbourByElementAtomAndDistance() {
        AtomicEnvironment env = AtomicEnvironment.of(TestStructures.diamondSilicon(), 0, 0, 2.5);
        assertEquals(4, env.neighbourCount());
        assertTrue(env.describeNeighbour(0).matches("Si, atom \\d( \\(periodic image\\))?: 2\\.352 Å from the centre"),
                env.describeNeighbour(0));
    }

    @Test
    void drawsTheNeighboursInTheirElementColour() throws Exception {
        EnvironmentView view = show(siliconEnvironment());
        WritableImage image = onFx(view::snapshot);
        int silicon = Pixels.count(image, Pixels.shadedLike(SILICON));
        assertTrue(silicon > 2000, "silicon-coloured pixels: " + silicon);
    }

    @Test
    void tintsTheInsideOfTheCutoffSphereButNotTheCorners() throws Exception {
        EnvironmentView view = show(new AtomicEnvironment(0, 14, new int[0], new int[0], new double[0], new boolean[0], 4.0, "lone atom"));
        WritableImage image = onFx(view::snapshot);
        Pixels.saveIfRequested(image, "environment-cutoff");
        Color inside = image.getPixelReader().getColor(SIZE / 2, SIZE / 2 - SIZE / 5);
        Color corner = image.getPixelReader().getColor(5, 5);
        assertTrue(Pixels.close(corner, StructureView.BACKGROUND, 0.02), "corner " + corner);
        assertTrue(inside.getBlue() > StructureView.BACKGROUND.getBlue() + 0.02, "inside the sphere " + inside);
    }

    @Test
    void turningOneViewOfAPairTurnsTheOther() throws Exception {
        stage = FxToolkit.registerStage(Stage::new);
        PairView pair = onFx(() -> {
            PairView p = new PairView();
            p.setPair(siliconEnvironment(), siliconEnvironment());
            stage.setScene(new Scene(p, 2 * SIZE, SIZE));
            stage.show();
            return p;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage before = onFx(() -> pair.second().snapshot());
        onFx(() -> {
            pair.first().rotateBy(120, 40);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage after = onFx(() -> pair.second().snapshot());
        Pixels.saveIfRequested(after, "pair-second-turned");
        assertTrue(Pixels.differing(before, after, 0.1) > 1000, "the second view did not turn");
        WritableImage first = onFx(() -> pair.first().snapshot());
        assertTrue(Pixels.differing(first, after, 0.1) < 0.01 * SIZE * SIZE, "both views show the same orientation");
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
