package org.descriptorworkbench.viewer3d;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bonds through the real 3D pipeline: the pixel on a bond's midpoint, between two atoms whose spheres
 * leave a gap, shows the bond with bonds on and what lies behind with bonds off. Runs under Xvfb like
 * the other rendering tests.
 */
class BondRenderingTest {
    private static final int SIZE = 400;
    private static final Color SILICON = ElementMaterials.color(14);
    private static final Predicate<Color> SILICON_SHADE = Pixels.shadedLike(SILICON);
    /** Si–Si 2.35 Å: bonded (limit 2.66 Å), and the 0.44 Å spheres leave 1.5 Å of gap around the midpoint. */
    private static final double SI_SI = 2.35;

    private Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void newStage() throws Exception {
        stage = FxToolkit.registerStage(Stage::new);
    }

    @AfterEach
    void closeStage() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void structureViewDrawsTheBondAtItsMidpoint() throws Exception {
        StructureView view = show(new StructureView(), SIZE, SIZE);
        onFx(() -> {
            view.setStructure(Structure.cluster(new int[] {14, 14, 8}, new double[] {0, 0, 0, SI_SI, 0, 0, -1.2, 1.0, 0.3}));
            return null;
        });
        Point2D mid = onFx(() -> view.pixelOf(SI_SI / 2, 0, 0));
        WritableImage on = snapshot(view::snapshot);
        Pixels.saveIfRequested(on, "bonds-structure-on");
        assertTrue(SILICON_SHADE.test(pixel(on, mid)), "midpoint with bonds on: " + pixel(on, mid));

        onFx(() -> {
            view.setBondsVisible(false);
            return null;
        });
        WritableImage off = snapshot(view::snapshot);
        Pixels.saveIfRequested(off, "bonds-structure-off");
        assertTrue(Pixels.close(pixel(off, mid), StructureView.BACKGROUND, 2.0 / 255), "midpoint with bonds off: " + pixel(off, mid));
    }

    @Test
    void structureViewDrawsBondsOfANewStructureWhenTurnedBackOn() throws Exception {
        StructureView view = show(new StructureView(), SIZE, SIZE);
        onFx(() -> {
            view.setBondsVisible(false);
            view.setStructure(Structure.cluster(new int[] {14, 14}, new double[] {0, 0, 0, SI_SI, 0, 0}));
            view.setBondsVisible(true);
            return null;
        });
        Point2D mid = onFx(() -> view.pixelOf(SI_SI / 2, 0, 0));
        WritableImage image = snapshot(view::snapshot);
        assertTrue(SILICON_SHADE.test(pixel(image, mid)), "midpoint: " + pixel(image, mid));
    }

    @Test
    void environmentViewDrawsBondsBetweenNeighbours() throws Exception {
        EnvironmentView view = show(new EnvironmentView(), SIZE, SIZE);
        onFx(() -> {
            view.setEnvironment(twoBondedNeighbours());
            return null;
        });
        Point2D mid = onFx(() -> view.pixelOf(3, 0, 0));
        WritableImage on = snapshot(view::snapshot);
        Pixels.saveIfRequested(on, "bonds-environment-on");
        assertTrue(SILICON_SHADE.test(pixel(on, mid)), "midpoint with bonds on: " + pixel(on, mid));

        onFx(() -> {
            view.setBondsVisible(false);
            return null;
        });
        WritableImage off = snapshot(view::snapshot);
        Pixels.saveIfRequested(off, "bonds-environment-off");
        assertBehindTheBond(pixel(off, mid));
    }

    @Test
    void environmentViewDoesNotBondTheCentreToNeighboursBeyondTheBondLength() throws Exception {
        EnvironmentView view = show(new EnvironmentView(), SIZE, SIZE);
        onFx(() -> {
            view.setEnvironment(twoBondedNeighbours());
            return null;
        });
        // halfway from the centre to the upper neighbour, 3.2 Å apart: not bonded
        Point2D between = onFx(() -> view.pixelOf(1.5, 0.55, 0));
        assertBehindTheBond(pixel(snapshot(view::snapshot), between));
    }

    @Test
    void pairViewTogglesBondsOnBothSides() throws Exception {
        PairView pair = show(new PairView(), 2 * SIZE, SIZE);
        onFx(() -> {
            pair.setPair(twoBondedNeighbours(), twoBondedNeighbours());
            return null;
        });
        Point2D left = onFx(() -> pair.first().pixelOf(3, 0, 0));
        Point2D right = onFx(() -> pair.second().pixelOf(3, 0, 0));
        assertTrue(SILICON_SHADE.test(pixel(snapshot(pair.first()::snapshot), left)), "left view with bonds on");
        assertTrue(SILICON_SHADE.test(pixel(snapshot(pair.second()::snapshot), right)), "right view with bonds on");

        onFx(() -> {
            pair.setBondsVisible(false);
            return null;
        });
        assertFalse(pair.first().isBondsVisible());
        assertBehindTheBond(pixel(snapshot(pair.first()::snapshot), left));
        assertBehindTheBond(pixel(snapshot(pair.second()::snapshot), right));
    }

    /**
     * Behind a bond in an environment view is the dark background tinted by the far half of the blue
     * cutoff sphere: cool (more blue than red), where silicon is warm.
     */
    private static void assertBehindTheBond(Color c) {
        assertFalse(SILICON_SHADE.test(c), "expected no bond, got " + c);
        assertTrue(c.getBlue() > c.getRed() && c.getBrightness() < 0.6, "expected the tinted background, got " + c);
    }

    /** A Si centre with two Si neighbours 2.2 Å apart from each other and 3.2 Å from the centre. */
    private static AtomicEnvironment twoBondedNeighbours() {
        return new AtomicEnvironment(0, 14, new int[] {1, 2}, new int[] {14, 14}, new double[] {3, 1.1, 0, 3, -1.1, 0},
                new boolean[] {false, false}, 5, "two bonded neighbours");
    }

    private <T extends Parent> T show(T node, int width, int height) throws Exception {
        onFx(() -> {
            stage.setScene(new Scene(new StackPane(node), width, height));
            stage.show();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private static Color pixel(Image image, Point2D at) {
        return image.getPixelReader().getColor((int) Math.round(at.getX()), (int) Math.round(at.getY()));
    }

    private static WritableImage snapshot(Callable<WritableImage> take) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(take);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
