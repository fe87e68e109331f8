package org.descriptorworkbench.descriptor.soap;

import java.util.List;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorFamily;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Parameter;
import org.descriptorworkbench.descriptor.ParameterType;
import org.descriptorworkbench.descriptor.Signature;
import org.descriptorworkbench.descriptor.SpecValue;
import org.descriptorworkbench.error.ParameterException;

/**
 * The SOAP family (seed 000 §II A–D, Table I): the spherical expansion of species-resolved
 * Gaussian densities and its power spectrum with every compression of seed 000. Core parameters
 * and defaults follow DScribe 2.1 (CONVENTIONS.md §1); the options (centre weight, smooth cutoff,
 * radial scaling, fixed species, averaging) are defined in DESCRIPTORS.md and off by default.
 */
public final class SoapFamily implements DescriptorFamily {

    /** The compression keys of DESCRIPTORS.md, in the order listed there. */
    public static final List<String> COMPRESSIONS = List.of("off", "crossover", "mu2", "mu1nu1",
            "mu1nu1_star", "nu1nuhat1", "nu1muhat1", "embedding", "wtpl");

    static final Signature COSINE = new Signature("cosine", "smooth cosine cutoff over the last `width` Å before r_cut",
            List.of(Parameter.core("width", ParameterType.real(0, false, 30, true), "0.5", "Å",
                    "width of the transition region below r_cut")));

    static final Signature POW = new Signature("pow", "radial scaling c/(d + (r/r0)^m) (seed 002 eq. 50)",
            List.of(Parameter.core("r0", ParameterType.real(0, false, 100, true), "1", "Å", "length scale"),
                    Parameter.core("m", ParameterType.real(0, false, 20, true), "1", "", "exponent"),
                    Parameter.core("c", ParameterType.real(0, false, 1e6, true), "1", "", "numerator"),
                    Parameter.core("d", ParameterType.real(0, true, 1e6, true), "1", "", "offset of the denominator")));

    private static final Signature SIGNATURE = new Signature("soap",
            "Smooth Overlap of Atomic Positions power spectrum (DScribe 2.1 conventions; compressions of Darby et al. 2022)",
            List.of(
                    Parameter.core("r_cut", ParameterType.real(1, false, 30, true), "5", "Å",
                            "cutoff radius; neighbours are used out to r_cut + 3.717 sigma as in DScribe"),
                    Parameter.core("n_max", ParameterType.integer(1, 20), "8", "", "number of radial basis functions"),
                    Parameter.core("l_max", ParameterType.integer(0, 20), "6", "", "maximum degree of the spherical harmonics"),
                    Parameter.core("sigma", ParameterType.real(0.01, true, 5, true), "0.5", "Å", "width of the atomic Gaussians"),
                    Parameter.core("basis", ParameterType.choice("gto", "polynomial"), "gto", "", "radial basis"),
                    Parameter.core("compression", ParameterType.choice(COMPRESSIONS.toArray(String[]::new)), "off", "",
                            "power-spectrum variant (DESCRIPTORS.md)"),
                    Parameter.option("center_weight", ParameterType.real(0, true, 1e3, true), "1", "",
                            "weight of the central atom's own Gaussian; 0 removes it"),
                    Parameter.option("cutoff", ParameterType.noneOr(COSINE), "none", "",
                            "smooth cutoff of neighbour weights; with one, neighbours beyond r_cut are dropped"),
                    Parameter.option("scaling", ParameterType.noneOr(POW), "none", "", "radial scaling of neighbour weights"),
                    Parameter.option("species", ParameterType.species(), "auto", "",
                            "species channels (atoms of other species are left out of every density); auto = all species of the dataset"),
                    Parameter.option("average", ParameterType.choice("off", "inner", "outer"), "off", "",
                            "off: one row per atom; inner: average coefficients per structure; outer: average features per structure"),
                    Parameter.option("d_J", ParameterType.integer(2, 3), "2", "", "number of embedding channels (compression=embedding)"),
                    Parameter.option("weights", ParameterType.matrixOrNone(), "none", "",
                            "explicit embedding weights, d_J rows of one weight per species (compression=embedding)"),
                    Parameter.option("seed", ParameterType.integer(0, Integer.MAX_VALUE), "0", "",
                            "seed of the random W matrices (compression=wtpl)")));

    @Override
    public Signature signature() {
        return SIGNATURE;
    }

    @Override
    public void checkCombination(DescriptorSpec spec) {
        if (spec.value("cutoff") instanceof SpecValue.Call cosine
                && Signature.number(cosine, "width") > spec.real("r_cut")) {
            throw new ParameterException("cutoff.width", "must not exceed r_cut = " + spec.value("r_cut").text()
                    + ", got " + Signature.number(cosine, "width"));
        }
        if (spec.value("weights") instanceof SpecValue.ListOf rows && rows.items().size() != spec.integer("d_J")) {
            throw new ParameterException("weights", "must have d_J = " + spec.integer("d_J") + " rows, got "
                    + rows.items().size());
        }
    }

    @Override
    public Descriptor create(DescriptorSpec spec, int[] datasetSpecies) {
        try {
            return new SoapDescriptor(SoapSettings.of(spec, datasetSpecies));
        } catch (SingularBasisException e) {
            throw new ParameterException("n_max", "the " + spec.word("basis") + " radial basis with n_max = "
                    + spec.integer("n_max") + " and r_cut = " + spec.value("r_cut").text()
                    + " is numerically singular (its primitive functions are almost equal); use a smaller n_max");
        }
    }
}
