package org.descriptorworkbench.descriptor.chebyshev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.testing.JacobianCheck;
import org.descriptorworkbench.testing.RandomStructures;
import org.junit.jupiter.api.Test;
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

    @Test
    void dualWeightRefusesACollinearTripleWithAMessageNamingTheParameter() {
        Structure line = Structure.cluster(new int[] {6, 1, 8}, new double[] {0, 0, 0, -1.1, 0, 0, 1.3, 0, 0});
        Descriptor d = RandomStructures.descriptor(
                "chebyshev(r_cut=3.5, r_cut_angular=4, radial_order=4, angular_order=4, dual_weight=true)", SPECIES);
        ParameterException e = assertThrows(ParameterException.class, () -> RandomStructures.features(d, List.of(line)));
        assertTrue(e.getMessage().contains("dual_weight") && e.getMessage().contains("180°"), e.getMessage());
    }

    private static void assertMatchesCentralDifferences(String spec, Structure s, int[] centres) {
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        assertEquals(JacobianKind.ANALYTICAL, d.jacobianKind());
        for (int centre : centres) {
            JacobianCheck.Result check = JacobianCheck.centralDifferences(d, s, centre, STEP);
            assertTrue(check.finite(), "non-finite Jacobian");
            assertTrue(check.valueDifference() < 1e-14, "values differ from compute()");
            assertTrue(check.scale() > 1e-3, "derivatives vanish: " + check.scale());
            assertTrue(check.agrees(1e-7), spec + " centre " + centre + ": " + check);
        }
    }
}
