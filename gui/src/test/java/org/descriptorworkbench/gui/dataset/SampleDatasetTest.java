package org.descriptorworkbench.gui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDatasetTest {
    @TempDir
    Path repo;

    @Test
    void findsTheSampleDataFromAFolderInsideTheRepository() throws IOException {
        Path sample = Files.createDirectories(repo.resolve("sample-data")).resolve("quinary_liquid.extxyz");
        Files.writeString(sample, "1\n\nH 0 0 0\n");
        Path deep = Files.createDirectories(repo.resolve("gui/target"));
        assertEquals(Optional.of(sample), SampleDataset.locate(null, List.of(deep)));
    }

    @Test
    void takesTheSystemPropertyAsGivenEvenIfTheFileIsMissing() {
        assertEquals(Optional.of(Path.of("/nowhere/mine.extxyz")), SampleDataset.locate("/nowhere/mine.extxyz", List.of(repo)));
    }

    @Test
    void findsNothingOutsideARepository() {
        assertTrue(SampleDataset.locate(null, List.of(repo)).isEmpty());
    }

    @Test
    void findsTheBundledDatasetOfThisCheckout() {
        Path root = Path.of(System.getProperty("dwb.repo", ".."));
        Optional<Path> found = SampleDataset.locate(null, List.of(root.resolve("gui")));
        assertTrue(found.isPresent() && Files.isRegularFile(found.get()), "found " + found);
    }
}
