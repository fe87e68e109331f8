package org.descriptorworkbench.neighbors;

import org.descriptorworkbench.error.ResourceLimitException;

/**
 * The {@link CellBins} surrounded by {@link CellBins#reach} more bins on every side, those beyond
 * the cell along periodic axes filled with copies of the atoms of the bins they are images of (the
 * "halo" or ghost atoms of molecular dynamics codes), placed at their image positions. Every bin a
 * search can visit is then a real bin of one grid, each stencil row is one run of consecutive
 * slots, and the image a candidate belongs to is stored with it instead of being worked out per
 * bin. Along non-periodic axes the extra bins are empty.
 *
 * <p>Holds about (1 + 2·reach/count) per axis as many slots as atoms: a few times the atoms for
 * cells of a few cutoffs, and for cells smaller than the cutoff about as many slots as an atom
 * has neighbours.
 */
final class PaddedBins {
    final int[] dims;
    /** Start of each padded bin's run of slots; length = bins + 1. */
    final int[] binStart;
    /** Per slot: the atom it is a copy of. */
    final int[] slotAtoms;
    /** 3 per slot: the frame image cell of the copy (its position is the wrapped position plus image·basis). */
    final int[] slotImages;
    /** Per slot: Cartesian position of the copy, Å, one array per axis for streaming scans. */
    final double[] slotX;
    final double[] slotY;
    final double[] slotZ;

    private PaddedBins(int[] dims, int[] binStart, int slots) {
        this.dims = dims;
        this.binStart = binStart;
        this.slotAtoms = new int[slots];
        this.slotImages = new int[3 * slots];
        this.slotX = new double[slots];
        this.slotY = new double[slots];
        this.slotZ = new double[slots];
    }

    /** Pads the bins of a structure by their reach. */
    static PaddedBins of(SearchFrame frame, CellBins bins) {
        int[] dims = new int[3];
        int[][] source = new int[3][];
        int[][] image = new int[3][];
        long binCount = 1;
        for (int a = 0; a < 3; a++) {
            dims[a] = bins.counts[a] + 2 * bins.reach[a];
            binCount *= dims[a];
            tabulate(a, frame, bins, source, image);
        }
        if (binCount >= NeighborBuffer.MAX_ENTRIES) {
            throw new ResourceLimitException("the neighbour search would need " + binCount + " bins of periodic images;"
                    + " use a smaller cutoff");
        }
        int[] binStart = new int[(int) binCount + 1];
        long slots = 0;
        for (int e0 = 0, p = 0; e0 < dims[0]; e0++) {
            for (int e1 = 0; e1 < dims[1]; e1++) {
                for (int e2 = 0; e2 < dims[2]; e2++, p++) {
                    binStart[p] = (int) Math.min(slots, Integer.MAX_VALUE);
                    slots += sourceSize(bins, source, e0, e1, e2);
                }
            }
        }
        if (slots > NeighborBuffer.MAX_ENTRIES) {
            throw new ResourceLimitException("the neighbour search would need " + slots + " copies of atoms in"
                    + " periodic images; use a smaller cutoff");
        }
        binStart[(int) binCount] = (int) slots;
        PaddedBins padded = new PaddedBins(dims, binStart, (int) slots);
        padded.fill(frame, bins, source, image);
        return padded;
    }

    /** Per padded coordinate along axis a: the cell bin it copies (−1 if none) and the image cell. */
    private static void tabulate(int a, SearchFrame frame, CellBins bins, int[][] source, int[][] image) {
        int count = bins.counts[a];
        int reach = bins.reach[a];
        source[a] = new int[count + 2 * reach];
        image[a] = new int[count + 2 * reach];
        for (int e = 0; e < count + 2 * reach; e++) {
            int t = e - reach;
            if (frame.periodic[a]) {
                source[a][e] = Math.floorMod(t, count);
                image[a][e] = Math.floorDiv(t, count);
            } else {
                source[a][e] = t >= 0 && t < count ? t : -1;
            }
        }
    }

    private static int sourceSize(CellBins bins, int[][] source, int e0, int e1, int e2) {
        int s0 = source[0][e0];
        int s1 = source[1][e1];
        int s2 = source[2][e2];
        if (s0 < 0 || s1 < 0 || s2 < 0) {
            return 0;
        }
        int bin = bins.index(s0, s1, s2);
        return bins.binStart[bin + 1] - bins.binStart[bin];
    }

    private void fill(SearchFrame frame, CellBins bins, int[][] source, int[][] image) {
        double[] b = frame.basis;
        double[] wrapped = bins.wrappedPositions;
        for (int e0 = 0, p = 0; e0 < dims[0]; e0++) {
            for (int e1 = 0; e1 < dims[1]; e1++) {
                for (int e2 = 0; e2 < dims[2]; e2++, p++) {
                    int slot = binStart[p];
                    if (slot == binStart[p + 1]) {
                        continue;
                    }
                    int i0 = image[0][e0];
                    int i1 = image[1][e1];
                    int i2 = image[2][e2];
                    double ox = i0 * b[0] + i1 * b[3] + i2 * b[6];
                    double oy = i0 * b[1] + i1 * b[4] + i2 * b[7];
                    double oz = i0 * b[2] + i1 * b[5] + i2 * b[8];
                    int bin = bins.index(source[0][e0], source[1][e1], source[2][e2]);
                    for (int k = bins.binStart[bin]; k < bins.binStart[bin + 1]; k++, slot++) {
                        int atom = bins.binAtoms[k];
                        slotAtoms[slot] = atom;
                        slotImages[3 * slot] = i0;
                        slotImages[3 * slot + 1] = i1;
                        slotImages[3 * slot + 2] = i2;
                        slotX[slot] = wrapped[3 * atom] + ox;
                        slotY[slot] = wrapped[3 * atom + 1] + oy;
                        slotZ[slot] = wrapped[3 * atom + 2] + oz;
                    }
                }
            }
        }
    }

    /** Linear index of the padded bin (e0, e1, e2); a cell bin b is padded bin b + reach. */
    int index(int e0, int e1, int e2) {
        return (e0 * dims[1] + e1) * dims[2] + e2;
    }
}
