package org.descriptorworkbench.neighbors;

import java.util.Arrays;

/**
 * Sorts the packed neighbour keys of one centre (atom index in the high bits, shift in the low
 * bits): a least-significant-digit radix sort on the atom index only, as many 8-bit-or-smaller
 * digits as the structure's atom count needs (two for up to 65536 atoms), then each group of keys
 * with the same atom, which only periodic images of one atom form, sorted on its own. Linear in the
 * number of keys with a small constant, where a comparison sort of the ~100 neighbours of an atom
 * costs more than finding them; short lists go to insertion sort.
 */
final class KeySort {
    private static final int INSERTION_SORT_MAX = 32;
    private static final int MAX_DIGIT_BITS = 8;

    private final int atomShift;
    private final boolean imagesCanRepeat;
    private final int passes;
    private final int digitBits;
    private final int[] histogram;
    private long[] scratch = new long[256];

    /**
     * @param atomShift       bit position of the atom index in a key
     * @param atomCount       one more than the largest atom index
     * @param imagesCanRepeat whether one centre can see several images of one atom
     */
    KeySort(int atomShift, int atomCount, boolean imagesCanRepeat) {
        this.atomShift = atomShift;
        this.imagesCanRepeat = imagesCanRepeat;
        int atomBits = 32 - Integer.numberOfLeadingZeros(Math.max(0, atomCount - 1));
        this.passes = (atomBits + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
        this.digitBits = passes == 0 ? 0 : (atomBits + passes - 1) / passes;
        this.histogram = new int[(1 << digitBits) + 1];
    }

    /** Sorts keys[0, count) ascending. */
    void sort(long[] keys, int count) {
        if (count <= INSERTION_SORT_MAX) {
            insertionSort(keys, 0, count);
            return;
        }
        if (scratch.length < count) {
            scratch = new long[Math.max(count, 2 * scratch.length)];
        }
        long[] from = keys;
        long[] to = scratch;
        int mask = (1 << digitBits) - 1;
        for (int pass = 0; pass < passes; pass++) {
            int shift = atomShift + pass * digitBits;
            Arrays.fill(histogram, 0);
            for (int i = 0; i < count; i++) {
                histogram[((int) (from[i] >>> shift) & mask) + 1]++;
            }
            for (int d = 1; d < histogram.length; d++) {
                histogram[d] += histogram[d - 1];
            }
            for (int i = 0; i < count; i++) {
                long key = from[i];
                to[histogram[(int) (key >>> shift) & mask]++] = key;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (from != keys) {
            System.arraycopy(from, 0, keys, 0, count);
        }
        if (imagesCanRepeat) {
            sortImagesOfEachAtom(keys, count);
        }
    }

    /** Orders by shift the runs of keys that share an atom (after the atom digits are in order). */
    private void sortImagesOfEachAtom(long[] keys, int count) {
        int start = 0;
        for (int i = 1; i <= count; i++) {
            if (i == count || keys[i] >>> atomShift != keys[start] >>> atomShift) {
                if (i - start > 1) {
                    Arrays.sort(keys, start, i);
                }
                start = i;
            }
        }
    }

    private static void insertionSort(long[] keys, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long key = keys[i];
            int j = i - 1;
            while (j >= from && keys[j] > key) {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = key;
        }
    }
}
