package org.descriptorworkbench.analysis.correlation;

import java.util.Arrays;

/**
 * The 1-based rank of every entry of a row of non-negative doubles (+∞ allowed) in ascending order,
 * ties broken by index: the positions a stable sort would give. Computed by a least-significant-digit
 * radix sort of the values' raw IEEE-754 bits, which for non-negative doubles (+∞ included) order like
 * the values; the sort is stable, so equal values keep index order. For rows of 5000 squared distances it
 * takes about a fifth of the time of the stable merge sort of indices it replaced, with the same ranks.
 * One per thread: it keeps its working arrays.
 */
final class RowRanks {

    private static final int DIGIT_BITS = 11;
    private static final int RADIX = 1 << DIGIT_BITS;
    private static final int DIGITS = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;

    private final int n;
    private long[] keys;
    private long[] keysOut;
    private int[] order;
    private int[] orderOut;
    private final int[] counts = new int[DIGITS * RADIX];

    /** Working memory for rows of {@code n} values. */
    RowRanks(int n) {
        this.n = n;
        keys = new long[n];
        keysOut = new long[n];
        order = new int[n];
        orderOut = new int[n];
    }

    /** Bytes a {@code RowRanks(n)} holds, for memory guards. */
    static long bytes(int n) {
        return 24L * n + 4L * DIGITS * RADIX;
    }

    /**
     * Sets {@code ranks[j]} to 1 + the number of k with values[offset + k] below values[offset + j], or
     * equal to it with k below j, for j in [0, n). Values must be ≥ 0 (−0.0 counts as 0.0) or +∞; a NaN,
     * which squared distances of finite features never are, would rank after +∞.
     */
    void rank(double[] values, int offset, int[] ranks) {
        countDigits(values, offset);
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        for (int digit = 0; digit < DIGITS; digit++) {
            int shift = digit * DIGIT_BITS;
            int base = digit * RADIX;
            if (n > 0 && counts[base + ((int) (keys[0] >>> shift) & (RADIX - 1))] == n) {
                continue; // every key has the same digit here, so the pass would move nothing
            }
            scatter(shift, base);
        }
        for (int position = 0; position < n; position++) {
            ranks[order[position]] = position + 1;
        }
    }

    /** One read of the row: the keys and, for every digit at once, how many keys have each value of it. */
    private void countDigits(double[] values, int offset) {
        Arrays.fill(counts, 0);
        for (int j = 0; j < n; j++) {
            // + 0.0 turns −0.0 (bits 0x8000…, which would sort last) into 0.0, which compares equal to it
            long bits = Double.doubleToRawLongBits(values[offset + j] + 0.0);
            keys[j] = bits;
            for (int digit = 0; digit < DIGITS; digit++) {
                counts[digit * RADIX + ((int) (bits >>> (digit * DIGIT_BITS)) & (RADIX - 1))]++;
            }
        }
    }

    /** One stable counting-sort pass on the digit at {@code shift}; turns its counts into start positions. */
    private void scatter(int shift, int base) {
        int start = 0;
        for (int bucket = base; bucket < base + RADIX; bucket++) {
            int count = counts[bucket];
            counts[bucket] = start;
            start += count;
        }
        for (int position = 0; position < n; position++) {
            long key = keys[position];
            int target = counts[base + ((int) (key >>> shift) & (RADIX - 1))]++;
            keysOut[target] = key;
            orderOut[target] = order[position];
        }
        long[] swapKeys = keys;
        keys = keysOut;
        keysOut = swapKeys;
        int[] swapOrder = order;
        order = orderOut;
        orderOut = swapOrder;
    }
}
