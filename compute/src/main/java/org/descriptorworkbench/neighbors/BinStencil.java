package org.descriptorworkbench.neighbors;

/**
 * The bin offsets a neighbour search must visit: of the block of offsets d within {@link CellBins#reach}
 * of a centre's bin, only those whose two bins can hold points at most the cutoff apart (the classic
 * cell-list stencil, here exact for triclinic bins). Two atoms in bins d apart along frame axis a
 * differ by (d_a + u_a)·width_a in fractional coordinate a with |u_a| &lt; 1, so the closest they can be
 * is the minimum of |Σ_a (d_a + u_a)·width_a·basis_a| over the box |u_a| ≤ 1, a convex quadratic
 * minimised exactly by trying the unconstrained minimum on each of the box's 27 faces.
 *
 * <p>Stored as rows: for each pair (d0, d1) that has any offset left, the interval d2 ∈ [low, high] of
 * offsets along the last axis (an interval because the distance is convex in d), so the search scans
 * consecutive bins along that axis as one run of atoms.
 */
final class BinStencil {
    /** Bins are treated as this much wider, in bin units, so atoms binned across a face by rounding count. */
    private static final double FACE_TOLERANCE = 1e-6;
    /** Relative allowance on the cutoff for rounding of the distance computed here. */
    private static final double CUTOFF_TOLERANCE = 1e-9;

    final int rows;
    final int[] d0;
    final int[] d1;
    final int[] low;
    final int[] high;
    /** Per row: high − low + 1 bins. */
    final int[] widths;

    private BinStencil(int rows, int[] d0, int[] d1, int[] low, int[] high) {
        this.rows = rows;
        this.d0 = d0;
        this.d1 = d1;
        this.low = low;
        this.high = high;
        this.widths = new int[rows];
        for (int row = 0; row < rows; row++) {
            widths[row] = high[row] - low[row] + 1;
        }
    }

    /** The offsets whose bins can hold points within {@code radius} Å of each other. */
    static BinStencil of(SearchFrame frame, CellBins bins, double radius) {
        double[] gram = gram(frame.basis, bins.widths);
        double bound = radius * (1 + CUTOFF_TOLERANCE) + CUTOFF_TOLERANCE;
        int[] r = bins.reach;
        int capacity = (2 * r[0] + 1) * (2 * r[1] + 1);
        int[] d0 = new int[capacity];
        int[] d1 = new int[capacity];
        int[] low = new int[capacity];
        int[] high = new int[capacity];
        int rows = 0;
        double[] lower = new double[3];
        double[] upper = new double[3];
        double[] thickness = new double[3];
        for (int x = 0; x < 3; x++) {
            thickness[x] = bins.widths[x] * frame.heights[x];
        }
        for (int a = -r[0]; a <= r[0]; a++) {
            for (int b = -r[1]; b <= r[1]; b++) {
                int first = Integer.MAX_VALUE;
                int last = Integer.MIN_VALUE;
                for (int c = -r[2]; c <= r[2]; c++) {
                    box(a, b, c, lower, upper);
                    if (mayHoldPairWithin(gram, thickness, lower, upper, bound)) {
                        first = Math.min(first, c);
                        last = c;
                    }
                }
                if (first <= last) {
                    d0[rows] = a;
                    d1[rows] = b;
                    low[rows] = first;
                    high[rows] = last;
                    rows++;
                }
            }
        }
        return new BinStencil(rows, d0, d1, low, high);
    }

    /** The number of bins the stencil covers. */
    long binCount() {
        long count = 0;
        for (int row = 0; row < rows; row++) {
            count += high[row] - low[row] + 1;
        }
        return count;
    }

    private static void box(int a, int b, int c, double[] lower, double[] upper) {
        lower[0] = a - 1 - FACE_TOLERANCE;
        lower[1] = b - 1 - FACE_TOLERANCE;
        lower[2] = c - 1 - FACE_TOLERANCE;
        upper[0] = a + 1 + FACE_TOLERANCE;
        upper[1] = b + 1 + FACE_TOLERANCE;
        upper[2] = c + 1 + FACE_TOLERANCE;
    }

    /**
     * Whether the box (in bin units) holds a point within bound of the origin: decided by cheap bounds
     * when they settle it (the gap between the lattice planes bounding the box along one axis is a lower
     * bound, the length at the box point nearest the origin in bin units an upper one, exact for
     * orthogonal cells), else by the exact minimum.
     */
    private static boolean mayHoldPairWithin(double[] gram, double[] thickness, double[] lower, double[] upper,
                                             double bound) {
        double[] nearest = new double[3];
        for (int x = 0; x < 3; x++) {
            nearest[x] = Math.max(lower[x], Math.min(upper[x], 0));
            if (Math.abs(nearest[x]) * thickness[x] > bound) {
                return false;
            }
        }
        double boundSquared = bound * bound;
        if (quadratic(gram, nearest) <= boundSquared) {
            return true;
        }
        return minSquaredLength(gram, lower, upper) <= boundSquared;
    }

    /** Row-major Gram matrix of the bin edge vectors width_a·basis_a. */
    private static double[] gram(double[] basis, double[] widths) {
        double[] g = new double[9];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double dot = 0;
                for (int x = 0; x < 3; x++) {
                    dot += basis[3 * a + x] * basis[3 * b + x];
                }
                g[3 * a + b] = dot * widths[a] * widths[b];
            }
        }
        return g;
    }

    /**
     * min xᵀGx over the box lower ≤ x ≤ upper, G positive definite: the minimiser is the
     * unconstrained minimiser of the face whose relative interior holds it, so the smallest value
     * over the faces whose own minimiser lies in the box is the minimum.
     */
    static double minSquaredLength(double[] g, double[] lower, double[] upper) {
        double best = Double.POSITIVE_INFINITY;
        double[] x = new double[3];
        int[] freeAxes = new int[3];
        for (int face = 0; face < 27; face++) {
            int free = 0;
            for (int a = 0, code = face; a < 3; a++, code /= 3) {
                switch (code % 3) {
                    case 0 -> freeAxes[free++] = a;
                    case 1 -> x[a] = lower[a];
                    default -> x[a] = upper[a];
                }
            }
            if (solveFreeAxes(g, x, freeAxes, free) && inBox(x, lower, upper)) {
                best = Math.min(best, quadratic(g, x));
            }
        }
        return best;
    }

    /** Sets the free coordinates of x to the minimiser of xᵀGx with the others fixed; false if singular. */
    private static boolean solveFreeAxes(double[] g, double[] x, int[] freeAxes, int free) {
        switch (free) {
            case 0 -> {
                return true;
            }
            case 1 -> {
                int f = freeAxes[0];
                x[f] = 0;
                x[f] = -row(g, f, x) / g[4 * f];
                return true;
            }
            case 2 -> {
                int f = freeAxes[0];
                int h = freeAxes[1];
                x[f] = 0;
                x[h] = 0;
                double rf = -row(g, f, x);
                double rh = -row(g, h, x);
                double gff = g[4 * f];
                double ghh = g[4 * h];
                double gfh = g[3 * f + h];
                double det = gff * ghh - gfh * gfh;
                if (!(det > 0)) {
                    return false;
                }
                x[f] = (rf * ghh - rh * gfh) / det;
                x[h] = (rh * gff - rf * gfh) / det;
                return true;
            }
            default -> {
                x[0] = 0;
                x[1] = 0;
                x[2] = 0;
                return true;
            }
        }
    }

    private static double row(double[] g, int a, double[] x) {
        return g[3 * a] * x[0] + g[3 * a + 1] * x[1] + g[3 * a + 2] * x[2];
    }

    private static boolean inBox(double[] x, double[] lower, double[] upper) {
        for (int a = 0; a < 3; a++) {
            if (!(x[a] >= lower[a] - FACE_TOLERANCE && x[a] <= upper[a] + FACE_TOLERANCE)) {
                return false;
            }
        }
        return true;
    }

    private static double quadratic(double[] g, double[] x) {
        return x[0] * row(g, 0, x) + x[1] * row(g, 1, x) + x[2] * row(g, 2, x);
    }
}
