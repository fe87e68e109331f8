package org.descriptorworkbench.descriptor.soap;

/**
 * Exponentially scaled modified spherical Bessel functions of the first kind, e^{−x} i_l(x) for
 * l = 0..lMax and x ≥ 0, stable for small and large arguments: for x ≤ 50 the two highest orders
 * come from the (all-positive) power series and lower orders from the downward recurrence
 * i_{l−1} = i_{l+1} + (2l+1)/x · i_l, which is the stable direction for i_l; for x > 50 the upward
 * recurrence from closed forms of i_0 and i_1 is used, whose error growth is bounded by
 * exp(l(l+1)/x) and stays below 1e-12 for l ≤ 21. Used by the polynomial radial basis
 * (CONVENTIONS.md §1.2), where the scaled form keeps exp(−η(r² + r_j²)) i_l(2η r r_j) finite.
 */
public final class ModifiedSphericalBessel {
    private static final double SERIES_LIMIT = 50.0;

    private ModifiedSphericalBessel() {
    }

    /** Writes e^{−x} i_l(x) for l = 0..lMax into {@code out}. */
    public static void scaled(int lMax, double x, double[] out) {
        if (x == 0) {
            out[0] = 1;
            for (int l = 1; l <= lMax; l++) {
                out[l] = 0;
            }
            return;
        }
        if (x > SERIES_LIMIT) {
            upward(lMax, x, out);
            return;
        }
        if (lMax == 0) {
            out[0] = series(0, x);
            return;
        }
        out[lMax] = series(lMax, x);
        double above = series(lMax + 1, x);
        for (int l = lMax; l >= 1; l--) {
            double below = above + (2 * l + 1) / x * out[l];
            above = out[l];
            out[l - 1] = below;
        }
    }

    private static void upward(int lMax, double x, double[] out) {
        double e2 = Math.exp(-2 * x);
        out[0] = (1 - e2) / (2 * x);
        if (lMax == 0) {
            return;
        }
        out[1] = ((1 + e2) / 2 - out[0]) / x;
        for (int l = 1; l < lMax; l++) {
            out[l + 1] = out[l - 1] - (2 * l + 1) / x * out[l];
        }
    }

    /** e^{−x} i_l(x) = e^{−x} x^l/(2l+1)!! Σ_k (x²/2)^k / (k! (2l+3)(2l+5)…(2l+2k+1)). */
    static double series(int l, double x) {
        double lead = 1;
        for (int k = 1; k <= l; k++) {
            lead *= x / (2 * k + 1);
        }
        double half = 0.5 * x * x;
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 10000; k++) {
            term *= half / (k * (2.0 * l + 2 * k + 1));
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return lead * sum * Math.exp(-x);
    }
}
