package org.descriptorworkbench.neighbors;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.ParallelLoop;
import org.descriptorworkbench.task.Progress;

/**
 * The neighbours of chosen centre atoms within a cutoff, including periodic images, in compressed
 * sparse-row arrays; the input of every local descriptor. Follows DScribe 2.1's convention for which
 * atoms enter an environment (reference/CONVENTIONS.md §1.1): a neighbour of centre atom i is every
 * pair (atom j, integer shift n) with |r_j + n·M − r_i| ≤ cutoff (inclusive), except j = i with n = 0,
 * where r are the positions exactly as stored in the structure (<b>not</b> wrapped into the cell), M has
 * the lattice vectors as rows, and n is non-zero only along periodic axes. An atom therefore sees its
 * own periodic images, and cutoffs larger than the cell give many images of every atom.
 *
 * <p>Within a centre, neighbours are ordered by atom index, then by shift lexicographically, so the
 * list is fully deterministic. Built by a cell-list search (bins a cutoff or a fraction of it thick
 * in fractional coordinates of a reduced lattice basis, padded with periodic-image bins, scanned over
 * a stencil of the bins that can hold neighbours), linear in the number of atoms. Lists of the same
 * structure object and cutoff built one after another, such as blocks of centres, share one binning.
 */
public final class NeighborList {
    /** Below this many centres the search runs on the calling thread only. */
    private static final int PARALLEL_CENTRES = 4096;
    private static final int CENTRES_PER_CHUNK = 512;
    /**
     * Search buffers start this much larger than the expected neighbour count (which crystals exceed
     * by their shell structure), so they rarely grow.
     */
    private static final double CAPACITY_MARGIN = 1.2;
    /** A list keeps its search buffers, without copying, while at most this fraction of them is unused. */
    private static final double MAX_UNUSED = 0.25;

    private final double cutoff;
    private final int[] centres;
    /** Start of each centre's entries in the arrays below; offsets[centres] entries are used. */
    private final int[] offsets;
    private final int[] atoms;
    private final int[] shifts;
    private final double[] vectors;
    private final double[] distances;

    private NeighborList(double cutoff, int[] centres, int[] offsets, int[] atoms, int[] shifts,
                         double[] vectors, double[] distances) {
        this.cutoff = cutoff;
        this.centres = centres;
        this.offsets = offsets;
        this.atoms = atoms;
        this.shifts = shifts;
        this.vectors = vectors;
        this.distances = distances;
    }

    /**
     * The neighbour list with every atom as a centre, in atom order.
     *
     * @param cutoff inclusive cutoff radius in Å, finite and &gt; 0
     * @throws ParameterException if the cutoff is not a positive finite number or the periodic lattice
     *                            vectors are degenerate
     * @throws org.descriptorworkbench.error.ResourceLimitException if the list would not fit in memory
     */
    public static NeighborList build(Structure s, double cutoff) {
        return build(s, cutoff, IntStream.range(0, s.atomCount()).toArray());
    }

    /**
     * The neighbour list of the given atoms as centres, in the given order (repetitions allowed).
     *
     * @param centres atom indices, each in 0..atomCount−1
     */
    public static NeighborList build(Structure s, double cutoff, int[] centres) {
        return build(s, cutoff, centres, 0);
    }

    /** As {@link #build(Structure, double, int[])} with a given number of bins per cutoff (0 = chosen), for tests. */
    static NeighborList build(Structure s, double cutoff, int[] centres, int binsPerCutoff) {
        Objects.requireNonNull(s, "structure");
        requireValidCutoff(cutoff);
        int[] centreAtoms = requireValidCentres(centres, s.atomCount());
        PreparedSearches.Prepared prepared = PreparedSearches.of(s, cutoff, binsPerCutoff, () -> {
            SearchFrame frame = SearchFrame.of(s);
            CellBins bins = CellBins.of(s, frame, cutoff, binsPerCutoff);
            // refuse before the search allocates its padded bins
            NeighborCountEstimate.requireFits(s, frame, bins, cutoff, centreAtoms.length);
            return new PreparedSearches.Prepared(frame, bins, new NeighborSearch(s, frame, bins, cutoff));
        });
        double perCentre = NeighborCountEstimate.requireFits(s, prepared.frame(), prepared.bins(), cutoff,
                centreAtoms.length);
        NeighborSearch search = prepared.search();
        return centreAtoms.length < PARALLEL_CENTRES
                ? searchSequentially(search, cutoff, centreAtoms, perCentre)
                : searchInParallel(search, cutoff, centreAtoms, perCentre);
    }

    private static void requireValidCutoff(double cutoff) {
        if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new ParameterException("cutoff", "must be a finite number of Å greater than 0, got " + cutoff);
        }
    }

    private static int[] requireValidCentres(int[] centres, int atomCount) {
        Objects.requireNonNull(centres, "centres");
        for (int c : centres) {
            if (c < 0 || c >= atomCount) {
                throw new ParameterException("centres", "atom index " + c + " is outside 0.." + (atomCount - 1));
            }
        }
        return centres.clone();
    }

    private static NeighborList searchSequentially(NeighborSearch search, double cutoff, int[] centres,
                                                   double perCentre) {
        NeighborBuffer buffer = new NeighborBuffer(capacity(centres.length, perCentre));
        int[] offsets = new int[centres.length + 1];
        for (int c = 0; c < centres.length; c++) {
            search.collect(centres[c], buffer);
            offsets[c + 1] = buffer.size;
        }
        int n = buffer.size;
        if (buffer.atoms.length - n <= MAX_UNUSED * buffer.atoms.length) {
            return new NeighborList(cutoff, centres, offsets, buffer.atoms, buffer.shifts, buffer.vectors,
                    buffer.distances);
        }
        return new NeighborList(cutoff, centres, offsets, Arrays.copyOf(buffer.atoms, n),
                Arrays.copyOf(buffer.shifts, 3 * n), Arrays.copyOf(buffer.vectors, 3 * n),
                Arrays.copyOf(buffer.distances, n));
    }

    /** Initial buffer capacity for the expected neighbours of the given number of centres. */
    private static int capacity(int centres, double perCentre) {
        return (int) Math.min(NeighborBuffer.MAX_ENTRIES, 16 + CAPACITY_MARGIN * perCentre * centres);
    }

    /** Searches chunks of centres concurrently, then concatenates them in centre order. */
    private static NeighborList searchInParallel(NeighborSearch search, double cutoff, int[] centres,
                                                 double perCentre) {
        int chunks = (centres.length + CENTRES_PER_CHUNK - 1) / CENTRES_PER_CHUNK;
        NeighborBuffer[] parts = new NeighborBuffer[chunks];
        int[] offsets = new int[centres.length + 1];
        ParallelLoop.forEach(chunks, Progress.none(), "neighbour search", chunk -> {
            NeighborBuffer buffer = new NeighborBuffer(capacity(CENTRES_PER_CHUNK, perCentre));
            int from = chunk * CENTRES_PER_CHUNK;
            int to = Math.min(centres.length, from + CENTRES_PER_CHUNK);
            for (int c = from; c < to; c++) {
                search.collect(centres[c], buffer);
                offsets[c + 1] = buffer.size; // relative to the chunk until the prefix sum below
            }
            parts[chunk] = buffer;
        });
        long total = 0;
        for (NeighborBuffer part : parts) {
            total += part.size;
        }
        if (total > NeighborBuffer.MAX_ENTRIES) {
            throw NeighborBuffer.tooMany(total);
        }
        int n = (int) total;
        int[] atoms = new int[n];
        int[] shifts = new int[3 * n];
        double[] vectors = new double[3 * n];
        double[] distances = new double[n];
        int at = 0;
        for (int chunk = 0; chunk < chunks; chunk++) {
            NeighborBuffer part = parts[chunk];
            System.arraycopy(part.atoms, 0, atoms, at, part.size);
            System.arraycopy(part.shifts, 0, shifts, 3 * at, 3 * part.size);
            System.arraycopy(part.vectors, 0, vectors, 3 * at, 3 * part.size);
            System.arraycopy(part.distances, 0, distances, at, part.size);
            int from = chunk * CENTRES_PER_CHUNK;
            int to = Math.min(centres.length, from + CENTRES_PER_CHUNK);
            for (int c = from; c < to; c++) {
                offsets[c + 1] += at;
            }
            at += part.size;
            parts[chunk] = null;
        }
        return new NeighborList(cutoff, centres, offsets, atoms, shifts, vectors, distances);
    }

    /** The cutoff radius in Å. */
    public double cutoff() {
        return cutoff;
    }

    /** The number of centres. */
    public int centreCount() {
        return centres.length;
    }

    /** The atom index of centre c. */
    public int centreAtom(int c) {
        return centres[c];
    }

    /** The number of neighbours of centre c. */
    public int count(int c) {
        return offsets[c + 1] - offsets[c];
    }

    /** The atom index j of neighbour k of centre c. */
    public int atom(int c, int k) {
        return atoms[entry(c, k)];
    }

    /**
     * Component {@code axis} of the integer image shift n of neighbour k of centre c: the neighbour
     * sits at r_j + n·M, with r_j atom j's position as stored (not wrapped) and M the lattice vectors
     * as rows. It is 0 along non-periodic axes. It is not "which cell the neighbour is in": for atoms
     * stored outside the cell it can be large (an atom stored two cells to the right has n = −2 when the
     * neighbour is its image next to the centre).
     */
    public int shift(int c, int k, int axis) {
        return shifts[3 * entry(c, k) + Objects.checkIndex(axis, 3)];
    }

    /** Component {@code axis} (x, y, z) of the displacement r_j + n·M − r_centre of neighbour k, Å. */
    public double vector(int c, int k, int axis) {
        return vectors[3 * entry(c, k) + Objects.checkIndex(axis, 3)];
    }

    /** The length of the displacement of neighbour k of centre c, Å. */
    public double distance(int c, int k) {
        return distances[entry(c, k)];
    }

    /** The number of neighbours over all centres. */
    public int totalCount() {
        return offsets[centres.length];
    }

    private int entry(int c, int k) {
        return offsets[c] + Objects.checkIndex(k, count(c));
    }
}
