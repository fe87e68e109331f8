package org.descriptorworkbench.descriptor.moments;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.EnvironmentSource;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.descriptor.JacobianMapping;
import org.descriptorworkbench.descriptor.NumericalJacobian;
import org.descriptorworkbench.descriptor.StructureEnvironments;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

/** Moment descriptors offer numerical derivatives; for Σ_100 (the mean) they equal the mean of the analytical CHSF Jacobians. */
class MomentsJacobianTest {
    private static final int[] SPECIES = {1, 6, 8};
    private static final String LOCAL = "chebyshev(r_cut=3.5, r_cut_angular=3, radial_order=4, angular_order=3)";

    @Test
    void offersNumericalDerivativesUnlessStandardized() {
        assertEquals(JacobianKind.NUMERICAL,
                RandomStructures.descriptor("moments(local=" + LOCAL + ", n_out=2, n_in=1)", SPECIES).jacobianKind());
        assertEquals(JacobianKind.NONE,
                RandomStructures.descriptor("moments(local=" + LOCAL + ", standardize=true)", SPECIES).jacobianKind());
    }

    @Test
    void derivativeOfTheMeanIsTheMeanOfTheLocalJacobians() {
        Structure s = RandomStructures.cluster(21, 7, SPECIES, 3.2);
        Descriptor global = RandomStructures.descriptor("moments(local=" + LOCAL + ", n_out=1, n_in=0)", SPECIES);
        Descriptor local = RandomStructures.descriptor(LOCAL, SPECIES);
        int atoms = s.atomCount();
        int features = local.featureCount();
        double[] numeric = new double[atoms * 3 * features];
        NumericalJacobian.withDefaultStep().ofStructure(global, s, numeric);

        double[] expected = new double[atoms * 3 * features];
        double[] perAtom = new double[atoms * 3 * features];
        EnvironmentSource environments = StructureEnvironments.of(s, 0, local.neighbourRadius());
        for (int centre = 0; centre < atoms; centre++) {
            Environment env = environments.fill(centre, new Environment());
            double[] jacobian = new double[(env.count() + 1) * 3 * features];
            local.computeWithJacobian(env, local.newWorkspace(), new double[features], jacobian);
            JacobianMapping.toAtoms(env, jacobian, features, atoms, perAtom);
            for (int i = 0; i < expected.length; i++) {
                expected[i] += perAtom[i] / atoms;
            }
        }
        double scale = 0;
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(expected[i] - numeric[i]));
        }
        assertTrue(scale > 1e-3, "derivatives vanish: " + scale);
        assertTrue(worst <= 1e-8 * scale, "max difference " + worst + " (scale " + scale + ")");
    }
}
