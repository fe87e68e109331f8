package org.descriptorworkbench.descriptor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.descriptorworkbench.error.ParameterException;

/**
 * A named list of parameter declarations: a descriptor family ({@code soap(...)}) or a nested
 * option form ({@code cosine(width)}). Binds the arguments of a parsed call to the parameters,
 * positional arguments in declaration order, filling defaults and rejecting unknown names.
 */
public record Signature(String name, String doc, List<Parameter> parameters) {

    public Signature {
        parameters = List.copyOf(parameters);
    }

    /** The names of the parameters in declaration order, e.g. "cosine(width)". */
    public String synopsis() {
        return parameters.stream().map(Parameter::name).collect(Collectors.joining(", ", name + "(", ")"));
    }

    /** The declaration of a parameter, or null. */
    public Parameter parameter(String key) {
        for (Parameter p : parameters) {
            if (p.name().equals(key)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Checks every argument of {@code call} and returns the complete, canonical values in
     * declaration order. {@code path} prefixes parameter names in messages (e.g. "cutoff.").
     */
    public Map<String, SpecValue> bind(String path, SpecValue.Call call) {
        Map<String, SpecValue> given = new LinkedHashMap<>();
        int positional = 0;
        boolean seenNamed = false;
        for (SpecValue.Argument arg : call.arguments()) {
            String key;
            if (arg.name() == null) {
                if (seenNamed) {
                    throw new ParameterException(path + name, "positional argument " + arg.value().text() + " after a named one");
                }
                if (positional >= parameters.size()) {
                    throw new ParameterException(path + name, "takes at most " + parameters.size() + " arguments: " + synopsis());
                }
                key = parameters.get(positional++).name();
            } else {
                seenNamed = true;
                key = arg.name();
            }
            Parameter p = parameter(key);
            if (p == null) {
                throw new ParameterException(path + key, "unknown parameter of " + name + "; allowed: "
                        + parameters.stream().map(Parameter::name).collect(Collectors.joining(", ")));
            }
            if (given.containsKey(key)) {
                throw new ParameterException(path + key, "given twice");
            }
            given.put(key, p.type().check(path + key, arg.value()));
        }
        Map<String, SpecValue> all = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            all.put(p.name(), given.getOrDefault(p.name(), p.defaultValue()));
        }
        return Collections.unmodifiableMap(all);
    }

    /** Binds a nested call and returns it in canonical form: every parameter named, in declaration order. */
    public SpecValue.Call bindNested(String parameterName, SpecValue.Call call) {
        Map<String, SpecValue> values = bind(parameterName + ".", call);
        List<SpecValue.Argument> args = new ArrayList<>();
        values.forEach((k, v) -> args.add(new SpecValue.Argument(k, v)));
        return new SpecValue.Call(name, args);
    }

    /** Reads a named argument of a canonical nested call as a number. */
    public static double number(SpecValue.Call call, String key) {
        for (SpecValue.Argument a : call.arguments()) {
            if (key.equals(a.name())) {
                return ((SpecValue.Num) a.value()).value();
            }
        }
        throw new IllegalArgumentException(call.name() + " has no argument " + key);
    }
}
