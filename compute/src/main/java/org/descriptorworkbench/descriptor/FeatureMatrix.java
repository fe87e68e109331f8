package org.descriptorworkbench.descriptor;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Descriptor values for many environments (or structures, for global descriptors): rows × columns
 * float64, row-major, with optional row metadata (structure index, atom index, atomic number of the
 * centre), the spec that made it and one label per feature. Immutable; {@link #row} copies.
 *
 * <p>Matrices read from a plain {@code .npy} or {@code .csv} file carry no metadata: {@link #spec()}
 * is the file name and the row arrays are null.
 */
public final class FeatureMatrix {
    private final int rows;
    private final int columns;
    private final double[] data;
    private final String spec;
    private final List<String> featureLabels;
    private final int[] structureIndex;
    private final int[] atomIndex;
    private final int[] atomicNumber;

    private FeatureMatrix(int rows, int columns, double[] data, String spec, List<String> featureLabels,
                          int[] structureIndex, int[] atomIndex, int[] atomicNumber) {
        if (rows < 0 || columns < 0 || (long) rows * columns != data.length) {
            throw new IllegalArgumentException(rows + "×" + columns + " matrix cannot hold " + data.length + " values");
        }
        if (featureLabels != null && featureLabels.size() != columns) {
            throw new IllegalArgumentException(featureLabels.size() + " feature labels for " + columns + " columns");
        }
        checkRowArray("structure index", structureIndex, rows);
        checkRowArray("atom index", atomIndex, rows);
        checkRowArray("atomic number", atomicNumber, rows);
        this.rows = rows;
        this.columns = columns;
        this.data = data;
        this.spec = Objects.requireNonNull(spec, "spec");
        this.featureLabels = featureLabels == null ? null : List.copyOf(featureLabels);
        this.structureIndex = structureIndex;
        this.atomIndex = atomIndex;
        this.atomicNumber = atomicNumber;
    }

    private static void checkRowArray(String what, int[] values, int rows) {
        if (values != null && values.length != rows) {
            throw new IllegalArgumentException(values.length + " " + what + " entries for " + rows + " rows");
        }
    }

    /** A matrix without row metadata or labels; {@code data} is taken over, not copied. */
    public static FeatureMatrix of(int rows, int columns, double[] data, String spec) {
        return new FeatureMatrix(rows, columns, data, spec, null, null, null, null);
    }

    /**
     * A matrix of local environments; {@code data} and the row arrays are taken over, not copied.
     *
     * @param structureIndex index of each row's structure in its dataset
     * @param atomIndex      index of each row's centre atom in its structure, or −1 for a whole structure
     * @param atomicNumber   atomic number of each row's centre, or 0 for a whole structure
     */
    public static FeatureMatrix of(int rows, int columns, double[] data, String spec, List<String> featureLabels,
                                   int[] structureIndex, int[] atomIndex, int[] atomicNumber) {
        return new FeatureMatrix(rows, columns, data, spec, featureLabels, structureIndex, atomIndex, atomicNumber);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public double get(int row, int column) {
        return data[row * columns + column];
    }

    /** A copy of one row. */
    public double[] row(int row) {
        return Arrays.copyOfRange(data, row * columns, (row + 1) * columns);
    }

    /** The backing row-major array, shared (callers must not modify it; kernels read it without copying). */
    public double[] data() {
        return data;
    }

    /** The canonical spec text of the descriptor that made the matrix, or the file it was read from. */
    public String spec() {
        return spec;
    }

    /** One label per column, or null when unknown. */
    public List<String> featureLabels() {
        return featureLabels;
    }

    public boolean hasRowMetadata() {
        return structureIndex != null;
    }

    /** Structure index of a row; throws IllegalStateException if the matrix has no row metadata. */
    public int structureIndex(int row) {
        return requireMetadata(structureIndex)[row];
    }

    /** Centre atom index of a row (−1 for a whole structure). */
    public int atomIndex(int row) {
        return requireMetadata(atomIndex)[row];
    }

    /** Atomic number of a row's centre (0 for a whole structure). */
    public int atomicNumber(int row) {
        return requireMetadata(atomicNumber)[row];
    }

    private static int[] requireMetadata(int[] values) {
        if (values == null) {
            throw new IllegalStateException("this feature matrix has no row metadata");
        }
        return values;
    }

    @Override
    public String toString() {
        return "FeatureMatrix[" + rows + "×" + columns + ", " + spec + "]";
    }
}
