package org.descriptorworkbench.viewer3d;

import java.util.Objects;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Rotate;
import org.descriptorworkbench.structure.Structure;

/**
 * A reusable 3D view of one structure: atoms as shaded spheres in their element colours, bonds as
 * sticks (optional, {@link #bondsVisibleProperty()}), the cell as twelve thin edges, a camera that frames the whole structure; drag to rotate about the
 * structure's centre, scroll to zoom, right- or middle-drag (or shift-drag) to pan. Wraps a
 * {@link SubScene} with a depth buffer and antialiasing. Where the graphics pipeline has no 3D
 * support (e.g. the software pipeline used for headless tests) it shows an explanatory label instead.
 * Use on the JavaFX application thread.
 */
public final class StructureView extends Region {

    /** The colour behind the structure: dark, so that light element colours and highlights stand out. */
    public static final Color BACKGROUND = Color.rgb(0x22, 0x26, 0x2E);

    /** The camera's field of view in degrees, applied across the smaller of width and height. */
    static final double FIELD_OF_VIEW = 30;
    private static final double FRAME_MARGIN = 1.1;
    private static final double DEGREES_PER_PIXEL = 0.4;
    private static final double ZOOM_PER_SCROLL_PIXEL = 0.0025;

    private final ObjectProperty<Structure> structure = new SimpleObjectProperty<>(this, "structure") {
        @Override
        protected void invalidated() {
            rebuild();
        }
    };

    private final BooleanProperty bondsVisible = new SimpleBooleanProperty(this, "bondsVisible", true) {
        @Override
        protected void invalidated() {
            showBonds();
        }
    };

    private final AtomStyle style;
    /** The sticks, kept apart from the atoms so that hiding them is one flag; built on first show. */
    private final Group bondLayer = new Group();
    private boolean bondsBuilt;
    private final boolean supports3D;
    private final Label placeholder = new Label();
    private final Group world = new Group();
    private final Affine rotation = new Affine();
    private final Group cameraRig = new Group();
    // Camera and lights exist only with 3D support: creating them elsewhere only logs warnings.
    private PerspectiveCamera camera;
    private PointLight keyLight;
    private final SubScene subScene;

    private SceneBounds bounds = SceneBounds.EMPTY;
    /** x, y, z, r of every atom and cell corner relative to the centre, for framing. */
    private double[] frameSpheres = new double[0];
    private double framedDistance;
    private double distance;
    private double panX;
    private double panY;
    private double lastMouseX;
    private double lastMouseY;

    /** A view drawn in the {@link AtomStyle#DEFAULT} style. */
    public StructureView() {
        this(AtomStyle.DEFAULT);
    }

    public StructureView(AtomStyle style) {
        this.style = Objects.requireNonNull(style, "style");
        this.supports3D = Platform.isSupported(ConditionalFeature.SCENE3D);
        getStyleClass().add("structure-view");
        setBackground(Background.fill(BACKGROUND));
        setMinSize(0, 0);
        setPrefSize(500, 500);
        placeholder.setTextFill(Color.gray(0.85));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("structure-view-placeholder");
        if (supports3D) {
            subScene = createSubScene();
            getChildren().add(subScene);
        } else {
            subScene = null;
            placeholder.setText("3D view unavailable: this graphics pipeline has no 3D support."
                    + " On software OpenGL (a virtual machine, a remote desktop) start Java with -Dprism.forceGPU=true.");
            getChildren().add(placeholder);
        }
        resetView();
    }

    private SubScene createSubScene() {
        camera = new PerspectiveCamera(true);
        keyLight = new PointLight(Color.gray(0.85));
        camera.setFieldOfView(FIELD_OF_VIEW);
        cameraRig.getChildren().addAll(camera, keyLight);
        world.getTransforms().add(rotation);
        // Atoms are not picked yet; skipping the per-triangle pick test keeps mouse moves cheap.
        world.setMouseTransparent(true);
        AmbientLight ambient = new AmbientLight(Color.gray(0.32));
        Group root = new Group(world, cameraRig, ambient);
        SubScene scene = new SubScene(root, 1, 1, true, SceneAntialiasing.BALANCED);
        scene.setFill(BACKGROUND);
        scene.setCamera(camera);
        scene.setOnMousePressed(this::mousePressed);
        scene.setOnMouseDragged(this::mouseDragged);
        scene.setOnScroll(this::scrolled);
        return scene;
    }

    /** The structure shown, or null for an empty view. */
    public ObjectProperty<Structure> structureProperty() {
        return structure;
    }

    public Structure getStructure() {
        return structure.get();
    }

    /** Shows a structure (or nothing, for null) and frames it. */
    public void setStructure(Structure value) {
        structure.set(value);
    }

    /**
     * Whether bonds are drawn (by default they are): sticks between atoms within 1.2 times the sum of
     * their covalent radii ({@link Bonds}). A bond across a periodic boundary is drawn as two stubs, each
     * from an atom out through the cell face to the midpoint with the other atom's image, so every atom
     * shows all its bonds and no stick crosses the cell.
     */
    public BooleanProperty bondsVisibleProperty() {
        return bondsVisible;
    }

    public boolean isBondsVisible() {
        return bondsVisible.get();
    }

    public void setBondsVisible(boolean value) {
        bondsVisible.set(value);
    }

    /** Where a point of the structure (Å, the structure's frame) appears in this view, in the view's pixels, for tests. */
    javafx.geometry.Point2D pixelOf(double x, double y, double z) {
        Point3D scenePoint = world.localToScene(new Point3D(x - bounds.x(), y - bounds.y(), z - bounds.z()), true);
        return sceneToLocal(scenePoint.getX(), scenePoint.getY());
    }

    /** True if this view draws in 3D; false if it shows the placeholder label. */
    public boolean isShowing3D() {
        return supports3D;
    }

    /** The placeholder's text, empty when the view draws in 3D. */
    public String placeholderText() {
        return placeholder.getText();
    }

    /** The drawing style. */
    public AtomStyle style() {
        return style;
    }

    /** The bounds of what is drawn, about whose centre the view rotates. */
    public SceneBounds sceneBounds() {
        return bounds;
    }

    /** Back to the initial orientation (looking down −z with x to the right and y up), framed to fit. */
    public void resetView() {
        rotation.setToTransform(new Rotate(180, Rotate.X_AXIS));
        panX = 0;
        panY = 0;
        double[] m = {
            rotation.getMxx(), rotation.getMxy(), rotation.getMxz(),
            rotation.getMyx(), rotation.getMyy(), rotation.getMyz(),
            rotation.getMzx(), rotation.getMzy(), rotation.getMzz()
        };
        // Everything in view with a margin as first shown, and far enough that turning the structure
        // keeps it in view: the enclosing sphere fills the view at the depth of the centre (as Jmol frames).
        double rotationSafe = bounds.radius() / Math.tan(Math.toRadians(FIELD_OF_VIEW / 2));
        framedDistance = Math.max(rotationSafe,
                CameraFraming.fitDistance(frameSpheres, m, FIELD_OF_VIEW, FRAME_MARGIN, nearClip()));
        distance = framedDistance;
        applyCamera();
    }

    /**
     * Turns the structure about its centre as a mouse drag of (dx, dy) pixels would: horizontal
     * drags turn it about the screen's vertical axis, vertical drags about the horizontal axis.
     */
    public void rotateBy(double dx, double dy) {
        double angle = DEGREES_PER_PIXEL * Math.hypot(dx, dy);
        if (angle == 0) {
            return;
        }
        // Screen axis perpendicular to the drag, so the near side follows the pointer.
        rotation.prependRotation(angle, 0, 0, 0, new Point3D(dy, -dx, 0));
    }

    /** Moves the camera closer (factor < 1) or farther (factor > 1), within sensible limits. */
    public void zoomBy(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("zoom factor must be positive, got " + factor);
        }
        distance = Math.max(bounds.radius() * 0.25, Math.min(framedDistance * 10, distance * factor));
        applyCamera();
    }

    /** Shifts the view by (dx, dy) pixels, so what was under the pointer stays under it. */
    public void panBy(double dx, double dy) {
        double worldPerPixel = 2 * distance * Math.tan(Math.toRadians(FIELD_OF_VIEW / 2)) / smallerSide();
        panX -= dx * worldPerPixel;
        panY -= dy * worldPerPixel;
        applyCamera();
    }

    /** The current camera distance from the structure's centre (Å). */
    public double cameraDistance() {
        return distance;
    }

    /** A picture of the view as it is now (the placeholder when there is no 3D). */
    public WritableImage snapshot() {
        return subScene != null ? subScene.snapshot(null, null) : snapshot(null, null);
    }

    private void rebuild() {
        world.getChildren().clear();
        bondLayer.getChildren().clear();
        bondsBuilt = false;
        Structure s = structure.get();
        bounds = s == null ? SceneBounds.EMPTY : SceneBounds.of(s, style);
        frameSpheres = s == null ? new double[0] : frameSpheres(s);
        if (s != null && supports3D) {
            world.getChildren().addAll(AtomMeshes.build(s, style, bounds));
            world.getChildren().add(bondLayer);
            if (s.hasCell() && s.cell().isRegular()) {
                world.getChildren().add(CellFrame.build(s.cell(), bounds, edgeRadius()));
            }
            showBonds();
        }
        resetView();
    }

    /**
     * Builds the sticks the first time they are shown for a structure. The bond search is a cell list
     * (linear in the atom count) and the meshes are flat arrays, so even a few thousand atoms take
     * milliseconds on the application thread, like the atom meshes themselves.
     */
    private void showBonds() {
        Structure s = structure.get();
        if (isBondsVisible() && !bondsBuilt && s != null && supports3D) {
            bondLayer.getChildren().setAll(BondMeshes.build(s, Bonds.of(s), style, bounds));
            bondsBuilt = true;
        }
        bondLayer.setVisible(isBondsVisible());
    }

    /** Thin enough to stay out of the way, thick enough to stay visible when the whole cell is framed. */
    private double edgeRadius() {
        return 0.02 + 0.004 * bounds.radius();
    }

    private double[] frameSpheres(Structure s) {
        int n = s.atomCount();
        double[] corners = s.hasCell() ? SceneBounds.cellCorners(s.cell()) : new double[0];
        double[] out = new double[4 * n + 4 * corners.length / 3];
        int[] numbers = s.atomicNumbers();
        for (int i = 0; i < n; i++) {
            out[4 * i] = s.position(i, 0) - bounds.x();
            out[4 * i + 1] = s.position(i, 1) - bounds.y();
            out[4 * i + 2] = s.position(i, 2) - bounds.z();
            out[4 * i + 3] = style.radius(numbers[i]);
        }
        for (int c = 0; c < corners.length / 3; c++) {
            int k = 4 * (n + c);
            out[k] = corners[3 * c] - bounds.x();
            out[k + 1] = corners[3 * c + 1] - bounds.y();
            out[k + 2] = corners[3 * c + 2] - bounds.z();
        }
        return out;
    }

    private double nearClip() {
        return Math.max(0.01, 0.02 * bounds.radius());
    }

    private void applyCamera() {
        cameraRig.setTranslateX(panX);
        cameraRig.setTranslateY(panY);
        cameraRig.setTranslateZ(-distance);
        if (camera == null) {
            return;
        }
        camera.setNearClip(nearClip());
        camera.setFarClip(distance + 4 * bounds.radius());
        // The light sits above-left of the camera, so highlights stay in the same place while turning.
        keyLight.setTranslateX(-0.5 * distance);
        keyLight.setTranslateY(-0.6 * distance);
        keyLight.setTranslateZ(0);
    }

    private double smallerSide() {
        double side = Math.min(getWidth(), getHeight());
        return side > 0 ? side : 500;
    }

    private void mousePressed(MouseEvent e) {
        lastMouseX = e.getSceneX();
        lastMouseY = e.getSceneY();
    }

    private void mouseDragged(MouseEvent e) {
        double dx = e.getSceneX() - lastMouseX;
        double dy = e.getSceneY() - lastMouseY;
        lastMouseX = e.getSceneX();
        lastMouseY = e.getSceneY();
        if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown()) {
            rotateBy(dx, dy);
        } else {
            panBy(dx, dy);
        }
    }

    private void scrolled(ScrollEvent e) {
        zoomBy(Math.exp(-ZOOM_PER_SCROLL_PIXEL * e.getDeltaY()));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (subScene != null) {
            subScene.setWidth(w);
            subScene.setHeight(h);
            camera.setVerticalFieldOfView(h <= w);
        }
        placeholder.resizeRelocate(12, 12, Math.max(0, w - 24), Math.max(0, h - 24));
    }
}
