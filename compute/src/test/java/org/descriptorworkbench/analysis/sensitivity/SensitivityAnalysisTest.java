package org.descriptorworkbench.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.Progress;
import org.descriptorworkbench.testing.RandomStructures;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sensitivity spectra with SOAP (seed 000 §IV D, Fig. S4): zero modes of generic and symmetric environments. */
class SensitivityAnalysisTest {
    /** r_cut + 3.717·σ = 4.1 Å holds the first two shells of diamond Si (16 neighbours, 51 degrees of freedom). */
    private static final String SOAP = "soap(r_cut=3, n_max=5, l_max=5, sigma=0.3)";
    private static final double SILICON_A = 5.43;

    private static Descriptor soap(String spec, int... species) {
        return DescriptorCatalog.create(DescriptorCatalog.parse(spec), species);
    }

    private static SensitivityResult analyse(Structure structure, String spec, int... atoms) {
        Dataset dataset = new Dataset("test", List.of(structure));
        List<Centre> centres = CentreChoice.atoms(dataset, 0, atoms);
        return new SensitivityAnalysis(dataset, soap(spec, structure.species()), centres).run(Progress.none());
    }

    /** Atom 0 at the origin and {@code neighbours} atoms uniformly in a ball of radius {@code ball}, none closer than 1.6 Å. */
    static Structure randomEnvironment(long seed, int neighbours, double ball, int[] species) {
        Random random = new Random(seed);
        int[] numbers = new int[neighbours + 1];
        double[] positions = new double[3 * (neighbours + 1)];
        numbers[0] = species[0];
        for (int i = 1; i <= neighbours; i++) {
            numbers[i] = species[random.nextInt(species.length)];
            boolean placed = false;
            while (!placed) {
                double r2 = 0;
                for (int c = 0; c < 3; c++) {
                    positions[3 * i + c] = (2 * random.nextDouble() - 1) * ball;
                    r2 += positions[3 * i + c] * positions[3 * i + c];
                }
                placed = r2 <= ball * ball;
                for (int j = 0; j < i && placed; j++) {
                    double d2 = 0;
                    for (int c = 0; c < 3; c++) {
                        double d = positions[3 * i + c] - positions[3 * j + c];
                        d2 += d * d;
                    }
                    placed = d2 > 1.6 * 1.6;
                }
            }
        }
        return Structure.cluster(numbers, positions);
    }

    /** One conventional cell of diamond Si (8 atoms, a = 5.43 Å), periodic, atom 0 at the origin. */
    static Structure diamondSilicon() {
        double[][] fractional = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
        double[] positions = new double[24];
        for (int i = 0; i < 4; i++) {
            for (int c = 0; c < 3; c++) {
                positions[3 * i + c] = fractional[i][c] * SILICON_A;
                positions[3 * (i + 4) + c] = (fractional[i][c] + 0.25) * SILICON_A;
            }
        }
        int[] numbers = new int[8];
        Arrays.fill(numbers, 14);
        return Structure.periodic(numbers, positions, Cell.orthorhombic(SILICON_A, SILICON_A, SILICON_A),
                new boolean[] {true, true, true});
    }

    private static Structure rotated(Structure structure, double[] rotation) {
        double[] p = structure.positions();
        double[] q = new double[p.length];
        for (int i = 0; i < p.length / 3; i++) {
            for (int r = 0; r < 3; r++) {
                q[3 * i + r] = rotation[3 * r] * p[3 * i] + rotation[3 * r + 1] * p[3 * i + 1] + rotation[3 * r + 2] * p[3 * i + 2];
            }
        }
        return Structure.cluster(structure.atomicNumbers(), q);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomAsymmetricEnvironmentHasExactlySixZeroModes(long seed) {
        Structure environment = randomEnvironment(seed, 8, 3.0, new int[] {14});
        EnvironmentSpectrum spectrum = analyse(environment, SOAP, 0).environments().get(0);
        assertEquals(27, spectrum.degreesOfFreedom());
        assertEquals(6, spectrum.zeroModes(), () -> Arrays.toString(spectrum.normalised()));
    }

    @Test
    void zeroModesSitFarBelowTheThresholdAndTheRestFarAbove() {
        double[] normalised = analyse(randomEnvironment(1, 8, 3.0, new int[] {14}), SOAP, 0).environments().get(0).normalised();
        assertTrue(normalised[5] < 1e-20, () -> "sixth smallest " + normalised[5]);
        assertTrue(normalised[6] > 1e-10, () -> "seventh smallest " + normalised[6]);
    }

    @Test
    void randomTwoSpeciesEnvironmentHasExactlySixZeroModes() {
        Structure environment = randomEnvironment(11, 9, 3.0, new int[] {8, 14});
        EnvironmentSpectrum spectrum = analyse(environment, "soap(r_cut=4, n_max=4, l_max=4, sigma=0.5)", 0)
                .environments().get(0);
        assertEquals(6, spectrum.zeroModes(), () -> Arrays.toString(spectrum.normalised()));
    }

    /**
     * At a configuration with site symmetry G, the gradient of any rotation-, reflection- and
     * permutation-invariant descriptor is itself G-invariant, so J vanishes on every displacement
     * outside the totally symmetric (A1) modes. Diamond's Td site with its first two shells has three
     * A1 modes (the breathing of shell 1 and two in-mirror-plane modes of shell 2), so 51 − 3 = 48 of
     * the 51 eigenvalues are zero — far more than the six of a generic environment (seed 000 Fig. S4).
     */
    @Test
    void diamondSiliconEnvironmentKeepsOnlyItsThreeTotallySymmetricModes() {
        EnvironmentSpectrum spectrum = analyse(diamondSilicon(), SOAP, 0).environments().get(0);
        assertEquals(16, spectrum.neighbours());
        assertTrue(spectrum.featureCount() >= spectrum.degreesOfFreedom(), "rank is not limited by the feature count");
        assertEquals(48, spectrum.zeroModes(), () -> Arrays.toString(spectrum.normalised()));
    }

    @Test
    void eigenvaluesAreInvariantToRotatingTheEnvironment() {
        Structure environment = randomEnvironment(3, 12, 3.0, new int[] {14});
        double[] rotation = RandomStructures.rotation(new Random(5));
        double[] before = analyse(environment, SOAP, 0).environments().get(0).eigenvalues();
        double[] after = analyse(rotated(environment, rotation), SOAP, 0).environments().get(0).eigenvalues();
        double largest = before[before.length - 1];
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i], 1e-10 * largest, "eigenvalue " + i);
        }
    }

    @Test
    void eigenvaluesAreTheEigenvaluesOfJTransposeJ() {
        Random random = new Random(2);
        int rows = 30;
        int features = 20;
        double[] jt = new double[rows * features];
        for (int i = 0; i < jt.length; i++) {
            jt[i] = random.nextGaussian();
        }
        double[] fromSvd = SensitivityEigenvalues.of(jt, rows, features);
        DMatrixRMaj j = new DMatrixRMaj(features, rows);
        CommonOps_DDRM.transpose(DMatrixRMaj.wrap(rows, features, jt), j);
        DMatrixRMaj lambda = new DMatrixRMaj(rows, rows);
        CommonOps_DDRM.multTransA(j, j, lambda);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(rows, false, true);
        assertTrue(eig.decompose(lambda));
        double[] direct = new double[rows];
        for (int i = 0; i < rows; i++) {
            direct[i] = eig.getEigenvalue(i).real;
        }
        Arrays.sort(direct);
        for (int i = 0; i < rows; i++) {
            assertEquals(direct[i], fromSvd[i], 1e-12 * direct[rows - 1], "eigenvalue " + i);
        }
        assertEquals(rows - features, SensitivityEigenvalues.countBelow(fromSvd, 1e-12), "rank is at most D");
    }

    @Test
    void normalisedSpectrumEndsAtOne() {
        EnvironmentSpectrum spectrum = analyse(randomEnvironment(4, 6, 3.0, new int[] {14}), SOAP, 0).environments().get(0);
        assertEquals(1.0, spectrum.normalised()[spectrum.normalised().length - 1]);
        for (int i = 1; i < spectrum.eigenvalues().length; i++) {
            assertTrue(spectrum.eigenvalues()[i - 1] <= spectrum.eigenvalues()[i]);
        }
    }

    @Test
    void refusesADescriptorWithoutJacobian() {
        Structure structure = diamondSilicon();
        Dataset dataset = new Dataset("test", List.of(structure));
        Descriptor averaged = soap("soap(r_cut=3, n_max=3, l_max=3, average=inner)", 14);
        ParameterException e = assertThrows(ParameterException.class,
                () -> new SensitivityAnalysis(dataset, averaged, List.of(new Centre(0, 0))));
        assertTrue(e.getMessage().contains("Jacobian"), e.getMessage());
    }

    @Test
    void randomCentresAreDistinctReproducibleAndInRange() {
        Dataset dataset = new Dataset("test", List.of(diamondSilicon(), randomEnvironment(1, 5, 3, new int[] {14})));
        List<Centre> first = CentreChoice.random(dataset, -1, 10, 42);
        assertEquals(first, CentreChoice.random(dataset, -1, 10, 42));
        assertEquals(10, first.stream().distinct().count());
        assertTrue(first.stream().allMatch(c -> c.atom() < dataset.get(c.structure()).atomCount()));
        assertEquals(14, CentreChoice.random(dataset, -1, 14, 1).size());
    }

    @Test
    void rejectsMoreRandomCentresThanAtoms() {
        Dataset dataset = new Dataset("test", List.of(diamondSilicon()));
        assertThrows(ParameterException.class, () -> CentreChoice.random(dataset, 0, 9, 1));
    }
}
