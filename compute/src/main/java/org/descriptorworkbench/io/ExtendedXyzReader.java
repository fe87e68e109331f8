package org.descriptorworkbench.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.descriptorworkbench.structure.AtomArray;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Element;
import org.descriptorworkbench.structure.Structure;

/**
 * Reads extended XYZ as ASE writes and reads it (ase/io/extxyz.py, ASE 3.22): frames of an atom-count
 * line, a comment line of key=value pairs (see {@link ExtendedXyzHeader}) and one line per atom with the
 * columns its {@code Properties} declares. Plain XYZ is the case of a comment line without key=value
 * pairs. Species come from the {@code species} column (symbols in any case, or atomic numbers) or, when
 * there is none, from an integer {@code Z} column; positions from {@code pos}; every other column
 * becomes a per-atom array under its own name, and {@code energy}, {@code forces} stay as the info value
 * and array they are in the file (ASE would move them into a calculator).
 *
 * <p>Tolerated: CRLF line ends, blank lines between and after frames, extra columns after the declared
 * ones (ignored, as ASE does). Frames may differ in size and in their columns. Where this reader is more
 * lenient than ASE: reading continues after a blank line between frames (ASE stops there), atomic
 * numbers are accepted in the species column, and a free-text comment is kept whole as info
 * {@code comment} (ASE 3.22 would make every word a key with value True).
 */
public final class ExtendedXyzReader extends LineStructureReader {
    /** The most atoms one frame may have; positions must fit one Java array. */
    static final long MAX_ATOMS = (Integer.MAX_VALUE - 8) / 3;

    @Override
    Dataset read(NumberedLines lines) {
        List<Structure> frames = new ArrayList<>();
        String line;
        while ((line = lines.next()) != null) {
            if (!NumberedLines.isBlank(line)) {
                frames.add(readFrame(line, frames.size() + 1, lines));
            }
        }
        if (frames.isEmpty()) {
            throw lines.errorAt(0, "the file holds no structures (expected an atom count on the first line)");
        }
        return new Dataset(lines.source(), frames);
    }

    private Structure readFrame(String countLine, int frame, NumberedLines lines) {
        long countLineNumber = lines.lineNumber();
        int atoms = atomCount(countLine, frame, lines);
        ExtendedXyzHeader header = ExtendedXyzHeader.parse(lines.require("the comment line of frame " + frame), lines);
        List<AtomColumn> columns = header.columns();
        int width = header.totalWidth();
        lines.requireRoomFor(atoms, 2 * width, "atoms in frame " + frame, countLineNumber);
        AtomColumn species = find(columns, "species", AtomArray.Kind.STRING, 1, lines);
        AtomColumn numbers = species == null ? find(columns, "Z", AtomArray.Kind.INTEGER, 1, lines) : null;
        AtomColumn positions = find(columns, "pos", AtomArray.Kind.REAL, 3, lines);
        if (species == null && numbers == null) {
            throw lines.error("Properties has no species column (species:S:1 or Z:I:1)");
        }
        if (positions == null) {
            throw lines.error("Properties has no positions column (pos:R:3)");
        }
        for (AtomColumn c : columns) {
            c.start(atoms);
        }
        readAtoms(atoms, frame, columns, width, lines);
        return build(species, numbers, positions, header, atoms, countLineNumber, frame, lines);
    }

    private static int atomCount(String line, int frame, NumberedLines lines) {
        String[] tokens = new String[2];
        int count = NumberedLines.tokens(line, tokens);
        Long atoms = count == 1 ? Numbers.parseInteger(tokens[0]) : null;
        if (atoms == null || atoms < 0) {
            throw lines.error("expected the number of atoms of frame " + frame + " (one integer ≥ 0), got \""
                    + Numbers.abbreviate(line.strip()) + "\"");
        }
        if (atoms > MAX_ATOMS) {
            throw lines.error("frame " + frame + " claims " + atoms + " atoms, more than the " + MAX_ATOMS + " one structure can hold");
        }
        return atoms.intValue();
    }

    private static void readAtoms(int atoms, int frame, List<AtomColumn> columns, int width, NumberedLines lines) {
        String[] tokens = new String[width];
        for (int atom = 0; atom < atoms; atom++) {
            String line = lines.next();
            if (line == null) {
                throw lines.errorAt(lines.lineNumber() + 1, "frame " + frame + " declares " + atoms
                        + " atoms but the file ends after " + atom);
            }
            int count = NumberedLines.tokens(line, tokens);
            if (count < width) {
                throw lines.error("expected " + width + " columns (" + declaration(columns) + ") for atom " + (atom + 1)
                        + " of frame " + frame + ", got " + count);
            }
            int offset = 0;
            for (AtomColumn c : columns) {
                c.read(atom, tokens, offset, lines);
                offset += c.width();
            }
        }
    }

    private static Structure build(AtomColumn species, AtomColumn numbers, AtomColumn positions,
                                   ExtendedXyzHeader header, int atoms, long countLine, int frame, NumberedLines lines) {
        int[] z = species != null ? numbersOfSymbols(species, atoms, countLine, lines) : numbersOf(numbers, atoms, countLine, lines);
        Map<String, AtomArray> arrays = new LinkedHashMap<>();
        for (AtomColumn c : header.columns()) {
            if (c != positions && c != species && c != numbers) {
                arrays.put(c.name(), c.toArray(atoms));
            }
        }
        try {
            return new Structure(z, positions.reals(atoms), header.cell(), header.pbc(), header.info(), arrays);
        } catch (IllegalArgumentException e) {
            throw lines.errorAt(countLine, "frame " + frame + ": " + e.getMessage());
        }
    }

    private static int[] numbersOf(AtomColumn numbers, int atoms, long countLine, NumberedLines lines) {
        int[] z = new int[atoms];
        for (int i = 0; i < atoms; i++) {
            long value = numbers.integer(i);
            if (value < 1 || value > Element.MAX_ATOMIC_NUMBER) {
                throw lines.errorAt(countLine + 2 + i, "atomic number (Z) must be 1..118, got " + value);
            }
            z[i] = (int) value;
        }
        return z;
    }

    /** Atomic numbers of the species column; atom i is on line countLine + 2 + i. */
    private static int[] numbersOfSymbols(AtomColumn species, int atoms, long countLine, NumberedLines lines) {
        int[] z = new int[atoms];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < atoms; i++) {
            String symbol = species.string(i);
            int number = seen.computeIfAbsent(symbol, ElementSymbols::atomicNumber);
            if (number == 0) {
                throw lines.errorAt(countLine + 2 + i, "expected an element symbol or atomic number 1..118, got \""
                        + Numbers.abbreviate(symbol) + "\"");
            }
            z[i] = number;
        }
        return z;
    }

    /** The column called {@code name}, checking its declared type; null if there is none. */
    private static AtomColumn find(List<AtomColumn> columns, String name, AtomArray.Kind kind, int width, NumberedLines lines) {
        for (AtomColumn c : columns) {
            if (c.name().equals(name)) {
                if (c.kind() != kind || c.width() != width) {
                    throw lines.error("Properties: '" + name + "' must be " + name + ":" + kind.code() + ":" + width
                            + ", got " + c.declaration());
                }
                return c;
            }
        }
        return null;
    }

    private static String declaration(List<AtomColumn> columns) {
        StringBuilder sb = new StringBuilder();
        for (AtomColumn c : columns) {
            sb.append(sb.length() == 0 ? "" : ":").append(c.declaration());
        }
        return sb.toString();
    }
}
