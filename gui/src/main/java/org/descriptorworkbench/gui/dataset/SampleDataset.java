package org.descriptorworkbench.gui.dataset;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the bundled dataset the workbench opens when started without a file: the system property
 * {@code dwb.sampleData} if set, else {@code sample-data/quinary_liquid.extxyz} in the working
 * directory, the application's own folder or any folder above them (so it is found from a
 * repository checkout whether started at its root, in a module or from {@code gui/target}).
 */
public final class SampleDataset {
    /** The system property that names the default dataset explicitly. */
    public static final String PROPERTY = "dwb.sampleData";
    /** Where the default dataset lives in a repository checkout. */
    public static final Path RELATIVE_PATH = Path.of("sample-data", "quinary_liquid.extxyz");

    private SampleDataset() {
    }

    /** The default dataset for this process, if one can be found. */
    public static Optional<Path> locate() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        codeLocation().ifPresent(starts::add);
        return locate(System.getProperty(PROPERTY), starts);
    }

    /**
     * @param override the value of {@link #PROPERTY}, or null; when set it is used as given, even if
     *                 missing, so that the user hears about a mistyped path
     * @param starts   folders to search, each with its ancestors
     */
    public static Optional<Path> locate(String override, List<Path> starts) {
        if (override != null && !override.isBlank()) {
            return Optional.of(Path.of(override));
        }
        for (Path start : starts) {
            for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(RELATIVE_PATH);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = SampleDataset.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
