package org.descriptorworkbench.descriptor.mbtr;

import java.util.List;
import java.util.Map;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorFamily;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Parameter;
import org.descriptorworkbench.descriptor.ParameterType;
import org.descriptorworkbench.descriptor.Signature;
import org.descriptorworkbench.descriptor.SpecValue;
import org.descriptorworkbench.error.ParameterException;

/**
 * The many-body tensor representation family (Huo and Rupp; seed 001 eq. 23–24), one vector per
 * structure, with DScribe 2.1's definitions: k = 1 (atomic numbers), k = 2 (distances, exactly as
 * CONVENTIONS.md §3) and k = 3 (angles), each a sum of Gaussians integrated over grid bins.
 * DScribe's normalisations none, l2, n_atoms and valle_oganov ({@link ValleOganovNormalization}) are
 * offered; like DScribe, valle_oganov is refused for non-periodic structures, and for k ≥ 2 it
 * needs the exp weighting, since DScribe requires a weighting other than unity for periodic systems.
 */
public final class MbtrFamily implements DescriptorFamily {

    /** The geometry functions allowed for each k. */
    static final Map<Integer, List<String>> GEOMETRIES = Map.of(
            1, List.of("atomic_number"),
            2, List.of("distance", "inverse_distance"),
            3, List.of("angle", "cosine"));

    static final Signature EXP = new Signature("exp",
            "w = exp(-scale * r) for k = 2 (r = r_ij) and k = 3 (r = perimeter); terms with w < threshold are dropped",
            List.of(Parameter.core("scale", ParameterType.real(0, false, 100, true), "0.5", "1/Å", "decay rate"),
                    Parameter.core("threshold", ParameterType.real(0, false, 1, false), "0.001", "",
                            "smallest weight kept; sets the interaction range -ln(threshold)/scale")));

    private static final Signature SIGNATURE = new Signature("mbtr",
            "Many-body tensor representation, one vector per structure (DScribe 2.1 conventions)",
            List.of(
                    Parameter.core("k", ParameterType.integer(1, 3), "2", "", "body order: 1 atoms, 2 pairs, 3 triplets"),
                    Parameter.core("geometry", ParameterType.choice("atomic_number", "distance", "inverse_distance",
                            "angle", "cosine"), "inverse_distance", "",
                            "k=1: atomic_number; k=2: distance or inverse_distance; k=3: angle (degrees) or cosine"),
                    Parameter.core("grid_min", ParameterType.real(-1e6, true, 1e6, true), "0", "", "first grid point"),
                    Parameter.core("grid_max", ParameterType.real(-1e6, true, 1e6, true), "1.2", "", "last grid point"),
                    Parameter.core("grid_n", ParameterType.integer(2, 100000), "25", "", "number of grid points"),
                    Parameter.core("sigma", ParameterType.real(0, false, 1e6, true), "0.05", "",
                            "standard deviation of the Gaussians, in units of the geometry"),
                    Parameter.core("weighting", ParameterType.noneOr(EXP), "exp(scale=0.5, threshold=0.001)", "",
                            "none = unit weights (finite systems only for k >= 2) or exp(scale, threshold)"),
                    Parameter.core("normalize_gaussians", ParameterType.choice("true", "false"), "true", "",
                            "true: unit-area Gaussians; false: unit height (times sigma sqrt(2 pi))"),
                    Parameter.core("normalization", ParameterType.choice("none", "l2", "n_atoms", "valle_oganov"), "none",
                            "", "none; l2: divide by the Euclidean norm; n_atoms: divide by the number of atoms;"
                            + " valle_oganov: scale each species block by the cell volume over its atom counts"
                            + " (periodic structures only; needs exp weighting for k >= 2)"),
                    Parameter.option("species", ParameterType.species(), "auto", "",
                            "species channels; auto = all species of the dataset")));

    @Override
    public Signature signature() {
        return SIGNATURE;
    }

    @Override
    public void checkCombination(DescriptorSpec spec) {
        int k = spec.integer("k");
        String geometry = spec.word("geometry");
        if (!GEOMETRIES.get(k).contains(geometry)) {
            throw new ParameterException("geometry", "must be one of " + String.join(", ", GEOMETRIES.get(k))
                    + " for k=" + k + ", got " + geometry);
        }
        if (!(spec.real("grid_max") > spec.real("grid_min"))) {
            throw new ParameterException("grid_max", "must be larger than grid_min = " + spec.value("grid_min").text()
                    + ", got " + spec.value("grid_max").text());
        }
        if (k == 1 && spec.value("weighting") instanceof SpecValue.Call) {
            throw new ParameterException("weighting", "must be none for k=1 (atoms carry unit weight)");
        }
        if (k > 1 && spec.word("normalization").equals("valle_oganov") && !(spec.value("weighting") instanceof SpecValue.Call)) {
            throw new ParameterException("weighting", "must be exp(scale, threshold) with normalization=valle_oganov for k="
                    + k + ": valle_oganov is for periodic structures, which need a decaying weight");
        }
    }

    @Override
    public Descriptor create(DescriptorSpec spec, int[] datasetSpecies) {
        return new MbtrDescriptor(MbtrSettings.of(spec, datasetSpecies));
    }
}
