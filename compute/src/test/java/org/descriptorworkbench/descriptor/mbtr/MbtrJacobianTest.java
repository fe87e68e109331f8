package org.descriptorworkbench.descriptor.mbtr;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.descriptor.NumericalJacobian;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MBTR's numerical Jacobian (NumericalJacobian.ofStructure) is translation-consistent and agrees with plain differences. */
class MbtrJacobianTest {
    private static final int[] SPECIES = {1, 6, 8};

    @ParameterizedTest
    @ValueSource(strings = {
        "mbtr(k=2, geometry=distance, grid_min=0, grid_max=6, grid_n=40, sigma=0.3, weighting=exp(scale=0.6, threshold=1e-3))",
        "mbtr(k=3, geometry=cosine, grid_min=-1.2, grid_max=1.2, grid_n=30, sigma=0.2, weighting=exp(scale=0.6, threshold=1e-3))"
    })
    void derivativesSumToZeroOverAtomsAndMatchPlainDifferences(String spec) {
        Structure s = RandomStructures.cluster(2, 7, SPECIES, 3.5, 0.9);
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        assertEquals(JacobianKind.NUMERICAL, d.jacobianKind());
        int features = d.featureCount();
        double[] jacobian = new double[s.atomCount() * 3 * features];
        NumericalJacobian.withDefaultStep().ofStructure(d, s, jacobian);
        double max = 0;
        for (double v : jacobian) {
            max = Math.max(max, Math.abs(v));
        }
        assertTrue(max > 0, "the Jacobian must not vanish");
        for (int axis = 0; axis < 3; axis++) {
            for (int f = 0; f < features; f++) {
                double sum = 0;
                for (int atom = 0; atom < s.atomCount(); atom++) {
                    sum += jacobian[(3 * atom + axis) * features + f];
                }
                assertEquals(0, sum, 1e-8 * max, "translation: axis " + axis + " feature " + f);
            }
        }
        int atom = 3;
        int axis = 1;
        double h = 1e-5;
        double[] plus = shifted(d, s, atom, axis, h);
        double[] minus = shifted(d, s, atom, axis, -h);
        for (int f = 0; f < features; f++) {
            double plain = (plus[f] - minus[f]) / (2 * h);
            assertEquals(plain, jacobian[(3 * atom + axis) * features + f], 1e-6 * max, "feature " + f);
        }
    }

    private static double[] shifted(Descriptor d, Structure s, int atom, int axis, double h) {
        double[] p = s.positions().clone();
        p[3 * atom + axis] += h;
        return DescriptorEngine.compute(d, new Dataset("moved", java.util.List.of(s.withPositions(p))), 1, Progress.none()).data();
    }
}
