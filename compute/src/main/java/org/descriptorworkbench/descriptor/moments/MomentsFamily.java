package org.descriptorworkbench.descriptor.moments;

import java.util.List;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorFamily;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Parameter;
import org.descriptorworkbench.descriptor.ParameterType;
import org.descriptorworkbench.descriptor.Signature;
import org.descriptorworkbench.descriptor.SpecValue;
import org.descriptorworkbench.error.ParameterException;

/**
 * Global moment descriptors (seed 004 eq. 1; DESCRIPTORS.md): one row per structure made from the
 * moments of any per-atom descriptor, e.g. {@code moments(local=chebyshev(...), n_out=2, n_in=3,
 * weighted=true)} = Σ_231. The default local descriptor is seed 004's Chebyshev setting (radial
 * 6 Å / order 19, angular 3 Å / order 5); with DESCRIPTORS.md's degrees 0..N it has 2·(20 + 6) = 52
 * features, where the seed counts 2·(19 + 5) = 48.
 */
public final class MomentsFamily implements DescriptorFamily {
    static final String NAME = "moments";

    /** Built on first use: checking the default nested spec looks the Chebyshev family up in the catalog. */
    private static final class Declaration {
        static final Signature SIGNATURE = new Signature(NAME,
                "global structure descriptor from moments of a local descriptor (Gharakhanyan et al., seed 004 eq. 1)",
                List.of(
                        Parameter.core("local", ParameterType.descriptor(),
                                "chebyshev(r_cut=6, r_cut_angular=3, radial_order=19, angular_order=5)", "",
                                "the per-atom descriptor whose moments are taken"),
                        Parameter.core("n_out", ParameterType.integer(0, 9), "1", "",
                                "outer moments μ_1..μ_n_out over atoms (n_in = 0) or over elements; 0 = stack the elements"),
                        Parameter.core("n_in", ParameterType.integer(0, 9), "0", "",
                                "inner moments μ_1..μ_n_in over the atoms of each element; 0 = no per-element step"),
                        Parameter.core("weighted", ParameterType.choice("false", "true", "both"), "false", "",
                                "element weighting: false (w = 1), true, or both concatenated"),
                        Parameter.option("standardize", ParameterType.choice("false", "true"), "false", "",
                                "scale every column to zero mean and unit variance over the dataset"),
                        Parameter.option("weights", ParameterType.numbersOrNone(), "none", "",
                                "element weights in atomic-number order; none = the local descriptor's species weights")));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Signature signature() {
        return Declaration.SIGNATURE;
    }

    /** The seed 004 name of a moments spec, e.g. "Σ_231". */
    public static String sigmaName(DescriptorSpec spec) {
        return construction(spec).name();
    }

    static MomentConstruction construction(DescriptorSpec spec) {
        return new MomentConstruction(spec.integer("n_out"), spec.integer("n_in"), Weighting.of(spec.word("weighted")));
    }

    @Override
    public void checkCombination(DescriptorSpec spec) {
        if (spec.integer("n_out") == 0 && spec.integer("n_in") == 0) {
            throw new ParameterException("n_in", "n_out and n_in cannot both be 0; seed 004 eq. 1 needs at least one moment");
        }
        if (spec.integer("n_out") == 0 && !spec.word("weighted").equals("false")) {
            throw new ParameterException("weighted", "must be false when n_out = 0: stacked element descriptors (method ii) "
                    + "have no element weighting, Σ_0j1 does not exist");
        }
        if (local(spec).name().equals(NAME)) {
            throw new ParameterException("local", "must be a per-atom descriptor, got " + NAME);
        }
    }

    static SpecValue.Call local(DescriptorSpec spec) {
        return (SpecValue.Call) spec.value("local");
    }

    @Override
    public Descriptor create(DescriptorSpec spec, int[] datasetSpecies) {
        Descriptor local = DescriptorCatalog.create(DescriptorCatalog.parse(local(spec).text()), datasetSpecies);
        if (local.perStructure()) {
            throw new ParameterException("local", "must give one row per atom, but " + local.spec().text()
                    + " gives one per structure");
        }
        return new MomentsDescriptor(spec, construction(spec), local, datasetSpecies);
    }
}
