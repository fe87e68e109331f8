package org.descriptorworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DwbTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Dwb.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void unknownOptionExitsWithTwoAndOneReason() {
        assertEquals(Dwb.EXIT_BAD_INPUT, run("--no-such-option"));
        assertTrue(err.toString().startsWith("dwb: Unknown option"), err.toString());
    }

    @Test
    void versionExitsWithZero() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("dwb "));
    }

    @Test
    void benchGroupsDescriptorAndAnalysisBenchmarks() {
        assertEquals(0, run("bench"));
        for (String name : new String[] {"soap", "soap-jacobian", "acsf", "imbalance", "correlate"}) {
            assertTrue(out.toString().contains(name), "bench lists " + name + ": " + out);
        }
    }

    @Test
    void descriptorBenchmarkPrintsMicrosecondsPerAtomForEachTimingStructure() {
        assertEquals(0, run("bench", "acsf", "--repeats", "1", "--threads", "1",
                "--structures", org.descriptorworkbench.testing.SharedFiles.reference("structures").toString()), err.toString());
        assertEquals(2, out.toString().lines().filter(l -> l.contains("µs/atom")).count(), out.toString());
    }

    @Test
    void jacobianBenchmarkPrintsMillisecondsPerEnvironmentForEachTimingStructure() {
        assertEquals(0, run("bench", "soap-jacobian", "--repeats", "1", "--environments", "2",
                "--structures", org.descriptorworkbench.testing.SharedFiles.reference("structures").toString()), err.toString());
        assertEquals(2, out.toString().lines().filter(l -> l.contains("ms/environment")).count(), out.toString());
    }

    @Test
    void jacobianBenchmarkRejectsZeroEnvironments() {
        assertEquals(Dwb.EXIT_BAD_INPUT, run("bench", "soap-jacobian", "--environments", "0"));
        assertTrue(err.toString().contains("--environments"), err.toString());
    }
}
