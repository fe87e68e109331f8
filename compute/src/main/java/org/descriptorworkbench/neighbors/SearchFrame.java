package org.descriptorworkbench.neighbors;

import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Structure;

/**
 * The basis in which the neighbour search bins atoms: the periodic lattice vectors, reduced to a
 * shorter and more orthogonal set that spans the same lattice (so strongly triclinic cells need few
 * bins), completed by unit vectors orthogonal to them along the non-periodic axes (so a cell vector
 * on a non-periodic axis, which may be degenerate or absent, never matters).
 *
 * <p>Search axis a is periodic exactly when the structure is periodic along lattice axis a. A
 * translation by integer frame coordinates m is the lattice translation by cell shift
 * n = m·{@link #toCellShift} (row vector times matrix).
 */
final class SearchFrame {
    private static final double DEGENERACY = 1e-10;
    private static final int MAX_REDUCTION_ROUNDS = 200;

    final boolean[] periodic;
    /** Row-major 3×3; row a is the translation of search axis a (reduced lattice vector or unit vector). */
    final double[] basis;
    /** Row-major inverse of {@link #basis}: fractional frame coordinates g = r·inverse. */
    final double[] inverse;
    /** Row-major 3×3 integers; zero outside the periodic rows and columns. */
    final long[] toCellShift;
    /** Distance between successive lattice planes of the frame along each axis, Å. */
    final double[] heights;
    /** Lattice vectors of the structure's cell as rows (zeros without a cell), for exact displacements. */
    final double[] lattice;

    private SearchFrame(boolean[] periodic, double[] basis, long[] toCellShift, double[] lattice) {
        this.periodic = periodic;
        this.basis = basis;
        this.inverse = invert(basis);
        this.toCellShift = toCellShift;
        this.lattice = lattice;
        this.heights = new double[3];
        for (int a = 0; a < 3; a++) {
            double ix = inverse[a];
            double iy = inverse[3 + a];
            double iz = inverse[6 + a];
            heights[a] = 1.0 / Math.sqrt(ix * ix + iy * iy + iz * iz);
        }
    }

    /** The frame for a structure; its periodic lattice vectors must be linearly independent. */
    static SearchFrame of(Structure s) {
        boolean[] periodic = s.pbc();
        Cell cell = s.cell();
        double[] lattice = cell == null ? new double[9] : cell.toRowMajor();
        double[][] rows = new double[3][];
        long[][] shift = new long[3][3];
        int periodicCount = 0;
        for (int a = 0; a < 3; a++) {
            if (periodic[a]) {
                rows[a] = cell.vector(a);
                shift[a][a] = 1;
                periodicCount++;
            }
        }
        requireIndependent(rows, periodic, periodicCount);
        reduce(rows, shift, periodic);
        complete(rows, periodic, periodicCount);
        double[] basis = new double[9];
        long[] toCellShift = new long[9];
        for (int a = 0; a < 3; a++) {
            System.arraycopy(rows[a], 0, basis, 3 * a, 3);
            System.arraycopy(shift[a], 0, toCellShift, 3 * a, 3);
        }
        return new SearchFrame(periodic, basis, toCellShift, lattice);
    }

    private static void requireIndependent(double[][] rows, boolean[] periodic, int periodicCount) {
        double measure;
        double scale = 1;
        int[] axes = periodicAxes(periodic);
        for (int a : axes) {
            scale *= norm(rows[a]);
        }
        switch (periodicCount) {
            case 0 -> measure = 1;
            case 1 -> measure = scale;
            case 2 -> measure = norm(cross(rows[axes[0]], rows[axes[1]]));
            default -> measure = Math.abs(dot(rows[0], cross(rows[1], rows[2])));
        }
        if (!(measure > DEGENERACY * scale)) {
            throw new ParameterException("cell", "the lattice vectors along the periodic axes are zero or linearly"
                    + " dependent, so no periodic images can be built; give a regular cell or turn pbc off there");
        }
    }

    /**
     * Shortens the periodic vectors by adding integer combinations of the others while that makes
     * them strictly shorter (pairwise Gauss reduction plus the ±1 combinations of two others, as in
     * Minkowski reduction); the lattice, hence the set of images, is unchanged.
     */
    private static void reduce(double[][] rows, long[][] shift, boolean[] periodic) {
        int[] axes = periodicAxes(periodic);
        if (axes.length < 2) {
            return;
        }
        boolean changed = true;
        for (int round = 0; changed && round < MAX_REDUCTION_ROUNDS; round++) {
            changed = false;
            for (int i : axes) {
                for (int j : axes) {
                    if (i != j) {
                        long k = Math.round(dot(rows[i], rows[j]) / dot(rows[j], rows[j]));
                        changed |= tryReplace(rows, shift, i, j, k, j, 0);
                    }
                }
                if (axes.length == 3) {
                    int j = axes[(indexOf(axes, i) + 1) % 3];
                    int l = axes[(indexOf(axes, i) + 2) % 3];
                    for (int cj = -1; cj <= 1; cj++) {
                        for (int cl = -1; cl <= 1; cl++) {
                            changed |= tryReplace(rows, shift, i, j, cj, l, cl);
                        }
                    }
                }
            }
        }
    }

    /** Replaces row i by row_i − kj·row_j − kl·row_l if that is shorter by more than rounding. */
    private static boolean tryReplace(double[][] rows, long[][] shift, int i, int j, long kj, int l, long kl) {
        if (kj == 0 && kl == 0) {
            return false;
        }
        double[] candidate = new double[3];
        for (int x = 0; x < 3; x++) {
            candidate[x] = rows[i][x] - kj * rows[j][x] - kl * rows[l][x];
        }
        if (dot(candidate, candidate) >= dot(rows[i], rows[i]) * (1 - 1e-12)) {
            return false;
        }
        rows[i] = candidate;
        for (int x = 0; x < 3; x++) {
            shift[i][x] -= kj * shift[j][x] + kl * shift[l][x];
        }
        return true;
    }

    /** Fills the non-periodic rows with unit vectors orthogonal to the periodic ones and to each other. */
    private static void complete(double[][] rows, boolean[] periodic, int periodicCount) {
        int[] axes = periodicAxes(periodic);
        int[] free = new int[3 - periodicCount];
        for (int a = 0, f = 0; a < 3; a++) {
            if (!periodic[a]) {
                free[f++] = a;
            }
        }
        switch (periodicCount) {
            case 0 -> {
                rows[0] = new double[] {1, 0, 0};
                rows[1] = new double[] {0, 1, 0};
                rows[2] = new double[] {0, 0, 1};
            }
            case 1 -> {
                double[] along = unit(rows[axes[0]]);
                double[] first = unit(subtract(leastAligned(along), scale(along, dot(leastAligned(along), along))));
                rows[free[0]] = first;
                rows[free[1]] = cross(along, first);
            }
            case 2 -> rows[free[0]] = unit(cross(rows[axes[0]], rows[axes[1]]));
            default -> {
                // all axes periodic: nothing to complete
            }
        }
    }

    private static double[] leastAligned(double[] direction) {
        int best = 0;
        for (int x = 1; x < 3; x++) {
            if (Math.abs(direction[x]) < Math.abs(direction[best])) {
                best = x;
            }
        }
        double[] e = new double[3];
        e[best] = 1;
        return e;
    }

    private static int[] periodicAxes(boolean[] periodic) {
        int count = 0;
        for (boolean p : periodic) {
            count += p ? 1 : 0;
        }
        int[] axes = new int[count];
        for (int a = 0, k = 0; a < 3; a++) {
            if (periodic[a]) {
                axes[k++] = a;
            }
        }
        return axes;
    }

    private static int indexOf(int[] values, int value) {
        for (int k = 0; k < values.length; k++) {
            if (values[k] == value) {
                return k;
            }
        }
        throw new IllegalArgumentException(value + " not found");
    }

    private static double[] invert(double[] m) {
        double det = m[0] * (m[4] * m[8] - m[5] * m[7])
                - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
        return new double[] {
            (m[4] * m[8] - m[5] * m[7]) / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
            (m[5] * m[6] - m[3] * m[8]) / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
            (m[3] * m[7] - m[4] * m[6]) / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det
        };
    }

    /** |det basis|: the length, area or volume of the periodic part (unit vectors elsewhere), Å^P. */
    double periodicMeasure() {
        double[] m = basis;
        return Math.abs(m[0] * (m[4] * m[8] - m[5] * m[7])
                - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]));
    }

    private static double dot(double[] u, double[] v) {
        return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
    }

    private static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double[] cross(double[] u, double[] v) {
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    private static double[] unit(double[] v) {
        return scale(v, 1.0 / norm(v));
    }

    private static double[] scale(double[] v, double f) {
        return new double[] {v[0] * f, v[1] * f, v[2] * f};
    }

    private static double[] subtract(double[] u, double[] v) {
        return new double[] {u[0] - v[0], u[1] - v[1], u[2] - v[2]};
    }
}
