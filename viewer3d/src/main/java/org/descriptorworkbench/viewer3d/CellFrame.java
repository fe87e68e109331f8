package org.descriptorworkbench.viewer3d;

import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import org.descriptorworkbench.structure.Cell;

/**
 * The twelve edges of a simulation cell drawn as thin open cylinders merged into one mesh, so that
 * triclinic cells look right from every side (a line primitive would vanish at some angles).
 */
public final class CellFrame {
    private static final int SEGMENTS = 12;
    private static final Color EDGE_COLOR = Color.gray(0.78);

    private CellFrame() {
    }

    /** The cell's edges as one mesh view, relative to the centre of {@code bounds}. */
    public static MeshView build(Cell cell, SceneBounds bounds, double edgeRadius) {
        double[] corners = SceneBounds.cellCorners(cell);
        CylinderMesh edges = new CylinderMesh(SEGMENTS);
        for (int a = 0; a < 8; a++) {
            for (int bit = 1; bit < 8; bit <<= 1) {
                if ((a & bit) == 0) {
                    int b = a | bit;
                    edges.add(corners[3 * a] - bounds.x(), corners[3 * a + 1] - bounds.y(), corners[3 * a + 2] - bounds.z(),
                            corners[3 * b] - bounds.x(), corners[3 * b + 1] - bounds.y(), corners[3 * b + 2] - bounds.z(),
                            edgeRadius);
                }
            }
        }
        MeshView view = new MeshView(edges.toMesh());
        PhongMaterial material = new PhongMaterial(EDGE_COLOR);
        view.setMaterial(material);
        view.setId("cell");
        return view;
    }
}
