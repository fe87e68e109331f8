package org.descriptorworkbench.viewer3d;

import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
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
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        mesh.getTexCoords().setAll(0, 0);
        int edge = 0;
        for (int a = 0; a < 8; a++) {
            for (int bit = 1; bit < 8; bit <<= 1) {
                if ((a & bit) == 0) {
                    int b = a | bit;
                    addCylinder(mesh, edge++,
                            corners[3 * a] - bounds.x(), corners[3 * a + 1] - bounds.y(), corners[3 * a + 2] - bounds.z(),
                            corners[3 * b] - bounds.x(), corners[3 * b + 1] - bounds.y(), corners[3 * b + 2] - bounds.z(),
                            edgeRadius);
                }
            }
        }
        MeshView view = new MeshView(mesh);
        PhongMaterial material = new PhongMaterial(EDGE_COLOR);
        view.setMaterial(material);
        view.setId("cell");
        return view;
    }

    /** Appends an open cylinder from p to q: 2·SEGMENTS vertices and normals, 2·SEGMENTS triangles. */
    private static void addCylinder(TriangleMesh mesh, int index, double px, double py, double pz,
                                    double qx, double qy, double qz, double radius) {
        double[] w = {qx - px, qy - py, qz - pz};
        double[] u = perpendicular(w);
        double[] v = cross(w, u);
        normalize(v);
        int base = index * 2 * SEGMENTS;
        int normalBase = index * SEGMENTS;
        for (int s = 0; s < SEGMENTS; s++) {
            double angle = 2 * Math.PI * s / SEGMENTS;
            double nx = Math.cos(angle) * u[0] + Math.sin(angle) * v[0];
            double ny = Math.cos(angle) * u[1] + Math.sin(angle) * v[1];
            double nz = Math.cos(angle) * u[2] + Math.sin(angle) * v[2];
            mesh.getNormals().addAll((float) nx, (float) ny, (float) nz);
            mesh.getPoints().addAll((float) (px + radius * nx), (float) (py + radius * ny), (float) (pz + radius * nz));
            mesh.getPoints().addAll((float) (qx + radius * nx), (float) (qy + radius * ny), (float) (qz + radius * nz));
        }
        for (int s = 0; s < SEGMENTS; s++) {
            int next = (s + 1) % SEGMENTS;
            int p0 = base + 2 * s;
            int q0 = p0 + 1;
            int p1 = base + 2 * next;
            int q1 = p1 + 1;
            int n0 = normalBase + s;
            int n1 = normalBase + next;
            // (p1-p0)x(q0-p0) points along +n for u, v, w right-handed: outward, i.e. front-facing.
            mesh.getFaces().addAll(p0, n0, 0, p1, n1, 0, q0, n0, 0);
            mesh.getFaces().addAll(q0, n0, 0, p1, n1, 0, q1, n1, 0);
        }
    }

    private static double[] perpendicular(double[] w) {
        double[] axis = Math.abs(w[0]) < Math.abs(w[1]) && Math.abs(w[0]) < Math.abs(w[2])
                ? new double[] {1, 0, 0}
                : Math.abs(w[1]) < Math.abs(w[2]) ? new double[] {0, 1, 0} : new double[] {0, 0, 1};
        double[] u = cross(axis, w);
        normalize(u);
        return u;
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static void normalize(double[] a) {
        double n = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        a[0] /= n;
        a[1] /= n;
        a[2] /= n;
    }
}
