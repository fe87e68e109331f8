package org.descriptorworkbench.descriptor.soap;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.descriptor.JacobianMapping;
import org.descriptorworkbench.descriptor.StructureEnvironments;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Analytical Jacobians of every SOAP variant against central differences (the centre moves with its atom). */
class SoapJacobianTest {
    private static final int[] SPECIES = {1, 6, 8};
    private static final double STEP = 1e-5;

    static Stream<String> specs() {
        Stream.Builder<String> specs = Stream.builder();
        for (String compression : SoapFamily.COMPRESSIONS) {
            specs.add("soap(r_cut=4, n_max=3, l_max=3, sigma=0.5, compression=" + compression + ")");
        }
        specs.add("soap(r_cut=4, n_max=3, l_max=3, sigma=0.5, basis=polynomial, compression=off)");
        specs.add("soap(r_cut=4, n_max=3, l_max=3, sigma=0.5, basis=polynomial, compression=mu1nu1_star)");
        specs.add("soap(r_cut=2.5, n_max=3, l_max=3, sigma=0.4, center_weight=0.5, cutoff=cosine(1), scaling=pow(1.5, 2, 1, 0.5))");
        return specs.build();
    }

    private static double[] row(Descriptor d, Structure s, int centre) {
        Environment env = StructureEnvironments.of(s, 0, d.neighbourRadius()).fill(centre, new Environment());
        return d.compute(env);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void matchesCentralDifferences(String spec) {
        Structure s = RandomStructures.cluster(41, 7, SPECIES, 3);
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        assertEquals(JacobianKind.ANALYTICAL, d.jacobianKind());
        int features = d.featureCount();
        int atoms = s.atomCount();
        for (int centre : new int[] {0, 4}) {
            Environment env = StructureEnvironments.of(s, 0, d.neighbourRadius()).fill(centre, new Environment());
            double[] value = new double[features];
            double[] jacobian = new double[(env.count() + 1) * 3 * features];
            d.computeWithJacobian(env, d.newWorkspace(), value, jacobian);
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
