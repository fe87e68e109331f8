package org.descriptorworkbench.descriptor.soap;

import org.descriptorworkbench.testing.JacobianCheck;
import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.JacobianKind;
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


    @ParameterizedTest
    @MethodSource("specs")
    void matchesCentralDifferences(String spec) {
        Structure s = RandomStructures.cluster(41, 7, SPECIES, 3);
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        assertEquals(JacobianKind.ANALYTICAL, d.jacobianKind());
        for (int centre : new int[] {0, 4}) {
            JacobianCheck.Result check = JacobianCheck.centralDifferences(d, s, centre, STEP);
            assertTrue(check.valueDifference() < 1e-14, "values differ from compute()");
            assertTrue(check.scale() > 1e-3, "derivatives vanish: " + check.scale());
            assertTrue(check.agrees(1e-7), spec + " centre " + centre + ": " + check);
        }
    }
}
