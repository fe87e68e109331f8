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
}
