package org.descriptorworkbench.descriptor;

/**
 * Turns a per-environment Jacobian over degrees of freedom (centre, then each neighbour image;
 * see {@link Descriptor#computeWithJacobian}) into derivatives with respect to the atoms of the
 * structure, summing every periodic image of an atom and the centre's own block into that atom —
 * the DScribe convention in which moving an atom moves all its images and the centre moves with
 * its atom ({@code attach=True}).
 */
public final class JacobianMapping {

    private JacobianMapping() {
    }

    /**
     * Adds the Jacobian of one environment into {@code out}, laid out [atom][axis][feature]
     * (length atomCount·3·featureCount), zeroing it first.
     */
    public static void toAtoms(Environment environment, double[] jacobian, int featureCount, int atomCount, double[] out) {
        java.util.Arrays.fill(out, 0, atomCount * 3 * featureCount, 0);
        int block = 3 * featureCount;
        add(jacobian, 0, out, environment.centreAtom() * block, block);
        for (int k = 0; k < environment.count(); k++) {
            add(jacobian, (k + 1) * block, out, environment.atom(k) * block, block);
        }
    }

    private static void add(double[] from, int fromOffset, double[] to, int toOffset, int length) {
        for (int i = 0; i < length; i++) {
            to[toOffset + i] += from[fromOffset + i];
        }
    }
}
