package org.descriptorworkbench.descriptor.chebyshev;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CHSF and CHSF-mix are invariant to rotation, translation and permutation of atoms (DESIGN.md: 1e-10 relative). */
class ChebyshevInvarianceTest {
    private static final int[] SPECIES = {1, 6, 8};

    static Stream<String> specs() {
        return Stream.of(
                "chebyshev(r_cut=4, r_cut_angular=3.5, radial_order=8, angular_order=6)",
                "chebyshev(r_cut=3.5, r_cut_angular=4, radial_order=5, angular_order=5, dual_weight=true)",
                "chebyshev(r_cut=4, r_cut_angular=4, radial_order=4, angular_order=4, mix=true, mix_radial_order=3)",
                "chebyshev(r_cut=4, r_cut_angular=3, radial_order=3, angular_order=3, mix=true, dual_weight=true, weights=[0.5, 2, -1])");
    }

    private static Structure structure() {
        return RandomStructures.cluster(11, 14, SPECIES, 4.5);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void isInvariantToRotationAndTranslation(String spec) {
        Structure s = structure();
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        FeatureMatrix original = RandomStructures.features(d, List.of(s));
        Random random = new Random(5);
        int[] identity = IntStream.range(0, s.atomCount()).toArray();
        for (int trial = 0; trial < 3; trial++) {
            double[] shift = {random.nextGaussian() * 10, random.nextGaussian() * 10, random.nextGaussian() * 10};
            Structure moved = RandomStructures.transformed(s, RandomStructures.rotation(random), shift, identity);
            double diff = RandomStructures.relativeDifference(original.data(), RandomStructures.features(d, List.of(moved)).data());
            assertTrue(diff <= 1e-10, spec + ": relative change " + diff);
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void isInvariantToPermutationOfAtoms(String spec) {
        Structure s = structure();
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        FeatureMatrix original = RandomStructures.features(d, List.of(s));
        int[] permutation = RandomStructures.permutation(s.atomCount(), new Random(6));
        Structure permuted = RandomStructures.transformed(s, RandomStructures.identityRotation(), new double[3], permutation);
        FeatureMatrix moved = RandomStructures.features(d, List.of(permuted));
        double[] back = new double[moved.data().length];
        int columns = moved.columns();
        for (int i = 0; i < moved.rows(); i++) {
            System.arraycopy(moved.data(), i * columns, back, permutation[i] * columns, columns);
        }
        double diff = RandomStructures.relativeDifference(original.data(), back);
        assertTrue(diff <= 1e-10, spec + ": relative change " + diff);
    }
}
