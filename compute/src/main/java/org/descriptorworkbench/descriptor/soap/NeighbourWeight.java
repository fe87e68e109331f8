package org.descriptorworkbench.descriptor.soap;

/**
 * The weight of a neighbour's Gaussian as a function of its distance: an optional smooth cosine
 * cutoff (QUIP/GAP style, DESCRIPTORS.md "SOAP options") times an optional radial scaling
 * c/(d + (r/r0)^m) (seed 002 eq. 46 and 50; DScribe's "pow" weighting). With neither the weight
 * is 1, DScribe's hard inclusion.
 */
record NeighbourWeight(double rCut, double cutoffWidth, boolean scaled, double r0, double m, double c, double d) {

    static NeighbourWeight none(double rCut) {
        return new NeighbourWeight(rCut, Double.NaN, false, 1, 1, 1, 1);
    }

    boolean hasCutoff() {
        return !Double.isNaN(cutoffWidth);
    }

    boolean isUnity() {
        return !hasCutoff() && !scaled;
    }

    /** The weight at distance r. */
    double value(double r) {
        return cutoff(r) * scaling(r);
    }

    /** d(weight)/dr at distance r. */
    double derivative(double r) {
        return cutoffDerivative(r) * scaling(r) + cutoff(r) * scalingDerivative(r);
    }

    private double cutoff(double r) {
        if (!hasCutoff() || r <= rCut - cutoffWidth) {
            return 1;
        }
        if (r > rCut) {
            return 0;
        }
        return 0.5 * (1 + Math.cos(Math.PI * (r - rCut + cutoffWidth) / cutoffWidth));
    }

    private double cutoffDerivative(double r) {
        if (!hasCutoff() || r <= rCut - cutoffWidth || r > rCut) {
            return 0;
        }
        return -0.5 * Math.PI / cutoffWidth * Math.sin(Math.PI * (r - rCut + cutoffWidth) / cutoffWidth);
    }

    private double scaling(double r) {
        return scaled ? c / (d + Math.pow(r / r0, m)) : 1;
    }

    private double scalingDerivative(double r) {
        if (!scaled) {
            return 0;
        }
        double p = Math.pow(r / r0, m);
        double denominator = d + p;
        return -c * m * p / r / (denominator * denominator);
    }
}
