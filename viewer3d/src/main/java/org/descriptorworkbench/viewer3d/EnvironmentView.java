package org.descriptorworkbench.viewer3d;

import java.util.function.Consumer;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Rotate;

/**
 * A 3D view of one atomic environment: the centre atom at the origin with a bright halo, the
 * neighbours within the cutoff (periodic images included) in their element colours and covalent
 * radii, bonds between drawn atoms (optional, {@link #bondsVisibleProperty()}) and a translucent cutoff
 * sphere. Drag rotates about the centre, scroll zooms. Other views
 * can follow its rotation ({@link #setOnRotated}, {@link #setRotation}), as the pair view does.
 * Use on the JavaFX application thread.
 */
public final class EnvironmentView extends Region {
    /** The halo's colour: a warm yellow that no element colour is close to. */
    public static final Color HALO = Color.rgb(255, 200, 0, 0.6);
    /** The cutoff sphere's colour: pale blue, mostly transparent. */
    public static final Color CUTOFF = Color.rgb(110, 150, 230, 0.22);

    private static final double FIELD_OF_VIEW = 30;
    private static final double DEGREES_PER_PIXEL = 0.4;

    private final BooleanProperty bondsVisible = new SimpleBooleanProperty(this, "bondsVisible", true) {
        @Override
        protected void invalidated() {
            showBonds();
        }
    };

    private final AtomStyle style;
    /** The sticks between drawn atoms, apart from the atoms so that hiding them is one flag; built on first show. */
    private final Group bondLayer = new Group();
    private boolean bondsBuilt;
    private final boolean supports3D = Platform.isSupported(ConditionalFeature.SCENE3D);
    private final Group world = new Group();
    private final Affine rotation = new Affine();
    private final Label caption = new Label();
    private final Label placeholder = new Label();
    private final Label hover = new Label();
    /** For each element's merged mesh: the neighbour index of each atom in mesh order. */
    private final java.util.Map<javafx.scene.shape.MeshView, int[]> meshAtoms = new java.util.HashMap<>();
    private SubScene subScene;
    private PerspectiveCamera camera;
    private AtomicEnvironment environment;
    private double distance = 30;
    private double lastX;
    private double lastY;
    private Consumer<Affine> onRotated = r -> { };

    public EnvironmentView() {
        this(new AtomStyle(0.45, 200_000));
    }

    public EnvironmentView(AtomStyle style) {
        this.style = style;
        getStyleClass().add("environment-view");
        setBackground(Background.fill(StructureView.BACKGROUND));
        setMinSize(0, 0);
        setPrefSize(360, 360);
        caption.setTextFill(Color.gray(0.9));
        caption.setWrapText(true);
        caption.setMouseTransparent(true);
        if (supports3D) {
            camera = new PerspectiveCamera(true);
            camera.setFieldOfView(FIELD_OF_VIEW);
            PointLight key = new PointLight(Color.gray(0.85));
            key.setTranslateX(-20);
            key.setTranslateY(-25);
            Group rig = new Group(camera, key);
            rig.setId("camera-rig");
            world.getTransforms().add(rotation);
            subScene = new SubScene(new Group(world, rig, new AmbientLight(Color.gray(0.35))), 1, 1, true,
                    SceneAntialiasing.BALANCED);
            subScene.setFill(StructureView.BACKGROUND);
            subScene.setCamera(camera);
            subScene.setOnMousePressed(this::pressed);
            subScene.setOnMouseDragged(this::dragged);
            subScene.setOnScroll(this::scrolled);
            subScene.setOnMouseMoved(this::hovered);
            subScene.setOnMouseExited(e -> hover.setText(""));
            getChildren().add(subScene);
        } else {
            placeholder.setText("3D view unavailable on this graphics pipeline (start Java with -Dprism.forceGPU=true).");
            placeholder.setTextFill(Color.gray(0.85));
            placeholder.setWrapText(true);
            getChildren().add(placeholder);
        }
        hover.setTextFill(Color.WHITE);
        hover.setStyle("-fx-background-color: rgba(0,0,0,0.55); -fx-padding: 2 5 2 5;");
        hover.setMouseTransparent(true);
        hover.visibleProperty().bind(hover.textProperty().isNotEmpty());
        hover.setId("environment-hover");
        getChildren().addAll(caption, hover);
        resetRotation();
    }

    /** Shows an environment (null for none), framed so that the whole cutoff sphere is in view. */
    public void setEnvironment(AtomicEnvironment env) {
        environment = env;
        world.getChildren().clear();
        bondLayer.getChildren().clear();
        bondsBuilt = false;
        meshAtoms.clear();
        hover.setText("");
        caption.setText(env == null ? "" : env.caption());
        if (env == null) {
            return;
        }
        distance = 1.12 * env.cutoff() / Math.sin(Math.toRadians(FIELD_OF_VIEW / 2));
        if (!supports3D) {
            return;
        }
        for (javafx.scene.shape.MeshView mesh : AtomMeshes.build(env.neighboursAsCluster(), style, SceneBounds.EMPTY)) {
            int z = Integer.parseInt(mesh.getId().substring("atoms-".length()));
            meshAtoms.put(mesh, java.util.stream.IntStream.range(0, env.neighbourCount())
                    .filter(k -> env.neighbourNumbers()[k] == z).toArray());
            world.getChildren().add(mesh);
        }
        world.getChildren().add(bondLayer);
        showBonds();
        Sphere centre = new Sphere(style.radius(env.centreNumber()), 48);
        centre.setMaterial(ElementMaterials.of(env.centreNumber()));
        centre.setId("centre-atom");
        Sphere halo = new Sphere(style.radius(env.centreNumber()) * 1.7, 48);
        halo.setMaterial(translucent(HALO));
        halo.setId("centre-halo");
        Sphere cutoff = new Sphere(env.cutoff(), 96);
        cutoff.setMaterial(translucent(CUTOFF));
        // only the far half: the sphere reads as a tinted globe behind the atoms instead of a veil over them
        cutoff.setCullFace(CullFace.FRONT);
        cutoff.setId("cutoff-sphere");
        halo.setMouseTransparent(true);
        cutoff.setMouseTransparent(true);
        // translucent shapes last, so the opaque atoms are already in the depth buffer when they blend
        world.getChildren().addAll(centre, halo, cutoff);
        applyCamera();
    }

    /**
     * Whether bonds are drawn (by default they are): sticks between any two drawn atoms (centre,
     * neighbours and periodic images alike) within 1.2 times the sum of their covalent radii
     * ({@link Bonds}). Atoms outside the cutoff are not drawn, so their bonds are not either.
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

    private void showBonds() {
        if (isBondsVisible() && !bondsBuilt && environment != null && supports3D) {
            org.descriptorworkbench.structure.Structure drawn = environment.drawnAtoms();
            bondLayer.getChildren().setAll(BondMeshes.build(drawn, Bonds.of(drawn), style, SceneBounds.EMPTY));
            bondsBuilt = true;
        }
        bondLayer.setVisible(isBondsVisible());
    }

    /**
     * Where a point given relative to the centre atom appears in this view, in the view's pixels, for
     * tests that look at what a given place shows.
     */
    Point2D pixelOf(double x, double y, double z) {
        Point3D scenePoint = world.localToScene(new Point3D(x, y, z), true);
        return sceneToLocal(scenePoint.getX(), scenePoint.getY());
    }

    public AtomicEnvironment getEnvironment() {
        return environment;
    }

    /** The caption under the view (what the environment is). */
    public String captionText() {
        return caption.getText();
    }

    public boolean isShowing3D() {
        return supports3D;
    }

    /** Called with the new rotation after every user rotation. */
    public void setOnRotated(Consumer<Affine> listener) {
        onRotated = listener;
    }

    /** The current rotation (a live object: copy it to keep it). */
    public Affine rotation() {
        return rotation;
    }

    /** Turns the view to the given rotation, without telling {@link #setOnRotated} listeners. */
    public void setRotation(Affine r) {
        rotation.setToTransform(r);
    }

    /** Turns the environment as a mouse drag of (dx, dy) pixels would, and tells the rotation listener. */
    public void rotateBy(double dx, double dy) {
        double angle = DEGREES_PER_PIXEL * Math.hypot(dx, dy);
        if (angle == 0) {
            return;
        }
        rotation.prependRotation(angle, 0, 0, 0, new Point3D(dy, -dx, 0));
        onRotated.accept(rotation);
    }

    /** Back to looking down −z with x right and y up. */
    public void resetRotation() {
        rotation.setToTransform(new Rotate(180, Rotate.X_AXIS));
    }

    /** A picture of the view as it is now (the 3D scene only). */
    public WritableImage snapshot() {
        return subScene != null ? subScene.snapshot(null, null) : snapshot(null, null);
    }

    /** The text shown when the pointer is over neighbour {@code k} (or the centre for −1), for tests and tooltips. */
    public String describe(int k) {
        if (environment == null) {
            return "";
        }
        return k < 0 ? "centre: " + org.descriptorworkbench.structure.Element.of(environment.centreNumber()).symbol()
                + ", atom " + environment.centreAtom() : environment.describeNeighbour(k);
    }

    /** The hover text on show, empty when the pointer is over no atom. */
    public String hoverText() {
        return hover.getText();
    }

    private void hovered(MouseEvent e) {
        javafx.scene.input.PickResult pick = e.getPickResult();
        javafx.scene.Node node = pick == null ? null : pick.getIntersectedNode();
        String text = "";
        if (node != null && "centre-atom".equals(node.getId())) {
            text = describe(-1);
        } else if (node instanceof javafx.scene.shape.MeshView mesh && meshAtoms.containsKey(mesh) && pick.getIntersectedFace() >= 0) {
            int[] atoms = meshAtoms.get(mesh);
            javafx.scene.shape.TriangleMesh tm = (javafx.scene.shape.TriangleMesh) mesh.getMesh();
            int trianglesPerAtom = tm.getFaces().size() / tm.getFaceElementSize() / atoms.length;
            int ordinal = Math.min(atoms.length - 1, pick.getIntersectedFace() / trianglesPerAtom);
            text = describe(atoms[ordinal]);
        }
        hover.setText(text);
        double w = hover.prefWidth(-1);
        hover.resizeRelocate(Math.min(e.getX() + 14, Math.max(0, getWidth() - w - 4)), Math.max(0, e.getY() - 24), w,
                hover.prefHeight(-1));
    }

    private static PhongMaterial translucent(Color c) {
        PhongMaterial m = new PhongMaterial(c);
        m.setSpecularColor(Color.TRANSPARENT);
        return m;
    }

    private void applyCamera() {
        if (camera == null) {
            return;
        }
        camera.getParent().setTranslateZ(-distance);
        camera.setNearClip(0.05);
        camera.setFarClip(distance * 3);
    }

    private void pressed(MouseEvent e) {
        lastX = e.getSceneX();
        lastY = e.getSceneY();
    }

    private void dragged(MouseEvent e) {
        double dx = e.getSceneX() - lastX;
        double dy = e.getSceneY() - lastY;
        lastX = e.getSceneX();
        lastY = e.getSceneY();
        rotateBy(dx, dy);
    }

    private void scrolled(ScrollEvent e) {
        distance = Math.max(1, distance * Math.exp(-0.0025 * e.getDeltaY()));
        applyCamera();
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
        placeholder.resizeRelocate(10, 10, Math.max(0, w - 20), Math.max(0, h - 20));
        double ch = caption.prefHeight(Math.max(0, w - 16));
        caption.resizeRelocate(8, Math.max(0, h - ch - 6), Math.max(0, w - 16), ch);
    }
}
