package org.descriptorworkbench.viewer3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SubScene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
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
 * Renders structures through the real 3D pipeline and checks the pixels of snapshots. Needs a GL
 * context: run under Xvfb with {@code -Dprism.order=es2 -Dprism.forceGPU=true} (the module's surefire
 * configuration), e.g. {@code xvfb-run -a -s "-screen 0 1600x1200x24" mvn -pl viewer3d -am test}.
 */
class StructureViewRenderingTest {
    private static final int SIZE = 400;
    private static final Color SILICON = ElementMaterials.color(14);

    private Stage stage;
    private StructureView view;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showDiamondSilicon() throws Exception {
        stage = FxToolkit.registerStage(Stage::new);
        view = onFx(() -> {
            StructureView v = new StructureView();
            v.setStructure(TestStructures.diamondSilicon());
            stage.setScene(new Scene(new StackPane(v), SIZE, SIZE));
            stage.show();
            return v;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeStage() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void rendersIn3DUnderAGlPipeline() {
        assertTrue(view.isShowing3D(), "the es2 pipeline under Xvfb should support SCENE3D");
    }

    @Test
    void showsShadedSiliconColourInTheMiddle() throws Exception {
        WritableImage image = snapshot();
        Pixels.saveIfRequested(image, "diamond-si-framed");
        int lo = SIZE * 3 / 10;
        int hi = SIZE * 7 / 10;
        int silicon = Pixels.count(image, lo, lo, hi, hi, Pixels.shadedLike(SILICON));
        assertTrue(silicon > 0.05 * (hi - lo) * (hi - lo), "silicon-coloured pixels in the middle: " + silicon);
    }

    @Test
    void shadesAtomsFromBrightToDark() throws Exception {
        WritableImage image = snapshot();
        Predicate<Color> si = Pixels.shadedLike(SILICON);
        int bright = Pixels.count(image, si.and(c -> c.getBrightness() > 0.8));
        int dim = Pixels.count(image, si.and(c -> c.getBrightness() < 0.55));
        assertTrue(bright > 50 && dim > 50, "lit pixels " + bright + ", shaded pixels " + dim);
    }

    @Test
    void showsTheBackgroundInTheCorners() throws Exception {
        WritableImage image = snapshot();
        Predicate<Color> background = c -> Pixels.close(c, StructureView.BACKGROUND, 2.0 / 255);
        int patch = 8;
        for (int[] corner : new int[][] {{0, 0}, {SIZE - patch, 0}, {0, SIZE - patch}, {SIZE - patch, SIZE - patch}}) {
            int n = Pixels.count(image, corner[0], corner[1], corner[0] + patch, corner[1] + patch, background);
            assertEquals(patch * patch, n, "background pixels in the corner at " + corner[0] + "," + corner[1]);
        }
    }

    @Test
    void draggingRotatesTheStructure() throws Exception {
        WritableImage before = snapshot();
        drag(MouseButton.PRIMARY, 200, 200, 260, 230);
        WritableImage after = snapshot();
        Pixels.saveIfRequested(after, "diamond-si-rotated");
        int changed = Pixels.differing(before, after, 0.05);
        assertTrue(changed > 0.03 * SIZE * SIZE, "pixels changed by rotation: " + changed);
    }

    @Test
    void draggingRightTurnsTheNearSideRightAndDraggingDownTurnsItDown() throws Exception {
        // Oxygen in front of the centre (+z faces the viewer initially), hydrogen behind it.
        onFx(() -> {
            view.setStructure(Structure.cluster(new int[] {8, 1}, new double[] {0, 0, 2, 0, 0, -2}));
            return null;
        });
        Predicate<Color> oxygen = Pixels.shadedLike(ElementMaterials.color(8));
        double[] before = Pixels.centroid(snapshot(), oxygen);
        assertEquals(SIZE / 2.0, before[0], 2);
        assertEquals(SIZE / 2.0, before[1], 2);
        drag(MouseButton.PRIMARY, 200, 200, 250, 200);
        double[] right = Pixels.centroid(snapshot(), oxygen);
        assertTrue(right[0] > SIZE / 2.0 + 20, "oxygen centroid after dragging right: " + right[0]);
        onFx(() -> {
            view.resetView();
            return null;
        });
        drag(MouseButton.PRIMARY, 200, 200, 200, 250);
        double[] down = Pixels.centroid(snapshot(), oxygen);
        assertTrue(down[1] > SIZE / 2.0 + 20, "oxygen centroid after dragging down: " + down[1]);
    }

    @Test
    void resetViewRestoresTheFramedPicture() throws Exception {
        WritableImage framed = snapshot();
        drag(MouseButton.PRIMARY, 200, 200, 300, 120);
        drag(MouseButton.SECONDARY, 200, 200, 240, 210);
        onFx(() -> {
            view.resetView();
            return null;
        });
        WritableImage reset = snapshot();
        int changed = Pixels.differing(framed, reset, 0.02);
        assertTrue(changed < 0.002 * SIZE * SIZE, "pixels differing after reset: " + changed);
    }

    @Test
    void scrollingUpZoomsIn() throws Exception {
        // A lone atom's disc grows as the camera moves in.
        onFx(() -> {
            view.setStructure(Structure.cluster(new int[] {14}, new double[] {1, 2, 3}));
            return null;
        });
        Predicate<Color> silicon = Pixels.shadedLike(SILICON);
        int before = Pixels.count(snapshot(), silicon);
        double distanceBefore = view.cameraDistance();
        onFx(() -> {
            Event.fireEvent(subScene(), new ScrollEvent(ScrollEvent.SCROLL, 200, 200, 200, 200, false, false, false, false,
                    false, false, 0, 120, 0, 120, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            return null;
        });
        WritableImage zoomed = snapshot();
        Pixels.saveIfRequested(zoomed, "diamond-si-zoomed");
        int after = Pixels.count(zoomed, silicon);
        assertTrue(view.cameraDistance() < distanceBefore);
        assertTrue(after > 1.3 * before, "silicon pixels before " + before + ", after zoom " + after);
    }

    @Test
    void drawsTheCellEdgesOfAnEmptyCell() throws Exception {
        Structure empty = TestStructures.emptyCubicCell(10);
        onFx(() -> {
            view.setStructure(empty);
            return null;
        });
        WritableImage image = snapshot();
        Pixels.saveIfRequested(image, "empty-cell");
        Predicate<Color> grey = c -> c.getSaturation() < 0.08 && c.getBrightness() > 0.35;
        int edges = Pixels.count(image, grey);
        int centre = Pixels.count(image, SIZE / 2 - 10, SIZE / 2 - 10, SIZE / 2 + 10, SIZE / 2 + 10, grey);
        assertTrue(edges > 4 * SIZE, "grey edge pixels: " + edges);
        assertEquals(0, centre, "looking down the cell's z axis its centre is empty");
    }

    private WritableImage snapshot() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(view::snapshot);
    }

    private SubScene subScene() {
        for (Node child : view.getChildrenUnmodifiable()) {
            if (child instanceof SubScene s) {
                return s;
            }
        }
        throw new AssertionError("no SubScene in the view");
    }

    private void drag(MouseButton button, double x0, double y0, double x1, double y1) throws Exception {
        onFx(() -> {
            SubScene target = subScene();
            Event.fireEvent(target, mouse(MouseEvent.MOUSE_PRESSED, button, x0, y0));
            int steps = 10;
            for (int i = 1; i <= steps; i++) {
                double x = x0 + (x1 - x0) * i / steps;
                double y = y0 + (y1 - y0) * i / steps;
                Event.fireEvent(target, mouse(MouseEvent.MOUSE_DRAGGED, button, x, y));
            }
            Event.fireEvent(target, mouse(MouseEvent.MOUSE_RELEASED, button, x1, y1));
            return null;
        });
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, MouseButton button, double x, double y) {
        boolean primary = button == MouseButton.PRIMARY;
        boolean middle = button == MouseButton.MIDDLE;
        boolean secondary = button == MouseButton.SECONDARY;
        return new MouseEvent(type, x, y, x, y, button, 1, false, false, false, false,
                primary, middle, secondary, false, false, true, (PickResult) null);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
