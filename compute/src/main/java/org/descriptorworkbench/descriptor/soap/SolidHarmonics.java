package org.descriptorworkbench.descriptor.soap;

/**
 * Real solid harmonics r^l Y_lm(r̂) (orthonormal real spherical harmonics Y_lm times r^l) and
 * their Cartesian gradients, for l = 0..lMax, computed as polynomials in x, y, z. Writing
 * r^l Y_lm = Π_lm(z, r²)·Re/Im (x + iy)^|m| with the fully normalised associated-Legendre
 * recurrence for Π avoids any division by r or sin θ, so the values are exact at the origin and
 * the poles and stable up to l = 20 and beyond. Output index: l² + l + m for m = −l..l.
 * Not thread-safe: one instance per worker (it owns scratch arrays).
 */
public final class SolidHarmonics {
    private static final double SQRT2 = Math.sqrt(2.0);

    private final int lMax;
    private final double[] a;      // recurrence coefficient a_lm at tri(l, m)
    private final double[] b;      // recurrence coefficient b_lm at tri(l, m)
    private final double[] diagonal; // Π_mm
    private final double[] diagonalStep; // sqrt(2m + 3): Π_{m+1,m} = sqrt(2m+3) z Π_mm
    private final double[] pi;     // Π_lm at tri(l, m)
    private final double[] dz;     // ∂Π/∂z
    private final double[] drho;   // ∂Π/∂(r²)
    private final double[] re;     // Re (x+iy)^m
    private final double[] im;     // Im (x+iy)^m

    public SolidHarmonics(int lMax) {
        if (lMax < 0) {
            throw new IllegalArgumentException("lMax must be >= 0");
        }
        this.lMax = lMax;
        int n = tri(lMax + 1, 0);
        a = new double[n];
        b = new double[n];
        diagonal = new double[lMax + 1];
        pi = new double[n];
        dz = new double[n];
        drho = new double[n];
        re = new double[lMax + 1];
        im = new double[lMax + 1];
        diagonal[0] = Math.sqrt(1.0 / (4.0 * Math.PI));
        diagonalStep = new double[lMax + 1];
        for (int m = 0; m <= lMax; m++) {
            diagonalStep[m] = Math.sqrt(2.0 * m + 3.0);
        }
        for (int m = 1; m <= lMax; m++) {
            diagonal[m] = diagonal[m - 1] * Math.sqrt((2.0 * m + 1.0) / (2.0 * m));
        }
        for (int l = 2; l <= lMax; l++) {
            for (int m = 0; m <= l - 2; m++) {
                a[tri(l, m)] = Math.sqrt((4.0 * l * l - 1.0) / ((double) l * l - (double) m * m));
                b[tri(l, m)] = Math.sqrt(((l - 1.0) * (l - 1.0) - (double) m * m) / (4.0 * (l - 1.0) * (l - 1.0) - 1.0));
            }
        }
    }

    public int lMax() {
        return lMax;
    }

    /** Number of values, (lMax + 1)². */
    public int size() {
        return (lMax + 1) * (lMax + 1);
    }

    private static int tri(int l, int m) {
        return l * (l + 1) / 2 + m;
    }

    /** Writes r^l Y_lm(x, y, z) into {@code out[l² + l + m]}. */
    public void compute(double x, double y, double z, double[] out) {
        legendreValues(z, x * x + y * y + z * z);
        powers(x, y);
        for (int l = 0; l <= lMax; l++) {
            int centre = l * l + l;
            out[centre] = pi[tri(l, 0)];
            for (int m = 1; m <= l; m++) {
                double p = SQRT2 * pi[tri(l, m)];
                out[centre + m] = p * re[m];
                out[centre - m] = p * im[m];
            }
        }
    }

    /**
     * Writes the values as {@link #compute} and their gradients: {@code grad[3·i + axis]} for
     * value index i.
     */
    public void computeWithGradient(double x, double y, double z, double[] out, double[] grad) {
        legendre(z, x * x + y * y + z * z, true);
        powers(x, y);
        for (int l = 0; l <= lMax; l++) {
            int centre = l * l + l;
            int t0 = tri(l, 0);
            out[centre] = pi[t0];
            grad[3 * centre] = 2 * x * drho[t0];
            grad[3 * centre + 1] = 2 * y * drho[t0];
            grad[3 * centre + 2] = dz[t0] + 2 * z * drho[t0];
            for (int m = 1; m <= l; m++) {
                int t = tri(l, m);
                double p = SQRT2 * pi[t];
                double r = SQRT2 * drho[t];
                double zz = SQRT2 * (dz[t] + 2 * z * drho[t]);
                int plus = centre + m;
                int minus = centre - m;
                out[plus] = p * re[m];
                out[minus] = p * im[m];
                grad[3 * plus] = 2 * x * r * re[m] + p * m * re[m - 1];
                grad[3 * plus + 1] = 2 * y * r * re[m] - p * m * im[m - 1];
                grad[3 * plus + 2] = zz * re[m];
                grad[3 * minus] = 2 * x * r * im[m] + p * m * im[m - 1];
                grad[3 * minus + 1] = 2 * y * r * im[m] + p * m * re[m - 1];
                grad[3 * minus + 2] = zz * im[m];
            }
        }
    }

    private void powers(double x, double y) {
        re[0] = 1;
        im[0] = 0;
        for (int m = 1; m <= lMax; m++) {
            re[m] = re[m - 1] * x - im[m - 1] * y;
            im[m] = re[m - 1] * y + im[m - 1] * x;
        }
    }

    /** Π_lm(z, ρ) only (the hot path of the expansion): tri(l, m) advances by l along the recurrence. */
    private void legendreValues(double z, double rho) {
        double[] p = pi;
        for (int m = 0; m <= lMax; m++) {
            int t2 = tri(m, m);
            p[t2] = diagonal[m];
            if (m == lMax) {
                break;
            }
            int t1 = t2 + m + 1;
            p[t1] = diagonalStep[m] * z * diagonal[m];
            for (int l = m + 2; l <= lMax; l++) {
                int t = t1 + l;
                p[t] = a[t] * (z * p[t1] - b[t] * rho * p[t2]);
                t2 = t1;
                t1 = t;
            }
        }
    }

    /** Π_lm(z, ρ) and, if asked, ∂Π/∂z and ∂Π/∂ρ by the normalised Legendre recurrence in l at fixed m. */
    private void legendre(double z, double rho, boolean withDerivatives) {
        for (int m = 0; m <= lMax; m++) {
            int tmm = tri(m, m);
            pi[tmm] = diagonal[m];
            if (withDerivatives) {
                dz[tmm] = 0;
                drho[tmm] = 0;
            }
            if (m == lMax) {
                break;
            }
            int t1 = tri(m + 1, m);
            double c = Math.sqrt(2.0 * m + 3.0);
            pi[t1] = c * z * diagonal[m];
            if (withDerivatives) {
                dz[t1] = c * diagonal[m];
                drho[t1] = 0;
            }
            for (int l = m + 2; l <= lMax; l++) {
                int t = tri(l, m);
                int p1 = tri(l - 1, m);
                int p2 = tri(l - 2, m);
                double al = a[t];
                double bl = b[t];
                pi[t] = al * (z * pi[p1] - bl * rho * pi[p2]);
                if (withDerivatives) {
                    dz[t] = al * (pi[p1] + z * dz[p1] - bl * rho * dz[p2]);
                    drho[t] = al * (z * drho[p1] - bl * pi[p2] - bl * rho * drho[p2]);
                }
            }
        }
    }
}
