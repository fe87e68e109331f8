package org.descriptorworkbench.descriptor.soap;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every SOAP variant is invariant to rotation, translation and permutation of like atoms (DESIGN.md: 1e-10 relative). */
class SoapInvarianceTest {
    private static final int[] SPECIES = {1, 6, 8};

    static java.util.stream.Stream<String> specs() {
        java.util.stream.Stream.Builder<String> specs = java.util.stream.Stream.builder();
        for (String compression : SoapFamily.COMPRESSIONS) {
            specs.add("soap(r_cut=3.5, n_max=3, l_max=4, sigma=0.4, basis=gto, compression=" + compression + ")");
        }
        specs.add("soap(r_cut=3.5, n_max=3, l_max=4, sigma=0.4, basis=polynomial, compression=off)");
        specs.add("soap(r_cut=3.5, n_max=3, l_max=4, sigma=0.4, compression=mu1nu1_star, basis=polynomial)");
        specs.add("soap(r_cut=3, n_max=3, l_max=3, center_weight=0.3, cutoff=cosine(1), scaling=pow(1.5, 2, 1, 0.5))");
        return specs.build();
    }

    private static Structure structure() {
        return RandomStructures.cluster(11, 14, SPECIES, 4.5);
    }


    /** Reorders the rows of {@code moved} back to the atom order of the original structure. */
    private static double[] unpermute(FeatureMatrix moved, int[] permutation) {
        int columns = moved.columns();
        double[] out = new double[moved.rows() * columns];
        for (int i = 0; i < moved.rows(); i++) {
            System.arraycopy(moved.data(), i * columns, out, permutation[i] * columns, columns);
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("specs")
    void isInvariantToRotationAndTranslation(String spec) {
        Structure s = structure();
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        FeatureMatrix original = RandomStructures.features(d, s);
        Random random = new Random(5);
        int[] identity = java.util.stream.IntStream.range(0, s.atomCount()).toArray();
        for (int trial = 0; trial < 3; trial++) {
            double[] shift = {random.nextGaussian() * 10, random.nextGaussian() * 10, random.nextGaussian() * 10};
            FeatureMatrix moved = RandomStructures.features(d, RandomStructures.transformed(s, RandomStructures.rotation(random), shift, identity));
            double diff = RandomStructures.relativeDifference(original.data(), moved.data());
            assertTrue(diff <= 1e-10, spec + ": relative change " + diff);
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void isInvariantToPermutationOfAtoms(String spec) {
        Structure s = structure();
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        FeatureMatrix original = RandomStructures.features(d, s);
        int[] permutation = RandomStructures.permutation(s.atomCount(), new Random(6));
        double[] identityRotation = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        FeatureMatrix moved = RandomStructures.features(d, RandomStructures.transformed(s, identityRotation, new double[3], permutation));
        double diff = RandomStructures.relativeDifference(original.data(), unpermute(moved, permutation));
        assertTrue(diff <= 1e-10, spec + ": relative change " + diff);
    }
}
