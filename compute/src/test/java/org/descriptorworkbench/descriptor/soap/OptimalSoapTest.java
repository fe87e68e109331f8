package org.descriptorworkbench.descriptor.soap;

import org.descriptorworkbench.testing.JacobianCheck;
import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SOAP in the optimal radial basis: what the orthogonal contraction preserves, invariances, lengths and Jacobians. */
class OptimalSoapTest {
    private static final int[] SPECIES = OptimalFitData.SPECIES;
    private static final String PRIMITIVE = "soap(r_cut=4, n_max=6, l_max=3, sigma=0.5)";
    private static final Pattern LABEL = Pattern.compile("(\\S+)-(\\S+) l=(\\d+) [nq]=(\\d+) [nq]'=(\\d+)");

    private static Structure sample() {
        return RandomStructures.cluster(7, 9, SPECIES, 3.5);
    }

    /**
     * The linear kernel of the full power-spectrum tensor p^{αβ}_{nn'l} over all ordered pairs,
     * read from the packed {@code off} features (which store only α ≤ β and, for α = β, n ≤ n'):
     * each stored entry off the diagonal of the full tensor stands for two. An orthogonal change of
     * radial basis per l (U p U^T) leaves this kernel unchanged; the packed dot product is not.
     */
    private static double[] fullTensorGram(Descriptor d, FeatureMatrix x) {
        List<String> labels = d.featureLabels();
        double[] weight = new double[labels.size()];
        for (int f = 0; f < weight.length; f++) {
            Matcher m = LABEL.matcher(labels.get(f));
            assertTrue(m.matches(), labels.get(f));
            boolean diagonal = m.group(1).equals(m.group(2)) && m.group(4).equals(m.group(5));
            weight[f] = diagonal ? 1 : 2;
        }
        int rows = x.rows();
        double[] gram = new double[rows * rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < rows; j++) {
                double sum = 0;
                for (int f = 0; f < weight.length; f++) {
                    sum += weight[f] * x.get(i, f) * x.get(j, f);
                }
                gram[i * rows + j] = sum;
            }
        }
        return gram;
    }

    @ParameterizedTest
    @ValueSource(strings = {"q_max=6, mixed=false", "q_max=18, mixed=true"})
    void theWholeContractedBasisKeepsTheFullTensorKernel(String optimal) {
        Descriptor primitive = RandomStructures.descriptor(PRIMITIVE, SPECIES);
        Descriptor contracted = RandomStructures.descriptor(OptimalFitData.spec("", optimal), SPECIES);
        Structure s = sample();
        double[] expected = fullTensorGram(primitive, RandomStructures.features(primitive, s));
        double[] actual = fullTensorGram(contracted, RandomStructures.features(contracted, s));
        assertTrue(RandomStructures.relativeDifference(expected, actual) < 1e-10,
                "kernel differs by " + RandomStructures.relativeDifference(expected, actual));
    }

    @Test
    void theContractedFeaturesThemselvesDifferFromThePrimitiveOnes() {
        Descriptor primitive = RandomStructures.descriptor(PRIMITIVE, SPECIES);
        Descriptor contracted = RandomStructures.descriptor(OptimalFitData.spec("", "q_max=6"), SPECIES);
        Structure s = sample();
        double difference = RandomStructures.relativeDifference(RandomStructures.features(primitive, s).data(),
                RandomStructures.features(contracted, s).data());
        assertTrue(difference > 1e-3, "the contraction did nothing: " + difference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q_max=4, mixed=false", "q_max=5, mixed=true"})
    void isInvariantUnderRotation(String optimal) {
        Descriptor d = RandomStructures.descriptor(OptimalFitData.spec("", optimal), SPECIES);
        Structure s = sample();
        double[] rotation = RandomStructures.rotation(new Random(3));
        double[] positions = s.positions();
        double[] rotated = new double[positions.length];
        for (int a = 0; a < s.atomCount(); a++) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    rotated[3 * a + i] += rotation[3 * i + j] * positions[3 * a + j];
                }
            }
        }
        double difference = RandomStructures.relativeDifference(RandomStructures.features(d, s).data(),
                RandomStructures.features(d, s.withPositions(rotated)).data());
        assertTrue(difference < 1e-10, "rotation changes features by " + difference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q_max=4, mixed=false", "q_max=5, mixed=true"})
    void isInvariantUnderPermutationOfNeighbours(String optimal) {
        Descriptor d = RandomStructures.descriptor(OptimalFitData.spec("", optimal), SPECIES);
        Structure s = sample();
        int atoms = s.atomCount();
        int[] order = new int[atoms];
        for (int i = 0; i < atoms; i++) {
            order[i] = (i * 4 + 3) % atoms;
        }
        int[] numbers = new int[atoms];
        double[] positions = new double[3 * atoms];
        for (int i = 0; i < atoms; i++) {
            numbers[i] = s.atomicNumber(order[i]);
            System.arraycopy(s.positions(), 3 * order[i], positions, 3 * i, 3);
        }
        FeatureMatrix original = RandomStructures.features(d, s);
        FeatureMatrix permuted = RandomStructures.features(d, Structure.cluster(numbers, positions));
        for (int i = 0; i < atoms; i++) {
            double difference = RandomStructures.relativeDifference(original.row(order[i]), permuted.row(i));
            assertTrue(difference < 1e-12, "atom " + i + " differs by " + difference);
        }
    }

    @Test
    void perSpeciesLengthIsThatOfOffWithQmaxFunctions() {
        Descriptor d = RandomStructures.descriptor(OptimalFitData.spec("", "q_max=4"), SPECIES);
        int s = 3;
        int q = 4;
        assertEquals(4 * (s * q * (q + 1) / 2 + s * (s - 1) / 2 * q * q), d.featureCount());
        assertEquals("H-H l=0 q=0 q'=0", d.featureLabels().get(0));
    }

    @Test
    void mixedLengthIsOneChannelOfQmaxFunctions() {
        Descriptor d = RandomStructures.descriptor(OptimalFitData.spec("", "q_max=7, mixed=true"), SPECIES);
        assertEquals((3 + 1) * 7 * 8 / 2, d.featureCount());
        assertEquals("mixed-mixed l=3 q=6 q'=6", d.featureLabels().get(d.featureCount() - 1));
    }

    /** Every compression works on the contracted channels exactly as on a primitive basis of q_max functions. */
    @ParameterizedTest
    @MethodSource("compressions")
    void everyCompressionHasTheLengthOfAPrimitiveBasisOfQmaxFunctions(String compression) {
        Descriptor primitive = RandomStructures.descriptor("soap(r_cut=4, n_max=3, l_max=3, sigma=0.5, compression="
                + compression + ")", SPECIES);
        Descriptor contracted = RandomStructures.descriptor(OptimalFitData.spec(", compression=" + compression, "q_max=3"),
                SPECIES);
        assertEquals(primitive.featureCount(), contracted.featureCount());
        double[] row = RandomStructures.features(contracted, sample()).row(0);
        assertTrue(java.util.Arrays.stream(row).allMatch(Double::isFinite));
        assertTrue(java.util.Arrays.stream(row).anyMatch(v -> v != 0));
    }

    static Stream<String> compressions() {
        return SoapFamily.COMPRESSIONS.stream();
    }

    @Test
    void exposesItsFittedBasis() {
        Descriptor d = RandomStructures.descriptor(OptimalFitData.spec("", "q_max=4"), SPECIES);
        OptimalRadialBasis basis = OptimalRadialBasis.of(d).orElseThrow();
        assertEquals(4, basis.qMax());
        assertEquals(80, basis.environmentCount());
        assertSame(basis, ((SoapDescriptor) d).optimalBasis());
        assertTrue(OptimalRadialBasis.of(RandomStructures.descriptor(PRIMITIVE, SPECIES)).isEmpty());
    }

    static Stream<String> jacobianSpecs() {
        return Stream.of(OptimalFitData.spec("", "q_max=4"), OptimalFitData.spec("", "q_max=5, mixed=true"),
                OptimalFitData.spec(", compression=mu1nu1", "q_max=3"),
                OptimalFitData.spec(", compression=mu1nu1_star", "q_max=4, mixed=true"),
                OptimalFitData.spec(", compression=crossover", "q_max=3, mixed=true"));
    }


    @ParameterizedTest
    @MethodSource("jacobianSpecs")
    void analyticalJacobianMatchesCentralDifferences(String spec) {
        double step = 1e-5;
        Structure s = RandomStructures.cluster(41, 7, SPECIES, 3);
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        assertEquals(JacobianKind.ANALYTICAL, d.jacobianKind());
        JacobianCheck.Result check = JacobianCheck.centralDifferences(d, s, 4, step);
        assertTrue(check.valueDifference() < 1e-14, "values differ from compute()");
        assertTrue(check.scale() > 1e-3, "derivatives vanish: " + check.scale());
        assertTrue(check.agrees(1e-7), check.toString());
    }
}
