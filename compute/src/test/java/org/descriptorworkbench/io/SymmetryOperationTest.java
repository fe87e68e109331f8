package org.descriptorworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Jones-faithful symmetry operations as CIF writes them. */
class SymmetryOperationTest {
    private static final double[] F = {0.1, 0.2, 0.3};

    private static double[] apply(String op) {
        return SymmetryOperation.parse(op).apply(F);
    }

    @Test
    void appliesSignsFractionsAndDecimalShifts() {
        assertArrayEquals(new double[] {0.4, 0.2, -0.05}, apply("-x+1/2,y,-z+0.25"), 1e-15);
    }

    @Test
    void combinesAxesInOneComponent() {
        assertArrayEquals(new double[] {-0.1, 0.1, 0.3 + 1.0 / 6}, apply("x-y, x, z+1/6"), 1e-15);
    }

    @Test
    void acceptsShiftsBeforeAxesAndUpperCase() {
        assertArrayEquals(new double[] {0.6, 0.3, 0.8}, apply("1/2+X,-Y+1/2,+Z+0.5"), 1e-15);
    }

    @Test
    void acceptsNumericFactors() {
        assertArrayEquals(new double[] {0.2, 0.4, 0.3}, apply("2*x,2y,z"), 1e-15);
    }

    @Test
    void rejectsTwoComponents() {
        assertThrows(IllegalArgumentException.class, () -> SymmetryOperation.parse("x,y"));
    }

    @Test
    void rejectsOtherLetters() {
        assertThrows(IllegalArgumentException.class, () -> SymmetryOperation.parse("x,y,w"));
    }

    @Test
    void rejectsDivisionByZero() {
        assertThrows(IllegalArgumentException.class, () -> SymmetryOperation.parse("x+1/0,y,z"));
    }
}
