package org.descriptorworkbench.descriptor.acsf;

import java.util.Arrays;

import org.descriptorworkbench.descriptor.Environment;

/**
 * The species-resolved symmetry functions of one environment and their analytical derivatives
 * (Behler 2011; seed 001 eq. 7–9; DScribe 2.1 definitions, CONVENTIONS.md §2), in DScribe's
 * layout: for each neighbour species s, [G1, G2 (row order), G3 (row order)]; then for each
 * species pair t = a(a+1)/2 + b with a ≥ b, [G4 (row order), G5 (row order)], where every
 * unordered neighbour pair {j, k} counts once. The compressed variants are linear in this layout.
 *
 * <p>With f_c(r) = (cos(π r / r_c) + 1)/2 for r ≤ r_c: G1 = Σ_j f_c(r_ij);
 * G2 = Σ_j exp(−η (r_ij − R_s)²) f_c; G3 = Σ_j cos(κ r_ij) f_c;
 * G4 = Σ_{j<k, r_jk ≤ r_c} 2^{1−ζ} (1 + λ cos θ_jik)^ζ exp(−η (r_ij² + r_ik² + r_jk²)) f_c(r_ij) f_c(r_ik) f_c(r_jk);
 * G5 = the same without the r_jk factors and limit.
 */
final class SymmetryFunctions {
    private final double rCut;
    private final double[] g2Eta;
    private final double[] g2Shift;
    private final double[] g3Kappa;
    private final Angular g4;
    private final Angular g5;
    private final int speciesCount;
    private final int radialPerSpecies;
    private final int angularPerPair;
    private final int[] channelOfZ;

    /** The G4 or G5 rows, with ζ split into integer/real for the power. */
    private record Angular(double[] eta, double[] zeta, int[] integerZeta, double[] lambda, double[] prefactor) {
        static Angular of(double[][] rows) {
            int n = rows.length;
            double[] eta = new double[n];
            double[] zeta = new double[n];
            int[] integerZeta = new int[n];
            double[] lambda = new double[n];
            double[] prefactor = new double[n];
            for (int p = 0; p < n; p++) {
                eta[p] = rows[p][0];
                zeta[p] = rows[p][1];
                lambda[p] = rows[p][2];
                integerZeta[p] = zeta[p] == Math.rint(zeta[p]) && zeta[p] <= 64 ? (int) zeta[p] : -1;
                prefactor[p] = Math.pow(2, 1 - zeta[p]);
            }
            return new Angular(eta, zeta, integerZeta, lambda, prefactor);
        }

        int size() {
            return eta.length;
        }
    }

    SymmetryFunctions(AcsfSettings settings) {
        this.rCut = settings.rCut();
        int n2 = settings.g2().length;
        g2Eta = new double[n2];
        g2Shift = new double[n2];
        for (int p = 0; p < n2; p++) {
            g2Eta[p] = settings.g2()[p][0];
            g2Shift[p] = settings.g2()[p][1];
        }
        g3Kappa = settings.g3().clone();
        g4 = Angular.of(settings.g4());
        g5 = Angular.of(settings.g5());
        int[] species = settings.species();
        speciesCount = species.length;
        radialPerSpecies = 1 + n2 + g3Kappa.length;
        angularPerPair = g4.size() + g5.size();
        channelOfZ = new int[Math.max(species[species.length - 1], 0) + 1];
        Arrays.fill(channelOfZ, -1);
        for (int s = 0; s < species.length; s++) {
            channelOfZ[species[s]] = s;
        }
    }

    /** Length of the species-resolved layout: (1 + n_g2 + n_g3)·S + (n_g4 + n_g5)·S(S+1)/2. */
    int size() {
        return radialPerSpecies * speciesCount + angularPerPair * pairCount(speciesCount);
    }

    static int pairCount(int species) {
        return species * (species + 1) / 2;
    }

    int radialPerSpecies() {
        return radialPerSpecies;
    }

    int angularPerPair() {
        return angularPerPair;
    }

    int speciesCount() {
        return speciesCount;
    }

    int g4Count() {
        return g4.size();
    }

    /** Start of the radial block of species channel s. */
    int radialOffset(int s) {
        return s * radialPerSpecies;
    }

    /** Start of the angular block of the unordered species pair (a, b), DScribe's t = a(a+1)/2 + b with a ≥ b. */
    int angularOffset(int a, int b) {
        int hi = Math.max(a, b);
        int lo = Math.min(a, b);
        return radialPerSpecies * speciesCount + (hi * (hi + 1) / 2 + lo) * angularPerPair;
    }

    /** Per-thread buffers for the neighbours inside the cutoff. */
    static final class Scratch {
        int count;
        int[] dof = new int[64];
        int[] channel = new int[64];
        double[] x = new double[64];
        double[] y = new double[64];
        double[] z = new double[64];
        double[] r = new double[64];
        double[] fc = new double[64];
        double[] dfc = new double[64];

        void ensure(int n) {
            if (dof.length < n) {
                int c = Math.max(n, 2 * dof.length);
                dof = new int[c];
                channel = new int[c];
                x = new double[c];
                y = new double[c];
                z = new double[c];
                r = new double[c];
                fc = new double[c];
                dfc = new double[c];
            }
        }
    }

    /**
     * Writes the species-resolved functions of {@code env} into {@code out[0..size())} and, if
     * {@code jacobian} is not null, adds their derivatives into it, laid out [dof][axis][feature]
     * with feature stride {@link #size()} (dof 0 = centre, k + 1 = neighbour k); {@code jacobian}
     * must be zero on entry. Neighbours beyond r_cut or of species outside the channels are ignored.
     */
    void compute(Environment env, Scratch s, double[] out, double[] jacobian) {
        int size = size();
        Arrays.fill(out, 0, size, 0);
        collect(env, s);
        radial(s, out, jacobian, size);
        if (angularPerPair > 0) {
            angular(s, out, jacobian, size);
        }
    }

    private void collect(Environment env, Scratch s) {
        s.ensure(env.count());
        int n = 0;
        double piOverRc = Math.PI / rCut;
        for (int k = 0; k < env.count(); k++) {
            int z = env.species(k);
            int channel = z < channelOfZ.length ? channelOfZ[z] : -1;
            double r = env.distance(k);
            if (channel < 0 || r > rCut) {
                continue;
            }
            s.dof[n] = k + 1;
            s.channel[n] = channel;
            s.x[n] = env.vector(k, 0);
            s.y[n] = env.vector(k, 1);
            s.z[n] = env.vector(k, 2);
            s.r[n] = r;
            s.fc[n] = 0.5 * (Math.cos(piOverRc * r) + 1);
            s.dfc[n] = -0.5 * piOverRc * Math.sin(piOverRc * r);
            n++;
        }
        s.count = n;
    }

    private void radial(Scratch s, double[] out, double[] jac, int stride) {
        for (int j = 0; j < s.count; j++) {
            int base = radialOffset(s.channel[j]);
            double r = s.r[j];
            double fc = s.fc[j];
            double dfc = s.dfc[j];
            out[base] += fc;
            if (jac != null) {
                addRadial(jac, stride, s, j, base, dfc);
            }
            int f = base + 1;
            for (int p = 0; p < g2Eta.length; p++, f++) {
                double d = r - g2Shift[p];
                double e = Math.exp(-g2Eta[p] * d * d);
                out[f] += e * fc;
                if (jac != null) {
                    addRadial(jac, stride, s, j, f, e * (dfc - 2 * g2Eta[p] * d * fc));
                }
            }
            for (int p = 0; p < g3Kappa.length; p++, f++) {
                double c = Math.cos(g3Kappa[p] * r);
                out[f] += c * fc;
                if (jac != null) {
                    addRadial(jac, stride, s, j, f, c * dfc - g3Kappa[p] * Math.sin(g3Kappa[p] * r) * fc);
                }
            }
        }
    }

    /** Adds dG/dr · r̂_j to neighbour j's block and subtracts it from the centre's. */
    private static void addRadial(double[] jac, int stride, Scratch s, int j, int feature, double dGdr) {
        double scale = dGdr / s.r[j];
        double gx = scale * s.x[j];
        double gy = scale * s.y[j];
        double gz = scale * s.z[j];
        int n = 3 * s.dof[j] * stride + feature;
        jac[n] += gx;
        jac[n + stride] += gy;
        jac[n + 2 * stride] += gz;
        jac[feature] -= gx;
        jac[feature + stride] -= gy;
        jac[feature + 2 * stride] -= gz;
    }

    private void angular(Scratch s, double[] out, double[] jac, int stride) {
        double rCut2 = rCut * rCut;
        double piOverRc = Math.PI / rCut;
        for (int j = 0; j < s.count; j++) {
            for (int k = j + 1; k < s.count; k++) {
                double cx = s.x[k] - s.x[j];
                double cy = s.y[k] - s.y[j];
                double cz = s.z[k] - s.z[j];
                double rc2 = cx * cx + cy * cy + cz * cz;
                boolean withG4 = rc2 <= rCut2 && g4.size() > 0;
                if (!withG4 && g5.size() == 0) {
                    continue;
                }
                double ra = s.r[j];
                double rb = s.r[k];
                double cos = (s.x[j] * s.x[k] + s.y[j] * s.y[k] + s.z[j] * s.z[k]) / (ra * rb);
                int base = angularOffset(s.channel[j], s.channel[k]);
                double fab = s.fc[j] * s.fc[k];
                double sum2 = ra * ra + rb * rb;
                if (withG4) {
                    double rc = Math.sqrt(rc2);
                    double fcc = 0.5 * (Math.cos(piOverRc * rc) + 1);
                    double dfcc = -0.5 * piOverRc * Math.sin(piOverRc * rc);
                    triplets(g4, s, j, k, cos, fab * fcc, sum2 + rc2, rc, fcc, dfcc, cx, cy, cz, out, jac, stride, base);
                }
                if (g5.size() > 0) {
                    triplets(g5, s, j, k, cos, fab, sum2, 0, 1, 0, cx, cy, cz, out, jac, stride, base + g4.size());
                }
            }
        }
    }

    /**
     * Adds the terms of one neighbour pair for every row of {@code set}. {@code cutProduct} is
     * f_c(r_ij) f_c(r_ik) [f_c(r_jk)], {@code squares} the sum of squared distances in the
     * exponent; for G5, rc = 0, fcc = 1 and dfcc = 0 remove the r_jk dependence.
     */
    private static void triplets(Angular set, Scratch s, int j, int k, double cos, double cutProduct, double squares,
                                 double rc, double fcc, double dfcc, double cx, double cy, double cz,
                                 double[] out, double[] jac, int stride, int base) {
        double lastEta = Double.NaN;
        double exp = 0;
        for (int p = 0; p < set.size(); p++) {
            double eta = set.eta[p];
            if (eta != lastEta) {
                exp = Math.exp(-eta * squares);
                lastEta = eta;
            }
            double lambda = set.lambda[p];
            double base1 = 1 + lambda * cos;
            double powMinus1 = power(base1, set.zeta[p] - 1, set.integerZeta[p] - 1);
            double angle = set.prefactor[p] * powMinus1 * base1;
            out[base + p] += angle * exp * cutProduct;
            if (jac != null) {
                double dAngle = set.prefactor[p] * set.zeta[p] * lambda * powMinus1;
                addTripletGradient(s, j, k, cos, angle, dAngle, exp, eta, rc, fcc, dfcc, cx, cy, cz,
                        jac, stride, base + p);
            }
        }
    }

    private static double power(double x, double exponent, int integerExponent) {
        if (integerExponent >= 0) {
            double result = 1;
            for (int i = 0; i < integerExponent; i++) {
                result *= x;
            }
            return result;
        }
        return Math.pow(x, exponent);
    }

    /**
     * The derivative of T = A(cos θ) · exp(−η Σr²) · f_c(r_a) f_c(r_b) f_c(r_c) with respect to the
     * displacement vectors a = r_j − r_i and b = r_k − r_i (c = b − a), added to neighbours j and
     * k and subtracted from the centre.
     */
    private static void addTripletGradient(Scratch s, int j, int k, double cos, double angle, double dAngle, double exp,
                                           double eta, double rc, double fcc, double dfcc,
                                           double cx, double cy, double cz, double[] jac, int stride, int feature) {
        double ra = s.r[j];
        double rb = s.r[k];
        double fa = s.fc[j];
        double fb = s.fc[k];
        double radialPart = exp * fa * fb * fcc;
        double dTdCos = dAngle * radialPart;
        double dTdRa = angle * exp * fb * fcc * (s.dfc[j] - 2 * eta * ra * fa);
        double dTdRb = angle * exp * fa * fcc * (s.dfc[k] - 2 * eta * rb * fb);
        double dTdRc = rc > 0 ? angle * exp * fa * fb * (dfcc - 2 * eta * rc * fcc) / rc : 0;
        double inv = 1 / (ra * rb);
        double ax = s.x[j];
        double ay = s.y[j];
        double az = s.z[j];
        double bx = s.x[k];
        double by = s.y[k];
        double bz = s.z[k];
        double ca = cos / (ra * ra);
        double cb = cos / (rb * rb);
        double gax = dTdCos * (bx * inv - ca * ax) + dTdRa * ax / ra - dTdRc * cx;
        double gay = dTdCos * (by * inv - ca * ay) + dTdRa * ay / ra - dTdRc * cy;
        double gaz = dTdCos * (bz * inv - ca * az) + dTdRa * az / ra - dTdRc * cz;
        double gbx = dTdCos * (ax * inv - cb * bx) + dTdRb * bx / rb + dTdRc * cx;
        double gby = dTdCos * (ay * inv - cb * by) + dTdRb * by / rb + dTdRc * cy;
        double gbz = dTdCos * (az * inv - cb * bz) + dTdRb * bz / rb + dTdRc * cz;
        int nj = 3 * s.dof[j] * stride + feature;
        int nk = 3 * s.dof[k] * stride + feature;
        jac[nj] += gax;
        jac[nj + stride] += gay;
        jac[nj + 2 * stride] += gaz;
        jac[nk] += gbx;
        jac[nk + stride] += gby;
        jac[nk + 2 * stride] += gbz;
        jac[feature] -= gax + gbx;
        jac[feature + stride] -= gay + gby;
        jac[feature + 2 * stride] -= gaz + gbz;
    }
}
