package org.descriptorworkbench.descriptor.acsf;

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
 * The atom-centred symmetry functions family (Behler 2011; seed 001 eq. 7–9): G1–G5 with DScribe
 * 2.1's definitions and feature order (CONVENTIONS.md §2), the compressed variants of seed 000 §I
 * as defined in DESCRIPTORS.md, and the two parameter sets of seed 001 as presets
 * ({@link AcsfPresets}).
 */
public final class AcsfFamily implements DescriptorFamily {

    /** The compression keys of DESCRIPTORS.md ("Compressed ACSF"). */
    public static final List<String> COMPRESSIONS = List.of("off", "mu1nu1", "mu2", "weighted");

    private static final Signature SIGNATURE = new Signature("acsf",
            "Atom-centred symmetry functions G1-G5 (DScribe 2.1 conventions; compressions of Darby et al. 2022)",
            List.of(
                    Parameter.core("r_cut", ParameterType.real(0, false, 30, true), "5", "Å",
                            "cutoff radius of fc(r) = (cos(pi r / r_cut) + 1) / 2"),
                    Parameter.core("g2", ParameterType.matrixOrNone(), "none", "",
                            "radial G2 rows [eta (1/Å²), R_s (Å)]"),
                    Parameter.core("g3", ParameterType.numbersOrNone(), "none", "",
                            "radial G3 values kappa (1/Å)"),
                    Parameter.core("g4", ParameterType.matrixOrNone(), "none", "",
                            "angular G4 rows [eta (1/Å²), zeta, lambda], r_jk limited by r_cut"),
                    Parameter.core("g5", ParameterType.matrixOrNone(), "none", "",
                            "angular G5 rows [eta (1/Å²), zeta, lambda], no r_jk terms"),
                    Parameter.core("compression", ParameterType.choice(COMPRESSIONS.toArray(String[]::new)), "off", "",
                            "off: per species and species pair; mu1nu1: one angular block per species; "
                                    + "mu2: element agnostic; weighted: wACSF with species weights"),
                    Parameter.option("weights", ParameterType.numbersOrNone(), "none", "",
                            "species weights for compression=weighted, one per species in atomic-number order; "
                                    + "none = the atomic numbers"),
                    Parameter.option("acsf_preset", ParameterType.choice("none", "standard", "extended"), "none", "",
                            "G2/G4 parameter set of seed 001 scaled to r_cut (standard = ACSF, extended = ACSF-X)"),
                    Parameter.option("species", ParameterType.species(), "auto", "",
                            "species channels; auto = all species of the dataset")));

    @Override
    public Signature signature() {
        return SIGNATURE;
    }

    @Override
    public void checkCombination(DescriptorSpec spec) {
        checkRows(spec, "g2", 2);
        checkRows(spec, "g4", 3);
        checkRows(spec, "g5", 3);
        if (!spec.word("acsf_preset").equals("none")) {
            for (String key : List.of("g2", "g4")) {
                if (!spec.isNone(key)) {
                    throw new ParameterException(key, "must be none when acsf_preset=" + spec.word("acsf_preset")
                            + " is given (the preset sets g2 and g4)");
                }
            }
        }
        if (!spec.isNone("weights") && !spec.word("compression").equals("weighted")) {
            throw new ParameterException("weights", "is only used with compression=weighted");
        }
    }

    private static void checkRows(DescriptorSpec spec, String key, int width) {
        if (!(spec.value(key) instanceof SpecValue.ListOf rows)) {
            return;
        }
        String form = width == 2 ? "[eta, R_s]" : "[eta, zeta, lambda]";
        for (SpecValue row : rows.items()) {
            List<SpecValue> cells = ((SpecValue.ListOf) row).items();
            if (cells.size() != width) {
                throw new ParameterException(key, "rows must be " + form + ", got " + row.text());
            }
            double eta = ((SpecValue.Num) cells.get(0)).value();
            if (eta < 0) {
                throw new ParameterException(key, "eta must be >= 0, got " + row.text());
            }
            if (width == 3) {
                double zeta = ((SpecValue.Num) cells.get(1)).value();
                double lambda = ((SpecValue.Num) cells.get(2)).value();
                if (zeta < 1) {
                    throw new ParameterException(key, "zeta must be >= 1, got " + row.text());
                }
                if (lambda != 1 && lambda != -1) {
                    throw new ParameterException(key, "lambda must be 1 or -1, got " + row.text());
                }
            }
        }
    }

    @Override
    public Descriptor create(DescriptorSpec spec, int[] datasetSpecies) {
        return new AcsfDescriptor(AcsfSettings.of(spec, datasetSpecies));
    }
}
