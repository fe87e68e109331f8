package org.descriptorworkbench.descriptor.mbtr;

/**
 * The standard normal cumulative distribution Φ(z) = (1 + erf(z/√2))/2 to about 1e-16 absolute,
 * which the binned Gaussians of MBTR need (DScribe 2.1 integrates each Gaussian over a grid bin;
 * CONVENTIONS.md §3). erf uses its everywhere-positive series e^{−x²} Σ 2ⁿ x^{2n+1}/(2n+1)!! below
 * |x| = 3 and the Laplace continued fraction of erfc above.
 */
final class NormalCdf {
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    private static final double ONE_OVER_SQRT_PI = 1 / Math.sqrt(Math.PI);
    private static final double ONE_OVER_SQRT_2 = 1 / Math.sqrt(2);
    private static final double SERIES_LIMIT = 3;

    private NormalCdf() {
    }

    /** Φ(z). */
    static double phi(double z) {
        double x = z * ONE_OVER_SQRT_2;
        if (Math.abs(x) < SERIES_LIMIT) {
            return 0.5 + 0.5 * erfSeries(x);
        }
        return x > 0 ? 1 - 0.5 * continuedFraction(x) : 0.5 * continuedFraction(-x);
    }

    /** The error function. */
    static double erf(double x) {
        if (Math.abs(x) < SERIES_LIMIT) {
            return erfSeries(x);
        }
        return x > 0 ? 1 - continuedFraction(x) : continuedFraction(-x) - 1;
    }

    /** The complementary error function for x ≥ 0. */
    static double erfc(double x) {
        return x < SERIES_LIMIT ? 1 - erfSeries(x) : continuedFraction(x);
    }

    /** erfc(x) for x ≥ 3 by the Laplace continued fraction, evaluated bottom-up. */
    private static double continuedFraction(double x) {
        double t = x;
        for (int k = 60; k >= 1; k--) {
            t = x + 0.5 * k / t;
        }
        return Math.exp(-x * x) * ONE_OVER_SQRT_PI / t;
    }

    /** erf(x) for |x| < 3; odd in x. */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
    }
}
