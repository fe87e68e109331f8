package org.descriptorworkbench.descriptor.chebyshev;

import org.descriptorworkbench.error.ParameterException;

/**
 * The Chebyshev basis φ_a(x) = T_a(2x/T_c − 1), a = 0..order, of seed 001 eq. 12 on [0, T_c]
 * (T_c = the cutoff for distances, π for angles), optionally multiplied by the dual weight of that
 * equation, k/(2π·sqrt(x/T_c − x²/T_c²)) with k = 2 for a = 0 and 1 otherwise. Values and
 * derivatives come from the three-term recurrences of T_a and U_a (T_a' = a·U_{a−1}), so one call
 * costs O(order). The dual weight diverges at x = 0 and x = T_c (for angles: collinear triples).
 */
final class ChebyshevBasis {
    private final int order;
    private final double range;
    private final boolean dualWeight;

    /**
     * @param order      the highest polynomial degree N; the basis has N + 1 functions
     * @param range      T_c, the end of the interval
     * @param dualWeight whether to multiply by the weight of seed 001 eq. 12
     */
    ChebyshevBasis(int order, double range, boolean dualWeight) {
        this.order = order;
        this.range = range;
        this.dualWeight = dualWeight;
    }

    /** Number of functions, order + 1. */
    int size() {
        return order + 1;
    }

    /**
     * Fills {@code values[0..order]} with φ_a(x) and, if {@code derivatives} is not null,
     * {@code derivatives[0..order]} with dφ_a/dx.
     */
    void evaluate(double x, double[] values, double[] derivatives) {
        double y = 2 * x / range - 1;
        double dyDx = 2 / range;
        double tPrevious = 1;
        double t = y;
        double uBeforePrevious = 0;
        double uPrevious = 1;
        values[0] = 1;
        if (derivatives != null) {
            derivatives[0] = 0;
        }
        if (order >= 1) {
            values[1] = y;
            if (derivatives != null) {
                derivatives[1] = dyDx;
            }
        }
        for (int a = 2; a <= order; a++) {
            double tNext = 2 * y * t - tPrevious;
            double u = 2 * y * uPrevious - uBeforePrevious;
            tPrevious = t;
            t = tNext;
            uBeforePrevious = uPrevious;
            uPrevious = u;
            values[a] = t;
            if (derivatives != null) {
                derivatives[a] = a * u * dyDx;
            }
        }
        if (dualWeight) {
            applyDualWeight(x, values, derivatives);
        }
    }

    private void applyDualWeight(double x, double[] values, double[] derivatives) {
        double u = x / range;
        double s = u - u * u;
        if (!(s > 0)) {
            // the weight 1/(2π√(u(1−u))) is infinite here: refuse rather than return ∞ or NaN features
            throw new ParameterException("dual_weight", String.format(java.util.Locale.ROOT,
                    "true is infinite at %s = %s (%s), which this data contains; use dual_weight=false",
                    range == Math.PI ? "θ" : "r", range == Math.PI ? (x <= 0 ? "0" : "180°") : x <= 0 ? "0" : "r_cut",
                    range == Math.PI ? "three collinear atoms, as in most crystals" : "an atom at the cutoff"));
        }
        double base = 1 / (2 * Math.PI * Math.sqrt(s));
        double baseDerivative = -0.5 * base / s * (1 - 2 * u) / range;
        for (int a = 0; a <= order; a++) {
            double k = a == 0 ? 2 : 1;
            if (derivatives != null) {
                derivatives[a] = k * (baseDerivative * values[a] + base * derivatives[a]);
            }
            values[a] *= k * base;
        }
    }
}
