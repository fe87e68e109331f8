package org.descriptorworkbench.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.RowMatrix;

/** Seeded test data and heap measurements shared by the analysis benchmarks. */
final class AnalysisBenchSupport {

    private AnalysisBenchSupport() {
    }

    /**
     * The reference recipe of ii_large_X1/X2 at any size: A = N×D standard normal, B = the first D/2
     * columns of A plus 0.3 × independent standard normal noise.
     */
    static double[][] referenceLikePair(int n, int d, long seed) {
        Random random = new Random(seed);
        int half = Math.max(1, d / 2);
        double[] a = new double[n * d];
        double[] b = new double[n * half];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < half; j++) {
                b[i * half + j] = a[i * d + j] + 0.3 * random.nextGaussian();
            }
        }
        return new double[][] {a, b};
    }

    /**
     * M related descriptors of N rows in the spirit of the same recipe: X_j = the first D_j columns of one
     * N×D standard normal A plus 0.3 × independent noise, D_j falling evenly from D to about D/2.
     */
    static List<LabelledMatrix> relatedDescriptors(int n, int d, int m, long seed) {
        Random random = new Random(seed);
        double[] a = new double[n * d];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextGaussian();
        }
        List<LabelledMatrix> set = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            int cols = Math.max(1, d - (int) ((long) j * d / (2L * m)));
            double[] x = new double[n * cols];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < cols; c++) {
                    x[i * cols + c] = a[i * d + c] + 0.3 * random.nextGaussian();
                }
            }
            set.add(new LabelledMatrix("X" + (j + 1), new RowMatrix(n, cols, x)));
        }
        return set;
    }

    /** Resets the peak-usage counters of the heap pools. */
    static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset (an upper bound of the simultaneous peak). */
    static long heapPeakBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
