package org.descriptorworkbench.analysis.perturbation;

import java.util.Arrays;

import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Structure;

/**
 * The reference crystal of seed 001 §V A: repeats × repeats × repeats conventional cells of diamond
 * Si, a = 5.43 Å (4 × 4 × 4 = 512 atoms), atom 0 at the origin. Atoms are listed cell by cell, the
 * four fcc sites then the four sites shifted by (¼, ¼, ¼)·a.
 */
public final class DiamondSilicon {
    /** Lattice constant of silicon, Å (seed 001). */
    public static final double LATTICE_CONSTANT = 5.43;
    /** Conventional cells along each axis of the reference supercell. */
    public static final int REPEATS = 4;
    private static final int SILICON = 14;
    private static final double[][] BASIS = {
        {0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0},
        {0.25, 0.25, 0.25}, {0.25, 0.75, 0.75}, {0.75, 0.25, 0.75}, {0.75, 0.75, 0.25}};

    private DiamondSilicon() {
    }

    /** The periodic supercell (pbc on all axes). */
    public static Structure supercell(int repeats) {
        double side = repeats * LATTICE_CONSTANT;
        return Structure.periodic(numbers(repeats), positions(repeats), Cell.orthorhombic(side, side, side),
                new boolean[] {true, true, true});
    }

    /** The same atoms as a finite cluster (no cell), as in the rotation test of seed 001 Fig. 3. */
    public static Structure block(int repeats) {
        return Structure.cluster(numbers(repeats), positions(repeats));
    }

    private static int[] numbers(int repeats) {
        int[] numbers = new int[BASIS.length * repeats * repeats * repeats];
        Arrays.fill(numbers, SILICON);
        return numbers;
    }

    private static double[] positions(int repeats) {
        double[] positions = new double[3 * BASIS.length * repeats * repeats * repeats];
        int atom = 0;
        for (int i = 0; i < repeats; i++) {
            for (int j = 0; j < repeats; j++) {
                for (int k = 0; k < repeats; k++) {
                    for (double[] site : BASIS) {
                        positions[3 * atom] = (i + site[0]) * LATTICE_CONSTANT;
                        positions[3 * atom + 1] = (j + site[1]) * LATTICE_CONSTANT;
                        positions[3 * atom + 2] = (k + site[2]) * LATTICE_CONSTANT;
                        atom++;
                    }
                }
            }
        }
        return positions;
    }
}
