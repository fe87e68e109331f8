package org.descriptorworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dwb perturb} and {@code dwb rotate}. */
class PerturbationCommandsTest {
    private static final String SOAP = "soap(r_cut=4, n_max=4, l_max=4, sigma=0.5)";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private int run(String... args) {
        return Dwb.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void perturbPrintsTheSlopeAndWritesTheCurve() throws IOException {
        Path curve = temp.resolve("c.json");
        assertEquals(0, run("perturb", "--descriptor", SOAP, "--mode", "radial", "--shell", "4", "--out", curve.toString()),
                err.toString());
        JsonNode printed = new ObjectMapper().readTree(out.toString());
        assertEquals(1.0, printed.get("slope").asDouble(), 0.1);
        JsonNode written = new ObjectMapper().readTree(curve.toFile());
        assertEquals(36, written.get("amplitudes").size());
        assertEquals(36, written.get("changes").size());
        assertEquals("radial", written.get("mode").asText());
        assertEquals(printed.get("slope").asDouble(), written.get("slope").asDouble());
    }

    @Test
    void perturbTangentialWithRandomDirectionRecordsItsSeed() throws IOException {
        Path curve = temp.resolve("c.json");
        assertEquals(0, run("perturb", "--descriptor", SOAP, "--mode", "tangential-broken", "--shell", "2",
                "--direction", "random", "--seed", "9", "--out", curve.toString()), err.toString());
        JsonNode written = new ObjectMapper().readTree(curve.toFile());
        assertEquals(9, written.get("seed").asLong());
        assertEquals("random", written.get("direction").asText());
    }

    @Test
    void perturbRejectsAnUnknownModeInOneLine() {
        assertEquals(Dwb.EXIT_BAD_INPUT, run("perturb", "--descriptor", SOAP, "--mode", "wobble", "--out",
                temp.resolve("c.json").toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("--mode") && err.toString().contains("tangential-broken"), err.toString());
    }

    @Test
    void perturbRejectsShellFive() {
        assertEquals(Dwb.EXIT_BAD_INPUT, run("perturb", "--descriptor", SOAP, "--mode", "radial", "--shell", "5",
                "--out", temp.resolve("c.json").toString()));
        assertTrue(err.toString().startsWith("dwb: --shell"), err.toString());
    }

    @Test
    void perturbRejectsAShellBeyondTheDescriptorRange() {
        assertEquals(Dwb.EXIT_BAD_INPUT, run("perturb", "--descriptor", "soap(r_cut=2, n_max=3, l_max=3, sigma=0.2)",
                "--mode", "radial", "--shell", "4", "--out", temp.resolve("c.json").toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("beyond"), err.toString());
    }

    @Test
    void rotatePrintsTheLargestNorm() throws IOException {
        Path result = temp.resolve("r.json");
        assertEquals(0, run("rotate", "--descriptor", SOAP, "--angles", "4", "--out", result.toString()), err.toString());
        JsonNode printed = new ObjectMapper().readTree(out.toString());
        assertTrue(printed.get("max_norm").asDouble() < 1e-9, out.toString());
        JsonNode written = new ObjectMapper().readTree(result.toFile());
        assertEquals(4, written.get("norms").size());
        assertEquals(512, written.get("atoms").asInt());
    }

    @Test
    void rotateRejectsZeroAngles() {
        assertEquals(Dwb.EXIT_BAD_INPUT, run("rotate", "--descriptor", SOAP, "--angles", "0", "--out",
                temp.resolve("r.json").toString()));
        assertTrue(err.toString().startsWith("dwb: --angles"), err.toString());
    }
}
