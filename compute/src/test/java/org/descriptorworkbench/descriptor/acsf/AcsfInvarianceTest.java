package org.descriptorworkbench.descriptor.acsf;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every ACSF variant is invariant to rotation, translation and permutation of atoms (DESIGN.md: 1e-10 relative). */
class AcsfInvarianceTest {
    private static final int[] SPECIES = {1, 6, 8};
    static final String ALL_G = "r_cut=4.5, g2=[[0.5, 0], [1, 2]], g3=[1, 2.5], g4=[[0.1, 1, 1], [0.3, 2, -1], [0.2, 3.5, 1]], "
            + "g5=[[0.1, 1, -1], [0.4, 4, 1]]";

    static Stream<String> specs() {
        return Stream.concat(AcsfFamily.COMPRESSIONS.stream().map(c -> "acsf(" + ALL_G + ", compression=" + c + ")"),
                Stream.of("acsf(r_cut=4, acsf_preset=standard)"));
    }

    private static Structure structure() {
        return RandomStructures.cluster(3, 14, SPECIES, 5, 0.9);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void isInvariantToRotationAndTranslation(String spec) {
        Structure s = structure();
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        FeatureMatrix original = RandomStructures.features(d, s);
        Random random = new Random(8);
        int[] identity = IntStream.range(0, s.atomCount()).toArray();
        for (int trial = 0; trial < 3; trial++) {
            double[] shift = {random.nextGaussian() * 10, random.nextGaussian() * 10, random.nextGaussian() * 10};
            Structure moved = RandomStructures.transformed(s, RandomStructures.rotation(random), shift, identity);
            double diff = RandomStructures.relativeDifference(original.data(), RandomStructures.features(d, moved).data());
            assertTrue(diff <= 1e-10, spec + ": relative change " + diff);
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void isInvariantToPermutationOfAtoms(String spec) {
        Structure s = structure();
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        FeatureMatrix original = RandomStructures.features(d, s);
        int[] permutation = RandomStructures.permutation(s.atomCount(), new Random(9));
        FeatureMatrix moved = RandomStructures.features(d,
                RandomStructures.transformed(s, RandomStructures.identityRotation(), new double[3], permutation));
        int columns = moved.columns();
        double[] back = new double[moved.data().length];
        for (int i = 0; i < moved.rows(); i++) {
            System.arraycopy(moved.data(), i * columns, back, permutation[i] * columns, columns);
        }
        double diff = RandomStructures.relativeDifference(original.data(), back);
        assertTrue(diff <= 1e-10, spec + ": relative change " + diff);
    }
}
