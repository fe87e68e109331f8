package org.descriptorworkbench.viewer3d;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

class SceneBoundsTest {

    @Test
    void centresACellOnItsMiddleAndReachesItsCorners() {
        SceneBounds b = SceneBounds.of(TestStructures.diamondSilicon(), AtomStyle.DEFAULT);
        double half = TestStructures.SI_LATTICE / 2;
        assertEquals(half, b.x(), 1e-12);
        assertEquals(half, b.y(), 1e-12);
        assertEquals(half, b.z(), 1e-12);
        // The atom at the origin corner reaches past the corner by its drawn radius.
        assertEquals(Math.sqrt(3) * half + AtomStyle.DEFAULT.radius(14), b.radius(), 1e-12);
    }

    @Test
    void enclosesAMoleculeByItsAtomSurfaces() {
        Structure h2 = Structure.cluster(new int[] {1, 1}, new double[] {0, 0, 0, 0, 0, 3});
        SceneBounds b = SceneBounds.of(h2, new AtomStyle(1.0, 1000));
        assertEquals(1.5, b.z(), 1e-12);
        assertEquals(1.5 + 0.31, b.radius(), 1e-12); // Cordero covalent radius of H
    }

    @Test
    void keepsASingleAtomFromFillingTheScreen() {
        Structure atom = Structure.cluster(new int[] {1}, new double[] {2, 2, 2});
        assertEquals(SceneBounds.MIN_RADIUS, SceneBounds.of(atom, AtomStyle.DEFAULT).radius(), 0);
    }
}
