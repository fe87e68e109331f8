package org.descriptorworkbench.viewer3d;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import org.descriptorworkbench.structure.Structure;

/**
 * Draws {@link Bonds} as sticks: each bond is two half-cylinders meeting at its midpoint, each in the
 * colour of the atom it starts at (Jmol's default look), merged into one mesh per element with the
 * element's shared material, like {@link AtomMeshes}. A stick is at most {@value #MAX_RADIUS} Å thick
 * and never thicker than {@value #RADIUS_FRACTION} of the smaller of its two drawn atoms, so hydrogens
 * stay visible as balls at the stick ends. A stub that ends at a cell face (half of a bond to a periodic
 * image) is closed by a flat disc.
 */
public final class BondMeshes {
    /** The thickest stick radius (Å). */
    public static final double MAX_RADIUS = 0.14;
    /** Largest stick radius as a fraction of the smaller drawn atom radius. */
    public static final double RADIUS_FRACTION = 0.7;
    /** Triangles the sticks of one view may use before cylinders get fewer facets. */
    private static final int TRIANGLE_BUDGET = 300_000;

    private BondMeshes() {
    }

    /**
     * One mesh view per element with bonds, ids {@code bonds-Z}, with coordinates relative to the centre
     * of {@code bounds}.
     */
    public static List<MeshView> build(Structure structure, Bonds bonds, AtomStyle style, SceneBounds bounds) {
        Bonds.HalfBonds halves = bonds.halfBonds(structure);
        int[] numbers = structure.atomicNumbers();
        int segments = segments(halves.count());
        Map<Integer, CylinderMesh> byElement = new TreeMap<>();
        double[] e = halves.ends();
        for (int h = 0; h < halves.count(); h++) {
            int atom = halves.atoms()[h];
            int other = halves.atoms()[h ^ 1]; // half-bonds come in pairs 2i, 2i+1
            double radius = Math.min(MAX_RADIUS,
                    RADIUS_FRACTION * Math.min(style.radius(numbers[atom]), style.radius(numbers[other])));
            byElement.computeIfAbsent(numbers[atom], z -> new CylinderMesh(segments))
                    .add(e[6 * h] - bounds.x(), e[6 * h + 1] - bounds.y(), e[6 * h + 2] - bounds.z(),
                            e[6 * h + 3] - bounds.x(), e[6 * h + 4] - bounds.y(), e[6 * h + 5] - bounds.z(), radius,
                            halves.stub(h));
        }
        List<MeshView> views = new ArrayList<>();
        for (Map.Entry<Integer, CylinderMesh> element : byElement.entrySet()) {
            MeshView view = new MeshView(element.getValue().toMesh());
            view.setMaterial(ElementMaterials.of(element.getKey()));
            view.setCullFace(CullFace.BACK);
            view.setId("bonds-" + element.getKey());
            views.add(view);
        }
        return views;
    }

    /** 12 facets while the budget allows, down to 5 for very many bonds. */
    static int segments(int halfBonds) {
        int segments = 12;
        while (segments > 5 && (long) halfBonds * 2 * segments > TRIANGLE_BUDGET) {
            segments--;
        }
        return segments;
    }
}
