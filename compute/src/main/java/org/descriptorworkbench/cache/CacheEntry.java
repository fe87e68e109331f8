package org.descriptorworkbench.cache;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.cache.EntryStore.DamagedEntryException;
import org.descriptorworkbench.io.NpyFiles;

/**
 * The files of one cached feature matrix in its own directory: {@code header.json} (format version, key
 * fields, shape), {@code values.npy} (the matrix, float64 C order, bit-exact), {@code rows.npy} (one row
 * per matrix row: structure index, atom index, atomic number; absent when the matrix has no row metadata)
 * and {@code labels.json} (the feature labels; absent when it has none). The directory is written
 * elsewhere and moved into place by {@link FeatureCache}, so it is only ever seen complete.
 */
final class CacheEntry {
    static final String HEADER = EntryStore.HEADER;
    static final String VALUES = "values.npy";
    static final String ROWS = "rows.npy";
    static final String LABELS = "labels.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The key fields and shape, checked against the key asked for on every read. */
    record Header(int format, String code, String fingerprint, String spec, String centres, String species,
                  String matrixSpec, int rows, int columns, boolean rowMetadata, boolean labels) {
    }

    private CacheEntry() {
    }

    /** Writes the entry's files into the (existing, empty) directory. */
    static void write(Path dir, int format, String code, FeatureKey key, FeatureMatrix matrix) throws IOException {
        int rows = matrix.rows();
        boolean labelled = matrix.featureLabels() != null;
        Header header = new Header(format, code, key.dataset().hex(), key.spec(), key.centres(), key.speciesText(),
                matrix.spec(), rows, matrix.columns(), matrix.hasRowMetadata(), labelled);
        NpyFiles.write(dir.resolve(VALUES), matrix);
        if (matrix.hasRowMetadata()) {
            double[] mapping = new double[3 * rows];
            for (int r = 0; r < rows; r++) {
                mapping[3 * r] = matrix.structureIndex(r);
                mapping[3 * r + 1] = matrix.atomIndex(r);
                mapping[3 * r + 2] = matrix.atomicNumber(r);
            }
            NpyFiles.write(dir.resolve(ROWS), rows, 3, mapping);
        }
        if (labelled) {
            JSON.writeValue(dir.resolve(LABELS).toFile(), matrix.featureLabels());
        }
        JSON.writeValue(dir.resolve(HEADER).toFile(), header);
    }

    /**
     * Reads the matrix of an entry written for {@code key} in format {@code format} by code version {@code code}.
     *
     * @throws DamagedEntryException if any file is missing, unreadable, inconsistent or of another key
     */
    static FeatureMatrix read(Path dir, int format, String code, FeatureKey key) throws DamagedEntryException {
        try {
            Header h = JSON.readValue(dir.resolve(HEADER).toFile(), Header.class);
            require(h.format() == format, "format " + h.format() + ", expected " + format);
            require(h.code().equals(code), "written by " + h.code() + ", this is " + code);
            require(h.fingerprint().equals(key.dataset().hex()) && h.spec().equals(key.spec())
                    && h.centres().equals(key.centres()) && h.species().equals(key.speciesText()), "written for another key");
            FeatureMatrix values = NpyFiles.read(dir.resolve(VALUES));
            require(values.rows() == h.rows() && values.columns() == h.columns(),
                    "values are " + values.rows() + "×" + values.columns() + ", header says " + h.rows() + "×" + h.columns());
            List<String> labels = h.labels()
                    ? JSON.readValue(dir.resolve(LABELS).toFile(), new TypeReference<List<String>>() { })
                    : null;
            if (!h.rowMetadata()) {
                return FeatureMatrix.of(h.rows(), h.columns(), values.data(), h.matrixSpec(), labels, null, null, null);
            }
            int[][] mapping = rowMapping(NpyFiles.read(dir.resolve(ROWS)), h.rows());
            return FeatureMatrix.of(h.rows(), h.columns(), values.data(), h.matrixSpec(), labels,
                    mapping[0], mapping[1], mapping[2]);
        } catch (IOException | RuntimeException e) {
            // NpyFiles reports damage as WorkbenchException, FeatureMatrix as IllegalArgumentException, Jackson as IOException
            throw new DamagedEntryException(e.getMessage());
        }
    }

    /** Structure index, atom index and atomic number of every row, from the rows×3 mapping. */
    private static int[][] rowMapping(FeatureMatrix stored, int rows) throws DamagedEntryException {
        require(stored.rows() == rows && stored.columns() == 3, "row mapping is " + stored.rows() + "×" + stored.columns());
        int[][] columns = new int[3][rows];
        double[] data = stored.data();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 3; c++) {
                double v = data[3 * r + c];
                require(v == Math.rint(v) && Math.abs(v) <= Integer.MAX_VALUE, "row mapping holds " + v);
                columns[c][r] = (int) v;
            }
        }
        return columns;
    }

    private static void require(boolean condition, String problem) throws DamagedEntryException {
        DamagedEntryException.require(condition, problem);
    }
}
