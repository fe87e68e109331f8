package org.descriptorworkbench.descriptor.chebyshev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Chebyshev basis of seed 001 eq. 12 against the closed form T_a(y) = cos(a·arccos y). */
class ChebyshevBasisTest {

    @Test
    void equalsCosineOfMultipleArccosine() {
        ChebyshevBasis basis = new ChebyshevBasis(12, 5.5, false);
        double[] values = new double[13];
        for (double x : new double[] {0, 0.3, 2.75, 4.1, 5.5}) {
            basis.evaluate(x, values, null);
            double y = 2 * x / 5.5 - 1;
            for (int a = 0; a <= 12; a++) {
                assertEquals(Math.cos(a * Math.acos(y)), values[a], 1e-13, "a=" + a + " x=" + x);
            }
        }
    }

    @Test
    void derivativesMatchCentralDifferences() {
        for (boolean dual : new boolean[] {false, true}) {
            ChebyshevBasis basis = new ChebyshevBasis(9, Math.PI, dual);
            double[] values = new double[10];
            double[] derivatives = new double[10];
            double[] plus = new double[10];
            double[] minus = new double[10];
            double h = 1e-6;
            for (double x : new double[] {0.2, 1.1, 2.0, 2.9}) {
                basis.evaluate(x, values, derivatives);
                basis.evaluate(x + h, plus, null);
                basis.evaluate(x - h, minus, null);
                for (int a = 0; a <= 9; a++) {
                    assertEquals((plus[a] - minus[a]) / (2 * h), derivatives[a], 1e-7 * Math.max(1, Math.abs(derivatives[a])),
                            "dual=" + dual + " a=" + a + " x=" + x);
                }
            }
        }
    }

    @Test
    void dualWeightDoublesTheZerothFunction() {
        ChebyshevBasis basis = new ChebyshevBasis(3, 4, true);
        double[] values = new double[4];
        double x = 1;
        basis.evaluate(x, values, null);
        double weight = 1 / (2 * Math.PI * Math.sqrt(x / 4 - x * x / 16));
        double y = 2 * x / 4 - 1;
        assertEquals(2 * weight, values[0], 1e-15);
        assertEquals(weight * y, values[1], 1e-15);
        assertEquals(weight * (4 * y * y * y - 3 * y), values[3], 1e-15);
    }
}
