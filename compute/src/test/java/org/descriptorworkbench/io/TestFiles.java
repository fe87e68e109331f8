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

/** Where the shared data, the bundled sample data and this package's test resources are. */
final class TestFiles {
    private TestFiles() {
    }

    /** The shared folder (system property dwb.shared, else ../shared beside the repository). */
    static Path shared() {
        String property = System.getProperty("dwb.shared");
        return property != null ? Paths.get(property) : repository().resolve("../shared").normalize();
    }

    /** The repository root (system property dwb.repo, else the parent of the module directory). */
    static Path repository() {
        String property = System.getProperty("dwb.repo");
        return property != null ? Paths.get(property) : Paths.get("").toAbsolutePath().getParent();
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
