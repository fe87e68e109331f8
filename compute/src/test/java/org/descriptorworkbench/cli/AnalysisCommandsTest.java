package org.descriptorworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.descriptorworkbench.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private int run(String... args) {
        return Dwb.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String ref(String name) {
        return SharedFiles.reference(name).toString();
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void imbalancePrintsBothDirectionsAsJson() throws IOException {
        assertEquals(0, run("imbalance", "--a", ref("ii_large_X1.npy"), "--b", ref("ii_large_X2.npy")), err.toString());
        JsonNode printed = new ObjectMapper().readTree(out.toString());
        assertEquals(2.0 * 329370 / (3000.0 * 3000.0), printed.get("a_to_b").asDouble(), 1e-12);
        assertEquals(2.0 * 1125423 / (3000.0 * 3000.0), printed.get("b_to_a").asDouble(), 1e-12);
        assertEquals(3000, printed.get("n").asInt());
        assertTrue(printed.has("srim") && printed.has("rim_a_to_b") && printed.has("rim_b_to_a"));
    }

    @Test
    void imbalanceRejectsMatricesWithDifferentRowCounts() {
        assertEquals(Dwb.EXIT_BAD_INPUT, run("imbalance", "--a", ref("g2_A_soap_gto.npy"), "--b", ref("ii_large_X1.npy")));
        assertTrue(err.toString().contains("67 rows"), err.toString());
    }

    @Test
    void imbalancePlaneHasOnePointPerSetMember() throws IOException {
        Path plane = temp.resolve("plane.json");
        assertEquals(0, run("imbalance", "--ref", ref("g2_A_soap_gto.npy"), "--set", ref("g2_B_soap_polynomial.npy"),
                ref("g2_C_acsf.npy"), "--out", plane.toString()), err.toString());
        JsonNode points = json(plane).get("points");
        assertEquals(2, points.size());
        assertEquals("g2_C_acsf.npy", points.get(1).get("label").asText());
    }

    @Test
    void imbalanceMatrixIsSquareOverTheSet() throws IOException {
        Path matrix = temp.resolve("matrix.json");
        assertEquals(0, run("imbalance", "--matrix", "--set", ref("g2_A_soap_gto.npy"), ref("g2_B_soap_polynomial.npy"),
                ref("g2_C_acsf.npy"), "--out", matrix.toString()), err.toString());
        JsonNode srim = json(matrix).get("srim");
        assertEquals(3, srim.size());
        assertEquals(srim.get(0).get(2).asDouble(), srim.get(2).get(0).asDouble());
    }

    @Test
    void selectWritesTheOrderAndErrorCurve() throws IOException {
        Path result = temp.resolve("s.json");
        assertEquals(0, run("select", "--a", ref("g2_A_soap_gto.npy"), "--method", "fps", "--axis", "features",
                "--n", "5", "--out", result.toString()), err.toString());
        JsonNode written = json(result);
        assertEquals(5, written.get("selected").size());
        assertEquals(0, written.get("selected").get(0).asInt());
        assertEquals(5, written.get("reconstruction_error").size());
    }

    @Test
    void selectRejectsAnUnknownMethodWithExitCodeTwo() {
        assertEquals(Dwb.EXIT_BAD_INPUT, run("select", "--a", ref("g2_A_soap_gto.npy"), "--method", "random",
                "--n", "5", "--out", temp.resolve("s.json").toString()));
        assertTrue(err.toString().contains("method"), err.toString());
    }

    @Test
    void pcaWritesFractions() throws IOException {
        Path result = temp.resolve("p.json");
        assertEquals(0, run("pca", "--a", ref("g2_C_acsf.npy"), "--out", result.toString()), err.toString());
        JsonNode cumulative = json(result).get("cumulative_fraction");
        assertEquals(1.0, cumulative.get(cumulative.size() - 1).asDouble(), 1e-12);
    }

    @Test
    void reconstructWritesBothDirections() throws IOException {
        Path result = temp.resolve("g.json");
        assertEquals(0, run("reconstruct", "--a", ref("g2_A_soap_gto.npy"), "--b", ref("g2_B_soap_polynomial.npy"),
                "--out", result.toString()), err.toString());
        assertEquals(0.30448439880288514, json(result).get("a_to_b").get("gfre").asDouble(), 1e-8);
    }

    @Test
    void correlateWritesHistogramsWhoseCountsAreThePairs() throws IOException {
        Path result = temp.resolve("c.json");
        assertEquals(0, run("correlate", "--a", ref("g2_A_soap_gto.npy"), "--b", ref("g2_C_acsf.npy"), "--bins", "20",
                "--sample", "500", "--top", "7", "--out", result.toString()), err.toString());
        JsonNode written = json(result);
        long total = 0;
        for (JsonNode row : written.get("distance_histogram")) {
            for (JsonNode count : row) {
                total += count.asLong();
            }
        }
        assertEquals(67L * 66 / 2, total);
        assertEquals(7, written.get("top_disagreements").size());
        assertEquals(500, written.get("sample").size());
        assertTrue(err.toString().contains("duplicate environments"), err.toString());
    }

    @Test
    void benchImbalancePrintsItsTiming() {
        assertEquals(0, run("bench", "imbalance", "--n", "300", "--d", "8"), err.toString());
        assertTrue(out.toString().contains("time ") && out.toString().contains("Delta(A->B)"), out.toString());
    }

    @Test
    void benchImbalanceMatrixTimesThePairwiseMatrix() {
        assertEquals(0, run("bench", "imbalance", "--matrix", "4", "--n", "120", "--d", "6"), err.toString());
        assertTrue(out.toString().contains("M=4 N=120 D=4..6") && out.toString().contains("12 ordered pairs"),
                out.toString());
    }
}
