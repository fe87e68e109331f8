package org.descriptorworkbench.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;

/**
 * Reads the crystal structures of a CIF file, one per data block that lists atom sites: the cell from
 * {@code _cell_length_a/b/c} and {@code _cell_angle_alpha/beta/gamma} (standard uncertainties such as
 * "5.431(2)" are dropped; a along x and b in the xy plane, as ASE's {@code cellpar_to_cell}), the
 * sites from {@code _atom_site_fract_x/y/z} with the element from {@code _atom_site_type_symbol} or
 * else from {@code _atom_site_label} ("O2-", "Fe1", "Si"), and the symmetry operations of
 * {@code _symmetry_equiv_pos_as_xyz} or {@code _space_group_symop_operation_xyz} applied to every site
 * to give all atoms of the cell (P1). Images closer than {@value #DUPLICATE_TOLERANCE} in fractional
 * coordinates (across cell faces too) are one atom; atoms are ordered by site, then by operation, and
 * wrapped into [0, 1). A block without operations is P1 unless it names another space group, which is
 * an error because the operations cannot be guessed. Sites with {@code _atom_site_occupancy} below 1 are
 * refused: a disordered crystal is not one structure. The block name is kept as info {@code cif_block}.
 */
public final class CifReader extends LineStructureReader {
    /** Fractional distance below which two symmetry images are the same atom. */
    static final double DUPLICATE_TOLERANCE = 1e-4;
    /** Occupancies this close to 1 count as full (CIFs often round, e.g. 0.99995). */
    private static final double FULL_OCCUPANCY = 1 - 1e-4;

    @Override
    Dataset read(NumberedLines lines) {
        List<CifBlock> blocks = CifBlock.parseAll(new CifTokenizer(lines));
        List<Structure> structures = new ArrayList<>();
        for (CifBlock block : blocks) {
            CifBlock.Loop sites = block.table("_atom_site_", "_atom_site_fract_x");
            if (sites != null) {
                structures.add(structure(block, sites, lines));
            }
        }
        if (structures.isEmpty()) {
            throw lines.errorAt(0, blocks.isEmpty() ? "no data_ block found; is this a CIF file?"
                    : "no data block lists atom sites with _atom_site_fract_x/y/z");
        }
        return new Dataset(lines.source(), structures);
    }

    private static Structure structure(CifBlock block, CifBlock.Loop sites, NumberedLines lines) {
        Cell cell = cell(block, lines);
        List<SymmetryOperation> operations = operations(block, lines);
        int x = requireColumn(sites, "_atom_site_fract_x", lines);
        int y = requireColumn(sites, "_atom_site_fract_y", lines);
        int z = requireColumn(sites, "_atom_site_fract_z", lines);
        int symbol = sites.column("_atom_site_type_symbol");
        int label = sites.column("_atom_site_label");
        int occupancy = sites.column("_atom_site_occupancy");
        if (symbol < 0 && label < 0) {
            throw lines.errorAt(sites.line(), "the atom sites have neither _atom_site_type_symbol nor _atom_site_label to give their elements");
        }
        UnitCellAtoms atoms = new UnitCellAtoms();
        for (int row = 0; row < sites.rows(); row++) {
            String name = label >= 0 ? sites.get(row, label).text() : "site " + (row + 1);
            checkOccupancy(sites, row, occupancy, name, lines);
            int element = element(sites, row, symbol, label, lines);
            double[] f = {
                number(sites.get(row, x), "_atom_site_fract_x", lines),
                number(sites.get(row, y), "_atom_site_fract_y", lines),
                number(sites.get(row, z), "_atom_site_fract_z", lines)
            };
            for (SymmetryOperation op : operations) {
                String clash = atoms.add(op.apply(f), element, name);
                if (clash != null) {
                    throw lines.errorAt(sites.get(row, x).line(), "site " + name + " and site " + clash
                            + " have different elements at the same position; disordered sites are not supported");
                }
            }
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("cif_block", block.name());
        try {
            return new Structure(atoms.numbers(), atoms.cartesian(cell), cell, new boolean[] {true, true, true}, info, null);
        } catch (IllegalArgumentException e) {
            throw lines.errorAt(block.line(), "block " + block.name() + ": " + e.getMessage());
        }
    }

    private static Cell cell(CifBlock block, NumberedLines lines) {
        String[] tags = {"_cell_length_a", "_cell_length_b", "_cell_length_c", "_cell_angle_alpha", "_cell_angle_beta", "_cell_angle_gamma"};
        double[] p = new double[6];
        for (int i = 0; i < 6; i++) {
            CifBlock.Value v = block.item(tags[i]);
            if (v == null || v.isMissing()) {
                throw lines.errorAt(block.line(), "block " + block.name() + " has no " + tags[i]);
            }
            p[i] = number(v, tags[i], lines);
            boolean valid = i < 3 ? p[i] > 0 : p[i] > 0 && p[i] < 180;
            if (!valid) {
                throw lines.errorAt(v.line(), tags[i] + " must be " + (i < 3 ? "positive" : "between 0 and 180 degrees")
                        + ", got " + v.text());
            }
        }
        try {
            return Cell.fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]);
        } catch (IllegalArgumentException e) {
            throw lines.errorAt(block.item(tags[3]).line(), e.getMessage());
        }
    }

    private static List<SymmetryOperation> operations(CifBlock block, NumberedLines lines) {
        String[][] candidates = {
            {"_space_group_symop_", "_space_group_symop_operation_xyz"},
            {"_symmetry_equiv_pos_", "_symmetry_equiv_pos_as_xyz"}
        };
        for (String[] c : candidates) {
            CifBlock.Loop loop = block.table(c[0], c[1]);
            if (loop != null) {
                int column = loop.column(c[1]);
                List<SymmetryOperation> ops = new ArrayList<>();
                for (int row = 0; row < loop.rows(); row++) {
                    CifBlock.Value v = loop.get(row, column);
                    try {
                        ops.add(SymmetryOperation.parse(v.text()));
                    } catch (IllegalArgumentException e) {
                        throw lines.errorAt(v.line(), e.getMessage());
                    }
                }
                return ops;
            }
        }
        requireP1(block, lines);
        return List.of(SymmetryOperation.parse("x,y,z"));
    }

    /** Without listed operations only P1 can be read; any other declared space group is refused. */
    private static void requireP1(CifBlock block, NumberedLines lines) {
        for (String tag : new String[] {"_symmetry_space_group_name_h-m", "_space_group_name_h-m_alt"}) {
            CifBlock.Value v = block.item(tag);
            if (v != null && !v.isMissing() && !v.text().replaceAll("\\s+", "").equalsIgnoreCase("P1")) {
                throw lines.errorAt(v.line(), "space group " + v.text() + " is declared but no symmetry operations are listed "
                        + "(_space_group_symop_operation_xyz), so the atoms of the cell cannot be generated");
            }
        }
        for (String tag : new String[] {"_symmetry_int_tables_number", "_space_group_it_number"}) {
            CifBlock.Value v = block.item(tag);
            if (v != null && !v.isMissing() && !v.text().equals("1")) {
                throw lines.errorAt(v.line(), "space group number " + v.text() + " is declared but no symmetry operations are listed "
                        + "(_space_group_symop_operation_xyz), so the atoms of the cell cannot be generated");
            }
        }
    }

    private static int requireColumn(CifBlock.Loop sites, String tag, NumberedLines lines) {
        int column = sites.column(tag);
        if (column < 0) {
            throw lines.errorAt(sites.line(), "the atom sites have no " + tag);
        }
        return column;
    }

    private static void checkOccupancy(CifBlock.Loop sites, int row, int column, String name, NumberedLines lines) {
        if (column < 0 || sites.get(row, column).isMissing()) {
            return;
        }
        CifBlock.Value v = sites.get(row, column);
        double occupancy = number(v, "_atom_site_occupancy", lines);
        if (occupancy < FULL_OCCUPANCY) {
            throw lines.errorAt(v.line(), "site " + name + " has occupancy " + v.text()
                    + ": partial occupancy (a disordered crystal) is not supported; give an ordered model with full sites");
        }
    }

    private static int element(CifBlock.Loop sites, int row, int symbol, int label, NumberedLines lines) {
        CifBlock.Value v = symbol >= 0 && !sites.get(row, symbol).isMissing() ? sites.get(row, symbol) : sites.get(row, label);
        int z = ElementSymbols.fromCifLabel(v.text());
        if (z == 0) {
            throw lines.errorAt(v.line(), "expected an element symbol at the start of \"" + Numbers.abbreviate(v.text()) + "\"");
        }
        return z;
    }

    /** A CIF number: the value without its standard uncertainty, "5.431(2)" → 5.431. */
    static double number(CifBlock.Value v, String tag, NumberedLines lines) {
        String text = v.text();
        int open = text.indexOf('(');
        if (open > 0 && text.endsWith(")") && isDigits(text, open + 1, text.length() - 1)) {
            text = text.substring(0, open);
        }
        if (v.isMissing() || !Numbers.isReal(text) || !Double.isFinite(Numbers.real(text))) {
            throw lines.errorAt(v.line(), "expected " + tag + " as a number, got \"" + Numbers.abbreviate(v.text()) + "\"");
        }
        return Numbers.real(text);
    }

    private static boolean isDigits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The atoms of the cell in fractional coordinates, wrapped into [0, 1), with images that coincide
     * (within the tolerance, across faces too) merged. A hash on 1e-3 bins finds neighbours in O(1).
     */
    private static final class UnitCellAtoms {
        private static final int BINS = 1000;
        private final List<double[]> fractional = new ArrayList<>();
        private final List<Integer> elements = new ArrayList<>();
        private final List<String> siteNames = new ArrayList<>();
        private final Map<Long, List<Integer>> byBin = new HashMap<>();

        /** Adds an image unless it is already there; returns the name of a clashing site of another element, else null. */
        String add(double[] f, int element, String site) {
            double[] w = {wrap(f[0]), wrap(f[1]), wrap(f[2])};
            int[] bin = {bin(w[0]), bin(w[1]), bin(w[2])};
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dz = -1; dz <= 1; dz++) {
                        List<Integer> near = byBin.get(key(bin[0] + dx, bin[1] + dy, bin[2] + dz));
                        if (near == null) {
                            continue;
                        }
                        for (int j : near) {
                            if (distance(w, fractional.get(j)) < DUPLICATE_TOLERANCE) {
                                return elements.get(j) == element ? null : siteNames.get(j);
                            }
                        }
                    }
                }
            }
            byBin.computeIfAbsent(key(bin[0], bin[1], bin[2]), k -> new ArrayList<>()).add(fractional.size());
            fractional.add(w);
            elements.add(element);
            siteNames.add(site);
            return null;
        }

        int[] numbers() {
            return elements.stream().mapToInt(Integer::intValue).toArray();
        }

        double[] cartesian(Cell cell) {
            double[] out = new double[3 * fractional.size()];
            for (int i = 0; i < fractional.size(); i++) {
                System.arraycopy(cell.toCartesian(fractional.get(i)), 0, out, 3 * i, 3);
            }
            return out;
        }

        private static double wrap(double v) {
            double w = v - Math.floor(v);
            return w >= 1.0 ? 0.0 : w;
        }

        private static int bin(double w) {
            return Math.min(BINS - 1, (int) (w * BINS));
        }

        private static long key(int i, int j, int k) {
            return ((long) Math.floorMod(i, BINS) * BINS + Math.floorMod(j, BINS)) * BINS + Math.floorMod(k, BINS);
        }

        private static double distance(double[] a, double[] b) {
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                double d = a[k] - b[k];
                d -= Math.rint(d);
                sum += d * d;
            }
            return Math.sqrt(sum);
        }
    }
}
