package org.descriptorworkbench.descriptor.chebyshev;

/** The cosine cutoff f_c(r) = ½[cos(πr/R_c) + 1] for r ≤ R_c, 0 beyond (seed 001 eq. 9, as in ACSF and aenet). */
final class CosineCutoff {

    private CosineCutoff() {
    }

    static double value(double r, double cutoff) {
        return r >= cutoff ? 0 : 0.5 * (Math.cos(Math.PI * r / cutoff) + 1);
    }

    static double derivative(double r, double cutoff) {
        return r >= cutoff ? 0 : -0.5 * Math.PI / cutoff * Math.sin(Math.PI * r / cutoff);
    }
}
