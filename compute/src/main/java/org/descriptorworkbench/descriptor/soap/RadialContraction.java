package org.descriptorworkbench.descriptor.soap;

/**
 * The linear map from primitive expansion coefficients to those of an optimal radial basis
 * (seed 003 eq. 2.2, and eq. 2.7 for the mixed basis): c̃_{qlm} = Σ_n U^l_{qn} c_{nlm} for each l,
 * the same for every m, so rotations act on the result exactly as on the input.
 *
 * <p>Per species, input channel α maps to output channel α with its own q_max × n_max matrix per l.
 * Mixed, all S input channels map to one output channel with a q_max × (S·n_max) matrix per l over
 * the combined index (α, n) = α·n_max + n. Input layout: S channels of n_max·(l_max+1)²
 * coefficients [l][n][m] ({@link SphericalExpansion}); output: the same layout with q_max for n_max.
 * Because the map is linear it also contracts coefficient gradients. Immutable.
 */
final class RadialContraction {
    private final int speciesCount;
    private final int nMax;
    private final int lMax;
    private final int qMax;
    private final boolean mixed;
    /** [l][group]: q_max rows of the group's input width, row-major. */
    private final double[][][] matrices;

    /**
     * @param matrices for each l and group (one group per species, or a single group when mixed)
     *                 the q_max leading eigenvectors as rows, row-major
     */
    RadialContraction(int speciesCount, int nMax, int lMax, int qMax, boolean mixed, double[][][] matrices) {
        this.speciesCount = speciesCount;
        this.nMax = nMax;
        this.lMax = lMax;
        this.qMax = qMax;
        this.mixed = mixed;
        this.matrices = matrices;
    }

    int qMax() {
        return qMax;
    }

    boolean mixed() {
        return mixed;
    }

    /** Number of output channels: the species count, or 1 when mixed. */
    int outputChannels() {
        return mixed ? 1 : speciesCount;
    }

    int inputSize() {
        return speciesCount * nMax * (lMax + 1) * (lMax + 1);
    }

    int outputSize() {
        return outputChannels() * qMax * (lMax + 1) * (lMax + 1);
    }

    /** Overwrites {@code out[outOffset .. + outputSize())} with the contraction of {@code in[inOffset .. + inputSize())}. */
    void apply(double[] in, int inOffset, double[] out, int outOffset) {
        int blockIn = nMax * (lMax + 1) * (lMax + 1);
        int blockOut = qMax * (lMax + 1) * (lMax + 1);
        int width = mixed ? speciesCount * nMax : nMax;
        for (int l = 0; l <= lMax; l++) {
            int w = 2 * l + 1;
            for (int g = 0; g < matrices[l].length; g++) {
                double[] u = matrices[l][g];
                for (int q = 0; q < qMax; q++) {
                    int target = outOffset + g * blockOut + qMax * l * l + q * w;
                    for (int m = 0; m < w; m++) {
                        out[target + m] = 0;
                    }
                    for (int j = 0; j < width; j++) {
                        double coefficient = u[q * width + j];
                        int channel = mixed ? j / nMax : g;
                        int source = inOffset + channel * blockIn + nMax * l * l + (j % nMax) * w;
                        for (int m = 0; m < w; m++) {
                            out[target + m] += coefficient * in[source + m];
                        }
                    }
                }
            }
        }
    }
}
