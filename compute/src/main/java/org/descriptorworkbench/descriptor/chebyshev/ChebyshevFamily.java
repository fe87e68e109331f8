package org.descriptorworkbench.descriptor.chebyshev;

import java.util.List;
import java.util.Optional;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorFamily;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Parameter;
import org.descriptorworkbench.descriptor.ParameterType;
import org.descriptorworkbench.descriptor.Signature;
import org.descriptorworkbench.descriptor.SpecValue;
import org.descriptorworkbench.error.ParameterException;

/**
 * The Chebyshev symmetry functions CHSF and CHSF-mix (seed 001 eq. 10–14 and §III G; aenet's
 * Chebyshev descriptor of Artrith, Urban and Ceder 2017), exactly as DESCRIPTORS.md defines them:
 * radial and angular Chebyshev expansions with a structural half (all weights 1) and a
 * species-weighted half. The default cutoffs and orders are seed 001's (R_c = 6.5 Å, N_α = 9 for
 * both expansions); seed 004 uses r_cut=6, r_cut_angular=3, radial_order=19, angular_order=5.
 */
public final class ChebyshevFamily implements DescriptorFamily {
    private static final ParameterType FLAG = ParameterType.choice("false", "true");

    private static final Signature SIGNATURE = new Signature("chebyshev",
            "Chebyshev symmetry functions (aenet; Onat et al. 2020 eq. 10-14, CHSF-mix with mix=true)",
            List.of(
                    Parameter.core("r_cut", ParameterType.real(1, false, 30, true), "6.5", "Å",
                            "cutoff of the radial expansion and T_c of the radial Chebyshev polynomials"),
                    Parameter.core("r_cut_angular", ParameterType.real(1, false, 30, true), "6.5", "Å",
                            "cutoff of both bonds of the angular (3-body) terms"),
                    Parameter.core("radial_order", ParameterType.integer(0, 60), "9", "",
                            "highest degree N_r of the radial expansion (N_r + 1 coefficients)"),
                    Parameter.core("angular_order", ParameterType.integer(0, 60), "9", "",
                            "highest degree N_a of the angular expansion (N_a + 1 coefficients)"),
                    Parameter.option("weights", ParameterType.numbersOrNone(), "none", "",
                            "species weights in atomic-number order; none = evenly spaced values centred on 0"),
                    Parameter.option("dual_weight", FLAG, "false", "",
                            "multiply every basis function by the weight of seed 001 eq. 12; it diverges at θ = 0 and π, "
                                    + "so angular features are infinite for collinear triples (common in crystals)"),
                    Parameter.option("mix", FLAG, "false", "",
                            "CHSF-mix: replace the angular block by the fully mixed radial-radial-angular block"),
                    Parameter.option("mix_radial_order", ParameterType.integer(0, 20), "4", "",
                            "highest radial degree N_r' of the mixed block (mix=true)"),
                    Parameter.option("species", ParameterType.species(), "auto", "",
                            "species whose weights are given; auto = all species of the dataset")));

    @Override
    public Signature signature() {
        return SIGNATURE;
    }

    @Override
    public void checkCombination(DescriptorSpec spec) {
        if (spec.value("weights") instanceof SpecValue.ListOf weights && spec.value("species") instanceof SpecValue.ListOf species
                && weights.items().size() != species.items().size()) {
            throw new ParameterException("weights", "must give one weight per species of " + species.text() + ", got "
                    + weights.items().size());
        }
    }

    /**
     * The species weights of a Chebyshev descriptor in the order of its {@link Descriptor#species()},
     * or empty for any other descriptor; global moment descriptors use them as element weights.
     */
    public static Optional<double[]> speciesWeights(Descriptor descriptor) {
        return descriptor instanceof ChebyshevDescriptor chebyshev ? Optional.of(chebyshev.weights()) : Optional.empty();
    }

    @Override
    public Descriptor create(DescriptorSpec spec, int[] datasetSpecies) {
        return new ChebyshevDescriptor(ChebyshevSettings.of(spec, datasetSpecies));
    }
}
