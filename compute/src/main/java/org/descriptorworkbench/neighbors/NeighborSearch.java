package org.descriptorworkbench.neighbors;

import org.descriptorworkbench.structure.Structure;

/**
 * Finds the neighbours of one centre by scanning the bins of the {@link BinStencil} around the
 * centre's bin, including bins of periodic images (a bin coordinate outside 0..count−1 along a
 * periodic axis is that bin in the image cell floor(t / count) cells away). Each stencil row is
 * scanned as runs of consecutive bins, whose atoms are consecutive in {@link CellBins}'s slot order.
 * Immutable and shared by all workers; per-worker workspaces live in the {@link NeighborBuffer}.
 *
 * <p>The scan only tests wrapped positions against a slightly padded cutoff and records the
 * candidates; the exact displacement r_j + n·M − r_i from the stored positions then decides. When
 * every possible shift fits in {@link #SHIFT_BITS} bits per axis (always, unless atoms are stored
 * hundreds of cells apart), a candidate is one long key (atom, biased shift) whose numeric order is the
 * list's order, so sorting is a primitive sort; otherwise the entries are sorted by comparison.
 */
final class NeighborSearch {
    private static final int SHIFT_BITS = 10;
    private static final int SHIFT_BIAS = 1 << (SHIFT_BITS - 1);
    private static final long SHIFT_MASK = (1L << SHIFT_BITS) - 1;

    private final double[] positions;
    private final SearchFrame frame;
    private final CellBins bins;
    private final BinStencil stencil;
    private final double cutoff;
    /**
     * Squared radius of the quick test on wrapped positions: larger than the cutoff by far more than
     * the rounding of wrapping, so no neighbour is missed and the exact test decides.
     */
    private final double candidateBound;
    /** Per axis, indexed by t + reach for bin coordinates t in −reach..count−1+reach: the real bin, or −1. */
    private final int[][] binAlong;
    /** Per axis, same index: the image cell of that bin coordinate. */
    private final int[][] imageAlong;
    /** Whether all shifts fit the packed keys. */
    private final boolean packed;
    /** Per slot: atom index and minus its wrap (as a cell shift) in packed-key form, or null if not packed. */
    private final long[] slotKeys;

    NeighborSearch(Structure s, SearchFrame frame, CellBins bins, double cutoff) {
        this.positions = s.positions();
        this.frame = frame;
        this.bins = bins;
        this.cutoff = cutoff;
        double padded = cutoff * (1 + 1e-9) + 1e-9;
        this.candidateBound = padded * padded;
        this.stencil = BinStencil.of(frame, bins, padded);
        this.binAlong = new int[3][];
        this.imageAlong = new int[3][];
        for (int a = 0; a < 3; a++) {
            tabulateAxis(a);
        }
        this.packed = shiftsFitKeys();
        this.slotKeys = packed ? slotKeys() : null;
    }

    private void tabulateAxis(int a) {
        int count = bins.counts[a];
        int reach = bins.reach[a];
        binAlong[a] = new int[count + 2 * reach];
        imageAlong[a] = new int[count + 2 * reach];
        for (int t = -reach; t < count + reach; t++) {
            if (frame.periodic[a]) {
                binAlong[a][t + reach] = Math.floorMod(t, count);
                imageAlong[a][t + reach] = Math.floorDiv(t, count);
            } else {
                binAlong[a][t + reach] = t >= 0 && t < count ? t : -1;
            }
        }
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
            int[] images = imageAlong[a];
            frameBound[a] = Math.max(Math.abs(images[0]), Math.abs(images[images.length - 1])) + ((long) max - min);
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

    /** key(j, image) = slotKey(j) + segmentKey(image): the packing is linear, so the shift splits in two. */
    private long[] slotKeys() {
        int[] atoms = bins.binAtoms;
        long[] keys = new long[atoms.length];
        for (int k = 0; k < atoms.length; k++) {
            int j = atoms[k];
            keys[k] = ((long) j << (3 * SHIFT_BITS)) - packShift(cellShift(bins.wrap, j, 0, 0, 0));
        }
        return keys;
    }

    /** Cell shift n = (image + wrap of atom)·U as three longs. */
    private long[] cellShift(int[] wrap, int atom, long i0, long i1, long i2) {
        long s0 = i0 + wrap[3 * atom];
        long s1 = i1 + wrap[3 * atom + 1];
        long s2 = i2 + wrap[3 * atom + 2];
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

    /** Appends the neighbours of atom centre to out, in the list's order. */
    void collect(int centre, NeighborBuffer out) {
        int candidates = scan(centre, out);
        if (packed) {
            emitPacked(centre, candidates, out);
        } else {
            emitUnpacked(centre, candidates, out);
        }
    }

    /** Records in out the slots (and runs) of all atoms near the centre by the quick test; returns how many. */
    private int scan(int centre, NeighborBuffer out) {
        int[] counts = bins.counts;
        int[] reach = bins.reach;
        int b0 = bins.binOf[3 * centre] + reach[0];
        int b1 = bins.binOf[3 * centre + 1] + reach[1];
        int b2 = bins.binOf[3 * centre + 2];
        out.runs = 0;
        int found = 0;
        for (int row = 0; row < stencil.rows; row++) {
            int bin0 = binAlong[0][b0 + stencil.d0[row]];
            int bin1 = binAlong[1][b1 + stencil.d1[row]];
            if (bin0 < 0 || bin1 < 0) {
                continue;
            }
            int rowStart = (bin0 * counts[1] + bin1) * counts[2];
            int image0 = imageAlong[0][b0 + stencil.d0[row]];
            int image1 = imageAlong[1][b1 + stencil.d1[row]];
            int from = b2 + stencil.low[row];
            int to = b2 + stencil.high[row];
            if (!frame.periodic[2]) {
                from = Math.max(from, 0);
                to = Math.min(to, counts[2] - 1);
                if (from <= to) {
                    found = scanRun(centre, image0, image1, 0, rowStart + from, rowStart + to, found, out);
                }
                continue;
            }
            for (int t = from; t <= to; ) {
                int image2 = imageAlong[2][t + reach[2]];
                int first = binAlong[2][t + reach[2]];
                int last = Math.min(first + to - t, counts[2] - 1);
                found = scanRun(centre, image0, image1, image2, rowStart + first, rowStart + last, found, out);
                t += last - first + 1;
            }
        }
        return found;
    }

    /** The quick test over the atoms of bins firstBin..lastBin (consecutive) of the given image cell. */
    private int scanRun(int centre, int image0, int image1, int image2, int firstBin, int lastBin, int found,
                        NeighborBuffer out) {
        int from = bins.binStart[firstBin];
        int to = bins.binStart[lastBin + 1];
        if (from == to) {
            return found;
        }
        int run = out.startRun(image0, image1, image2, found + (to - from));
        double[] b = frame.basis;
        double[] wrapped = bins.wrappedPositions;
        double ox = image0 * b[0] + image1 * b[3] + image2 * b[6] - wrapped[3 * centre];
        double oy = image0 * b[1] + image1 * b[4] + image2 * b[7] - wrapped[3 * centre + 1];
        double oz = image0 * b[2] + image1 * b[5] + image2 * b[8] - wrapped[3 * centre + 2];
        double[] xs = bins.slotX;
        double[] ys = bins.slotY;
        double[] zs = bins.slotZ;
        int[] slots = out.candidateSlots;
        int[] runs = out.candidateRuns;
        double bound = candidateBound;
        int m = found;
        for (int k = from; k < to; k++) {
            double dx = xs[k] + ox;
            double dy = ys[k] + oy;
            double dz = zs[k] + oz;
            // written unconditionally and kept by advancing m: no branch to mispredict
            slots[m] = k;
            runs[m] = run;
            m += dx * dx + dy * dy + dz * dz <= bound ? 1 : 0;
        }
        return m;
    }

    private void emitPacked(int centre, int candidates, NeighborBuffer out) {
        long[] keys = out.keys(candidates);
        long[] runKeys = out.runKeys();
        int[] wrap = bins.wrap;
        int[] runImages = out.runImages;
        long bias = ((long) SHIFT_BIAS << (2 * SHIFT_BITS)) + ((long) SHIFT_BIAS << SHIFT_BITS) + SHIFT_BIAS;
        for (int r = 0; r < out.runs; r++) {
            runKeys[r] = bias + packShift(cellShift(wrap, centre, runImages[3 * r], runImages[3 * r + 1],
                    runImages[3 * r + 2]));
        }
        int[] slots = out.candidateSlots;
        int[] runs = out.candidateRuns;
        for (int i = 0; i < candidates; i++) {
            keys[i] = runKeys[runs[i]] + slotKeys[slots[i]];
        }
        if (out.keySort == null) {
            out.keySort = new KeySort(3 * SHIFT_BITS, bins.binAtoms.length);
        }
        out.keySort.sort(keys, candidates);
        for (int i = 0; i < candidates; i++) {
            long key = keys[i];
            int j = (int) (key >>> (3 * SHIFT_BITS));
            int n0 = (int) ((key >>> (2 * SHIFT_BITS)) & SHIFT_MASK) - SHIFT_BIAS;
            int n1 = (int) ((key >>> SHIFT_BITS) & SHIFT_MASK) - SHIFT_BIAS;
            int n2 = (int) (key & SHIFT_MASK) - SHIFT_BIAS;
            addIfWithinCutoff(centre, j, n0, n1, n2, out);
        }
    }

    private void emitUnpacked(int centre, int candidates, NeighborBuffer out) {
        int start = out.size;
        int[] slots = out.candidateSlots;
        int[] runs = out.candidateRuns;
        int[] runImages = out.runImages;
        int[] wrap = bins.wrap;
        for (int i = 0; i < candidates; i++) {
            int j = bins.binAtoms[slots[i]];
            int r = runs[i];
            // frame shift s = image + wrap(centre) − wrap(j); cell shift n = s·U
            long[] n = cellShift(wrap, centre, (long) runImages[3 * r] - wrap[3 * j],
                    (long) runImages[3 * r + 1] - wrap[3 * j + 1], (long) runImages[3 * r + 2] - wrap[3 * j + 2]);
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
