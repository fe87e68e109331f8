package org.descriptorworkbench.descriptor.soap;

import java.math.BigDecimal;
import java.math.MathContext;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * S^(−1/2) of a symmetric positive-definite matrix, the Löwdin orthonormalisation DScribe applies
 * to the primitive radial functions (it computes sqrtm(inv(S)), the same matrix). The overlap
 * matrices are badly conditioned (about 1e16 for the polynomial basis with n_max = 8, README
 * "Things to know" 5), so a float64 eigendecomposition alone is not accurate enough: the EJML
 * symmetric eigendecomposition gives the starting eigenvectors, which are re-orthonormalised and
 * refined by cyclic Jacobi rotations in 36-digit decimal arithmetic; the result is exact to double
 * precision for the matrix given.
 */
final class InverseSquareRoot {
    private static final MathContext MC = new MathContext(36);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private InverseSquareRoot() {
    }

    /** Returns S^(−1/2) as a square array; throws SingularBasisException if S is not positive definite. */
    static double[][] of(BigDecimal[][] s) {
        int n = s.length;
        BigDecimal[][] v = orthonormalise(startingEigenvectors(s));
        BigDecimal[][] a = multiply(transpose(v), multiply(s, v));
        BigDecimal[][] w = identity(n);
        jacobi(a, w);
        BigDecimal[][] vw = multiply(v, w);
        double[][] out = new double[n][n];
        BigDecimal[][] sum = new BigDecimal[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sum[i][j] = BigDecimal.ZERO;
            }
        }
        for (int e = 0; e < n; e++) {
            if (a[e][e].signum() <= 0) {
                throw new SingularBasisException(a[e][e].doubleValue());
            }
            BigDecimal f = BigDecimal.ONE.divide(a[e][e].sqrt(MC), MC);
            for (int i = 0; i < n; i++) {
                BigDecimal fi = f.multiply(vw[i][e], MC);
                for (int j = 0; j < n; j++) {
                    sum[i][j] = sum[i][j].add(fi.multiply(vw[j][e], MC), MC);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = sum[i][j].doubleValue();
            }
        }
        return out;
    }

    /** Convenience for matrices whose entries are exact doubles. */
    static double[][] of(double[][] s) {
        BigDecimal[][] exact = new BigDecimal[s.length][s.length];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                exact[i][j] = new BigDecimal(s[i][j]);
            }
        }
        return of(exact);
    }

    private static BigDecimal[][] startingEigenvectors(BigDecimal[][] s) {
        int n = s.length;
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.set(i, j, s[i][j].doubleValue());
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        BigDecimal[][] v = identity(n);
        if (!eig.decompose(m)) {
            return v;
        }
        for (int e = 0; e < n; e++) {
            DMatrixRMaj vector = eig.getEigenVector(e);
            if (vector == null) {
                return identity(n);
            }
            for (int i = 0; i < n; i++) {
                v[i][e] = new BigDecimal(vector.get(i));
            }
        }
        return v;
    }

    /** Modified Gram–Schmidt on the columns, in decimal arithmetic. */
    private static BigDecimal[][] orthonormalise(BigDecimal[][] v) {
        int n = v.length;
        for (int e = 0; e < n; e++) {
            for (int f = 0; f < e; f++) {
                BigDecimal dot = BigDecimal.ZERO;
                for (int i = 0; i < n; i++) {
                    dot = dot.add(v[i][e].multiply(v[i][f], MC), MC);
                }
                for (int i = 0; i < n; i++) {
                    v[i][e] = v[i][e].subtract(dot.multiply(v[i][f], MC), MC);
                }
            }
            BigDecimal norm = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                norm = norm.add(v[i][e].multiply(v[i][e], MC), MC);
            }
            norm = norm.sqrt(MC);
            for (int i = 0; i < n; i++) {
                v[i][e] = v[i][e].divide(norm, MC);
            }
        }
        return v;
    }

    /** Cyclic Jacobi: diagonalises symmetric {@code a} in place, accumulating rotations into {@code w}. */
    private static void jacobi(BigDecimal[][] a, BigDecimal[][] w) {
        int n = a.length;
        for (int sweep = 0; sweep < 60; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (negligible(a, p, q)) {
                        continue;
                    }
                    rotated = true;
                    rotate(a, w, p, q);
                }
            }
            if (!rotated) {
                return;
            }
        }
    }

    private static boolean negligible(BigDecimal[][] a, int p, int q) {
        BigDecimal off = a[p][q].abs();
        if (off.signum() == 0) {
            return true;
        }
        BigDecimal scale = a[p][p].abs().min(a[q][q].abs());
        return off.compareTo(scale.multiply(new BigDecimal("1e-34"), MC)) < 0;
    }

    private static void rotate(BigDecimal[][] a, BigDecimal[][] w, int p, int q) {
        int n = a.length;
        BigDecimal theta = a[q][q].subtract(a[p][p], MC).divide(TWO.multiply(a[p][q], MC), MC);
        BigDecimal root = theta.multiply(theta, MC).add(BigDecimal.ONE, MC).sqrt(MC);
        BigDecimal t = BigDecimal.ONE.divide(theta.abs().add(root, MC), MC);
        if (theta.signum() < 0) {
            t = t.negate();
        }
        BigDecimal c = BigDecimal.ONE.divide(t.multiply(t, MC).add(BigDecimal.ONE, MC).sqrt(MC), MC);
        BigDecimal s = t.multiply(c, MC);
        for (int k = 0; k < n; k++) {
            BigDecimal akp = a[k][p];
            BigDecimal akq = a[k][q];
            a[k][p] = c.multiply(akp, MC).subtract(s.multiply(akq, MC), MC);
            a[k][q] = s.multiply(akp, MC).add(c.multiply(akq, MC), MC);
        }
        for (int k = 0; k < n; k++) {
            BigDecimal apk = a[p][k];
            BigDecimal aqk = a[q][k];
            a[p][k] = c.multiply(apk, MC).subtract(s.multiply(aqk, MC), MC);
            a[q][k] = s.multiply(apk, MC).add(c.multiply(aqk, MC), MC);
        }
        for (int k = 0; k < n; k++) {
            BigDecimal wkp = w[k][p];
            BigDecimal wkq = w[k][q];
            w[k][p] = c.multiply(wkp, MC).subtract(s.multiply(wkq, MC), MC);
            w[k][q] = s.multiply(wkp, MC).add(c.multiply(wkq, MC), MC);
        }
    }

    private static BigDecimal[][] identity(int n) {
        BigDecimal[][] m = new BigDecimal[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = i == j ? BigDecimal.ONE : BigDecimal.ZERO;
            }
        }
        return m;
    }

    private static BigDecimal[][] transpose(BigDecimal[][] m) {
        int n = m.length;
        BigDecimal[][] t = new BigDecimal[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static BigDecimal[][] multiply(BigDecimal[][] x, BigDecimal[][] y) {
        int n = x.length;
        BigDecimal[][] out = new BigDecimal[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int k = 0; k < n; k++) {
                    sum = sum.add(x[i][k].multiply(y[k][j], MC), MC);
                }
                out[i][j] = sum;
            }
        }
        return out;
    }
}
