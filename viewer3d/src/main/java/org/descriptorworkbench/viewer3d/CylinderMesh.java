package org.descriptorworkbench.viewer3d;

import java.util.Arrays;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

/**
 * Collects cylinders (open, as their ends usually sit inside atoms or meet at cell corners, or capped) into one
 * triangle mesh with smooth outward normals, filling plain arrays first so that thousands of cylinders
 * cost one copy into the mesh. Faces are wound so that JavaFX sees their outside as the front.
 */
final class CylinderMesh {
    private final int segments;
    private final double[] cos;
    private final double[] sin;
    private float[] points = new float[96];
    private float[] normals = new float[96];
    private int[] faces = new int[288];
    private int pointCount;
    private int normalCount;
    private int faceCount;
    private int count;

    /** @param segments facets around each cylinder, at least 3 */
    CylinderMesh(int segments) {
        if (segments < 3) {
            throw new IllegalArgumentException("a cylinder needs at least 3 segments, got " + segments);
        }
        this.segments = segments;
        cos = new double[segments];
        sin = new double[segments];
        for (int s = 0; s < segments; s++) {
            cos[s] = Math.cos(2 * Math.PI * s / segments);
            sin[s] = Math.sin(2 * Math.PI * s / segments);
        }
    }

    /** Number of cylinders added. */
    int count() {
        return count;
    }

    /** Appends an open cylinder of the given radius from p to q; a zero-length one is skipped. */
    void add(double px, double py, double pz, double qx, double qy, double qz, double radius) {
        add(px, py, pz, qx, qy, qz, radius, false);
    }

    /**
     * Appends a cylinder of the given radius from p to q, closed by a flat disc at q if {@code capEnd}
     * (for a stick that ends in empty space); a zero-length one is skipped.
     */
    void add(double px, double py, double pz, double qx, double qy, double qz, double radius, boolean capEnd) {
        double[] w = {qx - px, qy - py, qz - pz};
        if (w[0] == 0 && w[1] == 0 && w[2] == 0) {
            return;
        }
        double[] u = perpendicular(w);
        double[] v = cross(w, u);
        normalize(v);
        int point = pointCount;
        int normal = normalCount;
        for (int s = 0; s < segments; s++) {
            double nx = cos[s] * u[0] + sin[s] * v[0];
            double ny = cos[s] * u[1] + sin[s] * v[1];
            double nz = cos[s] * u[2] + sin[s] * v[2];
            addNormal(nx, ny, nz);
            addPoint(px + radius * nx, py + radius * ny, pz + radius * nz);
            addPoint(qx + radius * nx, qy + radius * ny, qz + radius * nz);
        }
        for (int s = 0; s < segments; s++) {
            int next = (s + 1) % segments;
            int p0 = point + 2 * s;
            int q0 = p0 + 1;
            int p1 = point + 2 * next;
            int q1 = p1 + 1;
            // (p1-p0)x(q0-p0) points along +n for u, v, w right-handed: outward, i.e. front-facing.
            addFace(p0, normal + s, p1, normal + next, q0, normal + s);
            addFace(q0, normal + s, p1, normal + next, q1, normal + next);
        }
        if (capEnd) {
            normalize(w);
            int centre = pointCount;
            int axis = normalCount;
            addPoint(qx, qy, qz);
            addNormal(w[0], w[1], w[2]);
            for (int s = 0; s < segments; s++) {
                // (q_s − c)×(q_next − c) ∝ u×v = w: the disc faces along the stick, away from its start.
                addFace(centre, axis, point + 2 * s + 1, axis, point + 2 * ((s + 1) % segments) + 1, axis);
            }
        }
        count++;
    }

    /** The cylinders as one mesh. */
    TriangleMesh toMesh() {
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        mesh.getPoints().setAll(points, 0, 3 * pointCount);
        mesh.getNormals().setAll(normals, 0, 3 * normalCount);
        mesh.getTexCoords().setAll(0, 0);
        mesh.getFaces().setAll(faces, 0, 9 * faceCount);
        return mesh;
    }

    private void addPoint(double x, double y, double z) {
        if (3 * pointCount + 3 > points.length) {
            points = Arrays.copyOf(points, 2 * points.length);
        }
        points[3 * pointCount] = (float) x;
        points[3 * pointCount + 1] = (float) y;
        points[3 * pointCount + 2] = (float) z;
        pointCount++;
    }

    private void addNormal(double x, double y, double z) {
        if (3 * normalCount + 3 > normals.length) {
            normals = Arrays.copyOf(normals, 2 * normals.length);
        }
        normals[3 * normalCount] = (float) x;
        normals[3 * normalCount + 1] = (float) y;
        normals[3 * normalCount + 2] = (float) z;
        normalCount++;
    }

    /** One triangle: point and normal index of each corner; texture coordinate 0 (unused). */
    private void addFace(int p0, int n0, int p1, int n1, int p2, int n2) {
        if (9 * faceCount + 9 > faces.length) {
            faces = Arrays.copyOf(faces, 2 * faces.length);
        }
        int f = 9 * faceCount;
        faces[f] = p0;
        faces[f + 1] = n0;
        faces[f + 3] = p1;
        faces[f + 4] = n1;
        faces[f + 6] = p2;
        faces[f + 7] = n2;
        faceCount++;
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
