package org.descriptorworkbench.gui.analysis;

/**
 * The rows a capped analysis runs on: at most {@code cap} of them, spread evenly over all centres in their
 * order, so that the analysis sees environments from every structure rather than only the first few.
 */
final class RowSample {
    private RowSample() {
    }

    /** Increasing indices into {@code rows} rows; all of them when {@code rows <= cap}. */
    static int[] spread(int rows, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("row cap must be at least 1, got " + cap);
        }
        int n = Math.min(rows, cap);
        int[] picked = new int[n];
        for (int i = 0; i < n; i++) {
            picked[i] = (int) ((long) i * rows / n);
        }
        return picked;
    }
}
