package org.descriptorworkbench.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.StructureEnvironments;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.testing.RandomStructures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The product-form pair derivatives of off and crossover ({@link PowerSpectrum#centreDerivative},
 * {@link PowerSpectrum#neighbourDerivatives}) against their definition f(d, x) + f(x, d) evaluated
 * term by term by {@link PowerSpectrum#evaluate}, the routine the Jacobian used before.
 */
class PowerSpectrumPairDerivativeTest {
    private static final int N_MAX = 4;
    private static final int L_MAX = 5;
    private static final double TOLERANCE = 1e-12;

    static Stream<Arguments> variants() {
        return Stream.of(Arguments.of("off", 1), Arguments.of("off", 3), Arguments.of("crossover", 1),
                Arguments.of("crossover", 3));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void centreChangeInEveryChannelMatchesTheBilinearForm(String compression, int species) {
        PowerSpectrum spectrum = new PowerSpectrum(compression, species, N_MAX, L_MAX, null, 0, null);
        Random random = new Random(11);
        double[] x = randoms(random, stateSize(species));
        double[] d = randoms(random, stateSize(species));
        int features = spectrum.size();
        PowerSpectrum.Scratch scratch = spectrum.newScratch();
        double[] expected = new double[features];
        spectrum.evaluate(d, x, expected, 0, false, scratch);
        spectrum.evaluate(x, d, expected, 0, true, scratch);

        // d sits inside a longer array and the output row inside a longer one, as in the Jacobian
        int from = 5;
        double[] padded = new double[from + d.length + 3];
        Arrays.fill(padded, Double.NaN);
        System.arraycopy(d, 0, padded, from, d.length);
        double[] out = new double[features + 9];
        Arrays.fill(out, Double.NaN);
        spectrum.linearise(x, scratch);
        spectrum.centreDerivative(padded, from, out, 9, scratch);
        double difference = RandomStructures.relativeDifference(expected, Arrays.copyOfRange(out, 9, 9 + features));
        assertTrue(difference <= TOLERANCE, "relative difference " + difference);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void batchOfNeighbourMovesMatchesTheBilinearFormRowByRowAndZeroesOtherPairs(String compression, int species) {
        for (int channel = 0; channel < species; channel++) {
            assertBatchMatchesBilinearForm(compression, species, channel, new int[] {2, 5, 6, 9, 11});
            assertBatchMatchesBilinearForm(compression, species, channel, new int[] {4});
        }
    }

    /** Rows of the batch's dofs against the bilinear form; output prefilled with NaN, so every feature must be written. */
    private static void assertBatchMatchesBilinearForm(String compression, int species, int channel, int[] dofs) {
        PowerSpectrum spectrum = new PowerSpectrum(compression, species, N_MAX, L_MAX, null, 0, null);
        Random random = new Random(13 + channel);
        int state = stateSize(species);
        int block = state / species;
        int rows = 3 * 12;
        double[] x = randoms(random, state);
        double[] d = new double[rows * state];
        Arrays.fill(d, Double.NaN);
        for (int dof : dofs) {
            for (int axis = 0; axis < 3; axis++) {
                int row = (3 * dof + axis) * state;
                Arrays.fill(d, row, row + state, 0);
                for (int i = channel * block; i < (channel + 1) * block; i++) {
                    d[row + i] = random.nextGaussian();
                }
            }
        }
        int features = spectrum.size();
        double[] out = new double[rows * features];
        Arrays.fill(out, Double.NaN);
        PowerSpectrum.Scratch scratch = spectrum.newScratch();
        spectrum.linearise(x, scratch);
        spectrum.neighbourDerivatives(d, state, channel, dofs, dofs.length, out, features, scratch);
        double[] expected = new double[features];
        for (int dof : dofs) {
            for (int axis = 0; axis < 3; axis++) {
                int row = 3 * dof + axis;
                double[] change = Arrays.copyOfRange(d, row * state, (row + 1) * state);
                spectrum.evaluate(change, x, expected, 0, false, scratch);
                spectrum.evaluate(x, change, expected, 0, true, scratch);
                double difference = RandomStructures.relativeDifference(expected,
                        Arrays.copyOfRange(out, row * features, (row + 1) * features));
                assertTrue(difference <= TOLERANCE,
                        "channel " + channel + " dof " + dof + " axis " + axis + ": relative difference " + difference);
            }
        }
        assertTrue(Double.isNaN(out[3 * features]), "rows of other dofs are left alone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"off", "crossover"})
    void jacobianAtBenchmarkSizeMatchesTheBilinearFormOfTheExpansionGradients(String compression) {
        int[] species = {1, 6, 7, 8};
        String spec = "soap(r_cut=5, n_max=8, l_max=6, sigma=0.5, basis=gto, compression=" + compression + ")";
        SoapSettings settings = SoapSettings.of(DescriptorCatalog.parse(spec), species);
        SphericalExpansion expansion = new SphericalExpansion(settings.radialBasis(8, 6), species, false,
                settings.neighbourRadius(), settings.centerWeight(), settings.weight());
        PowerSpectrum spectrum = new PowerSpectrum(compression, species.length, 8, 6, null, 0, null);
        Descriptor descriptor = RandomStructures.descriptor(spec, species);
        Structure structure = RandomStructures.cluster(5, 12, species, 4);
        Environment env = StructureEnvironments.of(structure, 0, settings.neighbourRadius()).fill(3, new Environment());

        int state = expansion.size();
        int features = descriptor.featureCount();
        int rows = 3 * (env.count() + 1);
        double[] x = new double[state];
        expansion.compute(env, expansion.newScratch(), x, 0);
        double[] gradients = new double[rows * state];
        expansion.addGradients(env, expansion.newScratch(), gradients, state, 0);
        PowerSpectrum.Scratch scratch = spectrum.newScratch();
        double[] expected = new double[rows * features];
        for (int r = 0; r < rows; r++) {
            double[] d = Arrays.copyOfRange(gradients, r * state, (r + 1) * state);
            spectrum.evaluate(d, x, expected, r * features, false, scratch);
            spectrum.evaluate(x, d, expected, r * features, true, scratch);
        }
        double[] jacobian = new double[rows * features];
        descriptor.computeWithJacobian(env, descriptor.newWorkspace(), new double[features], jacobian);
        double difference = RandomStructures.relativeDifference(expected, jacobian);
        assertTrue(difference <= TOLERANCE, compression + ": relative difference " + difference);
    }

    private static int stateSize(int species) {
        return species * N_MAX * (L_MAX + 1) * (L_MAX + 1);
    }

    private static double[] randoms(Random random, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextGaussian();
        }
        return values;
    }
}
