package org.descriptorworkbench.descriptor.mbtr;

import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Signature;
import org.descriptorworkbench.descriptor.SpecValue;

/**
 * The MBTR parameters of a checked spec as plain values, with the species channels resolved.
 *
 * @param scale     exp weighting rate (1/Å), or NaN for unit weights
 * @param threshold smallest weight kept (exp weighting)
 */
record MbtrSettings(DescriptorSpec spec, int k, String geometry, double gridMin, double gridMax, int gridN,
                    double sigma, double scale, double threshold, boolean normalizeGaussians,
                    String normalization, int[] species) {

    /** Range used for unit weights on finite structures: every pair closer than this counts. */
    static final double UNWEIGHTED_RANGE = 1000;

    static MbtrSettings of(DescriptorSpec spec, int[] datasetSpecies) {
        double scale = Double.NaN;
        double threshold = 0;
        if (spec.value("weighting") instanceof SpecValue.Call exp) {
            scale = Signature.number(exp, "scale");
            threshold = Signature.number(exp, "threshold");
        }
        return new MbtrSettings(spec, spec.integer("k"), spec.word("geometry"), spec.real("grid_min"),
                spec.real("grid_max"), spec.integer("grid_n"), spec.real("sigma"), scale, threshold,
                spec.word("normalize_gaussians").equals("true"), spec.word("normalization"),
                spec.species("species", datasetSpecies));
    }

    boolean weighted() {
        return !Double.isNaN(scale);
    }

    /**
     * Largest distance a weighted term can span: r_ij ≤ −ln(threshold)/scale for k = 2, and half
     * of that for k = 3 since the perimeter is at least twice each side.
     */
    double range() {
        if (k == 1) {
            return 1;
        }
        if (!weighted()) {
            return UNWEIGHTED_RANGE;
        }
        double r = -Math.log(threshold) / scale;
        return k == 3 ? r / 2 : r;
    }

    /** Number of grid blocks: S, S(S+1)/2 or S·S(S+1)/2 for k = 1, 2, 3. */
    int blockCount() {
        int s = species.length;
        return switch (k) {
            case 1 -> s;
            case 2 -> s * (s + 1) / 2;
            default -> s * s * (s + 1) / 2;
        };
    }
}
