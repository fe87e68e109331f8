package org.descriptorworkbench.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ModifiedSphericalBesselTest {

    /** Closed forms: i_0 = sinh x / x, i_1 = (x cosh x − sinh x)/x², i_2 = ((x² + 3) sinh x − 3x cosh x)/x³. */
    @Test
    void matchesClosedFormsOfTheLowestOrders() {
        double[] out = new double[3];
        for (double x : new double[] {0.3, 1, 4, 20, 49.9, 50.1, 120}) {
            ModifiedSphericalBessel.scaled(2, x, out);
            double e = Math.exp(-x);
            double sinh = Math.sinh(x) * e;
            double cosh = Math.cosh(x) * e;
            if (x < 300) {
                assertEquals(sinh / x, out[0], 1e-14 * out[0], "i0 at " + x);
                assertEquals((x * cosh - sinh) / (x * x), out[1], 1e-12 * out[1], "i1 at " + x);
                assertEquals(((x * x + 3) * sinh - 3 * x * cosh) / (x * x * x), out[2], 1e-10 * out[2], "i2 at " + x);
            }
        }
    }

    @Test
    void isContinuousWhereTheAlgorithmChangesForHighOrders() {
        double[] below = new double[22];
        double[] above = new double[22];
        ModifiedSphericalBessel.scaled(21, 50 - 1e-12, below);
        ModifiedSphericalBessel.scaled(21, 50 + 1e-12, above);
        for (int l = 0; l <= 21; l++) {
            assertEquals(below[l], above[l], 1e-11 * below[l], "l=" + l);
        }
    }

    @Test
    void followsTheSmallArgumentLimit() {
        double[] out = new double[21];
        double x = 1e-3;
        ModifiedSphericalBessel.scaled(20, x, out);
        double doubleFactorial = 1;
        for (int l = 0; l <= 20; l++) {
            if (l > 0) {
                doubleFactorial *= 2 * l + 1;
            }
            double leading = Math.pow(x, l) / doubleFactorial * Math.exp(-x);
            assertEquals(leading, out[l], 1e-6 * leading, "l=" + l);
        }
    }

    @Test
    void isOneAndZerosAtTheOrigin() {
        double[] out = {7, 7, 7};
        ModifiedSphericalBessel.scaled(2, 0, out);
        assertEquals(1, out[0]);
        assertEquals(0, out[1]);
        assertEquals(0, out[2]);
    }
}
