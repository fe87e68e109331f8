package org.descriptorworkbench.analysis.perturbation;

/**
 * A path R(t) of seed 001 eq. 30: one atom leaves a reference configuration (the crystal, or the
 * crystal with a pre-displaced shell) along a straight line, or on the sphere of its bond length
 * around the centre with arc length t. On the sphere the displacement is written as
 * r·sin(t/r)·d − 2r·sin²(t/2r)·b̂ rather than r·(cos(t/r) − 1)·b̂ + …, whose cosine term would lose
 * every significant digit for t ≪ r.
 */
final class PerturbationPath {
    private final int movedAtom;
    private final double[] referenceDisplacement;
    private final double[] bond;
    private final double bondLength;
    private final double[] direction;
    private final boolean onSphere;

    /**
     * @param referenceDisplacement displacement of every atom in the reference configuration (3 per atom), Å
     * @param bond                  unit vector from the centre to the moved atom (reference configuration)
     * @param bondLength            its length, Å
     * @param direction             unit direction of motion at t = 0
     * @param onSphere              whether the atom moves on the sphere of radius bondLength (tangential paths)
     */
    PerturbationPath(int movedAtom, double[] referenceDisplacement, double[] bond, double bondLength, double[] direction,
                     boolean onSphere) {
        this.movedAtom = movedAtom;
        this.referenceDisplacement = referenceDisplacement.clone();
        this.bond = bond.clone();
        this.bondLength = bondLength;
        this.direction = direction.clone();
        this.onSphere = onSphere;
    }

    int movedAtom() {
        return movedAtom;
    }

    double[] referenceDisplacement() {
        return referenceDisplacement.clone();
    }

    double[] direction() {
        return direction.clone();
    }

    /** Sets the moved atom's entries of {@code displacement} (otherwise equal to the reference) to their value at t. */
    void moveTo(double t, double[] displacement) {
        double along = t;
        double back = 0;
        if (onSphere) {
            double half = Math.sin(t / (2 * bondLength));
            along = bondLength * Math.sin(t / bondLength);
            back = 2 * bondLength * half * half;
        }
        for (int axis = 0; axis < 3; axis++) {
            displacement[3 * movedAtom + axis] = referenceDisplacement[3 * movedAtom + axis]
                    + (along * direction[axis] - back * bond[axis]);
        }
    }

    /** Puts the moved atom back to its reference displacement. */
    void reset(double[] displacement) {
        System.arraycopy(referenceDisplacement, 3 * movedAtom, displacement, 3 * movedAtom, 3);
    }
}
