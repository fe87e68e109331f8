package org.descriptorworkbench.gui.selection;

import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Element;
import org.descriptorworkbench.structure.Structure;

/**
 * What the selection table says about one environment: where it is and what it is.
 *
 * @param structure  index of the structure in the dataset
 * @param atom       index of the centre atom in the structure, −1 for a whole structure
 * @param element    the centre's element symbol ("" for a whole structure)
 * @param formula    the structure's Hill formula
 * @param configType the structure's {@code config_type} info value, "" when it has none
 */
public record EnvironmentDetails(int structure, int atom, String element, String formula, String configType) {

    /** The details of atom {@code atom} of structure {@code structure} of the dataset. */
    public static EnvironmentDetails of(Dataset dataset, int structure, int atom) {
        Structure s = dataset.get(structure);
        Object type = s.info().get("config_type");
        String element = atom < 0 ? "" : Element.of(s.atomicNumber(atom)).symbol();
        return new EnvironmentDetails(structure, atom, element, s.formula(), type == null ? "" : type.toString());
    }
}
