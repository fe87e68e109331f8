package org.descriptorworkbench.analysis.perturbation;

import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.neighbors.NeighborList;
import org.descriptorworkbench.structure.Structure;

/**
 * Environments of a reference structure under small atomic displacements, from one neighbour list
 * of the reference built with a margin. Each neighbour vector is the reference vector plus
 * δ_j − δ_centre (every periodic image of an atom moves with it), so a displacement of 1e-8 Å is
 * added to a vector of a few Å in one rounding step instead of being recovered from the difference
 * of two absolute positions tens of Å from the origin. Neighbours whose displaced distance exceeds
 * the radius are left out, as a fresh neighbour list would; the order of the others never changes,
 * so V_t and V_0 are summed in the same order.
 */
final class DisplacedEnvironments {
    private final Structure reference;
    private final NeighborList neighbours;
    private final double radius;

    /**
     * @param radius the descriptor's neighbour radius, Å
     * @param margin at least twice the largest displacement, Å
     */
    DisplacedEnvironments(Structure reference, double radius, double margin) {
        this.reference = reference;
        this.neighbours = NeighborList.build(reference, radius + margin);
        this.radius = radius;
    }

    Structure reference() {
        return reference;
    }

    NeighborList neighbours() {
        return neighbours;
    }

    /**
     * Fills {@code buffer} with the environment of atom {@code centre} when atom a is displaced by
     * displacement[3a .. 3a+2] (Å).
     */
    Environment fill(int centre, double[] displacement, Environment buffer) {
        buffer.reset(0, centre, reference.atomicNumber(centre));
        double cx = displacement[3 * centre];
        double cy = displacement[3 * centre + 1];
        double cz = displacement[3 * centre + 2];
        double r2 = radius * radius;
        for (int k = 0; k < neighbours.count(centre); k++) {
            int atom = neighbours.atom(centre, k);
            double x = neighbours.vector(centre, k, 0) + (displacement[3 * atom] - cx);
            double y = neighbours.vector(centre, k, 1) + (displacement[3 * atom + 1] - cy);
            double z = neighbours.vector(centre, k, 2) + (displacement[3 * atom + 2] - cz);
            if (x * x + y * y + z * z <= r2) {
                buffer.add(atom, reference.atomicNumber(atom), neighbours.shift(centre, k, 0),
                        neighbours.shift(centre, k, 1), neighbours.shift(centre, k, 2), x, y, z);
            }
        }
        return buffer;
    }

    /** The atoms whose environment can change when {@code moved} moves: {@code moved} and every atom that lists it. */
    int[] atomsSeeing(int moved) {
        java.util.TreeSet<Integer> seeing = new java.util.TreeSet<>();
        seeing.add(moved);
        for (int c = 0; c < neighbours.centreCount(); c++) {
            for (int k = 0; k < neighbours.count(c); k++) {
                if (neighbours.atom(c, k) == moved) {
                    seeing.add(c);
                    break;
                }
            }
        }
        return seeing.stream().mapToInt(Integer::intValue).toArray();
    }
}
