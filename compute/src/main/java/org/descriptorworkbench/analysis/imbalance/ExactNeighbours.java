package org.descriptorworkbench.analysis.imbalance;

import java.util.Arrays;
import org.descriptorworkbench.analysis.distance.SquaredDistances;

/**
 * The two exact per-row questions of the information imbalance (ANALYSES.md; Glielmo et al. 2022), asked
 * of one row of blocked squared distances: which are the k nearest rows (self excluded, ties by lowest
 * index), and what is the 1-based rank of a given row (1 + number of rows strictly closer). The blocked
 * kernel's values are only trusted outside its error bound; comparisons inside it are redone with explicit
 * differences, so the answers do not depend on how the distances were blocked. Holds scratch buffers:
 * one instance per thread.
 */
final class ExactNeighbours {

    private final int k;
    private final double[] bestValues;
    private int[] candidates;
    private double[] candidateDistances;

    ExactNeighbours(int k) {
        this.k = k;
        this.bestValues = new double[k];
        this.candidates = new int[Math.max(16, 2 * k)];
        this.candidateDistances = new double[candidates.length];
    }

    /**
     * Writes the k exact nearest neighbours of row i, nearest first, into {@code out[outOffset..]}, given
     * row i's distances to every row in {@code rows[offset..offset + N)}; returns whether the nearest one is
     * at distance exactly zero (a duplicate row).
     */
    boolean nearest(SquaredDistances space, double[] rows, int offset, int i, int[] out, int outOffset) {
        int n = space.size();
        Arrays.fill(bestValues, Double.POSITIVE_INFINITY);
        for (int j = 0; j < n; j++) {
            double value = rows[offset + j];
            if (value < bestValues[k - 1]) {
                insertSorted(value);
            }
        }
        // Every true k-nearest row has a computed value within 2 tolerances of the k-th computed value.
        double limit = bestValues[k - 1] + 2 * space.tolerance(i);
        int found = 0;
        for (int j = 0; j < n; j++) {
            if (j != i && rows[offset + j] <= limit) {
                if (found == candidates.length) {
                    candidates = Arrays.copyOf(candidates, 2 * found);
                    candidateDistances = Arrays.copyOf(candidateDistances, 2 * found);
                }
                candidates[found] = j;
                candidateDistances[found] = space.exact(i, j);
                found++;
            }
        }
        for (int l = 0; l < k; l++) {
            int best = l;
            for (int c = l + 1; c < found; c++) {
                if (candidateDistances[c] < candidateDistances[best]
                        || (candidateDistances[c] == candidateDistances[best] && candidates[c] < candidates[best])) {
                    best = c;
                }
            }
            swap(l, best);
            out[outOffset + l] = candidates[l];
        }
        return candidateDistances[0] == 0.0;
    }

    /**
     * 1 + #{j ≠ i : d(i, j) < d(i, target)}, exact: values within the kernel's error bound are recomputed.
     * {@code rows[offset..offset + N)} holds row i's distances as for {@link #nearest}.
     */
    static int rank(SquaredDistances space, double[] rows, int offset, int i, int target) {
        double threshold = space.exact(i, target);
        double tolerance = space.tolerance(i);
        double surelyBelow = threshold - tolerance;
        double surelyAbove = threshold + tolerance;
        int n = space.size();
        int closer = 0;
        for (int j = 0; j < n; j++) {
            double value = rows[offset + j];
            if (value < surelyBelow) {
                closer++;
            } else if (value <= surelyAbove && j != i && space.exact(i, j) < threshold) {
                closer++;
            }
        }
        return closer + 1;
    }

    private void insertSorted(double value) {
        int position = k - 1;
        while (position > 0 && bestValues[position - 1] > value) {
            bestValues[position] = bestValues[position - 1];
            position--;
        }
        bestValues[position] = value;
    }

    private void swap(int x, int y) {
        int index = candidates[x];
        candidates[x] = candidates[y];
        candidates[y] = index;
        double distance = candidateDistances[x];
        candidateDistances[x] = candidateDistances[y];
        candidateDistances[y] = distance;
    }
}
