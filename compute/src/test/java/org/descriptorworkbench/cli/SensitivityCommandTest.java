package org.descriptorworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityCommandTest {
    private static final String SOAP = "soap(r_cut=3, n_max=4, l_max=4, sigma=0.3)";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private Path input;

    private int run(String... args) {
        return Dwb.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Two frames: one conventional cell of diamond Si and a small distorted copy as a cluster. */
    @BeforeEach
    void writeInput() {
        double a = 5.43;
        double[] positions = {0, 0, 0, 0, 0.5 * a, 0.5 * a, 0.5 * a, 0, 0.5 * a, 0.5 * a, 0.5 * a, 0,
            0.25 * a, 0.25 * a, 0.25 * a, 0.25 * a, 0.75 * a, 0.75 * a, 0.75 * a, 0.25 * a, 0.75 * a, 0.75 * a, 0.75 * a, 0.25 * a};
        int[] numbers = new int[8];
        Arrays.fill(numbers, 14);
        Structure crystal = Structure.periodic(numbers, positions, Cell.orthorhombic(a, a, a), new boolean[] {true, true, true});
        double[] shaken = positions.clone();
        for (int i = 0; i < shaken.length; i++) {
            shaken[i] += 0.1 * Math.sin(7.0 * i);
        }
        input = temp.resolve("si.xyz");
        StructureFiles.write(new Dataset("si", List.of(crystal, Structure.cluster(numbers, shaken))), input);
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void writesOneSpectrumPerChosenCentre() throws IOException {
        Path result = temp.resolve("e.json");
        assertEquals(0, run("sensitivity", "--input", input.toString(), "--descriptor", SOAP, "--centers", "0,4",
                "--out", result.toString()), err.toString());
        JsonNode written = json(result);
        JsonNode environments = written.get("environments");
        assertEquals(2, environments.size());
        assertEquals(4, environments.get(1).get("atom").asInt());
        JsonNode first = environments.get(0);
        assertEquals(first.get("degrees_of_freedom").asInt(), first.get("eigenvalues").size());
        assertEquals(1.0, first.get("normalised").get(first.get("normalised").size() - 1).asDouble());
        assertEquals(1e-12, written.get("zero_threshold").asDouble());
        JsonNode printed = new ObjectMapper().readTree(out.toString());
        assertEquals(first.get("zero_modes").asInt(), printed.get("zero_modes").get(0).asInt());
    }

    @Test
    void randomCentresComeFromEveryFrameWithoutFrame() throws IOException {
        Path result = temp.resolve("e.json");
        assertEquals(0, run("sensitivity", "--input", input.toString(), "--descriptor", SOAP, "--random", "5",
                "--seed", "3", "--out", result.toString()), err.toString());
        assertEquals(5, json(result).get("environments").size());
    }

    @Test
    void frameSelectsTheStructureOfTheCentres() throws IOException {
        Path result = temp.resolve("e.json");
        assertEquals(0, run("sensitivity", "--input", input.toString(), "--descriptor", SOAP, "--centers", "2",
                "--frame", "1", "--out", result.toString()), err.toString());
        assertEquals(1, json(result).get("environments").get(0).get("structure").asInt());
    }

    @Test
    void refusesADescriptorWithoutJacobianInOneLine() {
        assertEquals(Dwb.EXIT_BAD_INPUT, run("sensitivity", "--input", input.toString(), "--descriptor",
                "soap(r_cut=3, n_max=3, l_max=3, average=outer)", "--centers", "0", "--out", temp.resolve("e.json").toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("Jacobian"), err.toString());
    }

    @Test
    void rejectsACentreOutsideTheFrame() {
        assertEquals(Dwb.EXIT_BAD_INPUT, run("sensitivity", "--input", input.toString(), "--descriptor", SOAP,
                "--centers", "8", "--out", temp.resolve("e.json").toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("--centers"), err.toString());
    }

    @Test
    void rejectsCentresAndRandomTogether() {
        assertEquals(Dwb.EXIT_BAD_INPUT, run("sensitivity", "--input", input.toString(), "--descriptor", SOAP,
                "--centers", "0", "--random", "2", "--out", temp.resolve("e.json").toString()));
    }
}
