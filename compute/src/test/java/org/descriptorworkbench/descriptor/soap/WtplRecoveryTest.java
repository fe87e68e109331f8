package org.descriptorworkbench.descriptor.soap;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

/** W^T P_l compression and its recovery (seed 000 eq. 5; DESCRIPTORS.md "wtpl"). */
class WtplRecoveryTest {
    private static final int[] SPECIES = {1, 6, 8};
    private static final int N = 3;
    private static final int L = 4;
    private static final int NS = N * SPECIES.length;

    private static String spec(String compression, String options) {
        return "soap(r_cut=4, n_max=" + N + ", l_max=" + L + ", sigma=0.4, compression=" + compression + options + ")";
    }

    /** P_l (no K_l) of one row of the full power spectrum, NS × NS. */
    private static double[] sliceFromOff(double[] off, int l) {
        double[] p = new double[NS * NS];
        int i = 0;
        for (int a = 0; a < SPECIES.length; a++) {
            for (int b = a; b < SPECIES.length; b++) {
                for (int ll = 0; ll <= L; ll++) {
                    double k = Math.PI * Math.sqrt(8.0 / (2 * ll + 1));
                    for (int n = 0; n < N; n++) {
                        for (int n2 = a == b ? n : 0; n2 < N; n2++) {
                            double v = off[i++] / k;
                            if (ll == l) {
                                p[(a * N + n) * NS + b * N + n2] = v;
                                p[(b * N + n2) * NS + a * N + n] = v;
                            }
                        }
                    }
                }
            }
        }
        return p;
    }

    private static double[] wtpSlice(double[] wtpl, int l) {
        int offset = 0;
        for (int ll = 0; ll < l; ll++) {
            offset += (2 * ll + 1) * NS;
        }
        return java.util.Arrays.copyOfRange(wtpl, offset, offset + (2 * l + 1) * NS);
    }

    private static void assertRecovers(Structure s, String options) {
        Descriptor off = RandomStructures.descriptor(spec("off", options), SPECIES);
        Descriptor wtpl = RandomStructures.descriptor(spec("wtpl", options), SPECIES);
        FeatureMatrix p = RandomStructures.features(off, s);
        FeatureMatrix w = RandomStructures.features(wtpl, s);
        double[][] randomW = PowerSpectrum.randomMatrices(0, NS, L);
        for (int row = 0; row < p.rows(); row++) {
            for (int l = 0; l <= L; l++) {
                double[] truth = sliceFromOff(p.row(row), l);
                double[] recovered = WtplRecovery.recover(wtpSlice(w.row(row), l), randomW[l], NS, 2 * l + 1);
                double diff = RandomStructures.relativeDifference(truth, recovered);
                assertTrue(diff <= 1e-8, "row " + row + " l=" + l + ": " + diff);
            }
        }
    }

    @Test
    void recoversTheFullPowerSpectrumOfRandomEnvironments() {
        assertRecovers(RandomStructures.cluster(31, 14, SPECIES, 4.5), "");
    }

    @Test
    void recoversRankDeficientSlicesByDroppingZeroEigenvalues() {
        // two atoms without the centre's own Gaussian: every X_l has rank 1 < 2l + 1
        assertRecovers(RandomStructures.cluster(32, 2, SPECIES, 3), ", center_weight=0");
    }

    @Test
    void failsWhenTheRandomCombinationsDoNotSpanTheCoefficients() {
        Structure s = RandomStructures.cluster(33, 14, SPECIES, 4.5);
        FeatureMatrix p = RandomStructures.features(RandomStructures.descriptor(spec("off", ""), SPECIES), s);
        int l = 2;
        int width = 2 * l + 1;
        double[] truth = sliceFromOff(p.row(0), l);
        // all 2l + 1 combinations equal: rank(W^T X_l) = 1 < rank(X_l) = 5
        double[] degenerate = new double[NS * width];
        Random random = new Random(4);
        for (int r = 0; r < NS; r++) {
            double v = random.nextGaussian();
            for (int k = 0; k < width; k++) {
                degenerate[r * width + k] = v;
            }
        }
        double[] wtp = new double[width * NS];
        for (int k = 0; k < width; k++) {
            for (int c = 0; c < NS; c++) {
                for (int r = 0; r < NS; r++) {
                    wtp[k * NS + c] += degenerate[r * width + k] * truth[r * NS + c];
                }
            }
        }
        double diff = RandomStructures.relativeDifference(truth, WtplRecovery.recover(wtp, degenerate, NS, width));
        assertTrue(diff > 1e-2, "recovery should fail, relative difference " + diff);
    }
}
