package org.descriptorworkbench.neighbors;

import org.descriptorworkbench.structure.Structure;

/**
 * Finds the neighbours of one centre by scanning, in the {@link PaddedBins} around the cell, the
 * bins of the {@link BinStencil} around the centre's bin: each stencil row is one run of consecutive
 * slots, which include the copies of atoms in periodic images. Immutable and shared by all workers;
 * per-worker workspaces live in the {@link NeighborBuffer}.
 *
 * <p>The scan only tests the wrapped positions against a slightly padded cutoff and records the
 * candidate slots; the exact displacement r_j + n·M − r_i from the stored positions then decides.
 * When every possible shift fits in {@link #SHIFT_BITS} bits per axis (always, unless atoms are stored
 * hundreds of cells apart), a candidate becomes one long key (atom, biased shift) whose numeric order
 * is the list's order, sorted by {@link KeySort}; otherwise the entries are sorted by comparison.
 */
final class NeighborSearch {
    private static final int SHIFT_BITS = 10;
    private static final int SHIFT_BIAS = 1 << (SHIFT_BITS - 1);
    private static final long SHIFT_MASK = (1L << SHIFT_BITS) - 1;
    private static final int ATOM_SHIFT = 3 * SHIFT_BITS;

    private final double[] positions;
    private final int atomCount;
    private final SearchFrame frame;
    private final CellBins bins;
    private final PaddedBins padded;
    private final BinStencil stencil;
    /** Per stencil row: the offset of its first bin from the centre's bin in the padded grid. */
    private final int[] rowOffsets;
    private final double cutoff;
    /**
     * Squared radius of the quick test on wrapped positions: larger than the cutoff by far more than
     * the rounding of wrapping, so no neighbour is missed and the exact test decides.
     */
    private final double candidateBound;
    /** Whether all shifts fit the packed keys. */
    private final boolean packed;
    /**
     * Per slot, when packed: key of its atom j and image s minus the centre's part, (j, (s − wrap_j)·U);
     * the packing is linear, so adding the centre's (wrap_centre·U + bias) gives (j, n + bias).
     */
    private final long[] slotKeys;

    NeighborSearch(Structure s, SearchFrame frame, CellBins bins, double cutoff) {
        this.positions = s.positions();
        this.atomCount = s.atomCount();
        this.frame = frame;
        this.bins = bins;
        this.cutoff = cutoff;
        double padding = cutoff * (1 + 1e-9) + 1e-9;
        this.candidateBound = padding * padding;
        this.stencil = BinStencil.of(frame, bins, padding);
        this.padded = PaddedBins.of(frame, bins);
        this.rowOffsets = new int[stencil.rows];
        for (int row = 0; row < stencil.rows; row++) {
            rowOffsets[row] = padded.index(stencil.d0[row], stencil.d1[row], stencil.low[row]) - padded.index(0, 0, 0);
        }
        this.packed = shiftsFitKeys();
        this.slotKeys = packed ? slotKeys() : null;
    }

    /** Bounds |n| = |(image + wrap_centre − wrap_j)·U| per cell axis over all candidates. */
    private boolean shiftsFitKeys() {
        long[] frameBound = new long[3];
        int[] wrap = bins.wrap;
        for (int a = 0; a < 3; a++) {
            int min = 0;
            int max = 0;
            for (int k = a; k < wrap.length; k += 3) {
                min = Math.min(min, wrap[k]);
                max = Math.max(max, wrap[k]);
            }
            long images = frame.periodic[a] ? bins.reach[a] / bins.counts[a] + 1 : 0;
            frameBound[a] = images + ((long) max - min);
        }
        long[] u = frame.toCellShift;
        for (int x = 0; x < 3; x++) {
            long bound = 0;
            for (int a = 0; a < 3; a++) {
                bound += Math.abs(u[3 * a + x]) * frameBound[a];
            }
            if (bound >= SHIFT_BIAS) {
                return false;
            }
        }
        return true;
    }

    private long[] slotKeys() {
        int[] atoms = padded.slotAtoms;
        int[] images = padded.slotImages;
        int[] wrap = bins.wrap;
        long[] u = frame.toCellShift;
        // packShift(s·U) = s0·packShift(row 0 of U) + s1·packShift(row 1) + s2·packShift(row 2), by linearity
        long row0 = (u[0] << (2 * SHIFT_BITS)) + (u[1] << SHIFT_BITS) + u[2];
        long row1 = (u[3] << (2 * SHIFT_BITS)) + (u[4] << SHIFT_BITS) + u[5];
        long row2 = (u[6] << (2 * SHIFT_BITS)) + (u[7] << SHIFT_BITS) + u[8];
        long[] keys = new long[atoms.length];
        for (int k = 0; k < atoms.length; k++) {
            int j = atoms[k];
            keys[k] = ((long) j << ATOM_SHIFT) + ((long) images[3 * k] - wrap[3 * j]) * row0
                    + ((long) images[3 * k + 1] - wrap[3 * j + 1]) * row1 + ((long) images[3 * k + 2] - wrap[3 * j + 2]) * row2;
        }
        return keys;
    }

    /** Cell shift n = s·U of frame translation s. */
    private long[] cellShift(long s0, long s1, long s2) {
        long[] u = frame.toCellShift;
        return new long[] {
            s0 * u[0] + s1 * u[3] + s2 * u[6],
            s0 * u[1] + s1 * u[4] + s2 * u[7],
            s0 * u[2] + s1 * u[5] + s2 * u[8]
        };
    }

    private static long packShift(long[] n) {
        return (n[0] << (2 * SHIFT_BITS)) + (n[1] << SHIFT_BITS) + n[2];
    }

    /**
     * Whether two copies of one atom, count bins apart along a periodic axis, can both lie in the
     * stencil of one centre.
     */
    private boolean imagesCanRepeat() {
        for (int a = 0; a < 3; a++) {
            if (frame.periodic[a] && bins.counts[a] <= 2 * bins.reach[a]) {
                return true;
            }
        }
        return false;
    }

    /** Appends the neighbours of atom centre to out, in the list's order. */
    void collect(int centre, NeighborBuffer out) {
        int candidates = scan(centre, out);
        if (packed) {
            emitPacked(centre, candidates, out);
        } else {
            emitUnpacked(centre, candidates, out);
        }
    }

    /** Records in out the slots of all atoms near the centre by the quick test; returns how many. */
    private int scan(int centre, NeighborBuffer out) {
        int[] reach = bins.reach;
        int home = padded.index(bins.binOf[3 * centre] + reach[0], bins.binOf[3 * centre + 1] + reach[1],
                bins.binOf[3 * centre + 2] + reach[2]);
        double[] wrapped = bins.wrappedPositions;
        double cx = wrapped[3 * centre];
        double cy = wrapped[3 * centre + 1];
        double cz = wrapped[3 * centre + 2];
        double[] xs = padded.slotX;
        double[] ys = padded.slotY;
        double[] zs = padded.slotZ;
        int[] binStart = padded.binStart;
        int[] widths = stencil.widths;
        double bound = candidateBound;
        int[] slots = out.candidateSlots;
        int m = 0;
        for (int row = 0; row < rowOffsets.length; row++) {
            int first = home + rowOffsets[row];
            int from = binStart[first];
            int to = binStart[first + widths[row]];
            if (m + (to - from) > slots.length) {
                slots = out.growCandidates(m + (to - from));
            }
            for (int k = from; k < to; k++) {
                double dx = xs[k] - cx;
                double dy = ys[k] - cy;
                double dz = zs[k] - cz;
                // written unconditionally and kept by advancing m: no branch to mispredict
                slots[m] = k;
                m += dx * dx + dy * dy + dz * dz <= bound ? 1 : 0;
            }
        }
        return m;
    }

    private void emitPacked(int centre, int candidates, NeighborBuffer out) {
        long[] keys = out.keys(candidates);
        int[] wrap = bins.wrap;
        long centreKey = bias() + packShift(cellShift(wrap[3 * centre], wrap[3 * centre + 1], wrap[3 * centre + 2]));
        int[] slots = out.candidateSlots;
        for (int i = 0; i < candidates; i++) {
            keys[i] = centreKey + slotKeys[slots[i]];
        }
        if (out.keySort == null) {
            out.keySort = new KeySort(ATOM_SHIFT, atomCount, imagesCanRepeat());
        }
        out.keySort.sort(keys, candidates);
        appendPacked(centre, keys, candidates, out);
    }

    /**
     * {@link #addIfWithinCutoff} for sorted packed keys, written straight into the buffer's arrays
     * (room made once; packed shifts always fit an int).
     */
    private void appendPacked(int centre, long[] keys, int candidates, NeighborBuffer out) {
        out.reserve(candidates);
        int size = out.size;
        int[] atoms = out.atoms;
        int[] shifts = out.shifts;
        double[] vectors = out.vectors;
        double[] distances = out.distances;
        double[] p = positions;
        double[] m = frame.lattice;
        double px = p[3 * centre];
        double py = p[3 * centre + 1];
        double pz = p[3 * centre + 2];
        long self = ((long) centre << ATOM_SHIFT) + bias();
        for (int i = 0; i < candidates; i++) {
            long key = keys[i];
            if (key == self) {
                continue;
            }
            int j = (int) (key >>> ATOM_SHIFT);
            int n0 = (int) ((key >>> (2 * SHIFT_BITS)) & SHIFT_MASK) - SHIFT_BIAS;
            int n1 = (int) ((key >>> SHIFT_BITS) & SHIFT_MASK) - SHIFT_BIAS;
            int n2 = (int) (key & SHIFT_MASK) - SHIFT_BIAS;
            // the same expression as addIfWithinCutoff, so both paths give identical vectors
            double vx = p[3 * j] - px + ((long) n0 * m[0] + (long) n1 * m[3] + (long) n2 * m[6]);
            double vy = p[3 * j + 1] - py + ((long) n0 * m[1] + (long) n1 * m[4] + (long) n2 * m[7]);
            double vz = p[3 * j + 2] - pz + ((long) n0 * m[2] + (long) n1 * m[5] + (long) n2 * m[8]);
            double distance = Math.sqrt(vx * vx + vy * vy + vz * vz);
            if (distance <= cutoff) {
                atoms[size] = j;
                shifts[3 * size] = n0;
                shifts[3 * size + 1] = n1;
                shifts[3 * size + 2] = n2;
                vectors[3 * size] = vx;
                vectors[3 * size + 1] = vy;
                vectors[3 * size + 2] = vz;
                distances[size] = distance;
                size++;
            }
        }
        out.size = size;
    }

    /** The packed form of shift (0, 0, 0). */
    private static long bias() {
        return ((long) SHIFT_BIAS << (2 * SHIFT_BITS)) + ((long) SHIFT_BIAS << SHIFT_BITS) + SHIFT_BIAS;
    }

    private void emitUnpacked(int centre, int candidates, NeighborBuffer out) {
        int start = out.size;
        int[] slots = out.candidateSlots;
        int[] images = padded.slotImages;
        int[] wrap = bins.wrap;
        for (int i = 0; i < candidates; i++) {
            int k = slots[i];
            int j = padded.slotAtoms[k];
            // frame shift s = image + wrap(centre) − wrap(j); cell shift n = s·U
            long[] n = cellShift((long) images[3 * k] + wrap[3 * centre] - wrap[3 * j],
                    (long) images[3 * k + 1] + wrap[3 * centre + 1] - wrap[3 * j + 1],
                    (long) images[3 * k + 2] + wrap[3 * centre + 2] - wrap[3 * j + 2]);
            addIfWithinCutoff(centre, j, n[0], n[1], n[2], out);
        }
        out.sortFrom(start);
    }

    /**
     * Computes the displacement exactly as r_j + n·M − r_i from the stored positions and keeps it if
     * within the cutoff; the wrapped-position test before it only discards clear misses.
     */
    private void addIfWithinCutoff(int centre, int j, long n0, long n1, long n2, NeighborBuffer out) {
        if (j == centre && n0 == 0 && n1 == 0 && n2 == 0) {
            return;
        }
        double[] m = frame.lattice;
        double vx = positions[3 * j] - positions[3 * centre] + (n0 * m[0] + n1 * m[3] + n2 * m[6]);
        double vy = positions[3 * j + 1] - positions[3 * centre + 1] + (n0 * m[1] + n1 * m[4] + n2 * m[7]);
        double vz = positions[3 * j + 2] - positions[3 * centre + 2] + (n0 * m[2] + n1 * m[5] + n2 * m[8]);
        double distance = Math.sqrt(vx * vx + vy * vy + vz * vz);
        if (distance <= cutoff) {
            out.add(j, n0, n1, n2, vx, vy, vz, distance);
        }
    }
}
