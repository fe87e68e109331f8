package org.descriptorworkbench.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lattice vectors as rows, fractional coordinates, plane heights and ASE's cell from parameters. */
class CellTest {
    private static final double EPS = 1e-12;

    @Test
    void heightOfAnOrthorhombicCellIsItsEdge() {
        Cell cell = Cell.orthorhombic(3, 4, 5);
        assertEquals(3, cell.height(0), EPS);
        assertEquals(4, cell.height(1), EPS);
        assertEquals(5, cell.height(2), EPS);
    }

    @Test
    void heightOfAHexagonalCellIsBelowItsEdge() {
        Cell cell = Cell.fromParameters(3, 3, 5, 90, 90, 120);
        assertEquals(3 * Math.sqrt(3) / 2, cell.height(0), EPS);
        assertEquals(3 * Math.sqrt(3) / 2, cell.height(1), EPS);
        assertEquals(5, cell.height(2), EPS);
    }

    @Test
    void fractionalAndCartesianRoundTrip() {
        Random random = new Random(3);
        Cell cell = Cell.ofRowMajor(4.1, 0.2, -0.3, 1.0, 3.7, 0.4, -0.5, 0.9, 5.2);
        for (int k = 0; k < 100; k++) {
            double[] f = {random.nextDouble() * 3 - 1, random.nextDouble() * 3 - 1, random.nextDouble() * 3 - 1};
            assertArrayEquals(f, cell.toFractional(cell.toCartesian(f)), EPS);
        }
    }

    @Test
    void fractionalCoordinatesCombineTheRows() {
        Cell cell = Cell.ofRowMajor(2, 0, 0, 1, 3, 0, 0, 1, 4);
        assertArrayEquals(new double[] {1.5, 2.0, 2.0}, cell.toCartesian(new double[] {0.5, 0.5, 0.5}), EPS);
    }

    @Test
    void fromParametersMatchesTheFccPrimitiveCell() {
        double a0 = 5.43;
        Cell cell = Cell.fromParameters(a0 / Math.sqrt(2), a0 / Math.sqrt(2), a0 / Math.sqrt(2), 60, 60, 60);
        assertEquals(a0 * a0 * a0 / 4, cell.volume(), 1e-10);
        assertArrayEquals(new double[] {a0 / Math.sqrt(2), 0, 0}, cell.vector(0), EPS);
        assertArrayEquals(new double[] {a0 / (2 * Math.sqrt(2)), a0 * Math.sqrt(3) / (2 * Math.sqrt(2)), 0}, cell.vector(1), EPS);
    }

    @Test
    void fromParametersGivesBackItsLengthsAndAngles() {
        Cell cell = Cell.fromParameters(3, 4, 5, 80, 70, 60);
        assertEquals(3, cell.length(0), EPS);
        assertEquals(4, cell.length(1), EPS);
        assertEquals(5, cell.length(2), EPS);
        assertEquals(80, cell.angle(0), 1e-10);
        assertEquals(70, cell.angle(1), 1e-10);
        assertEquals(60, cell.angle(2), 1e-10);
    }

    @Test
    void rightAnglesGiveExactZeros() {
        Cell cell = Cell.fromParameters(2, 3, 4, 90, 90, 90);
        assertEquals(Cell.orthorhombic(2, 3, 4), cell);
    }

    @Test
    void inverseUndoesTheMatrix() {
        Cell cell = Cell.ofRowMajor(4.1, 0.2, -0.3, 1.0, 3.7, 0.4, -0.5, 0.9, 5.2);
        double[] m = cell.toRowMajor();
        double[] inv = cell.inverse();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0;
                for (int k = 0; k < 3; k++) {
                    sum += m[3 * i + k] * inv[3 * k + j];
                }
                assertEquals(i == j ? 1 : 0, sum, EPS);
            }
        }
    }

    @Test
    void leftHandedCellsHaveNegativeSignedVolume() {
        Cell cell = Cell.ofRowMajor(0, 1, 0, 1, 0, 0, 0, 0, 1);
        assertEquals(-1, cell.signedVolume(), EPS);
        assertEquals(1, cell.volume(), EPS);
    }

    @Test
    void flatCellsAreNotRegular() {
        assertFalse(Cell.ofRowMajor(1, 0, 0, 0, 1, 0, 1, 1, 0).isRegular());
        assertTrue(Cell.orthorhombic(1, 1, 1).isRegular());
    }

    @Test
    void rejectsAnglesThatFormNoCell() {
        assertThrows(IllegalArgumentException.class, () -> Cell.fromParameters(1, 1, 1, 10, 10, 100));
    }

    @Test
    void rejectsWrongCountsAndNonFiniteNumbers() {
        assertThrows(IllegalArgumentException.class, () -> Cell.ofRowMajor(1, 0, 0, 0, 1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Cell.ofRowMajor(1, 0, 0, 0, 1, 0, 0, 0, Double.NaN));
    }
}
