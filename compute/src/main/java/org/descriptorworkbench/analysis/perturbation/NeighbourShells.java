package org.descriptorworkbench.analysis.perturbation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.descriptorworkbench.neighbors.NeighborList;

/**
 * The neighbour shells of one centre (groups of neighbour images at the same distance, nearest
 * first; seed 001 Fig. 2c), and the representative atom of a shell that the radial and tangential
 * paths move: the one with the largest x, then y, then z (for diamond: (1,1,1)·a/4 in shell 1 and
 * (1,0,0)·a, the atom on the +x axis, in shell 4).
 */
final class NeighbourShells {
    private static final double SAME_DISTANCE = 1e-6;

    private final NeighborList neighbours;
    private final int centre;
    private final List<List<Integer>> shells = new ArrayList<>();

    NeighbourShells(NeighborList neighbours, int centre) {
        this.neighbours = neighbours;
        this.centre = centre;
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < neighbours.count(centre); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble(k -> neighbours.distance(centre, k)));
        for (int k : order) {
            List<Integer> last = shells.isEmpty() ? null : shells.get(shells.size() - 1);
            if (last == null || neighbours.distance(centre, k) - neighbours.distance(centre, last.get(0)) > SAME_DISTANCE) {
                last = new ArrayList<>();
                shells.add(last);
            }
            last.add(k);
        }
        for (List<Integer> shell : shells) {
            shell.sort(this::byDescendingCoordinates);
        }
    }

    private int byDescendingCoordinates(int a, int b) {
        for (int axis = 0; axis < 3; axis++) {
            double d = neighbours.vector(centre, b, axis) - neighbours.vector(centre, a, axis);
            if (Math.abs(d) > SAME_DISTANCE) {
                return d > 0 ? 1 : -1;
            }
        }
        return 0;
    }

    /** Number of shells found within the neighbour list's cutoff. */
    int count() {
        return shells.size();
    }

    /** Distance of shell s (1-based), Å. */
    double distance(int shell) {
        return neighbours.distance(centre, shells.get(shell - 1).get(0));
    }

    /** Neighbour-list entries of shell s (1-based), the representative first. */
    List<Integer> entries(int shell) {
        return shells.get(shell - 1);
    }
}
