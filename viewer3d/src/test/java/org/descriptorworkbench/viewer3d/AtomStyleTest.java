package org.descriptorworkbench.viewer3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AtomStyleTest {

    @Test
    void drawsSiliconAtFourTenthsOfItsCovalentRadius() {
        assertEquals(0.4 * 1.11, AtomStyle.DEFAULT.radius(14), 1e-12);
    }

    @Test
    void usesTheFinestSpheresForSmallStructures() {
        assertEquals(UnitSphere.MAX_LEVEL, AtomStyle.DEFAULT.sphereLevel(128));
    }

    @Test
    void coarsensSpheresSoLargeStructuresStayWithinTheTriangleBudget() {
        AtomStyle style = new AtomStyle(0.4, 300_000);
        assertEquals(2, style.sphereLevel(500));   // 500 * 1280 > 300k >= 500 * 320
        assertEquals(1, style.sphereLevel(3000));  // 3000 * 320 > 300k >= 3000 * 80
        assertEquals(0, style.sphereLevel(20_000));
    }

    @Test
    void rejectsNonPositiveRadiusScale() {
        assertThrows(IllegalArgumentException.class, () -> new AtomStyle(0, 1000));
    }
}
