package org.descriptorworkbench.descriptor.acsf;

import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.SpecValue;
import org.descriptorworkbench.error.ParameterException;

/**
 * The ACSF parameters of a checked spec as plain arrays, with presets expanded and the species
 * channels resolved against the dataset.
 *
 * @param g2      rows [η, R_s]
 * @param g3      κ values
 * @param g4      rows [η, ζ, λ]
 * @param g5      rows [η, ζ, λ]
 * @param species atomic numbers of the channels, ascending
 * @param weights one weight per species for compression=weighted, else null
 */
record AcsfSettings(DescriptorSpec spec, double rCut, double[][] g2, double[] g3, double[][] g4, double[][] g5,
                    String compression, int[] species, double[] weights) {

    static AcsfSettings of(DescriptorSpec spec, int[] datasetSpecies) {
        double rCut = spec.real("r_cut");
        String preset = spec.word("acsf_preset");
        double[][] g2 = preset.equals("none") ? rows(spec, "g2") : AcsfPresets.g2(preset, rCut);
        double[][] g4 = preset.equals("none") ? rows(spec, "g4") : AcsfPresets.g4(preset, rCut);
        int[] species = spec.species("species", datasetSpecies);
        String compression = spec.word("compression");
        double[] weights = null;
        if (compression.equals("weighted")) {
            weights = new double[species.length];
            if (spec.value("weights") instanceof SpecValue.ListOf list) {
                if (list.items().size() != species.length) {
                    throw new ParameterException("weights", "needs one weight per species (" + species.length
                            + "), got " + list.items().size());
                }
                for (int s = 0; s < species.length; s++) {
                    weights[s] = ((SpecValue.Num) list.items().get(s)).value();
                }
            } else {
                for (int s = 0; s < species.length; s++) {
                    weights[s] = species[s];
                }
            }
        }
        return new AcsfSettings(spec, rCut, g2, numbers(spec, "g3"), g4, rows(spec, "g5"), compression, species, weights);
    }

    private static double[][] rows(DescriptorSpec spec, String key) {
        if (!(spec.value(key) instanceof SpecValue.ListOf list)) {
            return new double[0][];
        }
        double[][] out = new double[list.items().size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((SpecValue.ListOf) list.items().get(i)).items().stream()
                    .mapToDouble(v -> ((SpecValue.Num) v).value()).toArray();
        }
        return out;
    }

    private static double[] numbers(DescriptorSpec spec, String key) {
        if (!(spec.value(key) instanceof SpecValue.ListOf list)) {
            return new double[0];
        }
        return list.items().stream().mapToDouble(v -> ((SpecValue.Num) v).value()).toArray();
    }
}
