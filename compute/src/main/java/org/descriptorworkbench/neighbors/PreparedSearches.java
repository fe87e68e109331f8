package org.descriptorworkbench.neighbors;

import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;

import org.descriptorworkbench.structure.Structure;

/**
 * The last few neighbour searches prepared (frame, bins, padded bins, stencil), by structure and
 * cutoff, so that building the lists of one structure in blocks of centres (as DescriptorEngine does
 * on several threads) bins its atoms once instead of once per block, which would make the whole
 * structure cost quadratic in its atoms. Structures are immutable, so a search prepared for the same
 * structure object and cutoff is the same search. Holds structures weakly and searches softly, so it
 * never keeps memory the program needs; thread-safe.
 */
final class PreparedSearches {
    private static final int CAPACITY = 4;

    /** A prepared search and what it was prepared for. */
    record Prepared(SearchFrame frame, CellBins bins, NeighborSearch search) {
    }

    private record Entry(WeakReference<Structure> structure, double cutoff, int binsPerCutoff,
                         SoftReference<Prepared> prepared) {
    }

    private static final Entry[] ENTRIES = new Entry[CAPACITY];
    private static int next;

    private PreparedSearches() {
    }

    /** The search for a structure and cutoff, prepared now or reused. */
    static Prepared of(Structure s, double cutoff, int binsPerCutoff, SearchPreparation preparation) {
        Prepared cached = find(s, cutoff, binsPerCutoff);
        if (cached != null) {
            return cached;
        }
        Prepared prepared = preparation.prepare();
        synchronized (ENTRIES) {
            ENTRIES[next] = new Entry(new WeakReference<>(s), cutoff, binsPerCutoff, new SoftReference<>(prepared));
            next = (next + 1) % CAPACITY;
        }
        return prepared;
    }

    private static Prepared find(Structure s, double cutoff, int binsPerCutoff) {
        synchronized (ENTRIES) {
            for (Entry e : ENTRIES) {
                if (e != null && e.structure.get() == s && e.cutoff == cutoff && e.binsPerCutoff == binsPerCutoff) {
                    Prepared prepared = e.prepared.get();
                    if (prepared != null) {
                        return prepared;
                    }
                }
            }
        }
        return null;
    }

    /** Prepares a search when none is cached. */
    interface SearchPreparation {
        Prepared prepare();
    }
}
