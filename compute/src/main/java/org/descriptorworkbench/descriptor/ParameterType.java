package org.descriptorworkbench.descriptor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Element;

/**
 * What values a descriptor parameter accepts. Each type checks a parsed value, returns its
 * canonical form, and describes the allowed values in words for error messages and
 * {@code dwb features --list}.
 */
public sealed interface ParameterType {

    /** Checks {@code value} for the parameter called {@code name}; returns the canonical value or throws ParameterException. */
    SpecValue check(String name, SpecValue value);

    /** The allowed values in words, e.g. "an integer in 1..20". */
    String describe();

    default ParameterException reject(String name, SpecValue value) {
        return new ParameterException(name, "must be " + describe() + ", got " + value.text());
    }

    static ParameterType integer(int min, int max) {
        return new IntegerRange(min, max);
    }

    /** A real number with the given bounds; {@code Double.POSITIVE_INFINITY} for no upper bound. */
    static ParameterType real(double min, boolean minInclusive, double max, boolean maxInclusive) {
        return new RealRange(min, minInclusive, max, maxInclusive);
    }

    static ParameterType choice(String... values) {
        return new Choice(List.of(values));
    }

    /** {@code auto} (all species of the dataset) or a list of element symbols, printed sorted by atomic number. */
    static ParameterType species() {
        return SpeciesList.INSTANCE;
    }

    /** {@code none} or one of the given call forms, e.g. {@code cosine(width=0.5)}. */
    static ParameterType noneOr(Signature... forms) {
        return new NoneOrCall(List.of(forms));
    }

    /** {@code none} or a rectangular list of lists of numbers, e.g. {@code [[1, 1], [1, 2]]}. */
    static ParameterType matrixOrNone() {
        return MatrixOrNone.INSTANCE;
    }

    /** {@code none} or a non-empty flat list of numbers, e.g. {@code [0.5, 1, 2]}. */
    static ParameterType numbersOrNone() {
        return NumbersOrNone.INSTANCE;
    }

    /** {@code none} or a double-quoted file path such as {@code "data/fit.extxyz"} (existence is the family's check). */
    static ParameterType pathOrNone() {
        return PathOrNone.INSTANCE;
    }

    /**
     * A nested descriptor spec such as {@code chebyshev(r_cut=6)}, checked by its own family with
     * messages naming the nested parameter ({@code local.r_cut}) and stored in canonical form.
     */
    static ParameterType descriptor() {
        return NestedDescriptor.INSTANCE;
    }

    /** Whole numbers in [min, max]. */
    record IntegerRange(int min, int max) implements ParameterType {
        @Override
        public SpecValue check(String name, SpecValue value) {
            if (value instanceof SpecValue.Num num && num.isInteger() && num.value() >= min && num.value() <= max) {
                return num;
            }
            throw reject(name, value);
        }

        @Override
        public String describe() {
            return max == Integer.MAX_VALUE ? "an integer >= " + min : "an integer in " + min + ".." + max;
        }
    }

    /** Real numbers in an interval. */
    record RealRange(double min, boolean minInclusive, double max, boolean maxInclusive) implements ParameterType {
        @Override
        public SpecValue check(String name, SpecValue value) {
            if (value instanceof SpecValue.Num num) {
                double v = num.value();
                boolean aboveMin = minInclusive ? v >= min : v > min;
                boolean belowMax = maxInclusive ? v <= max : v < max;
                if (aboveMin && belowMax) {
                    return num;
                }
            }
            throw reject(name, value);
        }

        @Override
        public String describe() {
            String low = new SpecValue.Num(min).text();
            if (Double.isInfinite(max)) {
                return "a number " + (minInclusive ? ">= " : "> ") + low;
            }
            return "a number in " + (minInclusive ? "[" : "(") + low + ", " + new SpecValue.Num(max).text() + (maxInclusive ? "]" : ")");
        }
    }

    /** One identifier out of a fixed list. */
    record Choice(List<String> values) implements ParameterType {
        @Override
        public SpecValue check(String name, SpecValue value) {
            if (value instanceof SpecValue.Word word && values.contains(word.name())) {
                return word;
            }
            throw reject(name, value);
        }

        @Override
        public String describe() {
            return "one of " + String.join(", ", values);
        }
    }

    /** auto or a list of element symbols. */
    enum SpeciesList implements ParameterType {
        INSTANCE;

        @Override
        public SpecValue check(String name, SpecValue value) {
            if (value instanceof SpecValue.Word word && word.name().equals("auto")) {
                return word;
            }
            if (value instanceof SpecValue.ListOf list && !list.items().isEmpty()) {
                List<Element> elements = new ArrayList<>();
                for (SpecValue item : list.items()) {
                    Optional<Element> e = item instanceof SpecValue.Word w ? Element.bySymbol(w.name()) : Optional.empty();
                    if (e.isEmpty()) {
                        throw new ParameterException(name, "'" + item.text() + "' is not an element symbol; expected "
                                + describe());
                    }
                    if (elements.contains(e.get())) {
                        throw new ParameterException(name, "lists " + e.get().symbol() + " twice");
                    }
                    elements.add(e.get());
                }
                elements.sort(Comparator.comparingInt(Element::atomicNumber));
                return new SpecValue.ListOf(elements.stream().map(e -> (SpecValue) new SpecValue.Word(e.symbol())).toList());
            }
            throw reject(name, value);
        }

        @Override
        public String describe() {
            return "auto or a list of element symbols like [H, C, O]";
        }
    }

    /** none or one of several call forms, each with its own parameters. */
    record NoneOrCall(List<Signature> forms) implements ParameterType {
        @Override
        public SpecValue check(String name, SpecValue value) {
            if (value instanceof SpecValue.Word word && word.name().equals("none")) {
                return word;
            }
            if (value instanceof SpecValue.Call call) {
                for (Signature form : forms) {
                    if (form.name().equals(call.name())) {
                        return form.bindNested(name, call);
                    }
                }
            }
            throw reject(name, value);
        }

        @Override
        public String describe() {
            return "none or " + forms.stream().map(Signature::synopsis).collect(Collectors.joining(" or "));
        }
    }

    /** none or a rectangular matrix written as a list of rows. */
    enum MatrixOrNone implements ParameterType {
        INSTANCE;

        @Override
        public SpecValue check(String name, SpecValue value) {
            if (value instanceof SpecValue.Word word && word.name().equals("none")) {
                return word;
            }
            if (value instanceof SpecValue.ListOf rows && !rows.items().isEmpty()) {
                int width = -1;
                for (SpecValue row : rows.items()) {
                    if (!(row instanceof SpecValue.ListOf cells) || cells.items().isEmpty()
                            || !cells.items().stream().allMatch(c -> c instanceof SpecValue.Num)) {
                        throw reject(name, value);
                    }
                    if (width >= 0 && cells.items().size() != width) {
                        throw new ParameterException(name, "rows must all have the same length, got " + value.text());
                    }
                    width = cells.items().size();
                }
                return rows;
            }
            throw reject(name, value);
        }

        @Override
        public String describe() {
            return "none or a list of rows of numbers like [[1, 1], [1, 2]]";
        }
    }

    /** none or a flat list of numbers. */
    enum NumbersOrNone implements ParameterType {
        INSTANCE;

        @Override
        public SpecValue check(String name, SpecValue value) {
            if (value instanceof SpecValue.Word word && word.name().equals("none")) {
                return word;
            }
            if (value instanceof SpecValue.ListOf list && !list.items().isEmpty()
                    && list.items().stream().allMatch(c -> c instanceof SpecValue.Num)) {
                return list;
            }
            throw reject(name, value);
        }

        @Override
        public String describe() {
            return "none or a list of numbers like [0.5, 1, 2]";
        }
    }

    /** none or a non-empty quoted path. */
    enum PathOrNone implements ParameterType {
        INSTANCE;

        @Override
        public SpecValue check(String name, SpecValue value) {
            if (value instanceof SpecValue.Word word && word.name().equals("none")) {
                return word;
            }
            if (value instanceof SpecValue.Text path && !path.value().isBlank()) {
                return path;
            }
            throw reject(name, value);
        }

        @Override
        public String describe() {
            return "none or a quoted file path like \"fit.extxyz\"";
        }
    }

    /** A descriptor spec nested as a parameter value (a bare family name counts as a call without arguments). */
    enum NestedDescriptor implements ParameterType {
        INSTANCE;

        @Override
        public SpecValue check(String name, SpecValue value) {
            SpecValue.Call call;
            if (value instanceof SpecValue.Call c) {
                call = c;
            } else if (value instanceof SpecValue.Word word) {
                call = new SpecValue.Call(word.name(), List.of());
            } else {
                throw reject(name, value);
            }
            return SpecParser.parseCall(DescriptorCatalog.bind(name + ".", name, call).text());
        }

        @Override
        public String describe() {
            return "a descriptor spec like chebyshev(r_cut=6)";
        }
    }
}
