package org.descriptorworkbench.descriptor.soap;

/**
 * An orthonormal radial basis together with the integral of a Gaussian atom density against it:
 * the kernel of the spherical expansion c_{nlm} = ∫ ρ(r) g_{nl}(r) Y_lm(r̂) d³r (CONVENTIONS.md §1.2).
 * Densities are accumulated per species into a block in the basis's own order, which
 * {@link #finish} turns into expansion coefficients laid out [l][n][m] (index n_max·l² + n(2l+1)
 * + l + m, see {@link #index}).
 * Implementations are immutable; per-thread scratch comes from {@link #newScratch()}.
 */
public sealed interface RadialBasis permits GtoBasis, PolynomialBasis {

    /** Per-thread scratch memory of a basis. */
    interface Scratch {
    }

    int nMax();

    int lMax();

    /** Size of one species block, n_max·(l_max + 1)². */
    default int blockSize() {
        return nMax() * (lMax() + 1) * (lMax() + 1);
    }

    Scratch newScratch();

    /** The orthonormal radial basis function g_{nl} at radius r (Å), for plotting and contracting the basis. */
    double radialFunction(int l, int n, double r);

    /** Adds the Gaussian of an atom at displacement (x, y, z) ≠ 0 with the given weight to an accumulation block. */
    void addNeighbour(double x, double y, double z, double weight, double[] block, int offset, Scratch scratch);

    /** Adds the Gaussian of the central atom (at the origin) with the given weight. */
    void addCentre(double weight, double[] block, int offset);

    /** Turns an accumulation block into expansion coefficients (a basis change for GTO, a copy otherwise). */
    void finish(double[] block, int blockOffset, double[] coefficients, int coefficientOffset);

    /**
     * The gradient, with respect to the atom's position, of one neighbour's contribution
     * weight(r)·(its coefficients), as final coefficients: {@code gradient[axis·blockSize + index]}.
     *
     * @param dw gradient of the weight with respect to the atom's position (3 values)
     */
    void neighbourGradient(double x, double y, double z, double weight, double[] dw, double[] gradient, Scratch scratch);

    /** The coefficient index of (l, n, m) inside a species block, m = −l..l. */
    static int index(int nMax, int l, int n, int m) {
        return nMax * l * l + n * (2 * l + 1) + l + m;
    }
}
