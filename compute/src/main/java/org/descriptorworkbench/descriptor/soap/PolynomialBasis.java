package org.descriptorworkbench.descriptor.soap;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * DScribe's polynomial radial basis (CONVENTIONS.md §1.2, "polynomial"; seed 001 eq. 20–22):
 * primitives (r_cut − r)^{k+2}, k = 1..n_max, on [0, r_cut], orthonormalised by S^(−1/2),
 * independent of l. The angular integral of a Gaussian is analytic,
 * 4π e^{−η(r² + r_j²)} i_l(2η r r_j) Y_lm(r̂_j), and the radial one is a 100-point Gauss–Legendre
 * sum over [0, r_cut]; the scaled Bessel function e^{−x} i_l(x) keeps every term finite. The
 * radial integrals of an atom depend only on its distance, so they can come from a {@link RadialTable}.
 */
public final class PolynomialBasis implements RadialBasis {
    /** Number of Gauss–Legendre points, as in DScribe. */
    public static final int GRID_POINTS = 100;
    private static final double Y00 = Math.sqrt(1.0 / (4.0 * Math.PI));
    private static final double CENTRE_R2 = 1e-12;

    private final int nMax;
    private final int lMax;
    private final double eta;
    private final double rCut;
    private final double[][] beta;
    private final double[] radii;
    private final double[][] functions;      // g_n(r_w)
    private final double[] weightedFunctions; // (r_cut/2) ω_w r_w² g_n(r_w) 4π, [n][w] flattened
    private final double[] centreIntegrals;  // Σ_w weightedFunctions[n][w] e^{−η r_w²} Y00
    private final RadialTable table;

    /** A basis that integrates every atom exactly on the quadrature grid. */
    public PolynomialBasis(double rCut, int nMax, int lMax, double sigma) {
        this(rCut, nMax, lMax, sigma, 0);
    }

    /**
     * A basis whose radial integrals I_{nl}(r) are tabulated on [0, tableRadius] (see
     * {@link RadialTable}; none when tableRadius ≤ 0); atoms beyond it are integrated exactly.
     */
    public PolynomialBasis(double rCut, int nMax, int lMax, double sigma, double tableRadius) {
        this.nMax = nMax;
        this.lMax = lMax;
        this.eta = 1.0 / (2.0 * sigma * sigma);
        // S_ij = 2 r_cut^(7+i+j) / ((5+i+j)(6+i+j)(7+i+j)), formed exactly in decimal arithmetic
        MathContext mc = new MathContext(36);
        BigDecimal cutoff = new BigDecimal(rCut);
        BigDecimal[][] overlap = new BigDecimal[nMax][nMax];
        for (int i = 1; i <= nMax; i++) {
            for (int j = 1; j <= nMax; j++) {
                long d = (5L + i + j) * (6L + i + j) * (7L + i + j);
                overlap[i - 1][j - 1] = cutoff.pow(7 + i + j).multiply(BigDecimal.valueOf(2))
                        .divide(BigDecimal.valueOf(d), mc);
            }
        }
        this.rCut = rCut;
        this.beta = InverseSquareRoot.of(overlap);
        GaussLegendre rule = new GaussLegendre(GRID_POINTS);
        radii = new double[GRID_POINTS];
        functions = new double[nMax][GRID_POINTS];
        weightedFunctions = new double[nMax * GRID_POINTS];
        centreIntegrals = new double[nMax];
        for (int w = 0; w < GRID_POINTS; w++) {
            double r = rCut * (rule.node(w) + 1) / 2;
            radii[w] = r;
            double weight = rCut / 2 * rule.weight(w);
            for (int n = 0; n < nMax; n++) {
                double g = 0;
                for (int k = 1; k <= nMax; k++) {
                    g += beta[n][k - 1] * Math.pow(rCut - r, k + 2);
                }
                functions[n][w] = g;
                double wf = weight * r * r * g * 4 * Math.PI;
                weightedFunctions[n * GRID_POINTS + w] = wf;
                centreIntegrals[n] += wf * Math.exp(-eta * r * r) * Y00;
            }
        }
        PolynomialScratch scratch = new PolynomialScratch(nMax, lMax);
        // the quadrature grid makes these integrals less smooth than a Gaussian, hence a finer table than for GTO
        this.table = RadialTable.of(nMax * (lMax + 1), tableRadius, 0.002 * sigma, (r, values, derivatives) -> {
            radialIntegrals(r, true, scratch);
            System.arraycopy(scratch.integrals, 0, values, 0, values.length);
            System.arraycopy(scratch.dIntegrals, 0, derivatives, 0, derivatives.length);
        });
    }

    @Override
    public int nMax() {
        return nMax;
    }

    @Override
    public int lMax() {
        return lMax;
    }

    /** The radius (Å) of quadrature point w, ascending. */
    public double gridRadius(int w) {
        return radii[w];
    }

    /** The orthonormal radial function g_n at quadrature point w. */
    public double function(int n, int w) {
        return functions[n][w];
    }

    /** g_n(r) = Σ_k β_{nk} (r_cut − r)^{k+2} for r < r_cut, 0 beyond; the same for every l. */
    @Override
    public double radialFunction(int l, int n, double r) {
        if (r >= rCut) {
            return 0;
        }
        double g = 0;
        for (int k = 1; k <= nMax; k++) {
            g += beta[n][k - 1] * Math.pow(rCut - r, k + 2);
        }
        return g;
    }

    private static final class PolynomialScratch implements Scratch {
        final SolidHarmonics harmonics;
        final double[] values;
        final double[] gradients;
        final double[] bessel;
        final double[] angular;    // [l][w]
        final double[] dAngular;   // d/dr of angular
        final double[] integrals;  // [n][l]
        final double[] dIntegrals;

        PolynomialScratch(int nMax, int lMax) {
            harmonics = new SolidHarmonics(lMax);
            values = new double[harmonics.size()];
            gradients = new double[3 * harmonics.size()];
            bessel = new double[lMax + 2];
            angular = new double[(lMax + 1) * GRID_POINTS];
            dAngular = new double[(lMax + 1) * GRID_POINTS];
            integrals = new double[nMax * (lMax + 1)];
            dIntegrals = new double[nMax * (lMax + 1)];
        }
    }

    @Override
    public Scratch newScratch() {
        return new PolynomialScratch(nMax, lMax);
    }

    /** Radial integrals I_{nl}(r) (and dI/dr if asked) of a Gaussian at distance r into the scratch. */
    private void radialIntegrals(double r, boolean derivative, PolynomialScratch s) {
        int top = derivative ? lMax + 1 : lMax;
        for (int w = 0; w < GRID_POINTS; w++) {
            double rw = radii[w];
            double d = rw - r;
            double e = Math.exp(-eta * d * d);
            double x = 2 * eta * rw * r;
            ModifiedSphericalBessel.scaled(top, x, s.bessel);
            for (int l = 0; l <= lMax; l++) {
                s.angular[l * GRID_POINTS + w] = e * s.bessel[l];
                if (derivative) {
                    double below = l == 0 ? 0 : s.bessel[l - 1];
                    double di = (l * below + (l + 1) * s.bessel[l + 1]) / (2 * l + 1) - s.bessel[l];
                    s.dAngular[l * GRID_POINTS + w] = e * (2 * eta * d * s.bessel[l] + 2 * eta * rw * di);
                }
            }
        }
        for (int n = 0; n < nMax; n++) {
            for (int l = 0; l <= lMax; l++) {
                double sum = 0;
                double dsum = 0;
                int f = n * GRID_POINTS;
                int a = l * GRID_POINTS;
                for (int w = 0; w < GRID_POINTS; w++) {
                    sum += weightedFunctions[f + w] * s.angular[a + w];
                    if (derivative) {
                        dsum += weightedFunctions[f + w] * s.dAngular[a + w];
                    }
                }
                s.integrals[n * (lMax + 1) + l] = sum;
                s.dIntegrals[n * (lMax + 1) + l] = dsum;
            }
        }
    }

    @Override
    public void addNeighbour(double x, double y, double z, double weight, double[] block, int offset, Scratch scratch) {
        double r2 = x * x + y * y + z * z;
        if (r2 <= CENTRE_R2) {
            addCentre(weight, block, offset);
            return;
        }
        PolynomialScratch s = (PolynomialScratch) scratch;
        double r = Math.sqrt(r2);
        s.harmonics.compute(x / r, y / r, z / r, s.values);
        if (table != null && table.covers(r)) {
            table.evaluate(r, s.integrals);
        } else {
            radialIntegrals(r, false, s);
        }
        for (int l = 0; l <= lMax; l++) {
            int width = 2 * l + 1;
            for (int n = 0; n < nMax; n++) {
                double c = weight * s.integrals[n * (lMax + 1) + l];
                int at = offset + nMax * l * l + n * width;
                for (int m = 0; m < width; m++) {
                    block[at + m] += c * s.values[l * l + m];
                }
            }
        }
    }

    @Override
    public void addCentre(double weight, double[] block, int offset) {
        for (int n = 0; n < nMax; n++) {
            block[offset + n] += weight * centreIntegrals[n];
        }
    }

    @Override
    public void finish(double[] block, int blockOffset, double[] coefficients, int coefficientOffset) {
        System.arraycopy(block, blockOffset, coefficients, coefficientOffset, blockSize());
    }

    @Override
    public void neighbourGradient(double x, double y, double z, double weight, double[] dw, double[] gradient, Scratch scratch) {
        PolynomialScratch s = (PolynomialScratch) scratch;
        int size = blockSize();
        double r = Math.sqrt(x * x + y * y + z * z);
        double ux = x / r;
        double uy = y / r;
        double uz = z / r;
        s.harmonics.computeWithGradient(ux, uy, uz, s.values, s.gradients);
        radialIntegrals(r, true, s);
        for (int l = 0; l <= lMax; l++) {
            int width = 2 * l + 1;
            for (int n = 0; n < nMax; n++) {
                double integral = s.integrals[n * (lMax + 1) + l];
                double dIntegral = s.dIntegrals[n * (lMax + 1) + l];
                int at = nMax * l * l + n * width;
                for (int m = 0; m < width; m++) {
                    int h = l * l + m;
                    double yv = s.values[h];
                    for (int axis = 0; axis < 3; axis++) {
                        double u = axis == 0 ? ux : axis == 1 ? uy : uz;
                        // ∇Y_lm(r̂) = (∇S_lm(û) − l S_lm(û) û)/r for the degree-l solid harmonic S
                        double dy = (s.gradients[3 * h + axis] - l * yv * u) / r;
                        gradient[axis * size + at + m] = dw[axis] * integral * yv
                                + weight * (dIntegral * u * yv + integral * dy);
                    }
                }
            }
        }
    }
}
