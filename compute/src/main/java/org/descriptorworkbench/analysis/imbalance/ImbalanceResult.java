package org.descriptorworkbench.analysis.imbalance;

/**
 * The information imbalance between two descriptors of the same N environments, both directions
 * (Glielmo et al., PNAS Nexus 2022; seed 000 eq. 9): Δ(A→B) = (2/N)·mean_i r_B(i, nn_A(i)), and the
 * rank information imbalance RIM = mean rank = (N/2)·Δ with its symmetric mean SRIM (seed 004 §2).
 * Per-point arrays hold k entries per row (row-major): the A-neighbours, the B-neighbours and their
 * 1-based ranks in the other space. Duplicate rows (a nearest neighbour at distance exactly zero)
 * are counted so that the user can be told about them.
 */
public record ImbalanceResult(
        int n,
        int k,
        double aToB,
        double bToA,
        double rimAToB,
        double rimBToA,
        double srim,
        long rankSumAToB,
        long rankSumBToA,
        int rowsWithDuplicateInA,
        int rowsWithDuplicateInB,
        int[] nearestInA,
        int[] nearestInB,
        int[] rankInBOfNearestInA,
        int[] rankInAOfNearestInB) {

    static ImbalanceResult of(int n, int k, RankScan.Ranks ranks) {
        long sumAToB = sum(ranks.rankInBOfNearestA());
        long sumBToA = sum(ranks.rankInAOfNearestB());
        double rimAToB = rim(sumAToB, n, k);
        double rimBToA = rim(sumBToA, n, k);
        return new ImbalanceResult(n, k, delta(sumAToB, n, k), delta(sumBToA, n, k),
                rimAToB, rimBToA, srim(rimAToB, rimBToA), sumAToB, sumBToA,
                ranks.rowsWithDuplicateA(), ranks.rowsWithDuplicateB(),
                ranks.nearestA(), ranks.nearestB(), ranks.rankInBOfNearestA(), ranks.rankInAOfNearestB());
    }

    /** Δ = (2/N) · rank sum / (N k): the one formula for single pairs and for the matrix. */
    static double delta(long rankSum, int n, int k) {
        double pairs = (double) n * k;
        return 2.0 * rankSum / (pairs * n);
    }

    /** RIM = mean rank = rank sum / (N k). */
    static double rim(long rankSum, int n, int k) {
        double pairs = (double) n * k;
        return rankSum / pairs;
    }

    /** SRIM = ½ [RIM(A→B) + RIM(B→A)]. */
    static double srim(double rimAToB, double rimBToA) {
        return 0.5 * (rimAToB + rimBToA);
    }

    private static long sum(int[] values) {
        long total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }
}
