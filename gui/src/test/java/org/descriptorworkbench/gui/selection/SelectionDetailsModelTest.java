package org.descriptorworkbench.gui.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.gui.WorkbenchModel;
import org.descriptorworkbench.gui.dataset.DatasetViewModel;
import org.descriptorworkbench.gui.dataset.TestDatasets;
import org.descriptorworkbench.gui.descriptors.DescriptorSetModel;
import org.descriptorworkbench.gui.features.CentreChoice;
import org.descriptorworkbench.gui.task.TaskBarModel;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The selection details' view-model, without a JavaFX toolkit, on water (config_type molecule), methane
 * (none) and diamond Si (crystal).
 */
class SelectionDetailsModelTest {
    private final TaskExecutor executor = new TaskExecutor("selection-test", 1);
    private final Dataset small = TestDatasets.small("small.extxyz");
    private final DatasetViewModel datasets = new DatasetViewModel(file -> file.toString().equals("other.xyz")
            ? new Dataset("other.xyz", List.of(small.get(1))) : small, Runnable::run, Runnable::run);
    private final WorkbenchModel workbench = new WorkbenchModel(datasets, new DescriptorSetModel(),
            new TaskBarModel(executor, Runnable::run), Runnable::run);
    private final SelectionDetailsModel details = new SelectionDetailsModel(workbench);
    /** Rows 0..3: water's O, methane's C and H 2, silicon atom 5. */
    private final FeatureMatrix rows = FeatureMatrix.of(4, 1, new double[4], "test", null,
            new int[] {0, 1, 1, 2}, new int[] {0, 0, 2, 5}, new int[] {8, 6, 1, 14});

    SelectionDetailsModelTest() {
        datasets.open(Path.of("small.extxyz"));
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private void selectPairs() {
        workbench.selectionProperty().set(PlotSelection.ofPairs("Distance–distance", "d̃A", "d̃B", List.of(
                new PlotSelection.Pair(rows, 0, 3, 0.25, 0.5), new PlotSelection.Pair(rows, 1, 2, 0.125, 0.75))));
    }

    @Test
    void listsEverySelectedPairWithBothEnvironmentsAndItsPlottedDistances() {
        selectPairs();
        assertEquals(2, details.rows().size());
        SelectionRow first = details.rows().get(0);
        assertEquals(new EnvironmentDetails(0, 0, "O", "H2O", "molecule"), first.first());
        assertEquals(new EnvironmentDetails(2, 5, "Si", "Si8", "crystal"), first.second());
        assertEquals(0.25, first.x());
        assertEquals(0.5, first.y());
        assertEquals(new EnvironmentDetails(1, 2, "H", "CH4", ""), details.rows().get(1).second(), "methane has no config_type");
        assertEquals("2 pairs selected in Distance–distance: click a line to see it in 3D", details.summaryProperty().get());
    }

    @Test
    void listsSelectedEnvironmentsWithElementFormulaAndConfigType() {
        workbench.selectionProperty().set(PlotSelection.ofEnvironments("Sensitivity",
                List.of(new PlotSelection.Environment(2, 3), new PlotSelection.Environment(0, 1))));
        assertEquals(List.of(new EnvironmentDetails(2, 3, "Si", "Si8", "crystal"), new EnvironmentDetails(0, 1, "H", "H2O", "molecule")),
                details.rows().stream().map(SelectionRow::first).toList());
        assertNull(details.rows().get(0).second());
        assertTrue(Double.isNaN(details.rows().get(0).x()));
        assertEquals("2 environments selected in Sensitivity: click a line to see it in 3D", details.summaryProperty().get());
    }

    @Test
    void showingAPairLinePutsThatPairInThePairView() {
        selectPairs();
        details.show(details.rows().get(1));
        assertEquals(new WorkbenchModel.PairSelection(rows, 1, 2), workbench.pairProperty().get());
    }

    @Test
    void showingAnEnvironmentLineShowsThatEnvironmentAlone() {
        workbench.selectionProperty().set(PlotSelection.ofEnvironments("Sensitivity", List.of(new PlotSelection.Environment(2, 3))));
        details.show(details.rows().get(0));
        assertEquals(new WorkbenchModel.EnvironmentSelection(2, 3), workbench.environmentProperty().get());
    }

    @Test
    void usingSelectedPairsAsCentresChoosesBothEnvironmentsOfEveryPairOnce() {
        workbench.selectionProperty().set(PlotSelection.ofPairs("Distance–distance", "d̃A", "d̃B", List.of(
                new PlotSelection.Pair(rows, 0, 3, 0.25, 0.5), new PlotSelection.Pair(rows, 3, 1, 0.5, 0.5))));
        details.useAsCentres();
        CentreChoice centres = workbench.centresProperty().get();
        assertEquals(List.of(new CentreChoice.Atom(0, 0), new CentreChoice.Atom(2, 5), new CentreChoice.Atom(1, 0)),
                centres.environments());
        assertEquals(3, centres.resolve(small).size());
        assertEquals("centres: the 3 chosen environments of this selection", details.messageProperty().get());
    }

    @Test
    void wholeStructuresAreNotUsedAsCentres() {
        CentreChoice before = workbench.centresProperty().get();
        workbench.selectionProperty().set(PlotSelection.ofEnvironments("Complexity", List.of(new PlotSelection.Environment(1, -1))));
        assertTrue(details.useAsCentres().isEmpty());
        assertEquals(before, workbench.centresProperty().get());
        assertEquals(new EnvironmentDetails(1, -1, "", "CH4", ""), details.rows().get(0).first(), "a whole structure has no centre element");
        assertEquals("no environment selected: nothing to use as centres", details.messageProperty().get());
    }

    @Test
    void theTableWritesAnEnvironmentAsStructureColonAtomAndElement() {
        assertEquals("s2:5 Si", SelectionDetails.environmentText(new EnvironmentDetails(2, 5, "Si", "Si8", "crystal")));
        assertEquals("s1", SelectionDetails.environmentText(new EnvironmentDetails(1, -1, "", "CH4", "")), "a whole structure");
    }

    @Test
    void openingAnotherDatasetEmptiesTheList() {
        selectPairs();
        datasets.open(Path.of("other.xyz"));
        assertTrue(details.rows().isEmpty());
        assertNull(details.selection());
    }
}
