package org.descriptorworkbench.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Element;

/**
 * An immutable, complete description of one descriptor: its family and the value of every
 * parameter. Its canonical text, e.g. {@code soap(r_cut=4, n_max=4, l_max=3, sigma=0.5, basis=gto,
 * compression=off)}, is the one form used in the GUI, the CLI, session files and output headers.
 *
 * <p>Printing rule: the family's core parameters are always printed, in declaration order, so that
 * the text states the full setting of the reference code; the options beyond the reference code
 * are printed only when they differ from their default. Numbers print as integers when integral,
 * nested forms print with every argument named, species lists sorted by atomic number. Hence
 * {@code parse(text).text()} is canonical and {@code parse(spec.text())} equals {@code spec}.
 * Specs are made by {@link DescriptorCatalog#parse(String)}.
 */
public final class DescriptorSpec {
    private final Signature signature;
    private final Map<String, SpecValue> values;
    private final String text;

    DescriptorSpec(Signature signature, Map<String, SpecValue> values) {
        this.signature = signature;
        this.values = Map.copyOf(values);
        this.text = canonicalText(signature, values);
    }

    private static String canonicalText(Signature signature, Map<String, SpecValue> values) {
        List<String> parts = new ArrayList<>();
        for (Parameter p : signature.parameters()) {
            SpecValue v = values.get(p.name());
            if (p.core() || !v.equals(p.defaultValue())) {
                parts.add(p.name() + "=" + v.text());
            }
        }
        return signature.name() + "(" + String.join(", ", parts) + ")";
    }

    /** The family name, e.g. "soap". */
    public String family() {
        return signature.name();
    }

    /** The declarations this spec was checked against. */
    public Signature signature() {
        return signature;
    }

    /** The value of a parameter (the default if the text did not give it). */
    public SpecValue value(String name) {
        SpecValue v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException(family() + " has no parameter " + name);
        }
        return v;
    }

    public double real(String name) {
        return ((SpecValue.Num) value(name)).value();
    }

    public int integer(String name) {
        return (int) real(name);
    }

    /** The identifier value of a choice parameter. */
    public String word(String name) {
        return ((SpecValue.Word) value(name)).name();
    }

    /** True if the parameter holds the identifier {@code none}. */
    public boolean isNone(String name) {
        return value(name) instanceof SpecValue.Word w && w.name().equals("none");
    }

    /**
     * The atomic numbers of a species parameter ({@code auto} or a list), sorted ascending;
     * {@code datasetSpecies} is used for {@code auto}.
     */
    public int[] species(String name, int[] datasetSpecies) {
        SpecValue v = value(name);
        if (v instanceof SpecValue.ListOf list) {
            return list.items().stream().mapToInt(s -> Element.bySymbol(((SpecValue.Word) s).name()).orElseThrow().atomicNumber())
                    .sorted().toArray();
        }
        if (datasetSpecies.length == 0) {
            throw new ParameterException(name, "the dataset has no atoms, so species=auto finds no species");
        }
        return datasetSpecies.clone();
    }

    /** The canonical text. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DescriptorSpec other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
