package org.descriptorworkbench.descriptor.mbtr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** erf and Φ against tabulated values (reference values from Python's math.erf and math.erfc, accurate to about one ulp). */
class NormalCdfTest {

    @Test
    void erfMatchesTabulatedValues() {
        assertEquals(0.5204998778130465, NormalCdf.erf(0.5), 4e-16);
        assertEquals(0.8427007929497149, NormalCdf.erf(1), 4e-16);
        assertEquals(0.9953222650189527, NormalCdf.erf(2), 4e-16);
        assertEquals(-0.9661051464753108, NormalCdf.erf(-1.5), 4e-16);
    }

    @Test
    void erfcKeepsItsRelativeAccuracyInTheTail() {
        assertEquals(2.209049699858544e-05, NormalCdf.erfc(3), 1e-15 * 2.2e-5);
        assertEquals(1.541725790028002e-08, NormalCdf.erfc(4), 1e-15 * 1.5e-8);
        assertEquals(2.088487583762545e-45, NormalCdf.erfc(10), 1e-14 * 2.1e-45);
    }

    @Test
    void phiIsSymmetric() {
        for (double z = -6; z <= 6; z += 0.37) {
            assertEquals(1, NormalCdf.phi(z) + NormalCdf.phi(-z), 4e-16);
        }
    }

    @Test
    void interpolatedPhiAgreesWithTheExactOneEverywhere() {
        java.util.Random random = new java.util.Random(3);
        double worst = 0;
        for (int i = 0; i < 200000; i++) {
            double z = -12 + 24 * random.nextDouble();
            worst = Math.max(worst, Math.abs(NormalCdf.phi(z) - NormalCdf.exactPhi(z)));
        }
        assertEquals(0, worst, 1e-15);
    }
}
