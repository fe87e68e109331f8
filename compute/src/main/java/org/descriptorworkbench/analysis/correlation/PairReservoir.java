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
    private final long[] keys;
    private final int[] first;
    private final int[] second;
    private final double[] distanceA;
    private final double[] distanceB;
    private final int[] rankA;
    private final int[] rankB;

    PairReservoir(int capacity, long seed) {
        this.capacity = capacity;
        this.seed = seed;
        this.keys = new long[capacity];
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
        return capacity > 0 && (size < capacity || Long.compareUnsigned(key, keys[0]) < 0);
    }

    void offer(long key, int i, int j, double dA, double dB, int rA, int rB) {
        if (!accepts(key)) {
            return;
        }
        int slot;
        if (size < capacity) {
            slot = size++;
            set(slot, key, i, j, dA, dB, rA, rB);
            siftUp(slot);
        } else {
            set(0, key, i, j, dA, dB, rA, rB);
            siftDown(0);
        }
    }

    void addAll(PairReservoir other) {
        for (int s = 0; s < other.size; s++) {
            offer(other.keys[s], other.first[s], other.second[s], other.distanceA[s], other.distanceB[s],
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

    private void set(int slot, long key, int i, int j, double dA, double dB, int rA, int rB) {
        keys[slot] = key;
        first[slot] = i;
        second[slot] = j;
        distanceA[slot] = dA;
        distanceB[slot] = dB;
        rankA[slot] = rA;
        rankB[slot] = rB;
    }

    // max-heap on unsigned keys: the root is the key to evict
    private void siftUp(int slot) {
        while (slot > 0) {
            int parent = (slot - 1) / 2;
            if (Long.compareUnsigned(keys[slot], keys[parent]) <= 0) {
                return;
            }
            swap(slot, parent);
            slot = parent;
        }
    }

    private void siftDown(int slot) {
        while (true) {
            int largest = slot;
            int left = 2 * slot + 1;
            int right = left + 1;
            if (left < size && Long.compareUnsigned(keys[left], keys[largest]) > 0) {
                largest = left;
            }
            if (right < size && Long.compareUnsigned(keys[right], keys[largest]) > 0) {
                largest = right;
            }
            if (largest == slot) {
                return;
            }
            swap(slot, largest);
            slot = largest;
        }
    }

    private void swap(int x, int y) {
        long key = keys[x];
        keys[x] = keys[y];
        keys[y] = key;
        int t = first[x];
        first[x] = first[y];
        first[y] = t;
        t = second[x];
        second[x] = second[y];
        second[y] = t;
        double d = distanceA[x];
        distanceA[x] = distanceA[y];
        distanceA[y] = d;
        d = distanceB[x];
        distanceB[x] = distanceB[y];
        distanceB[y] = d;
        t = rankA[x];
        rankA[x] = rankA[y];
        rankA[y] = t;
        t = rankB[x];
        rankB[x] = rankB[y];
        rankB[y] = t;
    }
}
