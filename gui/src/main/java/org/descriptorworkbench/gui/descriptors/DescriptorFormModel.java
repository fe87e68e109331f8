package org.descriptorworkbench.gui.descriptors;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorFamily;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Parameter;
import org.descriptorworkbench.error.WorkbenchException;

/**
 * The state behind the descriptor form: a family, one text per parameter of its declaration (the
 * form's fields are generated from {@link DescriptorFamily#signature()}) and the spec text they make,
 * checked by the spec parser as they change. The spec text can also be typed directly; a valid
 * typed spec fills the fields. {@link #errorProperty()} holds the parser's one-line message, empty
 * when valid. Needs no running JavaFX toolkit.
 */
public final class DescriptorFormModel {
    private final ObjectProperty<DescriptorFamily> family = new SimpleObjectProperty<>(this, "family");
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final StringProperty specText = new SimpleStringProperty(this, "specText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<DescriptorSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private boolean updating;

    /** A form for a new descriptor of the first family, every field at its default. */
    public DescriptorFormModel() {
        this(DescriptorCatalog.families().get(0).name() + "()");
    }

    /** A form showing an existing spec text (which may be invalid: the error says why). */
    public DescriptorFormModel(String initialSpec) {
        family.addListener((obs, old, now) -> {
            if (!updating && now != null) {
                fillFields(now, null);
                rebuildSpecFromFields();
            }
        });
        specText.addListener((obs, old, now) -> {
            if (!updating) {
                typedSpec(now);
            }
        });
        specText.set(initialSpec);
        if (family.get() == null) {
            updating = true;
            family.set(DescriptorCatalog.families().get(0));
            fillFields(family.get(), null);
            updating = false;
        }
    }

    /** The chosen family; changing it resets the fields to that family's defaults. */
    public ObjectProperty<DescriptorFamily> familyProperty() {
        return family;
    }

    /** The text of every parameter of the chosen family, in declaration order. */
    public Map<String, StringProperty> fields() {
        return values;
    }

    /** The text of one field; setting it rebuilds and rechecks the spec. */
    public StringProperty field(String parameter) {
        StringProperty p = values.get(parameter);
        if (p == null) {
            throw new IllegalArgumentException(family.get().name() + " has no parameter " + parameter);
        }
        return p;
    }

    /** The spec text: made from the fields, or typed. */
    public StringProperty specTextProperty() {
        return specText;
    }

    /** The spec parser's message for the current text, empty when it is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The checked spec, null while the text is invalid. */
    public ReadOnlyObjectProperty<DescriptorSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    private void typedSpec(String text) {
        try {
            DescriptorSpec parsed = DescriptorCatalog.parse(text);
            spec.set(parsed);
            error.set("");
            updating = true;
            try {
                DescriptorFamily f = DescriptorCatalog.family(parsed.family());
                fillFields(f, parsed); // before the family changes, so views rebuilding on it see the new fields
                family.set(f);
            } finally {
                updating = false;
            }
        } catch (WorkbenchException e) {
            spec.set(null);
            error.set(e.getMessage());
        }
    }

    private void fillFields(DescriptorFamily f, DescriptorSpec from) {
        boolean sameFamily = values.keySet().equals(f.signature().parameters().stream().map(Parameter::name)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        if (!sameFamily) {
            values.clear();
            for (Parameter p : f.signature().parameters()) {
                StringProperty field = new SimpleStringProperty(this, p.name(), "");
                field.addListener((obs, old, now) -> {
                    if (!updating) {
                        rebuildSpecFromFields();
                    }
                });
                values.put(p.name(), field);
            }
        }
        boolean was = updating;
        updating = true;
        try {
            for (Parameter p : f.signature().parameters()) {
                values.get(p.name()).set((from == null ? p.defaultValue() : from.value(p.name())).text());
            }
        } finally {
            updating = was;
        }
    }

    /** Builds the text from the fields: every non-empty field that differs from its default, then checks it. */
    private void rebuildSpecFromFields() {
        DescriptorFamily f = family.get();
        StringBuilder text = new StringBuilder(f.name()).append('(');
        boolean first = true;
        for (Parameter p : f.signature().parameters()) {
            String v = values.get(p.name()).get().trim();
            if (v.isEmpty() || (!p.core() && v.equals(p.defaultValue().text()))) {
                continue;
            }
            text.append(first ? "" : ", ").append(p.name()).append('=').append(v);
            first = false;
        }
        text.append(')');
        updating = true;
        try {
            specText.set(text.toString());
        } finally {
            updating = false;
        }
        try {
            spec.set(DescriptorCatalog.parse(text.toString()));
            error.set("");
        } catch (WorkbenchException e) {
            spec.set(null);
            error.set(e.getMessage());
        }
    }
}
