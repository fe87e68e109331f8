package org.descriptorworkbench.descriptor.chebyshev;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.descriptor.JacobianMapping;
import org.descriptorworkbench.descriptor.StructureEnvironments;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Analytical CHSF / CHSF-mix Jacobians against central differences of atomic positions (the centre moves with its atom). */
class ChebyshevJacobianTest {
    private static final int[] SPECIES = {1, 6, 8};
    private static final double STEP = 1e-5;

    static Stream<String> specs() {
        return Stream.of(
                "chebyshev(r_cut=4, r_cut_angular=3.5, radial_order=6, angular_order=5)",
                "chebyshev(r_cut=3.5, r_cut_angular=4, radial_order=4, angular_order=4, dual_weight=true)",
                "chebyshev(r_cut=4, r_cut_angular=4, radial_order=3, angular_order=3, mix=true, mix_radial_order=3)",
                "chebyshev(r_cut=4, r_cut_angular=3.5, radial_order=3, angular_order=2, mix=true, dual_weight=true, weights=[0.5, 2, -1])");
    }

    /** The eq. 12 dual weight is itself infinite at θ = π. */
    static Stream<String> specsWithoutDualWeight() {
        return specs().filter(spec -> !spec.contains("dual_weight=true"));
    }

    private static double[] row(Descriptor d, Structure s, int centre) {
        Environment env = StructureEnvironments.of(s, 0, d.neighbourRadius()).fill(centre, new Environment());
        return d.compute(env);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void matchesCentralDifferences(String spec) {
        assertMatchesCentralDifferences(spec, RandomStructures.cluster(41, 8, SPECIES, 3.2), new int[] {0, 5});
    }

    /** At θ = π the angle has a cusp; the Jacobian takes the symmetric value, which central differences also give. */
    @ParameterizedTest
    @MethodSource("specsWithoutDualWeight")
    void isFiniteAndMatchesCentralDifferencesAtACollinearTriple(String spec) {
        Structure line = Structure.cluster(new int[] {6, 1, 8, 1},
                new double[] {0, 0, 0, -1.1, 0, 0, 1.3, 0, 0, 0.2, 1.4, 0.3});
        assertMatchesCentralDifferences(spec, line, new int[] {0});
    }

    private static void assertMatchesCentralDifferences(String spec, Structure s, int[] centres) {
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        assertEquals(JacobianKind.ANALYTICAL, d.jacobianKind());
        int features = d.featureCount();
        int atoms = s.atomCount();
        for (int centre : centres) {
            Environment env = StructureEnvironments.of(s, 0, d.neighbourRadius()).fill(centre, new Environment());
            double[] value = new double[features];
            double[] jacobian = new double[(env.count() + 1) * 3 * features];
            d.computeWithJacobian(env, d.newWorkspace(), value, jacobian);
            assertTrue(Arrays.stream(jacobian).allMatch(Double::isFinite), "non-finite Jacobian");
            assertTrue(RandomStructures.relativeDifference(row(d, s, centre), value) < 1e-14, "values differ from compute()");
            double[] perAtom = new double[atoms * 3 * features];
            JacobianMapping.toAtoms(env, jacobian, features, atoms, perAtom);
            double scale = 0;
            double worst = 0;
            for (int atom = 0; atom < atoms; atom++) {
                for (int axis = 0; axis < 3; axis++) {
                    double[] positions = s.positions();
                    positions[3 * atom + axis] += STEP;
                    double[] plus = row(d, s.withPositions(positions), centre);
                    positions[3 * atom + axis] -= 2 * STEP;
                    double[] minus = row(d, s.withPositions(positions), centre);
                    for (int f = 0; f < features; f++) {
                        double numeric = (plus[f] - minus[f]) / (2 * STEP);
                        double analytic = perAtom[(atom * 3 + axis) * features + f];
                        scale = Math.max(scale, Math.abs(numeric));
                        worst = Math.max(worst, Math.abs(numeric - analytic));
                    }
                }
            }
            assertTrue(scale > 1e-3, "derivatives vanish: " + scale);
            assertTrue(worst <= 1e-7 * Math.max(1, scale), spec + " centre " + centre + ": max difference " + worst + " (scale " + scale + ")");
        }
    }
}
