package org.descriptorworkbench.descriptor.chebyshev;

/**
 * Per-species weights w_t of the species-weighted Chebyshev half (seed 001 eq. 13–14; aenet) and of
 * the element weighting of global moment descriptors (seed 004 eq. 1).
 */
public final class SpeciesWeights {

    private SpeciesWeights() {
    }

    /**
     * The default of DESCRIPTORS.md: S evenly spaced values one apart, centred on 0, in atomic-number
     * order, i.e. s − (S − 1)/2 for s = 0..S−1 (−1, 0, +1 for three species, the Li, P, S weights of
     * seed 004; ±0.5 for two). aenet's own default skips 0 for even S (±1); we follow the spec.
     */
    public static double[] centredOnZero(int speciesCount) {
        double[] w = new double[speciesCount];
        for (int s = 0; s < speciesCount; s++) {
            w[s] = s - (speciesCount - 1) / 2.0;
        }
        return w;
    }
}
