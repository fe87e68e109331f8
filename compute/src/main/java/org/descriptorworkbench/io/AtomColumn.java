package org.descriptorworkbench.io;

import java.util.Arrays;
import org.descriptorworkbench.structure.AtomArray;

/**
 * One entry of an extended XYZ {@code Properties=name:type:ncols} declaration together with the values
 * read for it so far. Storage grows with the rows actually read, so a frame that claims more atoms than
 * it has never allocates for the claim.
 */
final class AtomColumn {
    /** Values allocated before any row is read; later growth follows the rows that really exist. */
    private static final int FIRST_VALUES = 1 << 16;

    private final String name;
    private final AtomArray.Kind kind;
    private final int width;
    private int capacity;
    private double[] reals;
    private long[] integers;
    private boolean[] logicals;
    private String[] strings;

    AtomColumn(String name, AtomArray.Kind kind, int width) {
        this.name = name;
        this.kind = kind;
        this.width = width;
    }

    String name() {
        return name;
    }

    AtomArray.Kind kind() {
        return kind;
    }

    int width() {
        return width;
    }

    /** The declaration as written in Properties, e.g. "pos:R:3". */
    String declaration() {
        return name + ":" + kind.code() + ":" + width;
    }

    /** Starts a frame of {@code atoms} atoms, dropping the values of the previous one. */
    void start(int atoms) {
        capacity = Math.min(atoms, Math.max(1, FIRST_VALUES / width));
        allocate(capacity);
    }

    /** Reads this column's tokens for one atom from {@code tokens[offset..]}. */
    void read(int atom, String[] tokens, int offset, NumberedLines lines) {
        if (atom == capacity) {
            capacity = (int) Math.min((long) capacity * 2 + 1, (Integer.MAX_VALUE - 8) / width);
            grow(capacity);
        }
        int base = atom * width;
        for (int c = 0; c < width; c++) {
            String token = tokens[offset + c];
            switch (kind) {
                case REAL -> reals[base + c] = lines.real(token, describe(c));
                case INTEGER -> integers[base + c] = lines.integer(token, describe(c));
                case LOGICAL -> logicals[base + c] = logical(token, c, lines);
                case STRING -> strings[base + c] = token;
            }
        }
    }

    /** The values of the first {@code atoms} rows as a per-atom array. */
    AtomArray toArray(int atoms) {
        int n = atoms * width;
        return switch (kind) {
            case REAL -> AtomArray.ofReal(name, width, Arrays.copyOf(reals, n));
            case INTEGER -> AtomArray.ofInteger(name, width, Arrays.copyOf(integers, n));
            case LOGICAL -> AtomArray.ofLogical(name, width, Arrays.copyOf(logicals, n));
            case STRING -> AtomArray.ofString(name, width, Arrays.copyOf(strings, n));
        };
    }

    /** A copy of the real values of the first {@code atoms} rows. */
    double[] reals(int atoms) {
        return Arrays.copyOf(reals, atoms * width);
    }

    /** The string value of row {@code atom}, column 0. */
    String string(int atom) {
        return strings[atom * width];
    }

    /** The integer value of row {@code atom}, column 0. */
    long integer(int atom) {
        return integers[atom * width];
    }

    private boolean logical(String token, int column, NumberedLines lines) {
        return switch (token) {
            case "T", "True" -> true;
            case "F", "False" -> false;
            default -> throw lines.error("expected " + describe(column) + " (T or F), got \"" + Numbers.abbreviate(token) + "\"");
        };
    }

    private String describe(int column) {
        return width == 1 ? "'" + name + "'" : "'" + name + "' component " + (column + 1);
    }

    private void allocate(int rows) {
        int n = rows * width;
        switch (kind) {
            case REAL -> reals = new double[n];
            case INTEGER -> integers = new long[n];
            case LOGICAL -> logicals = new boolean[n];
            case STRING -> strings = new String[n];
        }
    }

    private void grow(int rows) {
        int n = rows * width;
        switch (kind) {
            case REAL -> reals = Arrays.copyOf(reals, n);
            case INTEGER -> integers = Arrays.copyOf(integers, n);
            case LOGICAL -> logicals = Arrays.copyOf(logicals, n);
            case STRING -> strings = Arrays.copyOf(strings, n);
        }
    }
}
