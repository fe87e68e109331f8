package org.descriptorworkbench.gui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.descriptorworkbench.error.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFilesTest {
    @TempDir
    Path dir;

    private final Session session = new Session(SessionFiles.VERSION, null, List.of("/data/q.extxyz", "/data/si.extxyz"), "/data/si.extxyz",
            List.of("soap(r_cut=5, n_max=6, l_max=4, sigma=0.5, basis=gto, compression=off)"),
            "soap(r_cut=5, n_max=6, l_max=4, sigma=0.5, basis=gto, compression=off)", new Session.Centres(false, 2000, 0, List.of(26, 29),
                    List.of(0, 3), List.of(List.of(1, 5), List.of(2, 7))),
            Map.of("imbalance", Map.of("k", 3)),
            new Session.Layout(1200, 800, List.of(0.3, 0.7), List.of(0.4), "complexity", "pair-tab"));

    @Test
    void readsBackWhatItWrote() throws Exception {
        Path file = dir.resolve("s.json");
        SessionFiles.write(session, file);
        assertEquals(session, SessionFiles.read(file));
    }

    @Test
    void writesReadableIndentedJson() throws Exception {
        Path file = dir.resolve("s.json");
        SessionFiles.write(session, file);
        String text = Files.readString(file);
        assertTrue(text.contains("\n  \"descriptors\" : [ "), text);
    }

    @Test
    void rejectsAnUnknownKeyNamingTheFile() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"version\": 1, \"colour\": \"red\"}");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> SessionFiles.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not a session file"), e.getMessage());
    }

    @Test
    void rejectsAnotherFormatVersion() throws Exception {
        Path file = dir.resolve("v2.json");
        Files.writeString(file, "{\"version\": 3}");
        assertTrue(assertThrows(WorkbenchException.class, () -> SessionFiles.read(file)).getMessage()
                .contains("version 3 is not supported"));
    }
}
