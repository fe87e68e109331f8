package org.descriptorworkbench.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.error.WorkbenchException;

/**
 * Reads and writes feature matrices as {@code .npy} (float64, C order) or {@code .csv} (one row per
 * line, comma-separated, full precision, an optional header line of feature labels), chosen by extension.
 */
public final class MatrixFiles {
    private MatrixFiles() {
    }

    /** Reads a matrix from a .npy or .csv file. */
    public static FeatureMatrix read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new WorkbenchException(file + ": no such file");
        }
        return switch (extension(file)) {
            case "npy" -> NpyFiles.read(file);
            case "csv" -> readCsv(file);
            default -> throw new WorkbenchException(file + ": unknown matrix format (use .npy or .csv)");
        };
    }

    /** Writes a matrix to a .npy or .csv file (CSV gets a header line when the matrix has feature labels). */
    public static void write(Path file, FeatureMatrix matrix) {
        switch (extension(file)) {
            case "npy" -> NpyFiles.write(file, matrix);
            case "csv" -> writeCsv(file, matrix);
            default -> throw new WorkbenchException(file + ": unknown matrix format (use .npy or .csv)");
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static FeatureMatrix readCsv(Path file) {
        List<String> labels = null;
        List<double[]> rows = new ArrayList<>();
        int columns = -1;
        long lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split(",", -1);
                if (columns < 0 && rows.isEmpty() && labels == null && !isNumber(fields[0].strip())) {
                    labels = Arrays.stream(fields).map(String::strip).toList();
                    columns = fields.length;
                    continue;
                }
                if (columns < 0) {
                    columns = fields.length;
                } else if (fields.length != columns) {
                    throw new WorkbenchException(file + ":" + lineNumber + ": expected " + columns + " values, got " + fields.length);
                }
                double[] row = new double[columns];
                for (int j = 0; j < columns; j++) {
                    String f = fields[j].strip();
                    try {
                        row[j] = Double.parseDouble(f);
                    } catch (NumberFormatException e) {
                        throw new WorkbenchException(file + ":" + lineNumber + ": column " + (j + 1) + " is not a number: \"" + f + "\"");
                    }
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (rows.isEmpty()) {
            throw new WorkbenchException(file + ": no numeric rows");
        }
        double[] data = new double[rows.size() * columns];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, data, i * columns, columns);
        }
        String name = file.getFileName().toString();
        return FeatureMatrix.of(rows.size(), columns, data, name, labels, null, null, null);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void writeCsv(Path file, FeatureMatrix m) {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            if (m.featureLabels() != null) {
                w.write(String.join(",", m.featureLabels().stream().map(l -> l.replace(',', ';')).toList()));
                w.newLine();
            }
            double[] data = m.data();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < m.rows(); i++) {
                sb.setLength(0);
                for (int j = 0; j < m.columns(); j++) {
                    if (j > 0) {
                        sb.append(',');
                    }
                    sb.append(data[i * m.columns() + j]);
                }
                w.write(sb.toString());
                w.newLine();
            }
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
