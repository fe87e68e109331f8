package org.descriptorworkbench.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.descriptorworkbench.structure.AtomArray;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.InfoValues;

/**
 * What the comment line of one extended XYZ frame declares: the cell ({@code Lattice}, rows = lattice
 * vectors), the periodic flags ({@code pbc}; fully periodic when absent but a Lattice is given, as in
 * ASE), the per-atom columns ({@code Properties}; {@code species:S:1:pos:R:3} when absent) and every
 * other key=value pair as an info value (see {@link InfoValueSyntax}). A line with no '=' at all is
 * plain XYZ: its text, if any, becomes the info value {@code comment}.
 */
record ExtendedXyzHeader(Map<String, Object> info, Cell cell, boolean[] pbc, List<AtomColumn> columns) {
    static final String DEFAULT_PROPERTIES = "species:S:1:pos:R:3";
    /** Bound on the total number of columns, far above any real file, so a typo cannot ask for gigabytes. */
    static final int MAX_TOTAL_COLUMNS = 100_000;

    /** Parses the comment line just read from {@code lines}. */
    static ExtendedXyzHeader parse(String comment, NumberedLines lines) {
        Map<String, Object> info = new LinkedHashMap<>();
        String trimmed = comment.strip();
        if (!KeyValuePairs.looksLikeKeyValues(trimmed)) {
            if (!trimmed.isEmpty()) {
                info.put("comment", trimmed);
            }
            return new ExtendedXyzHeader(info, null, new boolean[3], columns(DEFAULT_PROPERTIES, lines));
        }
        List<KeyValuePairs.Pair> pairs;
        try {
            pairs = KeyValuePairs.split(trimmed);
        } catch (IllegalArgumentException e) {
            throw lines.error("comment line: " + e.getMessage());
        }
        String properties = DEFAULT_PROPERTIES;
        Object lattice = null;
        Object pbc = null;
        for (KeyValuePairs.Pair pair : pairs) {
            String key = pair.key();
            if (key.isEmpty()) {
                throw lines.error("comment line: a value without a key (\"=" + Numbers.abbreviate(String.valueOf(pair.value())) + "\")");
            }
            if (key.equals("Properties")) {
                properties = pair.value() == null ? "" : pair.value();
                continue;
            }
            Object value;
            try {
                value = InfoValueSyntax.parse(key, pair.value());
            } catch (IllegalArgumentException e) {
                throw lines.error("comment line, key " + key + ": " + e.getMessage());
            }
            switch (key) {
                case "Lattice" -> lattice = value;
                case "pbc" -> pbc = value;
                default -> info.put(key, value);
            }
        }
        Cell cell = lattice == null ? null : cell(lattice, lines);
        boolean[] flags = pbc == null ? new boolean[] {cell != null, cell != null, cell != null} : pbc(pbc, lines);
        if (cell == null && (flags[0] || flags[1] || flags[2])) {
            throw lines.error("pbc has a periodic direction but there is no Lattice to say the period");
        }
        return new ExtendedXyzHeader(info, cell, flags, columns(properties, lines));
    }

    /** Number of whitespace-separated tokens an atom line must have. */
    int totalWidth() {
        int total = 0;
        for (AtomColumn c : columns) {
            total += c.width();
        }
        return total;
    }

    private static Cell cell(Object value, NumberedLines lines) {
        double[] nine = null;
        if (value instanceof double[] d && d.length == 9) {
            nine = d;
        } else if (value instanceof long[] l && l.length == 9) {
            nine = new double[9];
            for (int i = 0; i < 9; i++) {
                nine[i] = l[i];
            }
        }
        if (nine == null) {
            throw lines.error("Lattice must be 9 numbers (a_x a_y a_z b_x b_y b_z c_x c_y c_z), got " + display(value));
        }
        for (double v : nine) {
            if (!Double.isFinite(v)) {
                throw lines.error("Lattice must hold finite numbers, got " + display(value));
            }
        }
        return Cell.ofRowMajor(nine);
    }

    private static boolean[] pbc(Object value, NumberedLines lines) {
        if (value instanceof Boolean b) {
            return new boolean[] {b, b, b};
        }
        if (value instanceof boolean[] flags && flags.length == 3) {
            return flags.clone();
        }
        throw lines.error("pbc must be three of T/F (e.g. pbc=\"T T F\"), got " + display(value));
    }

    private static String display(Object value) {
        return Numbers.abbreviate(InfoValues.toDisplayString(value));
    }

    /** Parses {@code name:type:ncols:...}. */
    static List<AtomColumn> columns(String properties, NumberedLines lines) {
        String[] fields = properties.split(":", -1);
        if (fields.length % 3 != 0 || properties.isEmpty()) {
            throw lines.error("Properties must be name:type:ncols triples, got \"" + Numbers.abbreviate(properties) + "\"");
        }
        List<AtomColumn> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        for (int i = 0; i < fields.length; i += 3) {
            String name = fields[i];
            AtomArray.Kind kind = kind(fields[i + 1], name, lines);
            Long width = Numbers.parseInteger(fields[i + 2]);
            if (width == null || width < 1 || width > MAX_TOTAL_COLUMNS) {
                throw lines.error("Properties: the column count of '" + name + "' must be a positive integer, got \""
                        + Numbers.abbreviate(fields[i + 2]) + "\"");
            }
            if (name.isEmpty() || !names.add(name)) {
                throw lines.error("Properties: " + (name.isEmpty() ? "a column has no name" : "column '" + name + "' is declared twice"));
            }
            total += width;
            if (total > MAX_TOTAL_COLUMNS) {
                throw lines.error("Properties declares more than " + MAX_TOTAL_COLUMNS + " columns");
            }
            columns.add(new AtomColumn(name, kind, width.intValue()));
        }
        return columns;
    }

    private static AtomArray.Kind kind(String code, String name, NumberedLines lines) {
        return switch (code) {
            case "R" -> AtomArray.Kind.REAL;
            case "I" -> AtomArray.Kind.INTEGER;
            case "L" -> AtomArray.Kind.LOGICAL;
            case "S" -> AtomArray.Kind.STRING;
            default -> throw lines.error("Properties: the type of '" + name + "' must be R, I, L or S, got \"" + Numbers.abbreviate(code) + "\"");
        };
    }
}
