package org.descriptorworkbench.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} (reference numbers, datasets) and the repository root from tests. */
public final class SharedFiles {
    private SharedFiles() {
    }

    /** The shared folder beside the repository: system property {@code dwb.shared}, else {@code ../shared}. */
    public static Path shared() {
        String prop = System.getProperty("dwb.shared");
        Path p = prop != null ? Path.of(prop) : repositoryRoot().resolve("../shared");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("shared folder not found at " + p.toAbsolutePath().normalize()
                    + " (it must sit beside the repository, see README)");
        }
        return p.normalize();
    }

    /** A file under {@code shared/reference}. */
    public static Path reference(String name) {
        return shared().resolve("reference").resolve(name);
    }

    /** The repository root: system property {@code dwb.repo}, else the parent of the module directory. */
    public static Path repositoryRoot() {
        String prop = System.getProperty("dwb.repo");
        return (prop != null ? Path.of(prop) : Path.of("").toAbsolutePath().getParent()).normalize();
    }

    /** A file under {@code sample-data/}. */
    public static Path sampleData(String name) {
        return repositoryRoot().resolve("sample-data").resolve(name);
    }
}
