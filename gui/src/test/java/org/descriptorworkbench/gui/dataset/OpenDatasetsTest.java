package org.descriptorworkbench.gui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of open datasets and the active one, without a JavaFX toolkit. */
class OpenDatasetsTest {
    private final OpenDatasets open = new OpenDatasets();
    private final OpenDataset a = entry("/data/a.extxyz");
    private final OpenDataset b = entry("/data/b.extxyz");
    private final OpenDataset c = entry("/data/c.extxyz");

    private static OpenDataset entry(String file) {
        return new OpenDataset(Path.of(file), TestDatasets.small(file));
    }

    private void openAll() {
        for (OpenDataset d : List.of(a, b, c)) {
            open.activate(open.add(d));
        }
    }

    @Test
    void keepsDatasetsInOpeningOrder() {
        openAll();
        assertEquals(List.of(a, b, c), open.list());
        assertSame(c, open.activeProperty().get());
    }

    @Test
    void addingAFileThatIsOpenKeepsTheOpenDatasetInsteadOfADuplicate() {
        openAll();
        OpenDataset again = entry("/data/sub/../b.extxyz");
        assertSame(b, open.add(again));
        assertEquals(3, open.list().size());
    }

    @Test
    void findsADatasetByItsFileWhateverTheSpelling() {
        openAll();
        assertSame(a, open.find(Path.of("/data/./a.extxyz")).orElseThrow());
        assertEquals(java.util.Optional.empty(), open.find(Path.of("/data/d.extxyz")));
    }

    @Test
    void closingTheActiveDatasetActivatesTheOneAfterIt() {
        openAll();
        open.activate(b);
        open.closeActive();
        assertEquals(List.of(a, c), open.list());
        assertSame(c, open.activeProperty().get());
    }

    @Test
    void closingTheLastDatasetInTheListActivatesTheOneBeforeIt() {
        openAll();
        open.closeActive();
        assertSame(b, open.activeProperty().get());
    }

    @Test
    void closingTheOnlyDatasetLeavesNoneActive() {
        open.activate(open.add(a));
        open.closeActive();
        assertEquals(List.of(), open.list());
        assertNull(open.activeProperty().get());
    }

    @Test
    void closingAnInactiveDatasetKeepsTheActiveOne() {
        openAll();
        open.close(a);
        assertSame(c, open.activeProperty().get());
        assertEquals(List.of(b, c), open.list());
    }

    @Test
    void rejectsActivatingADatasetThatIsNotOpen() {
        open.add(a);
        assertThrows(IllegalArgumentException.class, () -> open.activate(b));
    }

    @Test
    void replacingAllKeepsTheGivenOrderAndActiveDataset() {
        openAll();
        open.replaceAll(List.of(c, a), a);
        assertEquals(List.of(c, a), open.list());
        assertSame(a, open.activeProperty().get());
    }

    @Test
    void replacingAllActivatesTheFirstWhenTheActiveOneIsNotAmongThem() {
        open.replaceAll(List.of(b, c), a);
        assertSame(b, open.activeProperty().get());
        open.replaceAll(List.of(), null);
        assertNull(open.activeProperty().get());
    }

    @Test
    void summaryNamesFileFramesAndAtoms() {
        assertEquals("a.extxyz — 3 frames, 16 atoms", a.summary());
    }
}
