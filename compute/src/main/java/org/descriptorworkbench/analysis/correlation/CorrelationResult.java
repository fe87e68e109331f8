package org.descriptorworkbench.analysis.correlation;

import java.util.List;

/**
 * Distance–distance and rank–rank comparison of two descriptors of the same N environments (seed 000
 * §II E, Figs. 4 and S5). Distances are divided by each descriptor's largest pair distance; the distance
 * histogram counts the N(N−1)/2 unordered pairs, the rank histogram the N(N−1) ordered pairs (ranks are
 * per environment, divided by N−1), both on a bins × bins grid over [0, 1]², indexed [A bin][B bin].
 * Pearson is the correlation of the scaled distances over pairs; Spearman is the correlation of the
 * per-environment ranks over ordered pairs, i.e. of the rank–rank plot. The sample holds ordered pairs.
 */
public record CorrelationResult(
        int n,
        int bins,
        double maxDistanceA,
        double maxDistanceB,
        long distancePairs,
        long rankPairs,
        long[][] distanceHistogram,
        long[][] rankHistogram,
        double pearson,
        double spearman,
        long zeroDistancePairsA,
        long zeroDistancePairsB,
        List<SampledPair> sample,
        List<DisagreeingPair> topDisagreements) {

    /** One sampled ordered pair: scaled distances and 1-based per-environment ranks (of j among i's neighbours). */
    public record SampledPair(int i, int j, double distanceA, double distanceB, int rankA, int rankB) {
    }

    /** An unordered pair (i < j) whose scaled distances differ most: |d̃_A − d̃_B|. */
    public record DisagreeingPair(int i, int j, double distanceA, double distanceB, double disagreement) {
    }
}
