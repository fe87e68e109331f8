package org.descriptorworkbench.descriptor.soap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Locates and reads the reference files in ../shared/reference (system property dwb.shared, else ../shared). */
final class ReferenceData {

    private ReferenceData() {
    }

    static Path shared() {
        String property = System.getProperty("dwb.shared");
        Path path = property != null ? Paths.get(property) : Paths.get("..", "shared");
        if (!Files.isDirectory(path)) {
            path = Paths.get("..", "..", "shared");
        }
        return path;
    }

    static Path reference(String name) {
        return shared().resolve("reference").resolve(name);
    }

    static JsonNode json(String name) {
        try {
            return new ObjectMapper().readTree(reference(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Largest |a − b| divided by the largest |b|. */
    static double relativeDifference(double[] actual, JsonNode expected) {
        double max = 0;
        double diff = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = expected.get(i).asDouble();
            max = Math.max(max, Math.abs(e));
            diff = Math.max(diff, Math.abs(actual[i] - e));
        }
        return diff / max;
    }
}
