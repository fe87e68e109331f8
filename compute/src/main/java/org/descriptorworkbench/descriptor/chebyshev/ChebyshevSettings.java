package org.descriptorworkbench.descriptor.chebyshev;

import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.SpecValue;
import org.descriptorworkbench.error.ParameterException;

/**
 * The Chebyshev parameters of a checked spec as typed values, with species and weights resolved
 * against the dataset.
 *
 * @param species atomic numbers, ascending
 * @param weights one weight per species, same order
 */
record ChebyshevSettings(DescriptorSpec spec, double rCut, double rCutAngular, int radialOrder, int angularOrder,
                         boolean dualWeight, boolean mix, int mixRadialOrder, int[] species, double[] weights) {

    static ChebyshevSettings of(DescriptorSpec spec, int[] datasetSpecies) {
        int[] species = spec.species("species", datasetSpecies);
        double[] weights;
        if (spec.value("weights") instanceof SpecValue.ListOf list) {
            if (list.items().size() != species.length) {
                throw new ParameterException("weights", "must give one weight per species (" + species.length
                        + " in the dataset), got " + list.items().size());
            }
            weights = list.items().stream().mapToDouble(v -> ((SpecValue.Num) v).value()).toArray();
        } else {
            weights = SpeciesWeights.centredOnZero(species.length);
        }
        return new ChebyshevSettings(spec, spec.real("r_cut"), spec.real("r_cut_angular"), spec.integer("radial_order"),
                spec.integer("angular_order"), spec.word("dual_weight").equals("true"), spec.word("mix").equals("true"),
                spec.integer("mix_radial_order"), species, weights);
    }

    /** DESCRIPTORS.md: a single-species dataset drops the species-weighted half. */
    boolean hasWeightedHalf() {
        return species.length > 1;
    }
}
