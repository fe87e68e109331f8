package org.descriptorworkbench.descriptor.chebyshev;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

/** Lengths, labels and the relations between the structural and species-weighted halves (DESCRIPTORS.md). */
class ChebyshevLayoutTest {
    private static final int[] THREE = {1, 6, 8};

    @Test
    void hasNoWeightedHalfWithOneSpecies() {
        Descriptor d = RandomStructures.descriptor("chebyshev(radial_order=7, angular_order=4)", new int[] {14});
        assertEquals(8 + 5, d.featureCount());
        assertEquals(d.featureCount(), d.featureLabels().size());
        assertEquals(0, d.featureLabels().stream().filter(l -> l.contains("_w")).count());
    }

    @Test
    void hasBothHalvesWithSeveralSpecies() {
        Descriptor d = RandomStructures.descriptor("chebyshev(radial_order=7, angular_order=4)", THREE);
        assertEquals(2 * (8 + 5), d.featureCount());
        assertEquals(List.of("radial[0]", "angular[4]", "radial_w[0]", "angular_w[4]"),
                List.of(d.featureLabels().get(0), d.featureLabels().get(12), d.featureLabels().get(13), d.featureLabels().get(25)));
    }

    @Test
    void seed001SiliconSettingGivesTheTwentyFeaturesOfItsTableOne() {
        Descriptor d = RandomStructures.descriptor("chebyshev(r_cut=6.5, r_cut_angular=6.5, radial_order=9, angular_order=9)",
                new int[] {14});
        assertEquals(20, d.featureCount());
    }

    @Test
    void seed004SettingGivesTwiceTwentyPlusSixFeatures() {
        Descriptor d = RandomStructures.descriptor("chebyshev(r_cut=6, r_cut_angular=3, radial_order=19, angular_order=5)",
                new int[] {3, 15, 16});
        assertEquals(2 * (20 + 6), d.featureCount());
    }

    @Test
    void mixedBlockHasOneFeaturePerRadialPairAndAngularDegree() {
        for (int m = 0; m <= 5; m++) {
            Descriptor d = RandomStructures.descriptor("chebyshev(radial_order=6, angular_order=3, mix=true, mix_radial_order=" + m + ")", THREE);
            int mixed = (m + 1) * (m + 2) / 2 * 4;
            assertEquals(2 * (7 + mixed), d.featureCount(), "mix_radial_order=" + m);
            assertEquals(d.featureCount(), d.featureLabels().size());
            assertEquals("mix[" + m + "," + m + ",3]", d.featureLabels().get(7 + mixed - 1));
        }
    }

    @Test
    void unitWeightsMakeTheWeightedHalfEqualTheStructuralHalf() {
        for (String mix : new String[] {"false", "true"}) {
            Descriptor d = RandomStructures.descriptor("chebyshev(r_cut=4, r_cut_angular=3.5, radial_order=5, angular_order=4, "
                    + "weights=[1, 1, 1], mix=" + mix + ")", THREE);
            FeatureMatrix m = RandomStructures.features(d, List.of(RandomStructures.cluster(3, 12, THREE, 4)));
            int half = d.featureCount() / 2;
            for (int r = 0; r < m.rows(); r++) {
                double[] row = m.row(r);
                assertArrayEquals(Arrays.copyOfRange(row, 0, half), Arrays.copyOfRange(row, half, 2 * half), 1e-13);
            }
        }
    }

    @Test
    void structuralHalfIgnoresSpecies() {
        Structure mixed = RandomStructures.cluster(4, 12, THREE, 4);
        int[] allSi = new int[12];
        Arrays.fill(allSi, 14);
        Structure silicon = Structure.cluster(allSi, mixed.positions());
        String spec = "chebyshev(r_cut=4, r_cut_angular=3.5, radial_order=5, angular_order=4, mix=true, mix_radial_order=2)";
        FeatureMatrix a = RandomStructures.features(RandomStructures.descriptor(spec, THREE), List.of(mixed));
        FeatureMatrix b = RandomStructures.features(RandomStructures.descriptor(spec, new int[] {14}), List.of(silicon));
        for (int r = 0; r < a.rows(); r++) {
            assertArrayEquals(b.row(r), Arrays.copyOfRange(a.row(r), 0, b.columns()), 1e-13);
        }
    }
}
