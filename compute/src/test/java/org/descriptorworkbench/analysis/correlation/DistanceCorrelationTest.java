package org.descriptorworkbench.analysis.correlation;

import static org.descriptorworkbench.analysis.AnalysisFixtures.gaussian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.api.Test;

class DistanceCorrelationTest {

    private static CorrelationResult correlate(RowMatrix a, RowMatrix b, int bins, int sample, int top) {
        return new DistanceCorrelation(a, b, bins, sample, top, 42).run(Progress.none());
    }

    private static long sum(long[][] histogram) {
        long total = 0;
        for (long[] row : histogram) {
            for (long count : row) {
                total += count;
            }
        }
        return total;
    }

    /** A scaled and translated copy: every distance is multiplied by the same factor, a monotone map. */
    private static RowMatrix scaled(RowMatrix x, double factor) {
        double[] values = x.values().clone();
        for (int i = 0; i < values.length; i++) {
            values[i] = factor * values[i] + 3.0;
        }
        return new RowMatrix(x.rows(), x.cols(), values);
    }

    @Test
    void histogramCountsSumToTheNumberOfPairs() {
        int n = 53;
        CorrelationResult result = correlate(gaussian(n, 4, 1), gaussian(n, 6, 2), 17, 100, 5);
        assertEquals((long) n * (n - 1) / 2, sum(result.distanceHistogram()));
        assertEquals((long) n * (n - 1), sum(result.rankHistogram()));
    }

    @Test
    void spearmanOfAMonotoneTransformIsOne() {
        RowMatrix a = gaussian(60, 5, 3);
        CorrelationResult result = correlate(a, scaled(a, 2.5), 10, 50, 5);
        assertEquals(1.0, result.spearman(), 1e-12);
        assertEquals(1.0, result.pearson(), 1e-12);
    }

    @Test
    void independentDescriptorsBarelyCorrelate() {
        CorrelationResult result = correlate(gaussian(200, 5, 4), gaussian(200, 5, 5), 10, 0, 0);
        assertTrue(Math.abs(result.spearman()) < 0.05, "spearman " + result.spearman());
        assertTrue(Math.abs(result.pearson()) < 0.1, "pearson " + result.pearson());
    }

    @Test
    void scaledDistancesReachOneAndSampleHasDistinctPairs() {
        CorrelationResult result = correlate(gaussian(30, 3, 6), gaussian(30, 3, 7), 8, 100, 3);
        assertEquals(100, result.sample().size());
        Set<Long> pairs = new HashSet<>();
        double largest = 0;
        for (CorrelationResult.SampledPair pair : result.sample()) {
            assertTrue(pair.i() != pair.j());
            assertTrue(pairs.add((long) pair.i() * 30 + pair.j()));
            largest = Math.max(largest, pair.distanceA());
        }
        assertTrue(largest <= 1.0);
    }

    @Test
    void sampleIsThePairsWithTheSmallestKeysWhateverTheThreadSchedule() {
        int n = 70;
        CorrelationResult result = correlate(gaussian(n, 3, 8), gaussian(n, 3, 9), 8, 200, 10);
        PairReservoir keys = new PairReservoir(0, 42);
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    all.add(keys.key(i, j));
                }
            }
        }
        all.sort(Long::compareUnsigned);
        Set<Long> expected = new HashSet<>(all.subList(0, 200));
        Set<Long> actual = new HashSet<>();
        for (CorrelationResult.SampledPair pair : result.sample()) {
            actual.add(keys.key(pair.i(), pair.j()));
        }
        assertEquals(expected, actual);
    }

    @Test
    void correlationsAreTheSameBitsOnEveryRunWhateverTheThreadSchedule() {
        RowMatrix a = gaussian(600, 4, 12);
        RowMatrix b = gaussian(600, 3, 13);
        CorrelationResult first = correlate(a, b, 10, 0, 0);
        for (int run = 0; run < 8; run++) {
            CorrelationResult again = correlate(a, b, 10, 0, 0);
            assertEquals(Double.doubleToLongBits(first.pearson()), Double.doubleToLongBits(again.pearson()),
                    "pearson, run " + run);
            assertEquals(Double.doubleToLongBits(first.spearman()), Double.doubleToLongBits(again.spearman()),
                    "spearman, run " + run);
        }
    }

    @Test
    void topDisagreementsComeFirstAndAreTheLargest() {
        CorrelationResult result = correlate(gaussian(40, 3, 10), gaussian(40, 3, 11), 8, 0, 5);
        double previous = Double.POSITIVE_INFINITY;
        for (CorrelationResult.DisagreeingPair pair : result.topDisagreements()) {
            assertTrue(pair.disagreement() <= previous);
            assertEquals(Math.abs(pair.distanceA() - pair.distanceB()), pair.disagreement(), 1e-15);
            previous = pair.disagreement();
        }
        assertEquals(5, result.topDisagreements().size());
    }
}
