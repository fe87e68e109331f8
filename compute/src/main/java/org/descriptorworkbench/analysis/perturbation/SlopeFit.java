package org.descriptorworkbench.analysis.perturbation;

/**
 * The least-squares slope k of log dV against log t (seed 001 eq. 30: dV ≈ a_k t^k as t → 0) over
 * the points with t ≤ tMax and dV ≥ floor, as ANALYSES.md prescribes (tMax = 1e-4 Å, floor =
 * 1e-13·‖V_0‖, below which differences of descriptors are rounding noise).
 *
 * @param slope  fitted k, NaN when fewer than two points qualify
 * @param used   which points entered the fit
 * @param points how many points entered the fit
 */
public record SlopeFit(double slope, boolean[] used, int points) {
    /** Relative slack on tMax so that 10^−4 from a logspace grid is not lost to rounding. */
    private static final double T_SLACK = 1e-9;

    /** Fits the slope over qualifying points. */
    public static SlopeFit of(double[] amplitudes, double[] changes, double tMax, double floor) {
        boolean[] used = new boolean[amplitudes.length];
        int n = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < amplitudes.length; i++) {
            used[i] = amplitudes[i] <= tMax * (1 + T_SLACK) && changes[i] >= floor && changes[i] > 0;
            if (used[i]) {
                n++;
                sx += Math.log(amplitudes[i]);
                sy += Math.log(changes[i]);
            }
        }
        if (n < 2) {
            return new SlopeFit(Double.NaN, used, n);
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < amplitudes.length; i++) {
            if (used[i]) {
                double dx = Math.log(amplitudes[i]) - mx;
                sxy += dx * (Math.log(changes[i]) - my);
                sxx += dx * dx;
            }
        }
        return new SlopeFit(sxx > 0 ? sxy / sxx : Double.NaN, used, n);
    }
}
