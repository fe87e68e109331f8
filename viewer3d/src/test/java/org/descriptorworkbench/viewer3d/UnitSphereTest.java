package org.descriptorworkbench.viewer3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnitSphereTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void hasTheIcosphereVertexAndTriangleCounts(int level) {
        UnitSphere sphere = UnitSphere.ofLevel(level);
        int triangles = 20 << (2 * level);
        assertEquals(triangles, sphere.triangleCount());
        assertEquals(triangles / 2 + 2, sphere.vertexCount()); // Euler: V - E + F = 2 with E = 3F/2
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void putsEveryVertexOnTheUnitSphere(int level) {
        float[] p = UnitSphere.ofLevel(level).points();
        for (int v = 0; v < p.length; v += 3) {
            assertEquals(1.0, Math.sqrt(p[v] * p[v] + p[v + 1] * p[v + 1] + p[v + 2] * p[v + 2]), 1e-6);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void windsEveryTriangleWithItsCrossProductOutward(int level) {
        UnitSphere sphere = UnitSphere.ofLevel(level);
        float[] p = sphere.points();
        int[] t = sphere.triangles();
        for (int f = 0; f < t.length; f += 3) {
            double[] a = {p[3 * t[f]], p[3 * t[f] + 1], p[3 * t[f] + 2]};
            double[] b = {p[3 * t[f + 1]], p[3 * t[f + 1] + 1], p[3 * t[f + 1] + 2]};
            double[] c = {p[3 * t[f + 2]], p[3 * t[f + 2] + 1], p[3 * t[f + 2] + 2]};
            double[] u = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
            double[] v = {c[0] - a[0], c[1] - a[1], c[2] - a[2]};
            double[] n = {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
            assertTrue(n[0] * (a[0] + b[0] + c[0]) + n[1] * (a[1] + b[1] + c[1]) + n[2] * (a[2] + b[2] + c[2]) > 0,
                    "triangle " + f / 3 + " faces inward");
        }
    }

    @Test
    void sharesOneInstancePerLevel() {
        assertTrue(UnitSphere.ofLevel(2) == UnitSphere.ofLevel(2));
    }

    @Test
    void rejectsLevelsBeyondTheFinest() {
        assertThrows(IllegalArgumentException.class, () -> UnitSphere.ofLevel(UnitSphere.MAX_LEVEL + 1));
    }
}
