package org.descriptorworkbench.descriptor;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.descriptorworkbench.descriptor.acsf.AcsfFamily;
import org.descriptorworkbench.descriptor.mbtr.MbtrFamily;
import org.descriptorworkbench.descriptor.chebyshev.ChebyshevFamily;
import org.descriptorworkbench.descriptor.moments.MomentsFamily;
import org.descriptorworkbench.descriptor.soap.SoapFamily;
import org.descriptorworkbench.error.ParameterException;

/**
 * The explicit list of descriptor families, one line each, and the entry point that turns spec
 * text into a checked {@link DescriptorSpec} and a spec into a {@link Descriptor}.
 */
public final class DescriptorCatalog {
    private static final List<DescriptorFamily> FAMILIES = List.of(
            new SoapFamily(),
            new AcsfFamily(),
            new MbtrFamily(),
            new ChebyshevFamily(),
            new MomentsFamily());

    private DescriptorCatalog() {
    }

    /** Every family, in catalog order. */
    public static List<DescriptorFamily> families() {
        return FAMILIES;
    }

    /** The family with this name; ParameterException("descriptor", ...) listing the known ones otherwise. */
    public static DescriptorFamily family(String name) {
        return family("descriptor", name);
    }

    private static DescriptorFamily family(String parameter, String name) {
        for (DescriptorFamily f : FAMILIES) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new ParameterException(parameter, "unknown descriptor family '" + name + "'; known: "
                + FAMILIES.stream().map(DescriptorFamily::name).collect(Collectors.joining(", ")));
    }

    /** Parses and checks spec text, e.g. {@code soap(r_cut=5, n_max=8)}. */
    public static DescriptorSpec parse(String text) {
        return bind("", "descriptor", SpecParser.parseCall(text));
    }

    /**
     * Checks a parsed call as a descriptor spec. {@code path} prefixes parameter names in messages
     * and {@code parameter} names an unknown family: "local." and "local" for a nested spec.
     */
    static DescriptorSpec bind(String path, String parameter, SpecValue.Call call) {
        DescriptorFamily family = family(parameter, call.name());
        Map<String, SpecValue> values = family.signature().bind(path, call);
        DescriptorSpec spec = new DescriptorSpec(family.signature(), values);
        try {
            family.checkCombination(spec);
        } catch (ParameterException e) {
            if (path.isEmpty()) {
                throw e;
            }
            throw new ParameterException(path + e.parameter(), e.getMessage().substring(e.parameter().length() + 2));
        }
        return spec;
    }

    /** Builds the descriptor for a spec and the species present in the data (ascending atomic numbers). */
    public static Descriptor create(DescriptorSpec spec, int[] datasetSpecies) {
        return family(spec.family()).create(spec, datasetSpecies);
    }

    /** A human-readable listing of every family with its parameters, defaults, units and allowed values. */
    public static String describe() {
        StringBuilder sb = new StringBuilder();
        for (DescriptorFamily f : FAMILIES) {
            Signature s = f.signature();
            sb.append(s.name()).append(": ").append(s.doc()).append('\n');
            for (Parameter p : s.parameters()) {
                sb.append(String.format("  %-14s default %-10s %s%s; %s%n", p.name(), p.defaultValue().text(),
                        p.type().describe(), p.unit().isEmpty() ? "" : " (" + p.unit() + ")", p.doc()));
            }
        }
        return sb.toString();
    }
}
