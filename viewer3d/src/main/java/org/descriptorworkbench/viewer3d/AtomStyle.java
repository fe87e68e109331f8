package org.descriptorworkbench.viewer3d;

import org.descriptorworkbench.structure.Element;

/**
 * How atoms are drawn: a sphere of radius {@code scale}·(covalent radius of Cordero et al. 2008)
 * in the element's Jmol colour, with the sphere's subdivision level chosen from the atom count so
 * that the whole structure stays within a triangle budget and rotation stays fluid.
 *
 * @param radiusScale    drawn radius as a multiple of the covalent radius (0.4 gives ball-and-stick proportions)
 * @param triangleBudget the number of sphere triangles the whole structure may use
 */
public record AtomStyle(double radiusScale, int triangleBudget) {

    /** 0.4 × covalent radius, up to 300 000 sphere triangles per structure. */
    public static final AtomStyle DEFAULT = new AtomStyle(0.4, 300_000);

    public AtomStyle {
        if (!(radiusScale > 0) || !Double.isFinite(radiusScale)) {
            throw new IllegalArgumentException("radiusScale must be a positive number, got " + radiusScale);
        }
        if (triangleBudget < 1) {
            throw new IllegalArgumentException("triangleBudget must be positive, got " + triangleBudget);
        }
    }

    /** Drawn radius in Å of an atom with atomic number z. */
    public double radius(int z) {
        return radiusScale * Element.of(z).covalentRadius();
    }

    /**
     * The finest sphere level whose triangles for {@code atomCount} atoms fit the budget; at least 0
     * (the plain icosahedron, which still looks round because its normals are the sphere's).
     */
    public int sphereLevel(int atomCount) {
        int level = UnitSphere.MAX_LEVEL;
        while (level > 0 && (long) atomCount * UnitSphere.triangleCount(level) > triangleBudget) {
            level--;
        }
        return level;
    }
}
