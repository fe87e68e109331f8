package org.descriptorworkbench.neighbors;

import java.util.Arrays;
import java.util.Random;

import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Structure;

/** Structures built in code for the neighbour-list tests (no dependency on the file readers). */
final class TestStructures {
    private static final boolean[] ALL_PERIODIC = {true, true, true};

    private TestStructures() {
    }

    /** Diamond-structure silicon (a = 5.43 Å), the conventional 8-atom cell repeated reps times per axis. */
    static Structure diamondSilicon(int reps) {
        double a = 5.43;
        double[][] basis = {
            {0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0},
            {0.25, 0.25, 0.25}, {0.25, 0.75, 0.75}, {0.75, 0.25, 0.75}, {0.75, 0.75, 0.25}
        };
        int n = 8 * reps * reps * reps;
        double[] positions = new double[3 * n];
        int atom = 0;
        for (int x = 0; x < reps; x++) {
            for (int y = 0; y < reps; y++) {
                for (int z = 0; z < reps; z++) {
                    for (double[] b : basis) {
                        positions[3 * atom] = (x + b[0]) * a;
                        positions[3 * atom + 1] = (y + b[1]) * a;
                        positions[3 * atom + 2] = (z + b[2]) * a;
                        atom++;
                    }
                }
            }
        }
        return Structure.periodic(species(n, 14), positions, Cell.orthorhombic(reps * a, reps * a, reps * a),
                ALL_PERIODIC);
    }

    /** One atom at the origin of a periodic simple cubic cell of edge a. */
    static Structure simpleCubic(double a) {
        return Structure.periodic(new int[] {1}, new double[3], Cell.orthorhombic(a, a, a), ALL_PERIODIC);
    }

    /**
     * A random test case: a triclinic cell (sometimes strongly sheared) with random pbc flags, or no
     * cell at all; 1–40 atoms, about a quarter of them stored several cells outside the cell.
     */
    static Structure random(Random random) {
        int n = 1 + random.nextInt(40);
        boolean withCell = random.nextInt(6) != 0;
        if (!withCell) {
            double[] positions = new double[3 * n];
            for (int k = 0; k < positions.length; k++) {
                positions[k] = 8 * random.nextDouble();
            }
            return Structure.cluster(species(n, 6), positions);
        }
        Cell cell = randomCell(random);
        boolean[] pbc = {random.nextBoolean(), random.nextBoolean(), random.nextBoolean()};
        double[] positions = new double[3 * n];
        for (int atom = 0; atom < n; atom++) {
            boolean outside = random.nextInt(4) == 0;
            double[] f = new double[3];
            for (int a = 0; a < 3; a++) {
                f[a] = outside ? -2.5 + 6 * random.nextDouble() : random.nextDouble();
            }
            System.arraycopy(cell.toCartesian(f), 0, positions, 3 * atom, 3);
        }
        return Structure.periodic(species(n, 8), positions, cell, pbc);
    }

    /** Lattice vectors of length 1.5–6 Å, each tilted by a random shear of up to 1.2 times its length. */
    private static Cell randomCell(Random random) {
        while (true) {
            double shear = random.nextBoolean() ? 0.3 : 1.2;
            double[] rows = new double[9];
            for (int a = 0; a < 3; a++) {
                double length = 1.5 + 4.5 * random.nextDouble();
                for (int x = 0; x < 3; x++) {
                    rows[3 * a + x] = length * ((a == x ? 1 : 0) + shear * (2 * random.nextDouble() - 1));
                }
            }
            Cell cell = Cell.ofRowMajor(rows);
            if (cell.volume() > 0.1 * cell.length(0) * cell.length(1) * cell.length(2)) {
                return cell;
            }
        }
    }

    /** The smallest interplanar height over the periodic axes, or the smallest cell height if none is periodic. */
    static double smallestHeight(Structure s) {
        if (!s.hasCell()) {
            return 2.0;
        }
        double h = Double.POSITIVE_INFINITY;
        for (int a = 0; a < 3; a++) {
            if (s.isPeriodic(a) || !s.isPeriodic()) {
                h = Math.min(h, s.cell().height(a));
            }
        }
        return h;
    }

    private static int[] species(int n, int z) {
        int[] numbers = new int[n];
        Arrays.fill(numbers, z);
        return numbers;
    }
}
