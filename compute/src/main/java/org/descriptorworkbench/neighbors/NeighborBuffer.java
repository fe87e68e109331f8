package org.descriptorworkbench.neighbors;

import java.util.Arrays;

import org.descriptorworkbench.error.ResourceLimitException;
import org.descriptorworkbench.error.WorkbenchException;

/**
 * Growable primitive arrays holding the neighbours of consecutive centres while they are searched
 * (one buffer per worker, reused across centres); the same layout as {@link NeighborList}. Also holds
 * the worker's workspaces of {@link NeighborSearch}: the candidates of the current centre (slot and
 * run of consecutive bins it was found in) and the image cell of each run.
 */
final class NeighborBuffer {
    /** The most neighbours one list can hold: 3 doubles per neighbour must fit in one Java array. */
    static final int MAX_ENTRIES = (Integer.MAX_VALUE - 8) / 3;

    int size;
    int[] atoms;
    int[] shifts;
    double[] vectors;
    double[] distances;

    /** Workspace of the search: slots of the current centre's candidates. */
    int[] candidateSlots = new int[256];
    private long[] keys = new long[256];
    /** Created by the search for its key layout and atom count. */
    KeySort keySort;

    private int[] order = new int[0];
    private int[] merge = new int[0];
    private int[] scratchInts = new int[0];
    private double[] scratchDoubles = new double[0];

    NeighborBuffer(int capacity) {
        int c = Math.max(16, capacity);
        atoms = new int[c];
        shifts = new int[3 * c];
        vectors = new double[3 * c];
        distances = new double[c];
    }

    /** Makes room for at least capacity candidates, keeping those recorded; returns the new array. */
    int[] growCandidates(int capacity) {
        candidateSlots = Arrays.copyOf(candidateSlots, Math.max(capacity, 2 * candidateSlots.length));
        return candidateSlots;
    }

    /** A workspace of at least count sort keys. */
    long[] keys(int count) {
        if (keys.length < count) {
            keys = new long[Math.max(count, 2 * keys.length)];
        }
        return keys;
    }

    void add(int atom, long n0, long n1, long n2, double vx, double vy, double vz, double distance) {
        if (size == atoms.length) {
            grow();
        }
        atoms[size] = atom;
        shifts[3 * size] = toShift(n0);
        shifts[3 * size + 1] = toShift(n1);
        shifts[3 * size + 2] = toShift(n2);
        vectors[3 * size] = vx;
        vectors[3 * size + 1] = vy;
        vectors[3 * size + 2] = vz;
        distances[size] = distance;
        size++;
    }

    private static int toShift(long n) {
        if (n != (int) n) {
            throw new WorkbenchException("a periodic image " + n + " cells away does not fit the neighbour list;"
                    + " positions are too far outside the cell");
        }
        return (int) n;
    }

    /** Makes room for at least count more entries. */
    void reserve(int count) {
        while (atoms.length - size < count) {
            grow();
        }
    }

    private void grow() {
        if (size >= MAX_ENTRIES) {
            throw tooMany(size + 1L);
        }
        int c = (int) Math.min(MAX_ENTRIES, atoms.length + (atoms.length >> 1) + 16L);
        atoms = Arrays.copyOf(atoms, c);
        shifts = Arrays.copyOf(shifts, 3 * c);
        vectors = Arrays.copyOf(vectors, 3 * c);
        distances = Arrays.copyOf(distances, c);
    }

    static ResourceLimitException tooMany(long count) {
        return new ResourceLimitException("the neighbour list would hold more than " + count
                + " neighbours; at most " + MAX_ENTRIES + " fit: use a smaller cutoff or fewer centres");
    }

    /** Puts the entries from start on in the list's order: by atom index, then shift lexicographically. */
    void sortFrom(int start) {
        int k = size - start;
        if (k < 2) {
            return;
        }
        if (order.length < k) {
            order = new int[k];
            merge = new int[k];
        }
        for (int i = 0; i < k; i++) {
            order[i] = start + i;
        }
        mergeSort(0, k);
        permute(start, k);
    }

    private void mergeSort(int from, int to) {
        if (to - from <= 16) {
            insertionSort(from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(from, mid);
        mergeSort(mid, to);
        if (compare(order[mid - 1], order[mid]) <= 0) {
            return;
        }
        System.arraycopy(order, from, merge, from, to - from);
        for (int i = from, left = from, right = mid; i < to; i++) {
            if (right >= to || (left < mid && compare(merge[left], merge[right]) <= 0)) {
                order[i] = merge[left++];
            } else {
                order[i] = merge[right++];
            }
        }
    }

    private void insertionSort(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int entry = order[i];
            int j = i - 1;
            while (j >= from && compare(order[j], entry) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = entry;
        }
    }

    private int compare(int e, int f) {
        int c = Integer.compare(atoms[e], atoms[f]);
        for (int axis = 0; c == 0 && axis < 3; axis++) {
            c = Integer.compare(shifts[3 * e + axis], shifts[3 * f + axis]);
        }
        return c;
    }

    private void permute(int start, int k) {
        if (scratchInts.length < 3 * k) {
            scratchInts = new int[3 * k];
            scratchDoubles = new double[3 * k];
        }
        for (int i = 0; i < k; i++) {
            scratchInts[i] = atoms[order[i]];
        }
        System.arraycopy(scratchInts, 0, atoms, start, k);
        for (int i = 0; i < k; i++) {
            scratchDoubles[i] = distances[order[i]];
        }
        System.arraycopy(scratchDoubles, 0, distances, start, k);
        for (int i = 0; i < k; i++) {
            int e = order[i];
            for (int axis = 0; axis < 3; axis++) {
                scratchInts[3 * i + axis] = shifts[3 * e + axis];
                scratchDoubles[3 * i + axis] = vectors[3 * e + axis];
            }
        }
        System.arraycopy(scratchInts, 0, shifts, 3 * start, 3 * k);
        System.arraycopy(scratchDoubles, 0, vectors, 3 * start, 3 * k);
    }
}
