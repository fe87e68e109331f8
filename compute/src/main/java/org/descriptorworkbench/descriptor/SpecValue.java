package org.descriptorworkbench.descriptor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One value in the text form of a descriptor spec: a number, an identifier, a list {@code [..]},
 * a quoted string or a call {@code name(arg, key=value)}. Values print themselves in the canonical form that
 * {@link SpecParser} reads back to an equal value.
 */
public sealed interface SpecValue {

    /** The canonical text of this value. */
    String text();

    /** A real number; printed as an integer when integral, else in its shortest round-trip decimal form. */
    record Num(double value) implements SpecValue {
        public Num {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("spec numbers must be finite");
            }
        }

        @Override
        public String text() {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
            double magnitude = Math.abs(value);
            if (magnitude >= 1e-4 && magnitude < 1e15) {
                return exact.toPlainString();
            }
            return exact.toString().toLowerCase(Locale.ROOT).replace("e+", "e");
        }

        /** True if the value is a whole number that fits in an int. */
        public boolean isInteger() {
            return value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE;
        }
    }

    /** A bare identifier such as {@code gto}, {@code off} or a chemical symbol. */
    record Word(String name) implements SpecValue {
        @Override
        public String text() {
            return name;
        }
    }

    /**
     * A double-quoted string such as a file path, {@code "data/fit.extxyz"}; printed with {@code \\}
     * and {@code \"} escaped so that it reads back unchanged.
     */
    record Text(String value) implements SpecValue {
        @Override
        public String text() {
            return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }

    /** A bracketed list, e.g. {@code [H, C, O]} or {@code [[1, 2], [3, 4]]}. */
    record ListOf(List<SpecValue> items) implements SpecValue {
        public ListOf {
            items = List.copyOf(items);
        }

        @Override
        public String text() {
            return items.stream().map(SpecValue::text).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** A named call with positional and/or named arguments, e.g. {@code cosine(0.5)} or a nested spec. */
    record Call(String name, List<Argument> arguments) implements SpecValue {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public String text() {
            return arguments.stream().map(Argument::text).collect(Collectors.joining(", ", name + "(", ")"));
        }
    }

    /** One argument of a call; {@code name} is null for a positional argument. */
    record Argument(String name, SpecValue value) {
        public String text() {
            return name == null ? value.text() : name + "=" + value.text();
        }
    }
}
