package org.descriptorworkbench.gui.dataset;

import org.descriptorworkbench.structure.Structure;

/**
 * One line of the structure table: what a researcher scans to pick a structure.
 *
 * @param index      position of the structure in its dataset (0-based, as in the file and the CLI)
 * @param formula    Hill formula
 * @param atomCount  number of atoms
 * @param configType the {@code config_type} info value, or "" when the structure has none
 * @param energy     the {@code energy} info value in eV, or null when absent or not a number
 */
public record StructureRow(int index, String formula, int atomCount, String configType, Double energy) {

    /** The row describing structure {@code index}. */
    public static StructureRow of(int index, Structure structure) {
        Object type = structure.info().get("config_type");
        double energy = structure.infoNumber("energy");
        return new StructureRow(index, structure.formula(), structure.atomCount(),
                type == null ? "" : type.toString(), Double.isNaN(energy) ? null : energy);
    }
}
