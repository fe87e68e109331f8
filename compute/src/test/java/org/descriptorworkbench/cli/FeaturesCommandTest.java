package org.descriptorworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.io.MatrixFiles;
import org.descriptorworkbench.io.NpyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesCommandTest {
    private static final Path REFERENCE = Paths.get(System.getProperty("dwb.shared", "../shared")).resolve("reference");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Dwb.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesTheG2SoapMatrixDScribeWrote() throws Exception {
        Path npy = dir.resolve("g2.npy");
        Path labels = dir.resolve("g2.json");
        int code = run("features", "--input", REFERENCE.resolve("structures/g2_first10.extxyz").toString(),
                "--descriptor", "soap(r_cut=4, n_max=4, l_max=3, sigma=0.5, basis=gto)", "--out", npy.toString(),
                "--labels", labels.toString(), "--threads", "2");
        assertEquals(0, code, err.toString());
        FeatureMatrix ours = NpyFiles.read(npy);
        FeatureMatrix dscribe = NpyFiles.read(REFERENCE.resolve("g2_A_soap_gto.npy"));
        assertEquals(67, ours.rows());
        assertEquals(1200, ours.columns());
        for (int r = 0; r < ours.rows(); r++) {
            double max = 0;
            double diff = 0;
            for (int c = 0; c < ours.columns(); c++) {
                max = Math.max(max, Math.abs(dscribe.get(r, c)));
                diff = Math.max(diff, Math.abs(dscribe.get(r, c) - ours.get(r, c)));
            }
            assertTrue(diff <= 1e-8 * max, "row " + r);
        }
        JsonNode json = new ObjectMapper().readTree(labels.toFile());
        assertEquals("soap(r_cut=4, n_max=4, l_max=3, sigma=0.5, basis=gto, compression=off)", json.get("spec").asText());
        assertEquals(1200, json.get("feature_labels").size());
        assertEquals("H-H l=0 n=0 n'=0", json.get("feature_labels").get(0).asText());
        assertEquals(67, json.get("atomic_number").size());
    }

    @Test
    void writesCsvWhenTheOutputEndsInCsv() {
        Path csv = dir.resolve("water.csv");
        int code = run("features", "--input", REFERENCE.resolve("structures/water.extxyz").toString(),
                "--descriptor", "soap(r_cut=3, n_max=2, l_max=1, average=outer)", "--out", csv.toString());
        assertEquals(0, code, err.toString());
        FeatureMatrix m = MatrixFiles.read(csv);
        assertEquals(1, m.rows());
        assertEquals(2 * 2 * (2 * 2 + 1) / 2 * 2, m.columns());
    }

    @Test
    void usesTheGivenSpeciesForTheChannels() {
        Path npy = dir.resolve("water.npy");
        int code = run("features", "--input", REFERENCE.resolve("structures/water.extxyz").toString(),
                "--descriptor", "soap(r_cut=4, n_max=4, l_max=3)", "--species", "H,C,O", "--out", npy.toString());
        assertEquals(0, code, err.toString());
        assertEquals(312, NpyFiles.read(npy).columns());
    }

    @Test
    void listsTheFamiliesWithTheirParameters() {
        assertEquals(0, run("features", "--list"));
        assertTrue(out.toString().contains("soap: "));
        assertTrue(out.toString().contains("n_max"));
    }

    @Test
    void rejectsABadSpecWithExitCodeTwoAndTheParameter() {
        int code = run("features", "--input", REFERENCE.resolve("structures/water.extxyz").toString(),
                "--descriptor", "soap(n_max=0)", "--out", dir.resolve("x.npy").toString());
        assertEquals(2, code);
        assertEquals("dwb: n_max: must be an integer in 1..20, got 0", err.toString().strip());
        assertTrue(Files.notExists(dir.resolve("x.npy")));
    }

    @Test
    void rejectsAnUnknownSpeciesSymbol() {
        int code = run("features", "--input", REFERENCE.resolve("structures/water.extxyz").toString(),
                "--descriptor", "soap()", "--species", "H,Q", "--out", dir.resolve("x.npy").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--species: 'Q' is not an element symbol"), err.toString());
    }

    @Test
    void requiresAnInput() {
        assertEquals(2, run("features", "--descriptor", "soap()", "--out", dir.resolve("x.npy").toString()));
        assertTrue(err.toString().contains("--input: is required"), err.toString());
    }
}
