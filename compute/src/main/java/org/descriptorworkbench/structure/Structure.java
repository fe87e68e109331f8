package org.descriptorworkbench.structure;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One atomic configuration: atomic numbers, Cartesian positions (Å, row-major n×3), an optional
 * cell with periodic-boundary flags, per-structure info (energy, config_type, …) and per-atom arrays
 * (forces, …) exactly as read from the file. Immutable; accessors return copies or read-only views.
 *
 * <p>Info values are String, Long, Double, Boolean or arrays double[], long[], boolean[], String[]
 * (the types extended XYZ can express). Per-atom arrays do not include the species and positions.
 */
public final class Structure {
    private static final boolean[] NO_PBC = {false, false, false};

    private final int[] numbers;
    private final double[] positions;
    private final Cell cell;
    private final boolean[] pbc;
    private final Map<String, Object> info;
    private final Map<String, AtomArray> arrays;

    /**
     * @param numbers   atomic numbers, one per atom, each in 1..118
     * @param positions Cartesian positions in Å, row-major, length 3·numbers.length, all finite
     * @param cell      the cell, or null for a finite cluster
     * @param pbc       periodic flags along a, b, c; must be all false when cell is null
     * @param info      per-structure values (copied; insertion order kept)
     * @param arrays    per-atom arrays, each with one row per atom (copied; insertion order kept)
     */
    public Structure(int[] numbers, double[] positions, Cell cell, boolean[] pbc,
                     Map<String, Object> info, Map<String, AtomArray> arrays) {
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(positions, "positions");
        if (positions.length != 3 * numbers.length) {
            throw new IllegalArgumentException("positions has " + positions.length + " values for " + numbers.length + " atoms");
        }
        for (int z : numbers) {
            if (!Element.isValid(z)) {
                throw new IllegalArgumentException("atomic number " + z + " is outside 1..118");
            }
        }
        for (double x : positions) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("positions must be finite numbers");
            }
        }
        boolean[] flags = pbc == null ? NO_PBC : pbc;
        if (flags.length != 3) {
            throw new IllegalArgumentException("pbc needs 3 flags");
        }
        if (cell == null && (flags[0] || flags[1] || flags[2])) {
            throw new IllegalArgumentException("periodic boundary conditions need a cell");
        }
        this.numbers = numbers.clone();
        this.positions = positions.clone();
        this.cell = cell;
        this.pbc = flags.clone();
        this.info = Collections.unmodifiableMap(new LinkedHashMap<>(info == null ? Map.of() : info));
        Map<String, AtomArray> copy = new LinkedHashMap<>();
        if (arrays != null) {
            for (Map.Entry<String, AtomArray> e : arrays.entrySet()) {
                if (e.getValue().rows() != numbers.length) {
                    throw new IllegalArgumentException("per-atom array '" + e.getKey() + "' has " + e.getValue().rows()
                            + " rows for " + numbers.length + " atoms");
                }
                copy.put(e.getKey(), e.getValue());
            }
        }
        this.arrays = Collections.unmodifiableMap(copy);
    }

    /** A finite cluster with no info and no per-atom arrays. */
    public static Structure cluster(int[] numbers, double[] positions) {
        return new Structure(numbers, positions, null, null, null, null);
    }

    /** A structure with a cell and pbc flags but no info or per-atom arrays. */
    public static Structure periodic(int[] numbers, double[] positions, Cell cell, boolean[] pbc) {
        return new Structure(numbers, positions, cell, pbc, null, null);
    }

    public int atomCount() {
        return numbers.length;
    }

    public int atomicNumber(int atom) {
        return numbers[atom];
    }

    /** A copy of the atomic numbers. */
    public int[] atomicNumbers() {
        return numbers.clone();
    }

    /** Coordinate {@code axis} (0 = x, 1 = y, 2 = z) of an atom, in Å. */
    public double position(int atom, int axis) {
        return positions[3 * atom + axis];
    }

    /** A copy of the positions, row-major n×3, Å. */
    public double[] positions() {
        return positions.clone();
    }

    /** The cell, or null for a finite cluster. */
    public Cell cell() {
        return cell;
    }

    public boolean hasCell() {
        return cell != null;
    }

    /** A copy of the three periodic-boundary flags. */
    public boolean[] pbc() {
        return pbc.clone();
    }

    public boolean isPeriodic(int axis) {
        return pbc[axis];
    }

    /** True if any direction is periodic. */
    public boolean isPeriodic() {
        return pbc[0] || pbc[1] || pbc[2];
    }

    /** Per-structure values in file order (read-only). */
    public Map<String, Object> info() {
        return info;
    }

    /** Per-atom arrays in file order (read-only), excluding species and positions. */
    public Map<String, AtomArray> arrays() {
        return arrays;
    }

    /** The info value as a number if present and numeric (Long or Double), else NaN. */
    public double infoNumber(String key) {
        Object v = info.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Atom count per atomic number, sorted by Z. */
    public Map<Integer, Integer> speciesCounts() {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int z : numbers) {
            counts.merge(z, 1, Integer::sum);
        }
        return counts;
    }

    /** Distinct atomic numbers, sorted ascending. */
    public int[] species() {
        return numbers.length == 0 ? new int[0] : Arrays.stream(numbers).distinct().sorted().toArray();
    }

    /**
     * Chemical formula as ASE's default "hill" mode writes it, so that names match what users see
     * in ASE: C first and H second whenever present, then the rest alphabetically, e.g. "CH4",
     * "H2O", "HClO", "Si64". (Strict Hill order would give "ClHO" for HOCl.)
     */
    public String formula() {
        Map<String, Integer> bySymbol = new TreeMap<>();
        for (int z : numbers) {
            bySymbol.merge(Element.of(z).symbol(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        for (String first : new String[] {"C", "H"}) {
            Integer count = bySymbol.remove(first);
            if (count != null) {
                append(sb, first, count);
            }
        }
        bySymbol.forEach((symbol, count) -> append(sb, symbol, count));
        return sb.toString();
    }

    private static void append(StringBuilder sb, String symbol, int count) {
        sb.append(symbol);
        if (count > 1) {
            sb.append(count);
        }
    }

    /** The same structure with other info values (arrays, cell and positions kept). */
    public Structure withInfo(Map<String, Object> newInfo) {
        return new Structure(numbers, positions, cell, pbc, newInfo, arrays);
    }

    /** The same atoms, cell and info with new positions (per-atom arrays kept). */
    public Structure withPositions(double[] newPositions) {
        return new Structure(numbers, newPositions, cell, pbc, info, arrays);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Structure s
                && Arrays.equals(numbers, s.numbers)
                && Arrays.equals(positions, s.positions)
                && Objects.equals(cell, s.cell)
                && Arrays.equals(pbc, s.pbc)
                && InfoValues.mapsEqual(info, s.info)
                && arrays.equals(s.arrays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(numbers), Arrays.hashCode(positions), cell);
    }

    @Override
    public String toString() {
        return "Structure[" + formula() + (cell == null ? "" : ", cell") + "]";
    }
}
