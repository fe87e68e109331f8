package org.descriptorworkbench.descriptor.soap;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * radial scaling, fixed species, averaging, the optimal radial basis of seed 003) are defined in
 * DESCRIPTORS.md and off by default.
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

    static final Signature OPTIMAL = new Signature("optimal",
            "data-driven radial basis: the q_max leading eigenvectors of the coefficient covariance of a fit dataset (seed 003 §2.1)",
            List.of(Parameter.core("q_max", ParameterType.integer(1, 400), "6", "",
                            "number of contracted radial functions kept (per l; at most n_max, or S·n_max when mixed)"),
                    Parameter.core("mixed", ParameterType.choice("false", "true"), "false", "",
                            "false: one basis per neighbour species and l (eq. 2.1); true: one per l over (species, n) (eq. 2.6)"),
                    Parameter.core("fit", ParameterType.pathOrNone(), "none", "",
                            "quoted path (relative to the working directory) of the structure file whose every atom environment the basis is fitted on; required")));

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
                            "seed of the random W matrices (compression=wtpl)"),
                    Parameter.option("radial", ParameterType.noneOr(OPTIMAL), "none", "",
                            "none: features in the primitive basis; optimal(...): in the contracted data-driven basis of seed 003")));

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
        if (spec.value("radial") instanceof SpecValue.Call optimal) {
            checkOptimal(spec, optimal);
        }
    }

    /**
     * The fit file must be given and exist (fitting on the described dataset is not offered: a
     * family builds its descriptor from the species list alone); q_max at most n_max per species,
     * or S·n_max mixed when the species are listed (else checked when the descriptor is built);
     * the mixed basis has no species channels for embedding weights.
     */
    private static void checkOptimal(DescriptorSpec spec, SpecValue.Call optimal) {
        int qMax = (int) Signature.number(optimal, "q_max");
        boolean mixed = OptimalRadialBasis.argument(optimal, "mixed").text().equals("true");
        int nMax = spec.integer("n_max");
        if (!mixed && qMax > nMax) {
            throw new ParameterException("radial.q_max", "must not exceed n_max = " + nMax + ", got " + qMax);
        }
        if (mixed && spec.value("species") instanceof SpecValue.ListOf listed && qMax > listed.items().size() * nMax) {
            throw new ParameterException("radial.q_max", "must not exceed S·n_max = " + listed.items().size() * nMax
                    + " for the mixed basis, got " + qMax);
        }
        if (mixed && spec.word("compression").equals("embedding")) {
            throw new ParameterException("radial.mixed", "the mixed basis has no species channels to embed; use compression=off or mixed=false");
        }
        SpecValue fit = OptimalRadialBasis.argument(optimal, "fit");
        if (!(fit instanceof SpecValue.Text path)) {
            throw new ParameterException("radial.fit", "is required: a quoted path of the structure file to fit the basis on");
        }
        if (!Files.isRegularFile(Path.of(path.value()))) {
            throw new ParameterException("radial.fit", "file not found: " + path.value());
        }
    }

    @Override
    public Descriptor create(DescriptorSpec spec, int[] datasetSpecies) {
        try {
            SoapSettings settings = SoapSettings.of(spec, datasetSpecies);
            OptimalRadialBasis optimal = spec.value("radial") instanceof SpecValue.Call radial
                    ? OptimalRadialBasis.fromSpec(settings, radial) : null;
            return new SoapDescriptor(settings, optimal);
        } catch (SingularBasisException e) {
            throw new ParameterException("n_max", "the " + spec.word("basis") + " radial basis with n_max = "
                    + spec.integer("n_max") + " and r_cut = " + spec.value("r_cut").text()
                    + " is numerically singular (its primitive functions are almost equal); use a smaller n_max");
        }
    }
}
