package org.descriptorworkbench.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.testing.SharedFiles;

/** This package's test resources and inputs, plus the shared and sample data through {@link SharedFiles}. */
final class TestFiles {
    private TestFiles() {
    }

    /** The shared folder beside the repository. */
    static Path shared() {
        return SharedFiles.shared();
    }

    /** The repository root. */
    static Path repository() {
        return SharedFiles.repositoryRoot();
    }

    /** A file from src/test/resources/org/descriptorworkbench/io. */
    static Path resource(String name) {
        URL url = TestFiles.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads extended XYZ given as text. */
    static Dataset xyz(String text) {
        return new ExtendedXyzReader().read("test.xyz", new StringReader(text));
    }
}
