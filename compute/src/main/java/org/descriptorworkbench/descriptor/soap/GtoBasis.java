package org.descriptorworkbench.descriptor.soap;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * DScribe's Gaussian-type-orbital radial basis (CONVENTIONS.md §1.2, "gto"): primitives
 * r^l exp(−α_{lk} r²) with α_{lk} = −ln(10⁻³ / a_k^l)/a_k², a_k = linspace(1, r_cut, n_max),
 * orthonormalised on [0, ∞) by β^l = (S^l)^(−1/2). The Gaussian density is integrated
 * analytically over all space, c_{nlm} = π^{3/2} Σ_k β^l_{nk} η^l r^l e^{−ηα r²/(η+α)} /
 * (η+α)^{l+3/2} · Y_lm(r̂): one set of solid harmonics r^l Y_lm per atom times the contracted
 * radial functions R_{ln}(r) = Σ_k β'_{lnk} e^{−ηα_{lk} r²/(η+α_{lk})}, which are smooth in r and
 * come from a {@link RadialTable} when the basis is built with a table radius.
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
    private final RadialTable table;

    /** A basis that computes every atom exactly. */
    public GtoBasis(double rCut, int nMax, int lMax, double sigma) {
        this(rCut, nMax, lMax, sigma, 0);
    }

    /**
     * A basis whose contracted radial functions are tabulated on [0, tableRadius] (no table when
     * tableRadius ≤ 0 or the table would exceed 16 MiB, see {@link RadialTable}); atoms beyond the
     * table are computed exactly.
     */
    public GtoBasis(double rCut, int nMax, int lMax, double sigma, double tableRadius) {
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
            // S_kk' = Γ(l+3/2)/2 · (α_k + α_k')^−(l+3/2): the scalar factor is taken out so the
            // badly conditioned part is formed in decimal arithmetic from the exact double exponents
            BigDecimal[][] overlap = new BigDecimal[nMax][nMax];
            MathContext mc = new MathContext(36);
            for (int i = 0; i < nMax; i++) {
                for (int j = 0; j < nMax; j++) {
                    BigDecimal sum = new BigDecimal(alphas[l][i]).add(new BigDecimal(alphas[l][j]), mc);
                    overlap[i][j] = BigDecimal.ONE.divide(sum.pow(l + 1, mc).multiply(sum.sqrt(mc), mc), mc);
                }
            }
            double[][] root = InverseSquareRoot.of(overlap);
            double scale = Math.sqrt(2.0 / gammaHalfInteger(l));
            betas[l] = new double[nMax][nMax];
            for (int i = 0; i < nMax; i++) {
                for (int j = 0; j < nMax; j++) {
                    betas[l][i][j] = scale * root[i][j];
                }
            }
            for (int k = 0; k < nMax; k++) {
                double alpha = alphas[l][k];
                exponents[l * nMax + k] = eta * alpha / (eta + alpha);
                double prefactor = Math.pow(Math.PI, 1.5) * Math.pow(eta, l) / Math.pow(eta + alpha, l + 1.5);
                for (int n = 0; n < nMax; n++) {
                    contraction[(l * nMax + n) * nMax + k] = betas[l][n][k] * prefactor;
                }
            }
        }
        this.table = RadialTable.of((lMax + 1) * nMax, tableRadius, 0.008 * sigma, (r, values, derivatives) -> {
            exactRadial(r * r, values, derivatives);
            for (int f = 0; f < derivatives.length; f++) {
                derivatives[f] *= r;
            }
        });
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

    /** g_{nl}(r) = Σ_k β^l_{nk} r^l e^{−α_{lk} r²}. */
    @Override
    public double radialFunction(int l, int n, double r) {
        double g = 0;
        for (int k = 0; k < nMax; k++) {
            g += betas[l][n][k] * Math.exp(-alphas[l][k] * r * r);
        }
        return g * Math.pow(r, l);
    }

    private static final class GtoScratch implements Scratch {
        final SolidHarmonics harmonics;
        final double[] values;
        final double[] gradients;
        final double[] radial;
        final double[] radialSlope;

        GtoScratch(int lMax, int nMax) {
            harmonics = new SolidHarmonics(lMax);
            values = new double[harmonics.size()];
            gradients = new double[3 * harmonics.size()];
            radial = new double[(lMax + 1) * nMax];
            radialSlope = new double[(lMax + 1) * nMax];
        }
    }

    @Override
    public Scratch newScratch() {
        return new GtoScratch(lMax, nMax);
    }

    /**
     * The contracted radial functions R_{ln}(r) = Σ_k β'_{lnk} e^{−a_{lk} r²} (times r^l, carried by
     * the solid harmonic, they give c_{nlm}) and, if {@code slope} is non-null, dR/dr / r.
     */
    private void exactRadial(double r2, double[] radial, double[] slope) {
        for (int l = 0; l <= lMax; l++) {
            for (int n = 0; n < nMax; n++) {
                radial[l * nMax + n] = 0;
                if (slope != null) {
                    slope[l * nMax + n] = 0;
                }
            }
            for (int k = 0; k < nMax; k++) {
                double a = exponents[l * nMax + k];
                double e = Math.exp(-a * r2);
                for (int n = 0; n < nMax; n++) {
                    double c = contraction[(l * nMax + n) * nMax + k] * e;
                    radial[l * nMax + n] += c;
                    if (slope != null) {
                        slope[l * nMax + n] -= 2 * a * c;
                    }
                }
            }
        }
    }

    private void radial(double r2, double[] radial) {
        double r = Math.sqrt(r2);
        if (table != null && table.covers(r)) {
            table.evaluate(r, radial);
        } else {
            exactRadial(r2, radial, null);
        }
    }

    /**
     * Accumulates into the block in the order [l][m][n] (n innermost); {@link #finish} transposes
     * to the common [l][n][m] layout.
     */
    @Override
    public void addNeighbour(double x, double y, double z, double weight, double[] block, int offset, Scratch scratch) {
        GtoScratch s = (GtoScratch) scratch;
        double[] sh = s.values;
        double[] radial = s.radial;
        s.harmonics.compute(x, y, z, sh);
        radial(x * x + y * y + z * z, radial);
        int functions = radial.length;
        for (int f = 0; f < functions; f++) {
            radial[f] *= weight;
        }
        for (int l = 0; l <= lMax; l++) {
            accumulate(block, offset + nMax * l * l, 2 * l + 1, sh, l * l, radial, l * nMax);
        }
    }

    /**
     * block[base + m·n_max + k] += sh[m] · radial[k] for m < width, k < n_max: the outer product
     * of one atom's harmonics and radial functions. Radial values are held in locals, eight (then
     * four) at a time — about three times faster than the plain double loop, which C2 does not
     * vectorise for such short trip counts.
     */
    private void accumulate(double[] block, int base, int width, double[] sh, int shBase, double[] radial, int radialBase) {
        int n = nMax;
        int k = 0;
        for (; k + 8 <= n; k += 8) {
            int r = radialBase + k;
            double r0 = radial[r];
            double r1 = radial[r + 1];
            double r2 = radial[r + 2];
            double r3 = radial[r + 3];
            double r4 = radial[r + 4];
            double r5 = radial[r + 5];
            double r6 = radial[r + 6];
            double r7 = radial[r + 7];
            for (int m = 0; m < width; m++) {
                double c = sh[shBase + m];
                int at = base + m * n + k;
                block[at] += c * r0;
                block[at + 1] += c * r1;
                block[at + 2] += c * r2;
                block[at + 3] += c * r3;
                block[at + 4] += c * r4;
                block[at + 5] += c * r5;
                block[at + 6] += c * r6;
                block[at + 7] += c * r7;
            }
        }
        for (; k + 4 <= n; k += 4) {
            int r = radialBase + k;
            double r0 = radial[r];
            double r1 = radial[r + 1];
            double r2 = radial[r + 2];
            double r3 = radial[r + 3];
            for (int m = 0; m < width; m++) {
                double c = sh[shBase + m];
                int at = base + m * n + k;
                block[at] += c * r0;
                block[at + 1] += c * r1;
                block[at + 2] += c * r2;
                block[at + 3] += c * r3;
            }
        }
        for (; k < n; k++) {
            double rk = radial[radialBase + k];
            for (int m = 0; m < width; m++) {
                block[base + m * n + k] += sh[shBase + m] * rk;
            }
        }
    }

    @Override
    public void addCentre(double weight, double[] block, int offset) {
        for (int n = 0; n < nMax; n++) {
            double c = 0;
            for (int k = 0; k < nMax; k++) {
                c += contraction[n * nMax + k];
            }
            block[offset + n] += weight * c * Y00;
        }
    }

    @Override
    public void finish(double[] block, int blockOffset, double[] coefficients, int coefficientOffset) {
        for (int l = 0; l <= lMax; l++) {
            int width = 2 * l + 1;
            int base = nMax * l * l;
            for (int m = 0; m < width; m++) {
                for (int n = 0; n < nMax; n++) {
                    coefficients[coefficientOffset + base + n * width + m] = block[blockOffset + base + m * nMax + n];
                }
            }
        }
    }

    @Override
    public void neighbourGradient(double x, double y, double z, double weight, double[] dw, double[] gradient, Scratch scratch) {
        GtoScratch s = (GtoScratch) scratch;
        double[] sh = s.values;
        double[] shg = s.gradients;
        int size = blockSize();
        s.harmonics.computeWithGradient(x, y, z, sh, shg);
        exactRadial(x * x + y * y + z * z, s.radial, s.radialSlope);
        for (int l = 0; l <= lMax; l++) {
            int width = 2 * l + 1;
            for (int n = 0; n < nMax; n++) {
                double radial = s.radial[l * nMax + n];
                double slope = s.radialSlope[l * nMax + n];
                int at = nMax * l * l + n * width;
                for (int m = 0; m < width; m++) {
                    int h = l * l + m;
                    double v = radial * sh[h];
                    for (int axis = 0; axis < 3; axis++) {
                        gradient[axis * size + at + m] = weight * (radial * shg[3 * h + axis] + slope * (axis == 0 ? x : axis == 1 ? y : z) * sh[h])
                                + dw[axis] * v;
                    }
                }
            }
        }
    }
}
