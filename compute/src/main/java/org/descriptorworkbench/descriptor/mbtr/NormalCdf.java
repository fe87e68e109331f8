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

    /** Table range and step of the interpolated Φ: beyond ±9, Φ differs from 0 or 1 by less than 1.2e-19. */
    private static final double TABLE_LIMIT = 9;
    private static final double TABLE_STEP = 1.0 / 64;
    private static final double[] TABLE = table();

    /**
     * Φ(z) by quintic Hermite interpolation of a table of Φ, φ and φ' (exact values) with step
     * 1/64: the interpolation error is below h⁶·max|Φ⁽⁶⁾|/46080 ≈ 3e-15, and it costs a few
     * multiplications instead of a series; the hot loop of MBTR calls this for every bin edge.
     */
    static double phi(double z) {
        if (z <= -TABLE_LIMIT) {
            return z < -37 ? 0 : exactPhi(z);
        }
        if (z >= TABLE_LIMIT) {
            return 1;
        }
        double u = (z + TABLE_LIMIT) / TABLE_STEP;
        int i = Math.min((int) u, TABLE.length / 3 - 2);
        double t = u - i;
        int a = 3 * i;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double t5 = t4 * t;
        double h0 = 1 - 10 * t3 + 15 * t4 - 6 * t5;
        double h1 = t - 6 * t3 + 8 * t4 - 3 * t5;
        double h2 = 0.5 * (t2 - 3 * t3 + 3 * t4 - t5);
        double h3 = 0.5 * (t3 - 2 * t4 + t5);
        double h4 = -4 * t3 + 7 * t4 - 3 * t5;
        double h5 = 10 * t3 - 15 * t4 + 6 * t5;
        return TABLE[a] * h0 + TABLE[a + 1] * h1 + TABLE[a + 2] * h2
                + TABLE[a + 5] * h3 + TABLE[a + 4] * h4 + TABLE[a + 3] * h5;
    }

    /** Nodes z_i = −9 + i/64: Φ, h·φ and h²·φ' per node. */
    private static double[] table() {
        int nodes = (int) Math.round(2 * TABLE_LIMIT / TABLE_STEP) + 1;
        double[] t = new double[3 * nodes];
        for (int i = 0; i < nodes; i++) {
            double z = -TABLE_LIMIT + i * TABLE_STEP;
            double density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
            t[3 * i] = exactPhi(z);
            t[3 * i + 1] = TABLE_STEP * density;
            t[3 * i + 2] = TABLE_STEP * TABLE_STEP * (-z * density);
        }
        return t;
    }

    /** Φ(z) from the series or the continued fraction, to about 1e-16 absolute. */
    static double exactPhi(double z) {
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
