package org.descriptorworkbench.descriptor.soap;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

/** Lengths and identities of the power-spectrum compressions of seed 000 Table I as fixed by DESCRIPTORS.md. */
class SoapVariantsTest {
    private static final int[] ALL_SPECIES = {1, 6, 7, 8, 9, 14};

    private static long expectedLength(String compression, long n, long s, long l, long dJ) {
        long l1 = l + 1;
        return switch (compression) {
            case "off" -> n * s * (n * s + 1) / 2 * l1;
            case "crossover" -> s * n * (n + 1) / 2 * l1;
            case "mu2" -> n * (n + 1) / 2 * l1;
            case "mu1nu1" -> n * n * s * l1;
            case "mu1nu1_star", "wtpl" -> n * s * l1 * l1;
            case "nu1nuhat1" -> n * s * s * l1;
            case "nu1muhat1" -> n * s * l1;
            case "embedding" -> n * dJ * (n * dJ + 1) / 2 * l1;
            default -> throw new IllegalArgumentException(compression);
        };
    }

    @Test
    void everyVariantHasTheLengthOfItsFormulaForRandomSizes() {
        Random random = new Random(9);
        for (int trial = 0; trial < 12; trial++) {
            int n = 1 + random.nextInt(6);
            int s = 1 + random.nextInt(4);
            int l = random.nextInt(6);
            int dJ = 2 + random.nextInt(2);
            int[] species = java.util.Arrays.copyOf(ALL_SPECIES, s);
            for (String compression : SoapFamily.COMPRESSIONS) {
                Descriptor d = RandomStructures.descriptor("soap(r_cut=3, n_max=" + n + ", l_max=" + l + ", compression="
                        + compression + ", d_J=" + dJ + ")", species);
                long expected = expectedLength(compression, n, s, l, dJ);
                assertEquals(expected, d.featureCount(), compression + " N=" + n + " S=" + s + " L=" + l);
                assertEquals(expected, d.featureLabels().size(), "labels of " + compression);
            }
        }
    }

    @Test
    void mu1nu1IsTheSumOverTheSecondSpeciesOfTheFullPowerSpectrum() {
        int[] species = {1, 6, 8};
        Structure s = RandomStructures.cluster(21, 12, species, 4);
        String common = "soap(r_cut=3.5, n_max=3, l_max=3, sigma=0.45, compression=";
        FeatureMatrix off = RandomStructures.features(RandomStructures.descriptor(common + "off)", species), s);
        FeatureMatrix mu1nu1 = RandomStructures.features(RandomStructures.descriptor(common + "mu1nu1)", species), s);
        Map<String, Integer> offColumn = columns(off.featureLabels());
        String[] symbols = {"H", "C", "O"};
        for (int row = 0; row < off.rows(); row++) {
            int column = 0;
            double[] expected = new double[mu1nu1.columns()];
            for (int a = 0; a < 3; a++) {
                for (int l = 0; l <= 3; l++) {
                    for (int n = 0; n < 3; n++) {
                        for (int n2 = 0; n2 < 3; n2++) {
                            double sum = 0;
                            for (int b = 0; b < 3; b++) {
                                sum += off.get(row, fullPowerSpectrumColumn(offColumn, symbols, a, b, l, n, n2));
                            }
                            expected[column++] = sum;
                        }
                    }
                }
            }
            double diff = RandomStructures.relativeDifference(expected, mu1nu1.row(row));
            assertTrue(diff <= 1e-12, "row " + row + ": " + diff);
        }
    }

    /** p^{ab}_{nn'l} from the stored half (a ≤ b, and n ≤ n' when a = b) using p^{ab}_{nn'l} = p^{ba}_{n'nl}. */
    private static int fullPowerSpectrumColumn(Map<String, Integer> offColumn, String[] symbols, int a, int b, int l, int n, int n2) {
        if (a > b || (a == b && n > n2)) {
            return fullPowerSpectrumColumn(offColumn, symbols, b, a, l, n2, n);
        }
        return offColumn.get(symbols[a] + "-" + symbols[b] + " l=" + l + " n=" + n + " n'=" + n2);
    }

    private static Map<String, Integer> columns(List<String> labels) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            map.put(labels.get(i), i);
        }
        return map;
    }

    @Test
    void mu2EqualsTheFullPowerSpectrumForOneSpecies() {
        int[] silicon = {14};
        Structure s = RandomStructures.cluster(22, 10, silicon, 4);
        String common = "soap(r_cut=4, n_max=4, l_max=4, compression=";
        FeatureMatrix off = RandomStructures.features(RandomStructures.descriptor(common + "off)", silicon), s);
        FeatureMatrix mu2 = RandomStructures.features(RandomStructures.descriptor(common + "mu2)", silicon), s);
        assertEquals(off.columns(), mu2.columns());
        assertEquals(0, RandomStructures.relativeDifference(off.data(), mu2.data()), 1e-14);
    }

    @Test
    void crossoverIsTheSameSpeciesBlocksOfTheFullPowerSpectrum() {
        int[] species = {1, 8};
        Structure s = RandomStructures.cluster(23, 8, species, 4);
        String common = "soap(r_cut=4, n_max=3, l_max=2, compression=";
        FeatureMatrix off = RandomStructures.features(RandomStructures.descriptor(common + "off)", species), s);
        FeatureMatrix crossover = RandomStructures.features(RandomStructures.descriptor(common + "crossover)", species), s);
        Map<String, Integer> offColumn = columns(off.featureLabels());
        for (int c = 0; c < crossover.columns(); c++) {
            int source = offColumn.get(crossover.featureLabels().get(c));
            for (int row = 0; row < off.rows(); row++) {
                assertEquals(off.get(row, source), crossover.get(row, c), 0);
            }
        }
    }

    @Test
    void embeddingWithAllOnesAndZeroWeightsIsMu2FollowedByZeros() {
        int[] species = {1, 6, 8};
        Structure s = RandomStructures.cluster(24, 9, species, 4);
        String common = "soap(r_cut=4, n_max=3, l_max=3, compression=";
        FeatureMatrix mu2 = RandomStructures.features(RandomStructures.descriptor(common + "mu2)", species), s);
        FeatureMatrix embedded = RandomStructures.features(
                RandomStructures.descriptor(common + "embedding, weights=[[1, 1, 1], [0, 0, 0]])", species), s);
        for (int row = 0; row < mu2.rows(); row++) {
            for (int c = 0; c < embedded.columns(); c++) {
                double expected = c < mu2.columns() ? mu2.get(row, c) : 0;
                assertEquals(expected, embedded.get(row, c), 1e-13 * Math.abs(mu2.get(row, 0)), embedded.featureLabels().get(c));
            }
        }
    }

    @Test
    void embeddingDefaultsToPeriodAndGroupWeightsForThreeChannels() {
        int[] species = {1, 8, 16};
        Structure s = RandomStructures.cluster(25, 9, species, 4);
        String common = "soap(r_cut=4, n_max=2, l_max=2, compression=embedding, d_J=3";
        FeatureMatrix defaults = RandomStructures.features(RandomStructures.descriptor(common + ")", species), s);
        FeatureMatrix explicit = RandomStructures.features(
                RandomStructures.descriptor(common + ", weights=[[1, 1, 1], [1, 2, 3], [1, 16, 16]])", species), s);
        assertEquals(0, RandomStructures.relativeDifference(explicit.data(), defaults.data()), 1e-15);
    }
}
