package org.descriptorworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.descriptorworkbench.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Dwb.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void textReportGivesFramesAtomsSpeciesAndKeys() {
        assertEquals(0, run("info", SharedFiles.sampleData("si_phases.extxyz").toString()));
        String text = out.toString();
        assertTrue(text.contains("frames:   120"), text);
        assertTrue(text.contains("atoms:    16800 (64 to 216 per frame)"), text);
        assertTrue(text.contains("species:  Si 16800"), text);
        assertTrue(text.contains("pbc:      T T T 120"), text);
        assertTrue(text.contains("config_type 120"), text);
        assertTrue(text.contains("forces:R:3 (120)"), text);
    }

    @Test
    void jsonReportCountsSpeciesOfAMultiSpeciesFile() throws IOException {
        assertEquals(0, run("info", "--json", SharedFiles.sampleData("quinary_liquid.extxyz").toString()));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(200, json.get("frames").asInt());
        assertEquals(25600, json.get("atoms").asLong());
        assertEquals(5, json.get("species").size());
        assertEquals(5750, json.get("species").get("Al").asLong());
    }

    @Test
    void malformedFileExitsWithTwoAndNamesFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.xyz");
        Files.writeString(bad, "2\ncomment\nSi 0 0 0\nSi 1 1 x\n");
        assertEquals(Dwb.EXIT_BAD_INPUT, run("info", bad.toString()));
        String message = err.toString();
        assertTrue(message.startsWith("dwb: " + bad + ":4"), message);
        assertEquals(1, message.strip().lines().count(), "one line, no stack trace: " + message);
    }

    @Test
    void missingFileExitsWithTwo() {
        assertEquals(Dwb.EXIT_BAD_INPUT, run("info", dir.resolve("nope.extxyz").toString()));
        assertTrue(err.toString().contains("nope.extxyz"), err.toString());
    }

    @Test
    void convertWritesAFileThatReadsBackWithTheSameCounts() {
        Path out = dir.resolve("g2.extxyz");
        assertEquals(0, run("convert", SharedFiles.sampleData("g2_162.extxyz").toString(), out.toString()));
        assertEquals(0, run("info", "--json", out.toString()));
        assertTrue(this.out.toString().contains("\"atoms\" : 860"), this.out.toString());
    }
}
