package org.descriptorworkbench.viewer3d;

import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Structure;

/** Structures built in code for the viewer tests. */
final class TestStructures {
    /** Lattice constant of diamond-structure silicon, Å. */
    static final double SI_LATTICE = 5.431;

    private TestStructures() {
    }

    /** The 8-atom conventional cubic cell of diamond silicon, periodic. */
    static Structure diamondSilicon() {
        double[][] fractional = {
            {0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0},
            {0.25, 0.25, 0.25}, {0.25, 0.75, 0.75}, {0.75, 0.25, 0.75}, {0.75, 0.75, 0.25}
        };
        double[] positions = new double[3 * fractional.length];
        int[] numbers = new int[fractional.length];
        for (int i = 0; i < fractional.length; i++) {
            numbers[i] = 14;
            for (int a = 0; a < 3; a++) {
                positions[3 * i + a] = SI_LATTICE * fractional[i][a];
            }
        }
        return Structure.periodic(numbers, positions, Cell.orthorhombic(SI_LATTICE, SI_LATTICE, SI_LATTICE),
                new boolean[] {true, true, true});
    }

    /** A cubic cell with no atoms in it. */
    static Structure emptyCubicCell(double edge) {
        return Structure.periodic(new int[0], new double[0], Cell.orthorhombic(edge, edge, edge), new boolean[] {true, true, true});
    }
}
