package org.descriptorworkbench.neighbors;

import java.util.Arrays;

import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.structure.Structure;

/**
 * The atoms of a structure sorted into a grid of bins in fractional coordinates of a
 * {@link SearchFrame} (the cell-list method; binning in fractional rather than Cartesian coordinates,
 * as ASE's {@code primitive_neighbor_list} does, keeps triclinic cells exact). Along a periodic axis
 * the bins tile one cell and every atom is binned at its position wrapped into that cell; along a
 * non-periodic axis they span the atoms. Each bin is at least cutoff / k thick (k bins per cutoff),
 * so the neighbours of an atom lie within {@link #reach} bins along each axis, counting bins of
 * periodic images. Thinner bins (k = 2 or 3) make the block of bins searched hug the cutoff sphere
 * more closely (about 2 + 1/k cutoffs wide, less the corners {@link BinStencil} drops), so
 * fewer atoms are tested in dense structures, at the price of more, shorter runs of bins.
 */
final class CellBins {
    /** Bins are made this much thicker than cutoff / k so that the reach survives rounding. */
    private static final double WIDTH_MARGIN = 1e-5;
    /** Allowance, in bins, for rounding of fractional coordinates when choosing the reach. */
    private static final double REACH_TOLERANCE = 1e-7;
    /** Atoms further than this many cells from the origin are refused (their shifts would overflow). */
    private static final long MAX_WRAP = 1L << 28;

    final int[] counts;
    /** Per axis, the bin thickness in fractional frame coordinates. */
    final double[] widths;
    final int[] reach;
    /** Per axis, the atoms' spread along non-periodic axes (Å, frame coordinates), 0 along periodic ones. */
    final double[] extent;
    /** 3 per atom: integer frame translation w with g = g_wrapped + w (0 on non-periodic axes). */
    final int[] wrap;
    /** 3 per atom: bin coordinates. */
    final int[] binOf;
    /** Start of each bin in {@link #binAtoms}; length = bins + 1. */
    final int[] binStart;
    /** Atom indices in bin order, ascending within each bin. */
    final int[] binAtoms;
    /** 3 per atom: Cartesian position of the atom wrapped into the cell along periodic axes, Å. */
    final double[] wrappedPositions;

    private CellBins(int[] counts, double[] widths, int[] reach, double[] extent, int[] wrap,
                     int[] binOf, double[] wrappedPositions) {
        this.counts = counts;
        this.widths = widths;
        this.reach = reach;
        this.extent = extent;
        this.wrap = wrap;
        this.binOf = binOf;
        this.wrappedPositions = wrappedPositions;
        this.binStart = new int[counts[0] * counts[1] * counts[2] + 1];
        this.binAtoms = new int[binOf.length / 3];
        sortAtoms();
    }

    /** Bins every atom of the structure for neighbour searches within the cutoff. */
    static CellBins of(Structure s, SearchFrame frame, double cutoff) {
        return of(s, frame, cutoff, 0);
    }

    /**
     * Bins with the given number of bins per cutoff (1 or more), or 0 to choose it from the density.
     */
    static CellBins of(Structure s, SearchFrame frame, double cutoff, int binsPerCutoff) {
        int n = s.atomCount();
        double[] g = fractional(s, frame);
        int[] wrap = new int[3 * n];
        double[] lower = new double[3];
        double[] extent = new double[3];
        for (int a = 0; a < 3; a++) {
            if (frame.periodic[a]) {
                wrapAlong(a, g, wrap);
            } else {
                lower[a] = spanAlong(a, g, extent);
            }
        }
        int perCutoff = binsPerCutoff > 0 ? binsPerCutoff : chooseBinsPerCutoff(frame, extent, cutoff, n);
        int[] counts = chooseCounts(frame, extent, cutoff / perCutoff, Math.max(64L, 2L * n));
        double[] width = new double[3];
        int[] reach = new int[3];
        for (int a = 0; a < 3; a++) {
            width[a] = frame.periodic[a] ? 1.0 / counts[a] : extent[a] > 0 ? extent[a] / counts[a] : 1.0;
            reach[a] = counts[a] == 1 && !frame.periodic[a] ? 0
                    : (int) Math.ceil(cutoff / (frame.heights[a] * width[a]) + REACH_TOLERANCE);
        }
        int[] binOf = new int[3 * n];
        for (int k = 0; k < 3 * n; k++) {
            int a = k % 3;
            int b = (int) Math.floor((g[k] - lower[a]) / width[a]);
            binOf[k] = Math.max(0, Math.min(counts[a] - 1, b));
        }
        return new CellBins(counts, width, reach, extent, wrap, binOf, cartesian(g, frame));
    }

    private static double[] cartesian(double[] g, SearchFrame frame) {
        double[] b = frame.basis;
        double[] r = new double[g.length];
        for (int k = 0; k < g.length; k += 3) {
            for (int x = 0; x < 3; x++) {
                r[k + x] = g[k] * b[x] + g[k + 1] * b[3 + x] + g[k + 2] * b[6 + x];
            }
        }
        return r;
    }

    private static double[] fractional(Structure s, SearchFrame frame) {
        int n = s.atomCount();
        double[] inv = frame.inverse;
        double[] g = new double[3 * n];
        for (int atom = 0; atom < n; atom++) {
            double x = s.position(atom, 0);
            double y = s.position(atom, 1);
            double z = s.position(atom, 2);
            for (int a = 0; a < 3; a++) {
                g[3 * atom + a] = x * inv[a] + y * inv[3 + a] + z * inv[6 + a];
            }
        }
        return g;
    }

    /** Replaces g along periodic axis a by its wrapped value in [0, 1) and records the wrap. */
    private static void wrapAlong(int a, double[] g, int[] wrap) {
        for (int atom = 0; 3 * atom < g.length; atom++) {
            double w = Math.floor(g[3 * atom + a]);
            if (Math.abs(w) > MAX_WRAP) {
                throw new WorkbenchException("atom " + atom + " lies " + (long) Math.abs(w)
                        + " cells from the origin along lattice vector " + a + "; positions must be within "
                        + MAX_WRAP + " cells");
            }
            wrap[3 * atom + a] = (int) w;
            g[3 * atom + a] -= w;
        }
    }

    /** Returns the lowest coordinate along non-periodic axis a and stores the spread in extent[a]. */
    private static double spanAlong(int a, double[] g, double[] extent) {
        if (g.length == 0) {
            return 0;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = a; k < g.length; k += 3) {
            min = Math.min(min, g[k]);
            max = Math.max(max, g[k]);
        }
        extent[a] = max - min;
        return min;
    }

    /**
     * Picks how many bins span one cutoff from D, the mean number of atoms in a cube one cutoff on a
     * side. The search costs about 10 ns per stencil row (9, 25, 49 rows for 1, 2, 3 bins per cutoff)
     * plus 1.5 ns per atom tested (27, 15.6, 11.5 times D), as measured on the SOAP timing structures
     * with NeighborListBenchmark, so 2 bins per cutoff pay from D ≈ 9 and 3 from D ≈ 40.
     */
    static int chooseBinsPerCutoff(SearchFrame frame, double[] extent, double cutoff, int atoms) {
        double volume = frame.periodicMeasure();
        for (int a = 0; a < 3; a++) {
            if (!frame.periodic[a]) {
                volume *= Math.max(extent[a] * frame.heights[a], cutoff);
            }
        }
        double atomsPerCutoffCube = atoms / volume * cutoff * cutoff * cutoff;
        return atomsPerCutoffCube >= 40 ? 3 : atomsPerCutoffCube >= 9 ? 2 : 1;
    }

    /**
     * Picks the number of bins per axis: as many as fit with thickness above minThickness, then
     * fewer along the most divided axis until there are at most maxBins (keeps memory linear in
     * the atoms for dilute systems; wider bins only mean more candidates per bin).
     */
    private static int[] chooseCounts(SearchFrame frame, double[] extent, double thickness, long maxBins) {
        int[] counts = new int[3];
        double minThickness = thickness * (1 + WIDTH_MARGIN);
        for (int a = 0; a < 3; a++) {
            double span = frame.periodic[a] ? frame.heights[a] : extent[a] * frame.heights[a];
            counts[a] = (int) Math.max(1, Math.min(1 << 20, Math.floor(span / minThickness)));
        }
        while ((long) counts[0] * counts[1] * counts[2] > maxBins) {
            int mostDivided = 0;
            for (int a = 1; a < 3; a++) {
                if (counts[a] > counts[mostDivided]) {
                    mostDivided = a;
                }
            }
            counts[mostDivided] = Math.max(1, counts[mostDivided] / 2);
        }
        return counts;
    }

    private void sortAtoms() {
        int n = binAtoms.length;
        int[] binIndex = new int[n];
        for (int atom = 0; atom < n; atom++) {
            binIndex[atom] = index(binOf[3 * atom], binOf[3 * atom + 1], binOf[3 * atom + 2]);
            binStart[binIndex[atom] + 1]++;
        }
        for (int b = 0; b + 1 < binStart.length; b++) {
            binStart[b + 1] += binStart[b];
        }
        int[] next = Arrays.copyOf(binStart, binStart.length - 1);
        for (int atom = 0; atom < n; atom++) {
            binAtoms[next[binIndex[atom]]++] = atom;
        }
    }

    /** Linear index of the bin with coordinates (b0, b1, b2). */
    int index(int b0, int b1, int b2) {
        return (b0 * counts[1] + b1) * counts[2] + b2;
    }
}
