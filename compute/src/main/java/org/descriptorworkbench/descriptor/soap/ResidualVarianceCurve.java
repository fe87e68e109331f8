package org.descriptorworkbench.descriptor.soap;

/**
 * The residual variance of one channel of an optimal radial basis as a function of the number of
 * kept functions (seed 003 eq. 2.12): RV(q) = 1 − Σ_{q' ≤ q} Λ_{q'} / tr C, where Λ are the
 * eigenvalues of the channel's covariance C (eq. 2.1 or 2.6) in decreasing order and tr C is the
 * mean squared norm of its primitive coefficients. A plain record for tables, plots and JSON.
 *
 * @param channel          the neighbour species symbol, {@code "mixed"} for the combined (α, n)
 *                         covariance, or {@code "all"} for the sum over every channel and l
 * @param l                the angular degree, or −1 for the {@code "all"} curve
 * @param eigenvalues      Λ_1 ≥ Λ_2 ≥ … (per environment, i.e. of C with its 1/N_env); for
 *                         {@code "all"} the q-th entry is the sum of the q-th eigenvalues of every channel
 * @param residualVariance RV(q) for q = 0 … eigenvalues.length (RV(0) = 1); eigenvalues that
 *                         rounding makes slightly negative count as 0, so the curve never rises
 */
public record ResidualVarianceCurve(String channel, int l, double[] eigenvalues, double[] residualVariance) {

    /** RV(q), the fraction of the variance lost when only the q leading functions are kept. */
    public double at(int q) {
        return residualVariance[q];
    }
}
