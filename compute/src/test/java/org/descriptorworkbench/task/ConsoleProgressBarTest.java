package org.descriptorworkbench.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ConsoleProgressBarTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long now;
    private final ConsoleProgressBar bar = new ConsoleProgressBar(out, "soap", () -> now);

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private long redraws() {
        return written().chars().filter(c -> c == '\r').count();
    }

    @Test
    void lineShowsTitleBarPercentAndMessage() {
        bar.report(0.5, "environments");

        assertEquals("soap [###############               ]  50% environments", bar.line());
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        for (int k = 0; k < 1000; k++) {
            bar.report(k / 1000.0, "step");
            now += 1_000_000L; // 1 ms
        }

        assertTrue(redraws() <= 11, redraws() + " redraws in 1 s");
        assertTrue(redraws() >= 9, redraws() + " redraws in 1 s");
    }

    @Test
    void closeDrawsTheLastReportAndEndsTheLine() {
        bar.report(0.3, "working");
        bar.report(1.0, "done"); // same instant: throttled

        bar.close();

        String text = written();
        assertTrue(text.endsWith(System.lineSeparator()), text);
        String last = text.substring(text.lastIndexOf('\r') + 1).strip();
        assertEquals("soap [##############################] 100% done", last);
    }

    @Test
    void shorterLineOverwritesTheLongerOneBeforeIt() {
        bar.report(0.1, "a long message here");
        now += 200_000_000L;
        bar.report(0.2, "x");

        String second = written().substring(written().lastIndexOf('\r') + 1);
        assertEquals("soap [######                        ]  10% a long message here".length(), second.length());
    }

    @Test
    void reportsAfterCloseAreIgnored() {
        bar.close();
        String closed = written();
        now += 1_000_000_000L;

        bar.report(0.5, "late");

        assertEquals(closed, written());
    }

    @Test
    void cancelIsSeenByTheJob() {
        bar.cancel();

        assertTrue(bar.isCancelled());
    }

    @Test
    void logModePrintsOneLinePerTenthAndNoCarriageReturns() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ConsoleProgressBar bar = ConsoleProgressBar.asLog(new java.io.PrintStream(bytes, true), "job")) {
            for (int i = 0; i <= 1000; i++) {
                bar.report(i / 1000.0, "working");
            }
        }
        String text = bytes.toString();
        org.junit.jupiter.api.Assertions.assertFalse(text.contains("\r"), text);
        org.junit.jupiter.api.Assertions.assertEquals(11, text.lines().count(), text);
        org.junit.jupiter.api.Assertions.assertTrue(text.lines().reduce((a, b) -> b).orElseThrow().contains("100%"), text);
    }
}
