package org.descriptorworkbench.io;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.descriptorworkbench.structure.AtomArray;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;

/**
 * Reads a VASP POSCAR or CONTCAR file (one periodic structure) as VASP 5 and 6 define it: comment; scale
 * factor (one number, negative meaning the target cell volume in Å³, or three per-axis factors);
 * three lattice vectors; species symbols (POTCAR names such as "Fe_pv" are accepted); atom counts;
 * an optional "Selective dynamics" line; "Direct" or "Cartesian" (only the first letter counts:
 * D, C or K in any case); one position per atom. Anything after the positions (velocities,
 * predictor-corrector data of a CONTCAR) is ignored.
 *
 * <p>VASP 4 files, which have no species line, are read only when the comment line starts with as
 * many element symbols as there are counts (as ASE and many scripts write it, e.g. "Si O
 * quartz"); otherwise the error asks for a species line, since guessing species from a POTCAR
 * that is not at hand would be wrong silently. The comment is kept as info {@code comment}, the
 * selective-dynamics flags as the per-atom array {@code selective_dynamics} (L:3, T = free to move).
 */
public final class PoscarReader extends LineStructureReader {
    private static final int FIRST_ATOMS = 4096;

    @Override
    Dataset read(NumberedLines lines) {
        String comment = lines.require("the comment line").strip();
        double[] scale = scale(lines);
        double[] lattice = new double[9];
        for (int row = 0; row < 3; row++) {
            String[] tokens = NumberedLines.tokens(lines.require("lattice vector " + (row + 1)));
            if (tokens.length < 3) {
                throw lines.error("expected lattice vector " + (row + 1) + " as 3 numbers, got " + tokens.length + " values");
            }
            for (int col = 0; col < 3; col++) {
                lattice[3 * row + col] = lines.finite(tokens[col], "lattice vector " + (row + 1) + " component " + (col + 1));
            }
        }
        double[] factors = axisFactors(scale, lattice, lines);
        double[] cellMatrix = lattice.clone();
        for (int i = 0; i < 9; i++) {
            cellMatrix[i] *= factors[i % 3];
            if (!Double.isFinite(cellMatrix[i])) {
                throw lines.errorAt(2, "the scale factor makes the lattice vectors overflow");
            }
        }
        int[] speciesPerGroup;
        long[] counts;
        String[] first = NumberedLines.tokens(lines.require("the species or atom counts line"));
        if (first.length > 0 && Numbers.parseInteger(first[0]) != null) {
            counts = counts(first, lines);
            speciesPerGroup = speciesFromComment(comment, counts.length, lines);
        } else {
            long speciesLine = lines.lineNumber();
            speciesPerGroup = species(first, lines);
            counts = counts(NumberedLines.tokens(lines.require("the atom counts line")), lines);
            if (counts.length != speciesPerGroup.length) {
                throw lines.error("line " + speciesLine + " names " + speciesPerGroup.length + " species but this line gives "
                        + counts.length + " counts");
            }
        }
        long countsLine = lines.lineNumber();
        int atoms = total(counts, lines);
        String mode = lines.require("Selective dynamics, Direct or Cartesian").strip();
        boolean selective = !mode.isEmpty() && (mode.charAt(0) == 'S' || mode.charAt(0) == 's');
        if (selective) {
            mode = lines.require("Direct or Cartesian").strip();
        }
        boolean cartesian = coordinateMode(mode, lines);
        lines.requireRoomFor(atoms, selective ? 12 : 6, "atoms", countsLine);
        return new Dataset(lines.source(), List.of(structure(comment, cellMatrix, factors, speciesPerGroup, counts, atoms,
                selective, cartesian, countsLine, lines)));
    }

    private static double[] scale(NumberedLines lines) {
        String[] tokens = NumberedLines.tokens(lines.require("the scale factor"));
        if (tokens.length == 0) {
            throw lines.error("expected the scale factor (one number, or three), got an empty line");
        }
        boolean three = tokens.length >= 3 && Numbers.isReal(tokens[1]) && Numbers.isReal(tokens[2]);
        double[] scale = new double[three ? 3 : 1];
        for (int i = 0; i < scale.length; i++) {
            scale[i] = lines.finite(tokens[i], "the scale factor");
            if (scale[i] == 0 || (three && scale[i] < 0)) {
                throw lines.error("the scale factor must be a non-zero number (negative: the cell volume in Å³; "
                        + "three factors: all positive), got " + tokens[i]);
            }
        }
        return scale;
    }

    /**
     * The factor applied to each Cartesian component of the lattice vectors and of Cartesian positions:
     * s for a positive scale, (|s| / V)^(1/3) for a negative one (V the unscaled volume, so the cell
     * gets volume |s|), or the three factors given.
     */
    private static double[] axisFactors(double[] scale, double[] lattice, NumberedLines lines) {
        if (scale.length == 3) {
            return scale;
        }
        double factor = scale[0];
        if (factor < 0) {
            double volume = Cell.ofRowMajor(lattice).volume();
            if (!(volume > 0) || !Double.isFinite(volume)) {
                throw lines.errorAt(2, "a negative scale factor sets the cell volume, but the lattice vectors span no volume");
            }
            factor = Math.cbrt(-factor / volume);
        }
        return new double[] {factor, factor, factor};
    }

    private static int[] species(String[] tokens, NumberedLines lines) {
        if (tokens.length == 0) {
            throw lines.error("expected the species symbols (VASP 5) or atom counts, got an empty line");
        }
        int[] z = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            z[i] = ElementSymbols.fromPotcarName(tokens[i]);
            if (z[i] == 0) {
                throw lines.error("expected element symbols on the species line, got \"" + Numbers.abbreviate(tokens[i]) + "\"");
            }
        }
        return z;
    }

    private static int[] speciesFromComment(String comment, int groups, NumberedLines lines) {
        String[] words = NumberedLines.tokens(comment);
        int[] z = new int[groups];
        for (int i = 0; i < groups; i++) {
            z[i] = i < words.length ? ElementSymbols.fromPotcarName(words[i]) : 0;
            if (z[i] == 0) {
                throw lines.error("this is a VASP 4 file with no species line; add the element symbols of the " + groups
                        + " counts as a line above them (VASP 5 format) or as the first words of line 1");
            }
        }
        return z;
    }

    private static long[] counts(String[] tokens, NumberedLines lines) {
        if (tokens.length == 0) {
            throw lines.error("expected the number of atoms of each species, got an empty line");
        }
        long[] counts = new long[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            counts[i] = lines.integer(tokens[i], "the number of atoms of species " + (i + 1));
            if (counts[i] < 0) {
                throw lines.error("atom counts must not be negative, got " + counts[i]);
            }
        }
        return counts;
    }

    private static int total(long[] counts, NumberedLines lines) {
        long total = 0;
        for (long c : counts) {
            total += c;
            if (total > ExtendedXyzReader.MAX_ATOMS) {
                throw lines.error("the counts add up to more atoms than one structure can hold");
            }
        }
        if (total == 0) {
            throw lines.error("the counts add up to no atoms");
        }
        return (int) total;
    }

    private static boolean coordinateMode(String line, NumberedLines lines) {
        char c = line.isEmpty() ? ' ' : Character.toLowerCase(line.charAt(0));
        if (c == 'c' || c == 'k') {
            return true;
        }
        if (c == 'd') {
            return false;
        }
        throw lines.error("expected Direct or Cartesian, got \"" + Numbers.abbreviate(line) + "\"");
    }

    private static Structure structure(String comment, double[] cellMatrix, double[] factors, int[] speciesPerGroup,
                                       long[] counts, int atoms, boolean selective, boolean cartesian, long countsLine,
                                       NumberedLines lines) {
        Cell cell = Cell.ofRowMajor(cellMatrix);
        // Storage grows with the lines really read, so a count the file does not back costs nothing.
        double[] positions = new double[3 * Math.min(atoms, FIRST_ATOMS)];
        boolean[] flags = selective ? new boolean[positions.length] : null;
        for (int atom = 0; atom < atoms; atom++) {
            if (3 * atom == positions.length) {
                int grown = (int) Math.min(2L * positions.length, 3L * atoms);
                positions = Arrays.copyOf(positions, grown);
                flags = flags == null ? null : Arrays.copyOf(flags, grown);
            }
            readPosition(atom, positions, flags, cartesian ? factors : null, cell, lines);
        }
        int[] numbers = new int[atoms];
        int atom = 0;
        for (int group = 0; group < counts.length; group++) {
            for (long k = 0; k < counts[group]; k++) {
                numbers[atom++] = speciesPerGroup[group];
            }
        }
        Map<String, Object> info = new LinkedHashMap<>();
        if (!comment.isEmpty()) {
            info.put("comment", comment);
        }
        Map<String, AtomArray> arrays = new LinkedHashMap<>();
        if (selective) {
            arrays.put("selective_dynamics", AtomArray.ofLogical("selective_dynamics", 3, flags));
        }
        try {
            return new Structure(numbers, positions, cell, new boolean[] {true, true, true}, info, arrays);
        } catch (IllegalArgumentException e) {
            throw lines.errorAt(countsLine, e.getMessage());
        }
    }

    /** Reads one position line; {@code cartesianFactors} is null for Direct coordinates. */
    private static void readPosition(int atom, double[] positions, boolean[] flags, double[] cartesianFactors, Cell cell,
                                     NumberedLines lines) {
        String line = lines.require("the position of atom " + (atom + 1));
        String[] tokens = new String[6];
        int count = NumberedLines.tokens(line, tokens);
        int needed = flags == null ? 3 : 6;
        if (count < needed) {
            throw lines.error("expected " + (flags == null ? "3 coordinates" : "3 coordinates and 3 T/F flags")
                    + " for atom " + (atom + 1) + ", got " + count + " values");
        }
        double[] r = new double[3];
        for (int k = 0; k < 3; k++) {
            r[k] = lines.real(tokens[k], "coordinate " + (k + 1) + " of atom " + (atom + 1));
            if (cartesianFactors != null) {
                r[k] *= cartesianFactors[k];
            }
        }
        double[] cartesian = cartesianFactors != null ? r : cell.toCartesian(r);
        System.arraycopy(cartesian, 0, positions, 3 * atom, 3);
        if (flags != null) {
            for (int k = 0; k < 3; k++) {
                flags[3 * atom + k] = flag(tokens[3 + k], lines);
            }
        }
    }

    /** A Fortran logical as VASP reads it: T, F, .TRUE., .false. and so on. */
    private static boolean flag(String token, NumberedLines lines) {
        String t = token.startsWith(".") ? token.substring(1) : token;
        char c = t.isEmpty() ? ' ' : Character.toUpperCase(t.charAt(0));
        if (c == 'T') {
            return true;
        }
        if (c == 'F') {
            return false;
        }
        throw lines.error("expected a selective-dynamics flag T or F, got \"" + Numbers.abbreviate(token) + "\"");
    }
}
