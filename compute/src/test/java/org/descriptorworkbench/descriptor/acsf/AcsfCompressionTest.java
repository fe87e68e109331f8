package org.descriptorworkbench.descriptor.acsf;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

/** The compressed ACSF variants (seed 000 §I) obey the identities DESCRIPTORS.md defines them by. */
class AcsfCompressionTest {
    private static final int[] SPECIES = {1, 6, 8};
    private static final int S = SPECIES.length;
    private static final int RADIAL = 1 + 2 + 2;
    private static final int ANGULAR = 3 + 2;
    private static final String PARAMS = AcsfInvarianceTest.ALL_G;

    private static double[] rows(String compression) {
        Structure s = RandomStructures.cluster(21, 12, SPECIES, 4.5, 0.9);
        Descriptor d = RandomStructures.descriptor("acsf(" + PARAMS + ", compression=" + compression + ")", SPECIES);
        return RandomStructures.features(d, s).data();
    }

    private static int pairOffset(int a, int b) {
        int hi = Math.max(a, b);
        int lo = Math.min(a, b);
        return RADIAL * S + (hi * (hi + 1) / 2 + lo) * ANGULAR;
    }

    @Test
    void featureCountsFollowTheLayouts() {
        assertEquals(RADIAL * S + ANGULAR * S * (S + 1) / 2, RandomStructures.descriptor("acsf(" + PARAMS + ")", SPECIES).featureCount());
        assertEquals((RADIAL + ANGULAR) * S, RandomStructures.descriptor("acsf(" + PARAMS + ", compression=mu1nu1)", SPECIES).featureCount());
        assertEquals(RADIAL + ANGULAR, RandomStructures.descriptor("acsf(" + PARAMS + ", compression=mu2)", SPECIES).featureCount());
        assertEquals(RADIAL + ANGULAR, RandomStructures.descriptor("acsf(" + PARAMS + ", compression=weighted)", SPECIES).featureCount());
    }

    @Test
    void mu1nu1AngularBlocksAreTwiceTheLikePairPlusTheUnlikePairs() {
        double[] off = rows("off");
        double[] mu1nu1 = rows("mu1nu1");
        int fOff = RADIAL * S + ANGULAR * S * (S + 1) / 2;
        int fMu = (RADIAL + ANGULAR) * S;
        int atoms = off.length / fOff;
        double worst = 0;
        for (int i = 0; i < atoms; i++) {
            for (int a = 0; a < S; a++) {
                for (int f = 0; f < RADIAL; f++) {
                    worst = Math.max(worst, Math.abs(mu1nu1[i * fMu + a * RADIAL + f] - off[i * fOff + a * RADIAL + f]));
                }
                for (int f = 0; f < ANGULAR; f++) {
                    double expected = 0;
                    for (int b = 0; b < S; b++) {
                        expected += (a == b ? 2 : 1) * off[i * fOff + pairOffset(a, b) + f];
                    }
                    worst = Math.max(worst, Math.abs(mu1nu1[i * fMu + RADIAL * S + a * ANGULAR + f] - expected));
                }
            }
        }
        assertTrue(worst <= 1e-12, "largest deviation " + worst);
    }

    @Test
    void mu1nu1G4EqualsTheSumOverOrderedNeighbourPairs() {
        Structure s = RandomStructures.cluster(21, 12, SPECIES, 4.5, 0.9);
        Descriptor d = RandomStructures.descriptor("acsf(r_cut=4.5, g4=[[0.3, 2, -1]], compression=mu1nu1)", SPECIES);
        double[] rows = RandomStructures.features(d, s).data();
        int features = d.featureCount();
        for (int i = 0; i < s.atomCount(); i++) {
            for (int a = 0; a < S; a++) {
                double expected = bruteForceOrderedG4(s, i, SPECIES[a], 4.5, 0.3, 2, -1);
                double actual = rows[i * features + S + a];
                assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), "atom " + i + " species " + a);
            }
        }
    }

    /** Σ over ordered pairs (j, k), j ≠ k, j ≠ i, k ≠ i, Z_j = z, of the G4 term (seed 001 eq. 8, CONVENTIONS §2). */
    private static double bruteForceOrderedG4(Structure s, int i, int z, double rc, double eta, double zeta, double lambda) {
        double sum = 0;
        for (int j = 0; j < s.atomCount(); j++) {
            if (j == i || s.atomicNumber(j) != z) {
                continue;
            }
            for (int k = 0; k < s.atomCount(); k++) {
                if (k == i || k == j) {
                    continue;
                }
                double rij = distance(s, i, j);
                double rik = distance(s, i, k);
                double rjk = distance(s, j, k);
                if (rij > rc || rik > rc || rjk > rc) {
                    continue;
                }
                double dot = 0;
                for (int c = 0; c < 3; c++) {
                    dot += (s.position(j, c) - s.position(i, c)) * (s.position(k, c) - s.position(i, c));
                }
                double cos = dot / (rij * rik);
                sum += Math.pow(2, 1 - zeta) * Math.pow(1 + lambda * cos, zeta)
                        * Math.exp(-eta * (rij * rij + rik * rik + rjk * rjk)) * fc(rij, rc) * fc(rik, rc) * fc(rjk, rc);
            }
        }
        return sum;
    }

    private static double fc(double r, double rc) {
        return 0.5 * (Math.cos(Math.PI * r / rc) + 1);
    }

    private static double distance(Structure s, int a, int b) {
        double d2 = 0;
        for (int c = 0; c < 3; c++) {
            double d = s.position(a, c) - s.position(b, c);
            d2 += d * d;
        }
        return Math.sqrt(d2);
    }

    @Test
    void mu2EqualsTheSumOfAllSpeciesAndPairBlocks() {
        assertContraction("mu2", new double[] {1, 1, 1});
    }

    @Test
    void weightedUsesAtomicNumbersByDefault() {
        assertContraction("weighted", new double[] {1, 6, 8});
    }

    @Test
    void weightedUsesExplicitWeights() {
        assertContraction("weighted, weights=[0.5, -1, 2]", new double[] {0.5, -1, 2});
    }

    /** radial = Σ_a w_a G^a, angular = Σ_{a≥b} w_a w_b G^{ab}. */
    private static void assertContraction(String compression, double[] w) {
        double[] off = rows("off");
        double[] compressed = rows(compression);
        int fOff = RADIAL * S + ANGULAR * S * (S + 1) / 2;
        int fC = RADIAL + ANGULAR;
        double worst = 0;
        for (int i = 0; i < off.length / fOff; i++) {
            for (int f = 0; f < RADIAL; f++) {
                double expected = 0;
                for (int a = 0; a < S; a++) {
                    expected += w[a] * off[i * fOff + a * RADIAL + f];
                }
                worst = Math.max(worst, Math.abs(compressed[i * fC + f] - expected));
            }
            for (int f = 0; f < ANGULAR; f++) {
                double expected = 0;
                for (int a = 0; a < S; a++) {
                    for (int b = 0; b <= a; b++) {
                        expected += w[a] * w[b] * off[i * fOff + pairOffset(a, b) + f];
                    }
                }
                worst = Math.max(worst, Math.abs(compressed[i * fC + RADIAL + f] - expected));
            }
        }
        assertTrue(worst <= 1e-12, compression + ": largest deviation " + worst);
    }

    @Test
    void standardPresetHasEightRadialAndFortyTwoAngularFunctions() {
        Descriptor d = RandomStructures.descriptor("acsf(r_cut=6.5, acsf_preset=standard)", new int[] {14});
        assertEquals(8 + 42, d.featureCount());
        Descriptor two = RandomStructures.descriptor("acsf(r_cut=6.5, acsf_preset=standard)", new int[] {8, 22});
        assertEquals(8 * 2 + 42 * 3, two.featureCount());
    }

    @Test
    void extendedPresetMatchesSeed001TableICounts() {
        assertEquals(195, RandomStructures.descriptor("acsf(r_cut=6.5, acsf_preset=extended)", new int[] {14}).featureCount());
        assertEquals(1017, RandomStructures.descriptor("acsf(r_cut=6.5, acsf_preset=extended)", new int[] {13, 28, 29}).featureCount());
        assertEquals(1644, RandomStructures.descriptor("acsf(r_cut=6.5, acsf_preset=extended)", new int[] {1, 6, 7, 8}).featureCount());
    }

    @Test
    void presetsScaleWithTheCutoff() {
        double[][] at5 = AcsfPresets.g2("standard", 5);
        double[][] at10 = AcsfPresets.g2("standard", 10);
        for (int m = 0; m < at5.length; m++) {
            assertEquals(at5[m][0], 4 * at10[m][0], 1e-15 * at5[m][0]);
        }
    }
}
