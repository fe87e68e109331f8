package org.descriptorworkbench.descriptor.soap;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.api.Test;

/** The SOAP options beyond DScribe (DESCRIPTORS.md "SOAP options"), each checked through a property it must have. */
class SoapOptionsTest {
    private static final int[] CARBON = {6};

    /** A centre and one neighbour at distance r along a skewed direction. */
    private static Structure pair(double r) {
        double[] u = {0.48, -0.6, 0.64};
        return Structure.cluster(new int[] {6, 6}, new double[] {0, 0, 0, r * u[0], r * u[1], r * u[2]});
    }

    private static double[] firstRow(String spec, Structure s) {
        return RandomStructures.features(RandomStructures.descriptor(spec, CARBON), s).row(0);
    }

    @Test
    void centreWeightZeroRemovesTheCentralAtomFromItsOwnDensity() {
        Structure alone = Structure.cluster(new int[] {6}, new double[3]);
        double[] withCentre = firstRow("soap(r_cut=4, n_max=3, l_max=2)", alone);
        double[] without = firstRow("soap(r_cut=4, n_max=3, l_max=2, center_weight=0)", alone);
        assertTrue(java.util.Arrays.stream(withCentre).anyMatch(v -> v != 0));
        assertTrue(java.util.Arrays.stream(without).allMatch(v -> v == 0));
    }

    @Test
    void cosineCutoffScalesANeighbourInTheTransitionByTheSquareOfItsWeight() {
        double r = 3.6;
        double width = 1;
        double f = 0.5 * (1 + Math.cos(Math.PI * (r - 4 + width) / width));
        double[] hard = firstRow("soap(r_cut=4, n_max=3, l_max=3, center_weight=0)", pair(r));
        double[] smooth = firstRow("soap(r_cut=4, n_max=3, l_max=3, center_weight=0, cutoff=cosine(1))", pair(r));
        for (int i = 0; i < hard.length; i++) {
            assertEquals(f * f * hard[i], smooth[i], 1e-14 * Math.abs(hard[0]), "feature " + i);
        }
    }

    @Test
    void cosineCutoffDropsNeighboursBeyondTheCutoff() {
        double[] beyond = firstRow("soap(r_cut=4, n_max=3, l_max=3, center_weight=0, cutoff=cosine(1))", pair(4.2));
        assertTrue(java.util.Arrays.stream(beyond).allMatch(v -> v == 0));
        double[] padded = firstRow("soap(r_cut=4, n_max=3, l_max=3, center_weight=0)", pair(4.2));
        assertTrue(java.util.Arrays.stream(padded).anyMatch(v -> v != 0), "without a cutoff DScribe's padding keeps it");
    }

    @Test
    void powScalingMultipliesANeighbourByItsWeightSquared() {
        double r = 2.5;
        double w = 0.7 / (0.3 + Math.pow(r / 1.5, 2.5));
        double[] plain = firstRow("soap(r_cut=4, n_max=3, l_max=3, center_weight=0)", pair(r));
        double[] scaled = firstRow("soap(r_cut=4, n_max=3, l_max=3, center_weight=0, scaling=pow(r0=1.5, m=2.5, c=0.7, d=0.3))", pair(r));
        for (int i = 0; i < plain.length; i++) {
            assertEquals(w * w * plain[i], scaled[i], 1e-14 * Math.abs(plain[0]), "feature " + i);
        }
    }

    @Test
    void explicitSpeciesFixTheLayoutOfAWaterMoleculeToTheMoleculesGroup() {
        JsonNode molecules = ReferenceData.json("dscribe_soap_molecules.json");
        JsonNode off = molecules.get("results").get(0);
        assertEquals("off", off.get("params").get("compression").get("mode").asText());
        Dataset water = StructureFiles.read(ReferenceData.reference("structures/water.extxyz"));
        Descriptor d = RandomStructures.descriptor("soap(r_cut=4, n_max=4, l_max=3, sigma=0.5, species=[O, C, H])",
                water.species());
        FeatureMatrix m = DescriptorEngine.compute(d, water, 1, Progress.none());
        JsonNode expected = off.get("frames").get(0).get("descriptor");
        for (int row = 0; row < m.rows(); row++) {
            assertTrue(ReferenceData.relativeDifference(m.row(row), expected.get(row)) <= 1e-8, "row " + row);
        }
    }

    @Test
    void outerAverageIsTheMeanOfThePerAtomRows() {
        int[] species = {1, 8};
        Structure s = RandomStructures.cluster(51, 6, species, 3.5);
        FeatureMatrix atoms = RandomStructures.features(RandomStructures.descriptor("soap(r_cut=4, n_max=3, l_max=3)", species), s);
        FeatureMatrix outer = RandomStructures.features(RandomStructures.descriptor("soap(r_cut=4, n_max=3, l_max=3, average=outer)", species), s);
        assertEquals(1, outer.rows());
        assertEquals(-1, outer.atomIndex(0));
        double[] mean = new double[atoms.columns()];
        for (int r = 0; r < atoms.rows(); r++) {
            for (int c = 0; c < mean.length; c++) {
                mean[c] += atoms.get(r, c) / atoms.rows();
            }
        }
        assertTrue(RandomStructures.relativeDifference(mean, outer.row(0)) <= 1e-14);
    }

    @Test
    void innerAverageEqualsEveryAtomsRowWhenAllAtomsAreEquivalentByTranslation() {
        double a = 3.6;
        Structure fcc = Structure.periodic(new int[] {29, 29, 29, 29},
                new double[] {0, 0, 0, 0, a / 2, a / 2, a / 2, 0, a / 2, a / 2, a / 2, 0},
                Cell.orthorhombic(a, a, a), new boolean[] {true, true, true});
        int[] cu = {29};
        FeatureMatrix atoms = RandomStructures.features(RandomStructures.descriptor("soap(r_cut=4, n_max=4, l_max=4)", cu), fcc);
        FeatureMatrix inner = RandomStructures.features(RandomStructures.descriptor("soap(r_cut=4, n_max=4, l_max=4, average=inner)", cu), fcc);
        assertEquals(1, inner.rows());
        for (int r = 0; r < atoms.rows(); r++) {
            assertTrue(RandomStructures.relativeDifference(atoms.row(r), inner.row(0)) <= 1e-12, "atom " + r);
        }
    }

    @Test
    void innerAverageSeesTheCancellingOddChannelsOfInversionRelatedAtoms() {
        double a = 5.43;
        Structure diamond = Structure.periodic(new int[] {14, 14},
                new double[] {0, 0, 0, a / 4, a / 4, a / 4},
                Cell.of(new double[] {0, a / 2, a / 2}, new double[] {a / 2, 0, a / 2}, new double[] {a / 2, a / 2, 0}),
                new boolean[] {true, true, true});
        int[] si = {14};
        FeatureMatrix atoms = RandomStructures.features(RandomStructures.descriptor("soap(r_cut=4, n_max=4, l_max=4)", si), diamond);
        FeatureMatrix inner = RandomStructures.features(RandomStructures.descriptor("soap(r_cut=4, n_max=4, l_max=4, average=inner)", si), diamond);
        List<String> labels = atoms.featureLabels();
        for (int c = 0; c < labels.size(); c++) {
            boolean odd = labels.get(c).contains("l=1 ") || labels.get(c).contains("l=3 ");
            double expected = odd ? 0 : atoms.get(0, c);
            assertEquals(expected, inner.get(0, c), 1e-12 * Math.abs(atoms.get(0, 0)), labels.get(c));
        }
    }

    @Test
    void innerAndOuterAveragesDifferForDifferentEnvironments() {
        int[] species = {1, 8};
        Structure s = RandomStructures.cluster(52, 6, species, 3.5);
        Dataset two = new Dataset("two", List.of(s, RandomStructures.cluster(53, 4, species, 3)));
        Descriptor inner = RandomStructures.descriptor("soap(r_cut=4, n_max=3, l_max=3, average=inner)", species);
        Descriptor outer = RandomStructures.descriptor("soap(r_cut=4, n_max=3, l_max=3, average=outer)", species);
        FeatureMatrix a = DescriptorEngine.compute(inner, two, 2, Progress.none());
        FeatureMatrix b = DescriptorEngine.compute(outer, two, 2, Progress.none());
        assertEquals(2, a.rows());
        assertTrue(RandomStructures.relativeDifference(a.data(), b.data()) > 1e-3);
    }
}
