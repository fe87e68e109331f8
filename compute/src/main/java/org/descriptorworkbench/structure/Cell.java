package org.descriptorworkbench.structure;

import java.util.Arrays;

/**
 * A simulation cell given by three lattice vectors a, b, c (Å) stored as rows, as in ASE and
 * extended XYZ; immutable. Cartesian r = f·M for fractional coordinates f (row vector).
 */
public final class Cell {
    private final double[] m; // row-major 3x3, row i = lattice vector i

    private Cell(double[] rowMajor) {
        this.m = rowMajor;
    }

    /** A cell from nine numbers: a_x a_y a_z b_x b_y b_z c_x c_y c_z. */
    public static Cell ofRowMajor(double... rowMajor) {
        if (rowMajor.length != 9) {
            throw new IllegalArgumentException("a cell needs 9 numbers, got " + rowMajor.length);
        }
        for (double v : rowMajor) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("cell entries must be finite numbers");
            }
        }
        return new Cell(rowMajor.clone());
    }

    /** A cell from its three lattice vectors. */
    public static Cell of(double[] a, double[] b, double[] c) {
        return ofRowMajor(a[0], a[1], a[2], b[0], b[1], b[2], c[0], c[1], c[2]);
    }

    /** An orthorhombic cell with the given edge lengths along x, y, z. */
    public static Cell orthorhombic(double lx, double ly, double lz) {
        return ofRowMajor(lx, 0, 0, 0, ly, 0, 0, 0, lz);
    }

    /**
     * A cell from lengths (Å) and angles (degrees) with a along x and b in the xy plane, as ASE's
     * {@code cellpar_to_cell} builds it.
     */
    public static Cell fromParameters(double a, double b, double c, double alphaDeg, double betaDeg, double gammaDeg) {
        double alpha = Math.toRadians(alphaDeg);
        double beta = Math.toRadians(betaDeg);
        double gamma = Math.toRadians(gammaDeg);
        double cosA = cosExact(alphaDeg, alpha);
        double cosB = cosExact(betaDeg, beta);
        double cosG = cosExact(gammaDeg, gamma);
        double sinG = gammaDeg == 90.0 ? 1.0 : Math.sin(gamma);
        double cx = cosB;
        double cy = (cosA - cosB * cosG) / sinG;
        double cz2 = 1.0 - cx * cx - cy * cy;
        if (!(cz2 > 0)) {
            throw new IllegalArgumentException("cell angles " + alphaDeg + ", " + betaDeg + ", " + gammaDeg + " do not form a cell");
        }
        return ofRowMajor(a, 0, 0,
                b * cosG, b * sinG, 0,
                c * cx, c * cy, c * Math.sqrt(cz2));
    }

    private static double cosExact(double deg, double rad) {
        return deg == 90.0 ? 0.0 : Math.cos(rad);
    }

    /** Component {@code col} of lattice vector {@code row}. */
    public double get(int row, int col) {
        return m[3 * row + col];
    }

    /** A copy of lattice vector i (0 = a, 1 = b, 2 = c). */
    public double[] vector(int i) {
        return Arrays.copyOfRange(m, 3 * i, 3 * i + 3);
    }

    /** A copy of the nine numbers, row-major. */
    public double[] toRowMajor() {
        return m.clone();
    }

    /** Signed volume a·(b×c) in Å³. */
    public double signedVolume() {
        return m[0] * (m[4] * m[8] - m[5] * m[7])
                - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
    }

    /** Volume |a·(b×c)| in Å³. */
    public double volume() {
        return Math.abs(signedVolume());
    }

    /** Length of lattice vector i in Å. */
    public double length(int i) {
        return Math.sqrt(m[3 * i] * m[3 * i] + m[3 * i + 1] * m[3 * i + 1] + m[3 * i + 2] * m[3 * i + 2]);
    }

    /** Angle in degrees between the two lattice vectors other than i (alpha for i = 0: between b and c). */
    public double angle(int i) {
        int j = (i + 1) % 3;
        int k = (i + 2) % 3;
        double dot = m[3 * j] * m[3 * k] + m[3 * j + 1] * m[3 * k + 1] + m[3 * j + 2] * m[3 * k + 2];
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, dot / (length(j) * length(k))))));
    }

    /**
     * Distance between the two lattice planes spanned by the other two vectors (V / |b×c| for i = 0);
     * the number of periodic images needed for a cutoff r along axis i is ceil(r / height(i)).
     */
    public double height(int i) {
        int j = (i + 1) % 3;
        int k = (i + 2) % 3;
        double cx = m[3 * j + 1] * m[3 * k + 2] - m[3 * j + 2] * m[3 * k + 1];
        double cy = m[3 * j + 2] * m[3 * k] - m[3 * j] * m[3 * k + 2];
        double cz = m[3 * j] * m[3 * k + 1] - m[3 * j + 1] * m[3 * k];
        return volume() / Math.sqrt(cx * cx + cy * cy + cz * cz);
    }

    /** True if the three vectors span a volume (not degenerate). */
    public boolean isRegular() {
        return volume() > 1e-12 * length(0) * length(1) * length(2);
    }

    /** Cartesian position (Å) of fractional coordinates f. */
    public double[] toCartesian(double[] f) {
        return new double[] {
            f[0] * m[0] + f[1] * m[3] + f[2] * m[6],
            f[0] * m[1] + f[1] * m[4] + f[2] * m[7],
            f[0] * m[2] + f[1] * m[5] + f[2] * m[8]
        };
    }

    /** Fractional coordinates of a Cartesian position r (solves f·M = r). */
    public double[] toFractional(double[] r) {
        double[] inv = inverse();
        return new double[] {
            r[0] * inv[0] + r[1] * inv[3] + r[2] * inv[6],
            r[0] * inv[1] + r[1] * inv[4] + r[2] * inv[7],
            r[0] * inv[2] + r[1] * inv[5] + r[2] * inv[8]
        };
    }

    /** The inverse of the row-major cell matrix, row-major. */
    public double[] inverse() {
        double det = signedVolume();
        if (det == 0) {
            throw new IllegalStateException("degenerate cell has no inverse");
        }
        return new double[] {
            (m[4] * m[8] - m[5] * m[7]) / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
            (m[5] * m[6] - m[3] * m[8]) / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
            (m[3] * m[7] - m[4] * m[6]) / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell other && Arrays.equals(m, other.m);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m);
    }

    @Override
    public String toString() {
        return "Cell" + Arrays.toString(m);
    }
}
