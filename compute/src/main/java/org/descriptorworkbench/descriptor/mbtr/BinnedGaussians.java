package org.descriptorworkbench.descriptor.mbtr;

/**
 * Adds one weighted Gaussian to an MBTR grid the way DScribe 2.1 does (CONVENTIONS.md §3): on the
 * grid x_k = min + k·dx, dx = (max − min)/(n − 1), a term at x with weight w adds
 * w·[Φ((x_k + dx/2 − x)/σ) − Φ((x_k − dx/2 − x)/σ)]/dx, the unit-area Gaussian averaged over
 * bin k; with unit-height Gaussians (normalize_gaussians=false) everything is multiplied by σ√(2π).
 * Bins farther than 9σ from x receive less than 1e-18 of the weight and are skipped.
 */
final class BinnedGaussians {
    private static final double WINDOW = 9;
    private final double min;
    private final double dx;
    private final int n;
    private final double sigma;
    private final double scale;

    BinnedGaussians(double min, double max, int n, double sigma, boolean unitArea) {
        this.min = min;
        this.n = n;
        this.dx = (max - min) / (n - 1);
        this.sigma = sigma;
        this.scale = (unitArea ? 1 : sigma * Math.sqrt(2 * Math.PI)) / dx;
    }

    int size() {
        return n;
    }

    /** Adds w times the binned Gaussian centred at x into {@code out[offset .. offset + n)}. */
    void add(double x, double w, double[] out, int offset) {
        int first = Math.max(0, (int) Math.floor((x - WINDOW * sigma - min) / dx));
        int last = Math.min(n - 1, (int) Math.ceil((x + WINDOW * sigma - min) / dx));
        if (first > last) {
            return;
        }
        double factor = w * scale;
        double lower = NormalCdf.phi((min + (first - 0.5) * dx - x) / sigma);
        for (int k = first; k <= last; k++) {
            double upper = NormalCdf.phi((min + (k + 0.5) * dx - x) / sigma);
            out[offset + k] += factor * (upper - lower);
            lower = upper;
        }
    }
}
