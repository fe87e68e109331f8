package org.descriptorworkbench.gui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.descriptorworkbench.io.StructureFormatException;
import org.descriptorworkbench.structure.Dataset;
import org.junit.jupiter.api.Test;

/** The dataset browser's state, without a JavaFX toolkit: reading runs when the test says so. */
class DatasetViewModelTest {
    private final Map<Path, Dataset> files = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final TestDatasets.Queued background = new TestDatasets.Queued();
    private final DatasetViewModel model = new DatasetViewModel(this::read, background, Runnable::run);

    DatasetViewModelTest() {
        files.put(Path.of("data/small.extxyz"), TestDatasets.small("data/small.extxyz"));
        files.put(Path.of("other.xyz"), new Dataset("other.xyz", List.of(TestDatasets.small("x").get(1))));
        model.setOnLoadFailed(failures::add);
    }

    private Dataset read(Path file) throws NoSuchFileException {
        if (file.toString().endsWith("broken.extxyz")) {
            throw new StructureFormatException(file.toString(), 7, "expected 3 coordinates, got \"1.0 abc\"");
        }
        Dataset d = files.get(file);
        if (d == null) {
            throw new NoSuchFileException(file.toString());
        }
        return d;
    }

    @Test
    void readsInTheBackgroundAndIsLoadingUntilThen() {
        model.open(Path.of("data/small.extxyz"));
        assertTrue(model.loadingProperty().get());
        assertNull(model.datasetProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Reading small.extxyz"));
        background.runAll();
        assertFalse(model.loadingProperty().get());
        assertEquals(3, model.datasetProperty().get().size());
    }

    @Test
    void makesOneRowPerStructureWithFormulaCountsTypeAndEnergy() {
        openSmall();
        assertEquals(List.of(
                new StructureRow(0, "H2O", 3, "molecule", -14.2),
                new StructureRow(1, "CH4", 5, "", -24.0),
                new StructureRow(2, "Si8", 8, "crystal", -43.4)), model.rows());
    }

    @Test
    void leavesEnergyBlankWhenTheStructureHasNone() {
        files.put(Path.of("noenergy.xyz"), new Dataset("noenergy.xyz",
                List.of(org.descriptorworkbench.structure.Structure.cluster(new int[] {1}, new double[] {0, 0, 0}))));
        model.open(Path.of("noenergy.xyz"));
        background.runAll();
        assertNull(model.rows().get(0).energy());
    }

    @Test
    void selectsTheFirstStructureOfANewDataset() {
        openSmall();
        assertEquals(0, model.selectedIndexProperty().get());
        assertSame(model.datasetProperty().get().get(0), model.selectedStructureProperty().get());
    }

    @Test
    void titleNamesTheDatasetAndTheSelectedStructure() {
        openSmall();
        model.select(2);
        assertEquals("small.extxyz — structure 2 (Si8) — Descriptor Workbench", model.titleProperty().get());
    }

    @Test
    void titleIsTheApplicationNameBeforeAnythingIsOpen() {
        assertEquals("Descriptor Workbench", model.titleProperty().get());
    }

    @Test
    void statusCountsStructuresAtomsAndSpeciesAndNamesTheSelection() {
        openSmall();
        model.select(1);
        assertEquals("small.extxyz: 3 structures, 16 atoms, species H C O Si   |   selected: structure 1, CH4, 5 atoms",
                model.statusProperty().get());
    }

    @Test
    void selectingMinusOneClearsTheSelection() {
        openSmall();
        model.select(-1);
        assertNull(model.selectedStructureProperty().get());
        assertEquals("small.extxyz — Descriptor Workbench", model.titleProperty().get());
    }

    @Test
    void rejectsSelectingAStructureOutsideTheDataset() {
        openSmall();
        assertThrows(IndexOutOfBoundsException.class, () -> model.select(3));
    }

    @Test
    void reportsTheReadersMessageAndKeepsTheShownDatasetWhenAFileIsMalformed() {
        openSmall();
        model.select(2);
        model.open(Path.of("broken.extxyz"));
        background.runAll();
        assertEquals(List.of("broken.extxyz:7: expected 3 coordinates, got \"1.0 abc\""), failures);
        assertEquals("small.extxyz", model.datasetNameProperty().get());
        assertEquals(2, model.selectedIndexProperty().get());
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void saysWhenAFileDoesNotExist() {
        model.open(Path.of("missing.extxyz"));
        background.runAll();
        assertEquals(List.of("missing.extxyz: no such file"), failures);
    }

    @Test
    void statusReturnsToTheOpenHintWhenTheFirstFileFails() {
        model.open(Path.of("missing.extxyz"));
        assertEquals("Reading missing.extxyz…", model.statusProperty().get());
        background.runAll();
        assertEquals(DatasetViewModel.OPEN_HINT, model.statusProperty().get());
    }

    @Test
    void reportsAReaderBugAsAnInternalErrorInsteadOfFailingSilently() {
        DatasetViewModel buggy = new DatasetViewModel(file -> {
            throw new IllegalStateException("oops");
        }, Runnable::run, Runnable::run);
        List<String> messages = new ArrayList<>();
        buggy.setOnLoadFailed(messages::add);
        buggy.open(Path.of("a.xyz"));
        assertEquals(List.of("a.xyz: could not be read because of an internal error (java.lang.IllegalStateException: oops)"), messages);
    }

    @Test
    void theFileOpenedLastWinsWhenReadsFinishOutOfOrder() {
        model.open(Path.of("data/small.extxyz"));
        Runnable first = background.take();
        model.open(Path.of("other.xyz"));
        background.runAll();
        first.run();
        assertEquals("other.xyz", model.datasetNameProperty().get());
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void openingASecondFileListsBothAndMakesTheSecondActive() {
        openSmall();
        openOther();
        assertEquals(List.of("small.extxyz", "other.xyz"), names());
        assertEquals("other.xyz", model.datasetNameProperty().get());
        assertEquals(List.of("CH4"), formulas());
    }

    @Test
    void activatingTheFirstDatasetAgainShowsItsRowsAndTheStructureSelectedThere() {
        openSmall();
        model.select(2);
        openOther();
        model.openDatasets().activate(model.openDatasets().list().get(0));
        assertEquals(List.of("H2O", "CH4", "Si8"), formulas());
        assertEquals(2, model.selectedIndexProperty().get());
        assertEquals("small.extxyz — structure 2 (Si8) — Descriptor Workbench", model.titleProperty().get());
    }

    @Test
    void openingAFileThatIsOpenActivatesItWithoutReadingItAgain() {
        openSmall();
        openOther();
        model.open(Path.of("data/../data/small.extxyz"));
        assertEquals(0, background.pending());
        assertFalse(model.loadingProperty().get());
        assertEquals(List.of("small.extxyz", "other.xyz"), names());
        assertEquals("small.extxyz", model.datasetNameProperty().get());
    }

    @Test
    void closingTheActiveDatasetShowsTheOtherOne() {
        openSmall();
        openOther();
        model.openDatasets().closeActive();
        assertEquals(List.of("small.extxyz"), names());
        assertEquals(List.of("H2O", "CH4", "Si8"), formulas());
        assertEquals(0, model.selectedIndexProperty().get());
    }

    @Test
    void closingTheLastDatasetShowsNothingAndTheOpenHint() {
        openSmall();
        model.openDatasets().closeActive();
        assertNull(model.datasetProperty().get());
        assertEquals(List.of(), model.rows());
        assertNull(model.selectedStructureProperty().get());
        assertEquals(DatasetViewModel.OPEN_HINT, model.statusProperty().get());
        assertEquals("Descriptor Workbench", model.titleProperty().get());
    }

    @Test
    void aFailedOpenLeavesTheOpenDatasetsAndTheActiveOneAsTheyWere() {
        openSmall();
        openOther();
        model.open(Path.of("broken.extxyz"));
        background.runAll();
        assertEquals(1, failures.size());
        assertEquals(List.of("small.extxyz", "other.xyz"), names());
        assertEquals("other.xyz", model.datasetNameProperty().get());
    }

    @Test
    void aReadFinishingAfterALaterOpenIsListedButDoesNotTakeOverTheActiveDataset() {
        model.open(Path.of("data/small.extxyz"));
        Runnable first = background.take();
        openOther();
        first.run();
        assertEquals(List.of("other.xyz", "small.extxyz"), names());
        assertEquals("other.xyz", model.datasetNameProperty().get());
    }

    @Test
    void openingSeveralFilesAtOnceKeepsTheirOrderAndTheNamedActiveOne() {
        List<String> done = new ArrayList<>();
        model.openAll(List.of(Path.of("other.xyz"), Path.of("data/small.extxyz")), Path.of("other.xyz"), () -> done.add("done"));
        assertTrue(model.loadingProperty().get());
        background.runAll();
        assertEquals(List.of("other.xyz", "small.extxyz"), names());
        assertEquals("other.xyz", model.datasetNameProperty().get());
        assertEquals(List.of("done"), done);
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void openingSeveralFilesLeavesOutAMissingOneWithItsMessageAndOpensTheRest() {
        model.openAll(List.of(Path.of("gone.extxyz"), Path.of("other.xyz")), Path.of("gone.extxyz"), () -> { });
        background.runAll();
        assertEquals(List.of("gone.extxyz: no such file"), failures);
        assertEquals(List.of("other.xyz"), names());
        assertEquals("other.xyz", model.datasetNameProperty().get());
    }

    @Test
    void openingSeveralFilesKeepsTheOpenOnesWithoutReadingThemAndClosesTheOthers() {
        openSmall();
        Dataset small = model.datasetProperty().get();
        openOther();
        files.clear(); // reading small.extxyz again would fail
        model.openAll(List.of(Path.of("data/small.extxyz")), null, () -> { });
        background.runAll();
        assertEquals(List.of(), failures);
        assertEquals(List.of("small.extxyz"), names());
        assertSame(small, model.datasetProperty().get());
    }

    @Test
    void openingFilesInOrderAddsThemAfterTheOpenOnesWithTheLastActive() {
        files.put(Path.of("third.xyz"), new Dataset("third.xyz", List.of(TestDatasets.small("x").get(0))));
        openSmall();
        model.openInOrder(List.of(Path.of("third.xyz"), Path.of("other.xyz")));
        assertTrue(model.loadingProperty().get());
        background.runAll();
        assertEquals(List.of("small.extxyz", "third.xyz", "other.xyz"), names());
        assertEquals("other.xyz", model.datasetNameProperty().get());
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void openingFilesInOrderOpensTheOthersWhenOneIsMissingOrMalformedAndReportsBothReasons() {
        model.openInOrder(List.of(Path.of("gone.extxyz"), Path.of("data/small.extxyz"), Path.of("broken.extxyz"),
                Path.of("other.xyz")));
        background.runAll();
        assertEquals(List.of("small.extxyz", "other.xyz"), names());
        assertEquals("other.xyz", model.datasetNameProperty().get());
        assertEquals(List.of("gone.extxyz: no such file\nbroken.extxyz:7: expected 3 coordinates, got \"1.0 abc\""), failures);
    }

    @Test
    void openingFilesInOrderMakesTheLastReadableOneActiveWhenTheLastFails() {
        model.openInOrder(List.of(Path.of("other.xyz"), Path.of("data/small.extxyz"), Path.of("gone.extxyz")));
        background.runAll();
        assertEquals("small.extxyz", model.datasetNameProperty().get());
        assertEquals(List.of("gone.extxyz: no such file"), failures);
    }

    private List<String> names() {
        return model.openDatasets().list().stream().map(OpenDataset::name).toList();
    }

    private List<String> formulas() {
        return model.rows().stream().map(StructureRow::formula).toList();
    }

    private void openOther() {
        model.open(Path.of("other.xyz"));
        background.runAll();
    }

    private void openSmall() {
        model.open(Path.of("data/small.extxyz"));
        background.runAll();
    }
}
