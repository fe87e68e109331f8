package org.descriptorworkbench.gui.features;

/**
 * The centres a choice picked in one dataset: row r of every feature matrix computed for it is atom
 * {@code atomOfRow[r]} of structure {@code structureOfRow[r]}.
 */
public record Centres(CentreChoice choice, int[] structureOfRow, int[] atomOfRow) {

    public int size() {
        return atomOfRow.length;
    }
}
