package org.descriptorworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.descriptorworkbench.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dwb features --cache DIR}: the second run of the same data and spec reads the matrix instead of computing it. */
class FeaturesCacheOptionTest {
    private static final String SPEC = "soap(r_cut=3, n_max=2, l_max=1, sigma=0.5)";

    @TempDir
    Path dir;

    private String run(Path input, Path out, String... extra) {
        StringWriter err = new StringWriter();
        String[] base = {"features", "--input", input.toString(), "--descriptor", SPEC, "--out", out.toString(),
            "--cache", dir.resolve("cache").toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        int code = Dwb.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        return err.toString();
    }

    @Test
    void theSecondRunOnACopyOfTheFileLoadsTheSameBytesFromTheCache() throws Exception {
        Path input = SharedFiles.sampleData("g2_162.extxyz");
        Path copy = Files.copy(input, dir.resolve("copy.extxyz"));
        assertFalse(run(input, dir.resolve("first.npy")).contains("loaded from the cache"));
        assertTrue(run(copy, dir.resolve("second.npy")).contains("loaded from the cache"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("first.npy")), Files.readAllBytes(dir.resolve("second.npy")));
    }

    @Test
    void otherSpeciesChannelsAreComputed() {
        Path input = SharedFiles.sampleData("g2_162.extxyz");
        run(input, dir.resolve("first.npy"));
        assertFalse(run(input, dir.resolve("second.npy"), "--species", "H,C,N,O,F,Si,P,S,Cl,Li,Be,B,Na,Al,Ar").contains("loaded from the cache"));
    }

    @Test
    void labelsWrittenFromACachedMatrixEqualTheComputedOnes() throws Exception {
        Path input = SharedFiles.sampleData("g2_162.extxyz");
        run(input, dir.resolve("first.npy"), "--labels", dir.resolve("first.json").toString());
        run(input, dir.resolve("second.npy"), "--labels", dir.resolve("second.json").toString());
        assertEquals(Files.readString(dir.resolve("first.json")), Files.readString(dir.resolve("second.json")));
    }
}
