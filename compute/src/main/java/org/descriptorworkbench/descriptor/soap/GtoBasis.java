package org.descriptorworkbench.descriptor.soap;

/**
 * DScribe's Gaussian-type-orbital radial basis (CONVENTIONS.md §1.2, "gto"): primitives
 * r^l exp(−α_{lk} r²) with α_{lk} = −ln(10⁻³ / a_k^l)/a_k², a_k = linspace(1, r_cut, n_max),
 * orthonormalised on [0, ∞) by β^l = (S^l)^(−1/2). The Gaussian density is integrated
 * analytically over all space, c_{nlm} = π^{3/2} Σ_k β^l_{nk} η^l r^l e^{−ηα r²/(η+α)} /
 * (η+α)^{l+3/2} · Y_lm(r̂), so one atom costs one exponential per (l, k) and one set of solid
 * harmonics r^l Y_lm.
 */
public final class GtoBasis implements RadialBasis {
    private static final double Y00 = Math.sqrt(1.0 / (4.0 * Math.PI));

    private final int nMax;
    private final int lMax;
    private final double[][] alphas;
    private final double[][][] betas;
    /** exponent η α_{lk}/(η + α_{lk}) of each primitive's density integral, [l][k] flattened. */
    private final double[] exponents;
    /** β^l_{nk} times the primitive's prefactor π^{3/2} η^l/(η+α)^{l+3/2}, [l][n][k] flattened. */
    private final double[] contraction;

    public GtoBasis(double rCut, int nMax, int lMax, double sigma) {
        this.nMax = nMax;
        this.lMax = lMax;
        double eta = 1.0 / (2.0 * sigma * sigma);
        double[] a = linspace(1.0, rCut, nMax);
        alphas = new double[lMax + 1][nMax];
        betas = new double[lMax + 1][][];
        exponents = new double[(lMax + 1) * nMax];
        contraction = new double[(lMax + 1) * nMax * nMax];
        for (int l = 0; l <= lMax; l++) {
            for (int k = 0; k < nMax; k++) {
                alphas[l][k] = -Math.log(1e-3 / Math.pow(a[k], l)) / (a[k] * a[k]);
            }
            double gamma = gammaHalfInteger(l);
            double[][] overlap = new double[nMax][nMax];
            for (int i = 0; i < nMax; i++) {
                for (int j = 0; j < nMax; j++) {
                    overlap[i][j] = gamma / (2.0 * Math.pow(alphas[l][i] + alphas[l][j], l + 1.5));
                }
            }
            betas[l] = InverseSquareRoot.of(overlap);
            for (int k = 0; k < nMax; k++) {
                double alpha = alphas[l][k];
                exponents[l * nMax + k] = eta * alpha / (eta + alpha);
                double prefactor = Math.pow(Math.PI, 1.5) * Math.pow(eta, l) / Math.pow(eta + alpha, l + 1.5);
                for (int n = 0; n < nMax; n++) {
                    contraction[(l * nMax + n) * nMax + k] = betas[l][n][k] * prefactor;
                }
            }
        }
    }

    /** numpy.linspace(start, stop, count), last point exact. */
    static double[] linspace(double start, double stop, int count) {
        double[] out = new double[count];
        if (count == 1) {
            out[0] = start;
            return out;
        }
        double step = (stop - start) / (count - 1);
        for (int i = 0; i < count; i++) {
            out[i] = start + i * step;
        }
        out[count - 1] = stop;
        return out;
    }

    /** Γ(l + 3/2). */
    private static double gammaHalfInteger(int l) {
        double g = Math.sqrt(Math.PI);
        for (int j = 0; j <= l; j++) {
            g *= j + 0.5;
        }
        return g;
    }

    @Override
    public int nMax() {
        return nMax;
    }

    @Override
    public int lMax() {
        return lMax;
    }

    /** The primitive exponent α_{lk}. */
    public double alpha(int l, int k) {
        return alphas[l][k];
    }

    /** The orthonormalisation coefficient β^l_{nk}. */
    public double beta(int l, int n, int k) {
        return betas[l][n][k];
    }

    private static final class GtoScratch implements Scratch {
        final SolidHarmonics harmonics;
        final double[] values;
        final double[] gradients;
        final double[] primitiveGradient;

        GtoScratch(int lMax, int blockSize) {
            harmonics = new SolidHarmonics(lMax);
            values = new double[harmonics.size()];
            gradients = new double[3 * harmonics.size()];
            primitiveGradient = new double[3 * blockSize];
        }
    }

    @Override
    public Scratch newScratch() {
        return new GtoScratch(lMax, blockSize());
    }

    @Override
    public void addNeighbour(double x, double y, double z, double weight, double[] block, int offset, Scratch scratch) {
        GtoScratch s = (GtoScratch) scratch;
        double[] sh = s.values;
        s.harmonics.compute(x, y, z, sh);
        double r2 = x * x + y * y + z * z;
        for (int l = 0; l <= lMax; l++) {
            int width = 2 * l + 1;
            int shBase = l * l;
            int base = offset + nMax * l * l;
            for (int k = 0; k < nMax; k++) {
                double e = weight * Math.exp(-exponents[l * nMax + k] * r2);
                int at = base + k * width;
                for (int m = 0; m < width; m++) {
                    block[at + m] += e * sh[shBase + m];
                }
            }
        }
    }

    @Override
    public void addCentre(double weight, double[] block, int offset) {
        for (int k = 0; k < nMax; k++) {
            block[offset + k] += weight * Y00;
        }
    }

    @Override
    public void finish(double[] block, int blockOffset, double[] coefficients, int coefficientOffset) {
        for (int l = 0; l <= lMax; l++) {
            contract(l, block, blockOffset + nMax * l * l, coefficients, coefficientOffset + nMax * l * l);
        }
    }

    private void contract(int l, double[] primitive, int from, double[] out, int to) {
        int width = 2 * l + 1;
        for (int n = 0; n < nMax; n++) {
            int row = (l * nMax + n) * nMax;
            int target = to + n * width;
            for (int m = 0; m < width; m++) {
                out[target + m] = 0;
            }
            for (int k = 0; k < nMax; k++) {
                double c = contraction[row + k];
                int source = from + k * width;
                for (int m = 0; m < width; m++) {
                    out[target + m] += c * primitive[source + m];
                }
            }
        }
    }

    @Override
    public void neighbourGradient(double x, double y, double z, double weight, double[] dw, double[] gradient, Scratch scratch) {
        GtoScratch s = (GtoScratch) scratch;
        double[] sh = s.values;
        double[] shg = s.gradients;
        double[] pg = s.primitiveGradient;
        int size = blockSize();
        s.harmonics.computeWithGradient(x, y, z, sh, shg);
        double r2 = x * x + y * y + z * z;
        for (int l = 0; l <= lMax; l++) {
            int width = 2 * l + 1;
            int base = nMax * l * l;
            for (int k = 0; k < nMax; k++) {
                double a = exponents[l * nMax + k];
                double e = Math.exp(-a * r2);
                int at = base + k * width;
                for (int m = 0; m < width; m++) {
                    int h = l * l + m;
                    double v = e * sh[h];
                    double radial = -2 * a * v;
                    pg[at + m] = weight * (e * shg[3 * h] + radial * x) + dw[0] * v;
                    pg[size + at + m] = weight * (e * shg[3 * h + 1] + radial * y) + dw[1] * v;
                    pg[2 * size + at + m] = weight * (e * shg[3 * h + 2] + radial * z) + dw[2] * v;
                }
            }
        }
        for (int axis = 0; axis < 3; axis++) {
            finish(pg, axis * size, gradient, axis * size);
        }
    }
}
