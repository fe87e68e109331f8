package org.descriptorworkbench.structure;

import java.util.Arrays;
import java.util.Objects;

/**
 * A per-atom property with a fixed number of columns (forces: 3 reals; tags: 1 integer), stored
 * row-major as in extended XYZ's {@code Properties=name:type:ncols}. Immutable; the values array is
 * one of double[] (R), long[] (I), boolean[] (L) or String[] (S).
 */
public final class AtomArray {

    /** The extended XYZ column types. */
    public enum Kind {
        REAL('R'), INTEGER('I'), LOGICAL('L'), STRING('S');

        private final char code;

        Kind(char code) {
            this.code = code;
        }

        /** The one-letter code used in {@code Properties=}. */
        public char code() {
            return code;
        }
    }

    private final String name;
    private final Kind kind;
    private final int columns;
    private final Object values;
    private final int rows;

    private AtomArray(String name, Kind kind, int columns, Object values, int length) {
        if (columns < 1) {
            throw new IllegalArgumentException("per-atom array '" + name + "' needs at least one column");
        }
        if (length % columns != 0) {
            throw new IllegalArgumentException("per-atom array '" + name + "' has " + length + " values, not a multiple of " + columns);
        }
        this.name = Objects.requireNonNull(name);
        this.kind = kind;
        this.columns = columns;
        this.values = values;
        this.rows = length / columns;
    }

    public static AtomArray ofReal(String name, int columns, double[] values) {
        return new AtomArray(name, Kind.REAL, columns, values.clone(), values.length);
    }

    public static AtomArray ofInteger(String name, int columns, long[] values) {
        return new AtomArray(name, Kind.INTEGER, columns, values.clone(), values.length);
    }

    public static AtomArray ofLogical(String name, int columns, boolean[] values) {
        return new AtomArray(name, Kind.LOGICAL, columns, values.clone(), values.length);
    }

    public static AtomArray ofString(String name, int columns, String[] values) {
        return new AtomArray(name, Kind.STRING, columns, values.clone(), values.length);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public int columns() {
        return columns;
    }

    /** Number of atoms (rows). */
    public int rows() {
        return rows;
    }

    /** A copy of the values of a REAL array, row-major. */
    public double[] doubles() {
        return ((double[]) requireKind(Kind.REAL)).clone();
    }

    /** A copy of the values of an INTEGER array, row-major. */
    public long[] longs() {
        return ((long[]) requireKind(Kind.INTEGER)).clone();
    }

    /** A copy of the values of a LOGICAL array, row-major. */
    public boolean[] booleans() {
        return ((boolean[]) requireKind(Kind.LOGICAL)).clone();
    }

    /** A copy of the values of a STRING array, row-major. */
    public String[] strings() {
        return ((String[]) requireKind(Kind.STRING)).clone();
    }

    /** Value at (atom, column) as text, as it would be written to a file or shown in a table. */
    public String format(int atom, int column) {
        int i = atom * columns + column;
        return switch (kind) {
            case REAL -> Double.toString(((double[]) values)[i]);
            case INTEGER -> Long.toString(((long[]) values)[i]);
            case LOGICAL -> ((boolean[]) values)[i] ? "T" : "F";
            case STRING -> ((String[]) values)[i];
        };
    }

    /** The same values restricted to the given atoms, in that order. */
    public AtomArray select(int[] atoms) {
        return switch (kind) {
            case REAL -> {
                double[] src = (double[]) values;
                double[] out = new double[atoms.length * columns];
                for (int k = 0; k < atoms.length; k++) {
                    System.arraycopy(src, atoms[k] * columns, out, k * columns, columns);
                }
                yield new AtomArray(name, kind, columns, out, out.length);
            }
            case INTEGER -> {
                long[] src = (long[]) values;
                long[] out = new long[atoms.length * columns];
                for (int k = 0; k < atoms.length; k++) {
                    System.arraycopy(src, atoms[k] * columns, out, k * columns, columns);
                }
                yield new AtomArray(name, kind, columns, out, out.length);
            }
            case LOGICAL -> {
                boolean[] src = (boolean[]) values;
                boolean[] out = new boolean[atoms.length * columns];
                for (int k = 0; k < atoms.length; k++) {
                    System.arraycopy(src, atoms[k] * columns, out, k * columns, columns);
                }
                yield new AtomArray(name, kind, columns, out, out.length);
            }
            case STRING -> {
                String[] src = (String[]) values;
                String[] out = new String[atoms.length * columns];
                for (int k = 0; k < atoms.length; k++) {
                    System.arraycopy(src, atoms[k] * columns, out, k * columns, columns);
                }
                yield new AtomArray(name, kind, columns, out, out.length);
            }
        };
    }

    private Object requireKind(Kind expected) {
        if (kind != expected) {
            throw new IllegalStateException("per-atom array '" + name + "' is " + kind + ", not " + expected);
        }
        return values;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AtomArray other) || !name.equals(other.name) || kind != other.kind || columns != other.columns) {
            return false;
        }
        return switch (kind) {
            case REAL -> Arrays.equals((double[]) values, (double[]) other.values);
            case INTEGER -> Arrays.equals((long[]) values, (long[]) other.values);
            case LOGICAL -> Arrays.equals((boolean[]) values, (boolean[]) other.values);
            case STRING -> Arrays.equals((String[]) values, (String[]) other.values);
        };
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, columns, rows);
    }

    @Override
    public String toString() {
        return name + ":" + kind.code() + ":" + columns;
    }
}
