package org.descriptorworkbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.cache.ResultJson;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.io.MatrixFiles;
import org.descriptorworkbench.task.ConsoleProgressBar;

/**
 * What the analysis commands share: reading .npy/.csv matrices that must describe the same environments,
 * a progress bar on stderr, and writing result records as JSON (snake_case keys).
 */
final class AnalysisIo {

    /** The result records' JSON form shared with the analysis cache ({@link ResultJson}), indented for people. */
    static final ObjectMapper JSON = ResultJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisIo() {
    }

    /** Reads matrices and checks that they have the same rows (count, and structure/atom where both know them). */
    static List<LabelledMatrix> readAligned(List<Path> files) {
        List<LabelledMatrix> out = new ArrayList<>();
        FeatureMatrix first = null;
        Path firstFile = null;
        for (Path file : files) {
            FeatureMatrix matrix = MatrixFiles.read(file);
            if (first == null) {
                first = matrix;
                firstFile = file;
            } else {
                requireSameEnvironments(firstFile, first, file, matrix);
            }
            out.add(new LabelledMatrix(file.getFileName().toString(), RowMatrix.of(matrix)));
        }
        return out;
    }

    static LabelledMatrix read(Path file) {
        return readAligned(List.of(file)).get(0);
    }

    private static void requireSameEnvironments(Path fileA, FeatureMatrix a, Path fileB, FeatureMatrix b) {
        if (a.rows() != b.rows()) {
            throw new WorkbenchException(fileA + " has " + a.rows() + " rows but " + fileB + " has " + b.rows()
                    + "; both must describe the same environments in the same order");
        }
        if (a.hasRowMetadata() && b.hasRowMetadata()) {
            for (int i = 0; i < a.rows(); i++) {
                if (a.structureIndex(i) != b.structureIndex(i) || a.atomIndex(i) != b.atomIndex(i)) {
                    throw new WorkbenchException(fileA + " and " + fileB + " describe different environments at row " + i
                            + " (structure " + a.structureIndex(i) + " atom " + a.atomIndex(i) + " vs structure "
                            + b.structureIndex(i) + " atom " + b.atomIndex(i) + ")");
                }
            }
        }
    }

    static void writeJson(Path file, Object value) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JSON.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    static void printJson(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The command line's progress bar on standard error; close it when the job ends. */
    static ConsoleProgressBar progressBar(String title) {
        return ConsoleProgressBar.onStandardError(title);
    }
}
