package org.descriptorworkbench.descriptor;

import java.util.Objects;

/**
 * The one declaration of a descriptor parameter: name, accepted values, default, unit and a
 * sentence of documentation. Spec parsing and printing, {@code dwb features --list}, the GUI
 * form and session files are all driven by these declarations.
 *
 * @param name         the key as written in a spec, e.g. {@code n_max}
 * @param type         the accepted values
 * @param defaultValue the value used when the spec omits the parameter (already canonical)
 * @param unit         the unit, e.g. "Å", or "" for dimensionless values
 * @param doc          one sentence saying what the parameter does
 * @param core         true if the canonical text always shows it; optional parameters are shown only when not at their default
 */
public record Parameter(String name, ParameterType type, SpecValue defaultValue, String unit, String doc, boolean core) {

    public Parameter {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(defaultValue);
        defaultValue = type.check(name, defaultValue);
    }

    /** A parameter always printed in the canonical text. */
    public static Parameter core(String name, ParameterType type, String defaultText, String unit, String doc) {
        return new Parameter(name, type, SpecParser.parse(defaultText), unit, doc, true);
    }

    /** A parameter printed only when it differs from its default (the options beyond the reference code). */
    public static Parameter option(String name, ParameterType type, String defaultText, String unit, String doc) {
        return new Parameter(name, type, SpecParser.parse(defaultText), unit, doc, false);
    }
}
