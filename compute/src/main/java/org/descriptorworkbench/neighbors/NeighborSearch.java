package org.descriptorworkbench.neighbors;

import org.descriptorworkbench.structure.Structure;

/**
 * Finds the neighbours of one centre by scanning the bins within reach of the centre's bin,
 * including bins of periodic images (a bin coordinate outside 0..count−1 along a periodic axis is
 * that bin in the image cell floor(t / count) cells away). Immutable and shared by all workers.
 */
final class NeighborSearch {
    private final double[] positions;
    private final SearchFrame frame;
    private final CellBins bins;
    private final double cutoff;
    /**
     * Squared radius of the quick test on wrapped positions: larger than the cutoff by far more than
     * the rounding of wrapping, so no neighbour is missed and the exact test decides.
     */
    private final double candidateBound;

    NeighborSearch(Structure s, SearchFrame frame, CellBins bins, double cutoff) {
        this.positions = s.positions();
        this.frame = frame;
        this.bins = bins;
        this.cutoff = cutoff;
        double padded = cutoff * (1 + 1e-9) + 1e-9;
        this.candidateBound = padded * padded;
    }

    /** Appends the neighbours of atom centre to out, in the list's order. */
    void collect(int centre, NeighborBuffer out) {
        int start = out.size;
        int[] reach = bins.reach;
        int[] counts = bins.counts;
        int[] image = new int[3];
        int[] bin = new int[3];
        for (int d0 = -reach[0]; d0 <= reach[0]; d0++) {
            if (!locate(0, bins.binOf[3 * centre] + d0, bin, image)) {
                continue;
            }
            for (int d1 = -reach[1]; d1 <= reach[1]; d1++) {
                if (!locate(1, bins.binOf[3 * centre + 1] + d1, bin, image)) {
                    continue;
                }
                for (int d2 = -reach[2]; d2 <= reach[2]; d2++) {
                    if (locate(2, bins.binOf[3 * centre + 2] + d2, bin, image)) {
                        scanBin(centre, (bin[0] * counts[1] + bin[1]) * counts[2] + bin[2], image, out);
                    }
                }
            }
        }
        out.sortFrom(start);
    }

    /**
     * Maps bin coordinate t along an axis to a real bin and the image cell it belongs to; false if
     * t lies outside the grid along a non-periodic axis.
     */
    private boolean locate(int axis, int t, int[] bin, int[] image) {
        int count = bins.counts[axis];
        if (frame.periodic[axis]) {
            bin[axis] = Math.floorMod(t, count);
            image[axis] = Math.floorDiv(t, count);
            return true;
        }
        bin[axis] = t;
        image[axis] = 0;
        return t >= 0 && t < count;
    }

    private void scanBin(int centre, int bin, int[] image, NeighborBuffer out) {
        // where the image cell puts the bin's wrapped atoms relative to the wrapped centre
        double[] b = frame.basis;
        double[] wrapped = bins.wrappedPositions;
        double ox = image[0] * b[0] + image[1] * b[3] + image[2] * b[6] - wrapped[3 * centre];
        double oy = image[0] * b[1] + image[1] * b[4] + image[2] * b[7] - wrapped[3 * centre + 1];
        double oz = image[0] * b[2] + image[1] * b[5] + image[2] * b[8] - wrapped[3 * centre + 2];
        double[] slots = bins.slotPositions;
        for (int k = bins.binStart[bin], end = bins.binStart[bin + 1]; k < end; k++) {
            double dx = slots[3 * k] + ox;
            double dy = slots[3 * k + 1] + oy;
            double dz = slots[3 * k + 2] + oz;
            if (dx * dx + dy * dy + dz * dz <= candidateBound) {
                addIfWithinCutoff(centre, bins.binAtoms[k], image, out);
            }
        }
    }

    /**
     * Computes the displacement exactly as r_j + n·M − r_i from the stored positions and keeps it if
     * within the cutoff; the wrapped-position test before it only discards clear misses.
     */
    private void addIfWithinCutoff(int centre, int j, int[] image, NeighborBuffer out) {
        int[] wrap = bins.wrap;
        long[] u = frame.toCellShift;
        double[] m = frame.lattice;
        // frame shift s = image + wrap(centre) − wrap(j); cell shift n = s·U
        long s0 = (long) image[0] + wrap[3 * centre] - wrap[3 * j];
        long s1 = (long) image[1] + wrap[3 * centre + 1] - wrap[3 * j + 1];
        long s2 = (long) image[2] + wrap[3 * centre + 2] - wrap[3 * j + 2];
        long n0 = s0 * u[0] + s1 * u[3] + s2 * u[6];
        long n1 = s0 * u[1] + s1 * u[4] + s2 * u[7];
        long n2 = s0 * u[2] + s1 * u[5] + s2 * u[8];
        if (j == centre && n0 == 0 && n1 == 0 && n2 == 0) {
            return;
        }
        double vx = positions[3 * j] - positions[3 * centre] + (n0 * m[0] + n1 * m[3] + n2 * m[6]);
        double vy = positions[3 * j + 1] - positions[3 * centre + 1] + (n0 * m[1] + n1 * m[4] + n2 * m[7]);
        double vz = positions[3 * j + 2] - positions[3 * centre + 2] + (n0 * m[2] + n1 * m[5] + n2 * m[8]);
        double distance = Math.sqrt(vx * vx + vy * vy + vz * vz);
        if (distance <= cutoff) {
            out.add(j, n0, n1, n2, vx, vy, vz, distance);
        }
    }
}
