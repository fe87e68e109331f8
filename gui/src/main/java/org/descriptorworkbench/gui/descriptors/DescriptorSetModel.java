package org.descriptorworkbench.gui.descriptors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.SpecValue;

/**
 * The descriptor set under comparison: an ordered list of distinct specs, exactly one of them the
 * reference whenever the set is not empty. Starts as SOAP ν = 2 (the reference) and its μ = 2,
 * ν,μ = 1,1 and ν,μ̂ = 1,1 compressions (seed 000 §II, Figs. 4–6), so every analysis runs at once.
 */
public final class DescriptorSetModel {
    /** The reference of the default set: the full power spectrum with modest settings. */
    public static final String DEFAULT_REFERENCE = "soap(r_cut=5, n_max=6, l_max=4, sigma=0.5, compression=off)";
    /** The compressions of the default set, seed 000's names: μ = 2, ν,μ = 1,1 and ν,μ̂ = 1,1. */
    public static final List<String> DEFAULT_COMPRESSIONS = List.of("mu2", "mu1nu1", "nu1muhat1");

    private final ObservableList<DescriptorSpec> specs = FXCollections.observableArrayList();
    private final ObjectProperty<DescriptorSpec> reference = new SimpleObjectProperty<>(this, "reference");

    /** The default set. */
    public static DescriptorSetModel withDefaults() {
        DescriptorSetModel model = new DescriptorSetModel();
        model.add(DescriptorCatalog.parse(DEFAULT_REFERENCE));
        for (String c : DEFAULT_COMPRESSIONS) {
            model.add(DescriptorCatalog.parse(DEFAULT_REFERENCE.replace("compression=off", "compression=" + c)));
        }
        return model;
    }

    public ObservableList<DescriptorSpec> specs() {
        return specs;
    }

    /** The reference descriptor, null only when the set is empty. */
    public ObjectProperty<DescriptorSpec> referenceProperty() {
        return reference;
    }

    public DescriptorSpec reference() {
        return reference.get();
    }

    /** Adds a spec at the end (the first added becomes the reference); false if it is already in the set. */
    public boolean add(DescriptorSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (specs.contains(spec)) {
            return false;
        }
        specs.add(spec);
        if (reference.get() == null) {
            reference.set(spec);
        }
        return true;
    }

    /** Replaces the spec at {@code index}; false (and no change) if the new one is already elsewhere in the set. */
    public boolean replace(int index, DescriptorSpec spec) {
        DescriptorSpec old = specs.get(index);
        int existing = specs.indexOf(spec);
        if (existing >= 0 && existing != index) {
            return false;
        }
        specs.set(index, spec);
        if (old.equals(reference.get())) {
            reference.set(spec);
        }
        return true;
    }

    /** Removes the spec at {@code index}; if it was the reference, the first remaining spec becomes the reference. */
    public void remove(int index) {
        DescriptorSpec removed = specs.remove(index);
        if (removed.equals(reference.get())) {
            reference.set(specs.isEmpty() ? null : specs.get(0));
        }
    }

    public void setReference(int index) {
        reference.set(specs.get(index));
    }

    /** Replaces the whole set (e.g. from a session); the reference must be one of the specs, or null for the first. */
    public void setAll(List<DescriptorSpec> newSpecs, DescriptorSpec newReference) {
        specs.setAll(new ArrayList<>(new java.util.LinkedHashSet<>(newSpecs)));
        reference.set(newReference != null && specs.contains(newReference) ? newReference
                : specs.isEmpty() ? null : specs.get(0));
    }

    /** The specs other than the reference, in set order. */
    public List<DescriptorSpec> members() {
        return specs.stream().filter(s -> !s.equals(reference.get())).toList();
    }

    /**
     * Short labels for plots: the family and the parameters whose values differ within the set
     * (e.g. "compression=mu2"), or the full spec text where that does not tell the specs apart.
     */
    public static List<String> shortLabels(List<DescriptorSpec> set) {
        List<String> labels = new ArrayList<>();
        for (DescriptorSpec spec : set) {
            labels.add(shortLabel(spec, set));
        }
        if (new java.util.HashSet<>(labels).size() != labels.size()) {
            return set.stream().map(DescriptorSpec::text).toList();
        }
        return labels;
    }

    /** The short label of one member of a set (see {@link #shortLabels}). */
    public static String shortLabel(DescriptorSpec spec, List<DescriptorSpec> set) {
        List<String> differing = new ArrayList<>();
        boolean oneFamily = set.stream().allMatch(s -> s.family().equals(spec.family()));
        if (!oneFamily || set.size() < 2) {
            return spec.text();
        }
        for (var p : spec.signature().parameters()) {
            SpecValue mine = spec.value(p.name());
            boolean varies = set.stream().anyMatch(s -> !s.value(p.name()).equals(mine));
            if (varies) {
                differing.add(p.name() + "=" + mine.text());
            }
        }
        return differing.isEmpty() ? spec.text() : spec.family() + " " + String.join(", ", differing);
    }
}
