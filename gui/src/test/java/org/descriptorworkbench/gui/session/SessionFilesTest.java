package org.descriptorworkbench.gui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
            new Session.Layout(1200, 800, List.of(0.3, 0.7), List.of(0.4), List.of(0.6), "complexity", "pair-tab"));

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
    void writesTheOpenDatasetsAndNoSingleDatasetKey() throws Exception {
        Path file = dir.resolve("s.json");
        SessionFiles.write(session, file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"datasets\" : [ \"/data/q.extxyz\", \"/data/si.extxyz\" ]"), text);
        assertTrue(text.contains("\"activeDataset\" : \"/data/si.extxyz\""), text);
        assertFalse(text.contains("\"dataset\""), text);
    }

    @Test
    void readsAVersionOneFileWithItsSingleDatasetAsTheOpenAndActiveOne() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, """
                {
                  "version" : 1,
                  "dataset" : "/data/q.extxyz",
                  "descriptors" : [ "soap(r_cut=5, n_max=6, l_max=4, sigma=0.5, basis=gto, compression=off)" ],
                  "reference" : "soap(r_cut=5, n_max=6, l_max=4, sigma=0.5, basis=gto, compression=off)",
                  "centres" : { "all" : false, "count" : 2000, "seed" : 0 },
                  "analyses" : { "imbalance" : { "k" : 3 } }
                }
                """);
        Session old = SessionFiles.read(file);
        assertEquals(List.of("/data/q.extxyz"), old.datasetPaths());
        assertEquals("/data/q.extxyz", old.activeDatasetPath());
        assertEquals(2000, old.centres().count());
    }

    @Test
    void aLayoutWrittenBeforeTheRightDividerWasSavedHasNone() throws Exception {
        Path file = dir.resolve("layout.json");
        Files.writeString(file, """
                {
                  "version" : %d,
                  "datasets" : [ ],
                  "layout" : { "width" : 1200, "height" : 800, "mainDividers" : [ 0.3, 0.7 ], "leftDividers" : [ 0.4 ],
                               "analysisTab" : "complexity", "viewTab" : "pair-tab" }
                }
                """.formatted(SessionFiles.VERSION));
        Session.Layout layout = SessionFiles.read(file).layout();
        assertNull(layout.rightDividers());
        assertEquals(List.of(0.4), layout.leftDividers());
    }

    @Test
    void aVersionOneFileWithoutADatasetOpensNone() throws Exception {
        Path file = dir.resolve("empty.json");
        Files.writeString(file, "{\"version\": 1, \"descriptors\": []}");
        Session old = SessionFiles.read(file);
        assertEquals(List.of(), old.datasetPaths());
        assertNull(old.activeDatasetPath());
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
