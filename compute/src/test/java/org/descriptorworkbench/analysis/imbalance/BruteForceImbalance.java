package org.descriptorworkbench.analysis.imbalance;

import java.util.Arrays;
import java.util.Comparator;
import org.descriptorworkbench.analysis.RowMatrix;

/** The definition of ANALYSES.md written as plainly as possible, with full distance rows: the test oracle. */
final class BruteForceImbalance {

    private BruteForceImbalance() {
    }

    static long rankSum(RowMatrix from, RowMatrix to, int k) {
        int n = from.rows();
        long sum = 0;
        for (int i = 0; i < n; i++) {
            double[] dFrom = distances(from, i);
            double[] dTo = distances(to, i);
            int row = i;
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(j -> j == row ? Double.MAX_VALUE : dFrom[j])
                    .thenComparingInt(j -> j));
            for (int l = 0; l < k; l++) {
                int neighbour = order[l];
                int closer = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i && dTo[j] < dTo[neighbour]) {
                        closer++;
                    }
                }
                sum += closer + 1;
            }
        }
        return sum;
    }

    private static double[] distances(RowMatrix m, int i) {
        double[] d = new double[m.rows()];
        for (int j = 0; j < m.rows(); j++) {
            double s = 0;
            for (int c = 0; c < m.cols(); c++) {
                double diff = m.get(i, c) - m.get(j, c);
                s += diff * diff;
            }
            d[j] = s;
        }
        return d;
    }
}
