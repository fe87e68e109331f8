package org.descriptorworkbench.gui.dataset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

class StructureFilterTest {
    private final Structure water = Structure.cluster(new int[] {8, 1, 1}, new double[9]).withInfo(Map.of("config_type", "molecule"));
    private final StructureRow row = StructureRow.of(4, water);

    @Test
    void keepsAStructureOfTheChosenConfigType() {
        assertTrue(new StructureFilter("molecule", "", "").matches(row, water));
        assertFalse(new StructureFilter("crystal", "", "").matches(row, water));
    }

    @Test
    void keepsOnlyStructuresContainingEveryListedSpecies() {
        assertTrue(new StructureFilter(null, "H, o", "").matches(row, water));
        assertFalse(new StructureFilter(null, "H C", "").matches(row, water));
    }

    @Test
    void matchesTextInTheFormulaOrTheIndex() {
        assertTrue(new StructureFilter(null, "", "h2o").matches(row, water));
        assertTrue(new StructureFilter(null, "", "4").matches(row, water));
        assertFalse(new StructureFilter(null, "", "CH4").matches(row, water));
    }
}
