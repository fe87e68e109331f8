package org.descriptorworkbench.viewer3d;

import java.util.HashMap;
import java.util.Map;

/**
 * A triangulated unit sphere (a subdivided icosahedron, "icosphere") used as the template for every
 * atom: its vertices are also its outward normals, so one normal array serves all atoms of a mesh.
 * Level 0 is the icosahedron (20 triangles); each level splits every triangle into four.
 * Faces are wound so that (p1−p0)×(p2−p0) points outward, which JavaFX treats as front faces.
 */
public final class UnitSphere {
    /** The finest subdivision the viewer uses (1280 triangles). */
    public static final int MAX_LEVEL = 3;

    private static final UnitSphere[] CACHE = new UnitSphere[MAX_LEVEL + 1];

    private final int level;
    private final float[] points;
    private final int[] triangles;

    private UnitSphere(int level, float[] points, int[] triangles) {
        this.level = level;
        this.points = points;
        this.triangles = triangles;
    }

    /** The sphere at the given subdivision level (0..{@link #MAX_LEVEL}), built once and shared. */
    public static synchronized UnitSphere ofLevel(int level) {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("sphere level " + level + " is outside 0.." + MAX_LEVEL);
        }
        if (CACHE[level] == null) {
            CACHE[level] = build(level);
        }
        return CACHE[level];
    }

    /** Number of triangles of a sphere at this level: 20·4^level. */
    public static int triangleCount(int level) {
        return 20 << (2 * level);
    }

    public int level() {
        return level;
    }

    public int vertexCount() {
        return points.length / 3;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    /** Vertex coordinates x,y,z of unit length (a copy). */
    public float[] points() {
        return points.clone();
    }

    /** Vertex indices, three per triangle (a copy). */
    public int[] triangles() {
        return triangles.clone();
    }

    /** Coordinate {@code axis} of vertex {@code vertex}, without copying. */
    float coordinate(int vertex, int axis) {
        return points[3 * vertex + axis];
    }

    /** Vertex index {@code corner} (0..2) of triangle {@code triangle}, without copying. */
    int corner(int triangle, int corner) {
        return triangles[3 * triangle + corner];
    }

    private static UnitSphere build(int level) {
        Builder b = new Builder();
        double t = (1 + Math.sqrt(5)) / 2;
        double[][] ico = {
            {-1, t, 0}, {1, t, 0}, {-1, -t, 0}, {1, -t, 0},
            {0, -1, t}, {0, 1, t}, {0, -1, -t}, {0, 1, -t},
            {t, 0, -1}, {t, 0, 1}, {-t, 0, -1}, {-t, 0, 1}
        };
        for (double[] v : ico) {
            b.add(v[0], v[1], v[2]);
        }
        int[] faces = {
            0, 11, 5, 0, 5, 1, 0, 1, 7, 0, 7, 10, 0, 10, 11,
            1, 5, 9, 5, 11, 4, 11, 10, 2, 10, 7, 6, 7, 1, 8,
            3, 9, 4, 3, 4, 2, 3, 2, 6, 3, 6, 8, 3, 8, 9,
            4, 9, 5, 2, 4, 11, 6, 2, 10, 8, 6, 7, 9, 8, 1
        };
        for (int l = 0; l < level; l++) {
            int[] finer = new int[faces.length * 4];
            Map<Long, Integer> midpoints = new HashMap<>();
            int k = 0;
            for (int f = 0; f < faces.length; f += 3) {
                int a = faces[f];
                int c1 = faces[f + 1];
                int c2 = faces[f + 2];
                int ab = b.midpoint(a, c1, midpoints);
                int bc = b.midpoint(c1, c2, midpoints);
                int ca = b.midpoint(c2, a, midpoints);
                int[] four = {a, ab, ca, c1, bc, ab, c2, ca, bc, ab, bc, ca};
                System.arraycopy(four, 0, finer, k, 12);
                k += 12;
            }
            faces = finer;
        }
        return new UnitSphere(level, b.points(), orientOutward(b.points(), faces));
    }

    /** Makes every triangle's edge cross product (p1−p0)×(p2−p0) point away from the centre. */
    private static int[] orientOutward(float[] p, int[] faces) {
        int[] out = faces.clone();
        for (int f = 0; f < out.length; f += 3) {
            int a = out[f];
            int b = out[f + 1];
            int c = out[f + 2];
            double ux = p[3 * b] - p[3 * a];
            double uy = p[3 * b + 1] - p[3 * a + 1];
            double uz = p[3 * b + 2] - p[3 * a + 2];
            double vx = p[3 * c] - p[3 * a];
            double vy = p[3 * c + 1] - p[3 * a + 1];
            double vz = p[3 * c + 2] - p[3 * a + 2];
            double nx = uy * vz - uz * vy;
            double ny = uz * vx - ux * vz;
            double nz = ux * vy - uy * vx;
            double outward = nx * (p[3 * a] + p[3 * b] + p[3 * c])
                    + ny * (p[3 * a + 1] + p[3 * b + 1] + p[3 * c + 1])
                    + nz * (p[3 * a + 2] + p[3 * b + 2] + p[3 * c + 2]);
            if (outward < 0) {
                out[f + 1] = c;
                out[f + 2] = b;
            }
        }
        return out;
    }

    /** Collects unit vertices and shares edge midpoints between neighbouring triangles. */
    private static final class Builder {
        private float[] xyz = new float[3 * 64];
        private int count;

        int add(double x, double y, double z) {
            double norm = Math.sqrt(x * x + y * y + z * z);
            if (3 * count + 3 > xyz.length) {
                xyz = java.util.Arrays.copyOf(xyz, xyz.length * 2);
            }
            xyz[3 * count] = (float) (x / norm);
            xyz[3 * count + 1] = (float) (y / norm);
            xyz[3 * count + 2] = (float) (z / norm);
            return count++;
        }

        int midpoint(int a, int b, Map<Long, Integer> cache) {
            long key = Math.min(a, b) * 1_000_000L + Math.max(a, b);
            Integer known = cache.get(key);
            if (known != null) {
                return known;
            }
            int index = add(xyz[3 * a] + xyz[3 * b], xyz[3 * a + 1] + xyz[3 * b + 1], xyz[3 * a + 2] + xyz[3 * b + 2]);
            cache.put(key, index);
            return index;
        }

        float[] points() {
            return java.util.Arrays.copyOf(xyz, 3 * count);
        }
    }
}
