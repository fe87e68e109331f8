package org.descriptorworkbench.neighbors;

import java.util.Locale;

import org.descriptorworkbench.error.ResourceLimitException;
import org.descriptorworkbench.structure.Structure;

/**
 * An up-front estimate of how many neighbours a list will hold (mean atom density × cutoff sphere
 * volume × centres), used to refuse, before any work, lists that cannot fit in an array or in the
 * heap. The density divides the atoms by the volume they occupy: the periodic part of the cell times
 * their spread along each non-periodic direction, but at least one cutoff diameter there.
 */
final class NeighborCountEstimate {
    /** Bytes per neighbour in the final arrays: atom int, 3 shift ints, 3 vector doubles, distance double. */
    static final int BYTES_PER_NEIGHBOR = 4 + 12 + 24 + 8;
    /** The search buffers and the final arrays coexist briefly. */
    private static final int TRANSIENT_COPIES = 2;

    private NeighborCountEstimate() {
    }

    /** The expected number of neighbours of one centre. */
    static double perCentre(Structure s, SearchFrame frame, CellBins bins, double cutoff) {
        int n = s.atomCount();
        double volume = frame.periodicMeasure();
        double images = n;
        for (int a = 0; a < 3; a++) {
            if (frame.periodic[a]) {
                images *= 2 * Math.ceil(cutoff / frame.heights[a]) + 1;
            } else {
                volume *= Math.max(bins.extent[a] * frame.heights[a], 2 * cutoff);
            }
        }
        double sphere = 4.0 / 3.0 * Math.PI * cutoff * cutoff * cutoff;
        return Math.min(n / volume * sphere, images);
    }

    /**
     * Throws ResourceLimitException if the expected list would not fit in an array or in free heap;
     * returns the expected number of neighbours per centre.
     */
    static double requireFits(Structure s, SearchFrame frame, CellBins bins, double cutoff, int centres) {
        double perCentre = perCentre(s, frame, bins, cutoff);
        double expected = perCentre * centres;
        Runtime rt = Runtime.getRuntime();
        double available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        double needed = expected * BYTES_PER_NEIGHBOR * TRANSIENT_COPIES;
        if (expected > NeighborBuffer.MAX_ENTRIES || needed > available) {
            throw new ResourceLimitException(String.format(Locale.ROOT,
                    "a neighbour list of %d centres within %.4g Å would hold about %.3g neighbours (%.3g GB), more than"
                            + " fits (%d neighbours, %.3g GB of free memory); use a smaller cutoff or fewer centres",
                    centres, cutoff, expected, needed / 1e9, NeighborBuffer.MAX_ENTRIES, available / 1e9));
        }
        return perCentre;
    }
}
