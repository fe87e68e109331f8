package org.descriptorworkbench.analysis.correlation;

/** A stable merge sort of indices by double keys, without boxing: ties keep index order. */
final class IndexSort {

    private IndexSort() {
    }

    /** Sorts {@code index[0..n)} (initially any permutation) so that keys[index[k]] ascends; stable. */
    static void sort(double[] keys, int keyOffset, int[] index, int[] scratch, int n) {
        for (int width = 1; width < n; width *= 2) {
            for (int low = 0; low < n; low += 2 * width) {
                int mid = Math.min(low + width, n);
                int high = Math.min(low + 2 * width, n);
                merge(keys, keyOffset, index, scratch, low, mid, high);
            }
            System.arraycopy(scratch, 0, index, 0, n);
        }
    }

    private static void merge(double[] keys, int offset, int[] index, int[] out, int low, int mid, int high) {
        int left = low;
        int right = mid;
        for (int k = low; k < high; k++) {
            if (left < mid && (right >= high || keys[offset + index[left]] <= keys[offset + index[right]])) {
                out[k] = index[left++];
            } else {
                out[k] = index[right++];
            }
        }
    }
}
