package org.descriptorworkbench.descriptor.soap;

import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Signature;
import org.descriptorworkbench.descriptor.SpecValue;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Element;

/**
 * The SOAP parameters of a checked spec as plain typed values, with the species channels
 * resolved against the dataset and the derived neighbour radius.
 *
 * @param species    atomic numbers of the channels, ascending
 * @param embedding  d_J × S weights for compression=embedding, else null
 */
record SoapSettings(DescriptorSpec spec, double rCut, int nMax, int lMax, double sigma, String basis,
                    String compression, double centerWeight, NeighbourWeight weight, int[] species,
                    String average, double[][] embedding, long seed) {

    /** DScribe's padding factor sqrt(−2 ln 10⁻³): Gaussians are followed until they fall to 10⁻³. */
    static final double PADDING_PER_SIGMA = Math.sqrt(-2 * Math.log(1e-3));

    static SoapSettings of(DescriptorSpec spec, int[] datasetSpecies) {
        double rCut = spec.real("r_cut");
        double width = spec.value("cutoff") instanceof SpecValue.Call cosine ? Signature.number(cosine, "width") : Double.NaN;
        NeighbourWeight weight;
        if (spec.value("scaling") instanceof SpecValue.Call pow) {
            weight = new NeighbourWeight(rCut, width, true, Signature.number(pow, "r0"), Signature.number(pow, "m"),
                    Signature.number(pow, "c"), Signature.number(pow, "d"));
        } else {
            weight = new NeighbourWeight(rCut, width, false, 1, 1, 1, 1);
        }
        int[] species = spec.species("species", datasetSpecies);
        String compression = spec.word("compression");
        double[][] embedding = compression.equals("embedding") ? embeddingWeights(spec, species) : null;
        return new SoapSettings(spec, rCut, spec.integer("n_max"), spec.integer("l_max"), spec.real("sigma"),
                spec.word("basis"), compression, spec.real("center_weight"), weight, species,
                spec.word("average"), embedding, spec.integer("seed"));
    }

    /**
     * Explicit weights, or seed 000 §IV B: d_J = 2 → (1, …, 1) and (1, 2, 3, …) by increasing
     * atomic number; d_J = 3 → 1, the period and the group of each element.
     */
    private static double[][] embeddingWeights(DescriptorSpec spec, int[] species) {
        int dJ = spec.integer("d_J");
        double[][] w = new double[dJ][species.length];
        if (spec.value("weights") instanceof SpecValue.ListOf rows) {
            for (int j = 0; j < dJ; j++) {
                SpecValue.ListOf row = (SpecValue.ListOf) rows.items().get(j);
                if (row.items().size() != species.length) {
                    throw new ParameterException("weights", "rows need one weight per species (" + species.length
                            + "), got " + row.items().size());
                }
                for (int s = 0; s < species.length; s++) {
                    w[j][s] = ((SpecValue.Num) row.items().get(s)).value();
                }
            }
            return w;
        }
        for (int s = 0; s < species.length; s++) {
            w[0][s] = 1;
            if (dJ == 2) {
                w[1][s] = s + 1;
            } else {
                Element e = Element.of(species[s]);
                w[1][s] = e.period();
                w[2][s] = e.group();
            }
        }
        return w;
    }

    /** Neighbours farther than this are ignored: r_cut with a smooth cutoff, else r_cut + 3.717σ as in DScribe. */
    double neighbourRadius() {
        return weight.hasCutoff() ? rCut : rCut + PADDING_PER_SIGMA * sigma;
    }

    /** A radial basis of this family with another size (used for the auxiliary bases of mu1nu1_star). */
    RadialBasis radialBasis(int n, int l) {
        return basis.equals("gto") ? new GtoBasis(rCut, n, l, sigma, neighbourRadius()) : new PolynomialBasis(rCut, n, l, sigma, neighbourRadius());
    }
}
