package org.descriptorworkbench.analysis.correlation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A uniform random sample of at most M pairs from a stream, by reservoir sampling with random keys
 * (bottom-M of a seeded hash of the pair; Efraimidis and Spirakis, Inf. Process. Lett. 97, 181 (2006),
 * with equal weights). Keys depend only on the pair and the seed, so per-thread reservoirs merge into
 * exactly the sample a single thread would draw, whatever the block order.
 */
final class PairReservoir {

    private final int capacity;
    private final long seed;
    private int size;
    // A max-heap on unsigned keys (the root is the key to evict) of slots; a pair's payload stays in its
    // slot while the heap moves only the key and the slot number, two arrays instead of seven.
    private final long[] heapKeys;
    private final int[] heapSlots;
    private final int[] first;
    private final int[] second;
    private final double[] distanceA;
    private final double[] distanceB;
    private final int[] rankA;
    private final int[] rankB;

    PairReservoir(int capacity, long seed) {
        this.capacity = capacity;
        this.seed = seed;
        this.heapKeys = new long[capacity];
        this.heapSlots = new int[capacity];
        this.first = new int[capacity];
        this.second = new int[capacity];
        this.distanceA = new double[capacity];
        this.distanceB = new double[capacity];
        this.rankA = new int[capacity];
        this.rankB = new int[capacity];
    }

    /** The pair's random key: SplitMix64 of the seed and the pair (compared as unsigned). */
    long key(int i, int j) {
        long z = seed + 0x9E3779B97F4A7C15L * (((long) i << 32) | (j & 0xFFFFFFFFL)) + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** True if a pair with this key would enter the reservoir (cheap test before computing its payload). */
    boolean accepts(long key) {
        return capacity > 0 && (size < capacity || Long.compareUnsigned(key, heapKeys[0]) < 0);
    }

    void offer(long key, int i, int j, double dA, double dB, int rA, int rB) {
        if (!accepts(key)) {
            return;
        }
        if (size < capacity) {
            int slot = size++;
            set(slot, i, j, dA, dB, rA, rB);
            siftUp(size - 1, key, slot);
        } else {
            int slot = heapSlots[0];
            set(slot, i, j, dA, dB, rA, rB);
            siftDown(key, slot);
        }
    }

    void addAll(PairReservoir other) {
        for (int h = 0; h < other.size; h++) {
            int s = other.heapSlots[h];
            offer(other.heapKeys[h], other.first[s], other.second[s], other.distanceA[s], other.distanceB[s],
                    other.rankA[s], other.rankB[s]);
        }
    }

    /** The sample ordered by pair, distances divided by the given maxima and ranks by N − 1. */
    List<CorrelationResult.SampledPair> pairs(double maxA, double maxB, int n) {
        Integer[] order = new Integer[size];
        for (int s = 0; s < size; s++) {
            order[s] = s;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(s -> first[s]).thenComparingInt(s -> second[s]));
        List<CorrelationResult.SampledPair> out = new ArrayList<>(size);
        for (int s : order) {
            out.add(new CorrelationResult.SampledPair(first[s], second[s], distanceA[s] / maxA, distanceB[s] / maxB,
                    rankA[s], rankB[s]));
        }
        return out;
    }

    private void set(int slot, int i, int j, double dA, double dB, int rA, int rB) {
        first[slot] = i;
        second[slot] = j;
        distanceA[slot] = dA;
        distanceB[slot] = dB;
        rankA[slot] = rA;
        rankB[slot] = rB;
    }

    /** Places (key, slot) at heap position {@code at} or above it, moving smaller parents down. */
    private void siftUp(int at, long key, int slot) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (Long.compareUnsigned(key, heapKeys[parent]) <= 0) {
                break;
            }
            move(parent, at);
            at = parent;
        }
        heapKeys[at] = key;
        heapSlots[at] = slot;
    }

    /** Replaces the root by (key, slot) and moves it down below every larger child. */
    private void siftDown(long key, int slot) {
        int at = 0;
        while (true) {
            int largest = 2 * at + 1;
            if (largest >= size) {
                break;
            }
            int right = largest + 1;
            if (right < size && Long.compareUnsigned(heapKeys[right], heapKeys[largest]) > 0) {
                largest = right;
            }
            if (Long.compareUnsigned(heapKeys[largest], key) <= 0) {
                break;
            }
            move(largest, at);
            at = largest;
        }
        heapKeys[at] = key;
        heapSlots[at] = slot;
    }

    private void move(int from, int to) {
        heapKeys[to] = heapKeys[from];
        heapSlots[to] = heapSlots[from];
    }
}
