package org.descriptorworkbench.descriptor;

import org.descriptorworkbench.testing.JacobianCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every family of the catalog at its default parameters: spec round trip, label count,
 * rotation and translation invariance on a random cluster, and, where a per-environment Jacobian
 * is declared, agreement with central differences.
 */
class DescriptorContractTest {
    private static final int[] SPECIES = {1, 6, 8};

    static Stream<DescriptorFamily> families() {
        return DescriptorCatalog.families().stream();
    }

    private static Structure randomCluster(long seed) {
        Random random = new Random(seed);
        int atoms = 8;
        int[] numbers = new int[atoms];
        double[] positions = new double[3 * atoms];
        for (int i = 0; i < atoms; i++) {
            numbers[i] = SPECIES[i % SPECIES.length];
            for (int c = 0; c < 3; c++) {
                positions[3 * i + c] = (i % 2) * 1.1 + random.nextDouble() * 3.2;
            }
        }
        return Structure.cluster(numbers, positions);
    }

    private static Descriptor defaultDescriptor(DescriptorFamily family) {
        return DescriptorCatalog.create(DescriptorCatalog.parse(family.signature().name() + "()"), SPECIES);
    }

    private static double[] features(Descriptor d, Structure s) {
        return DescriptorEngine.compute(d, new Dataset("contract", List.of(s)), 1, Progress.none()).data();
    }

    @ParameterizedTest
    @MethodSource("families")
    void defaultSpecRoundTrips(DescriptorFamily family) {
        DescriptorSpec spec = DescriptorCatalog.parse(family.signature().name() + "()");
        assertEquals(spec, DescriptorCatalog.parse(spec.text()));
    }

    @ParameterizedTest
    @MethodSource("families")
    void hasOneLabelPerFeature(DescriptorFamily family) {
        Descriptor d = defaultDescriptor(family);
        assertEquals(d.featureCount(), d.featureLabels().size());
        assertEquals(d.featureCount(), d.featureLabels().stream().distinct().count(), "labels must be distinct");
    }

    @ParameterizedTest
    @MethodSource("families")
    void isInvariantToRotationAndTranslation(DescriptorFamily family) {
        Descriptor d = defaultDescriptor(family);
        Structure s = randomCluster(1);
        double angle = 0.83;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double[] p = s.positions();
        double[] q = new double[p.length];
        for (int i = 0; i < s.atomCount(); i++) {
            double x = p[3 * i];
            double y = p[3 * i + 1];
            double z = p[3 * i + 2];
            q[3 * i] = cos * x - sin * z + 3.1;
            q[3 * i + 1] = y - 7.2;
            q[3 * i + 2] = sin * x + cos * z + 0.4;
        }
        double[] a = features(d, s);
        double[] b = features(d, s.withPositions(q));
        double max = 0;
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i]));
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
        }
        assertTrue(max > 0, "all features vanish");
        assertTrue(diff <= 1e-10 * max, "relative change " + diff / max);
    }

    @ParameterizedTest
    @MethodSource("families")
    void declaredJacobianMatchesCentralDifferences(DescriptorFamily family) {
        Descriptor d = defaultDescriptor(family);
        if (d.jacobianKind() == JacobianKind.NONE || d.perStructure()) {
            return; // per-structure descriptors have no per-environment Jacobian to check here
        }
        Structure s = randomCluster(2);
        int centre = 1;
        JacobianCheck.Result check = JacobianCheck.centralDifferences(d, s, centre, 1e-5);
        assertTrue(check.agrees(1e-6), check.toString());
    }
}
