package org.descriptorworkbench.descriptor.acsf;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.descriptor.JacobianMapping;
import org.descriptorworkbench.descriptor.NumericalJacobian;
import org.descriptorworkbench.descriptor.StructureEnvironments;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The analytical ACSF Jacobians (every G, every compression) agree with central differences. */
class AcsfJacobianTest {
    private static final int[] SPECIES = {1, 6, 8};

    static Stream<String> specs() {
        return Stream.concat(
                AcsfFamily.COMPRESSIONS.stream().map(c -> "acsf(" + AcsfInvarianceTest.ALL_G + ", compression=" + c + ")"),
                Stream.of("acsf(r_cut=3.5, g2=[[2, 1.5]], g4=[[0.05, 1, -1], [0.05, 16, 1]])",
                        "acsf(r_cut=4, acsf_preset=standard)"));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void analyticalJacobianMatchesCentralDifferences(String spec) {
        Structure s = RandomStructures.cluster(5, 10, SPECIES, 4, 0.9);
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        assertEquals(JacobianKind.ANALYTICAL, d.jacobianKind());
        StructureEnvironments environments = StructureEnvironments.of(s, 0, d.neighbourRadius());
        Descriptor.Workspace ws = d.newWorkspace();
        int features = d.featureCount();
        for (int centre = 0; centre < s.atomCount(); centre += 3) {
            Environment env = environments.fill(centre, new Environment());
            int length = (env.count() + 1) * 3 * features;
            double[] analytical = new double[length];
            double[] row = new double[features];
            d.computeWithJacobian(env, ws, row, analytical);
            double[] numerical = new double[length];
            NumericalJacobian.withDefaultStep().ofEnvironment(d, env, ws, numerical);
            double diff = RandomStructures.relativeDifference(numerical, analytical);
            assertTrue(diff <= 1e-8, spec + " centre " + centre + ": relative difference " + diff);
            double[] plain = new double[features];
            d.compute(env, ws, plain, 0);
            assertTrue(RandomStructures.relativeDifference(plain, row) <= 1e-14, "row differs from compute()");
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void periodicJacobianSummedOntoAtomsMatchesMovingAtomsWithTheirImages(String spec) {
        java.util.Random random = new java.util.Random(31);
        int atoms = 5;
        int[] numbers = new int[atoms];
        double[] positions = new double[3 * atoms];
        for (int i = 0; i < atoms; i++) {
            numbers[i] = SPECIES[i % 3];
            for (int c = 0; c < 3; c++) {
                positions[3 * i + c] = random.nextDouble() * 3.2;
            }
        }
        // a cell smaller than the cutoff: every atom sees its own periodic images
        Structure s = Structure.periodic(numbers, positions, Cell.orthorhombic(3.2, 3.4, 3.6), new boolean[] {true, true, true});
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        int features = d.featureCount();
        double[] numerical = new double[atoms * 3 * atoms * features];
        NumericalJacobian.withDefaultStep().ofStructure(d, s, numerical);
        StructureEnvironments environments = StructureEnvironments.of(s, 0, d.neighbourRadius());
        Descriptor.Workspace ws = d.newWorkspace();
        for (int centre = 0; centre < atoms; centre += 2) {
            Environment env = environments.fill(centre, new Environment());
            double[] perDof = new double[(env.count() + 1) * 3 * features];
            d.computeWithJacobian(env, ws, new double[features], perDof);
            double[] analytical = new double[atoms * 3 * features];
            JacobianMapping.toAtoms(env, perDof, features, atoms, analytical);
            double[] expected = new double[atoms * 3 * features];
            for (int atomAxis = 0; atomAxis < 3 * atoms; atomAxis++) {
                System.arraycopy(numerical, (atomAxis * atoms + centre) * features, expected, atomAxis * features, features);
            }
            double diff = RandomStructures.relativeDifference(expected, analytical);
            assertTrue(diff <= 1e-8, spec + " centre " + centre + ": relative difference " + diff);
        }
    }
}
