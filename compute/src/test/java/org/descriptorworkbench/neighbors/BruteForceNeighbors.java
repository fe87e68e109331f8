package org.descriptorworkbench.neighbors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Structure;

/**
 * The neighbour definition of {@link NeighborList} evaluated literally: for every centre and atom,
 * every shift whose image could be within the cutoff (fractional distance at most cutoff / height
 * along each periodic axis, plus one for safety) is tried. Quadratic and slow; the test oracle.
 */
final class BruteForceNeighbors {

    /** One neighbour: centre index (in the centres array), atom, shift. */
    record Key(int centre, int atom, int n0, int n1, int n2) {
    }

    private BruteForceNeighbors() {
    }

    /** Every (centre, atom, shift) within the cutoff mapped to its displacement vector, in search order. */
    static Map<Key, double[]> neighbours(Structure s, double cutoff, int[] centres) {
        Map<Key, double[]> found = new LinkedHashMap<>();
        Cell cell = s.cell();
        double[] m = cell == null ? new double[9] : cell.toRowMajor();
        for (int c = 0; c < centres.length; c++) {
            int i = centres[c];
            double[] ri = position(s, i);
            for (int j = 0; j < s.atomCount(); j++) {
                double[] rj = position(s, j);
                int[][] ranges = shiftRanges(s, ri, rj, cutoff);
                for (int n0 = ranges[0][0]; n0 <= ranges[0][1]; n0++) {
                    for (int n1 = ranges[1][0]; n1 <= ranges[1][1]; n1++) {
                        for (int n2 = ranges[2][0]; n2 <= ranges[2][1]; n2++) {
                            if (j == i && n0 == 0 && n1 == 0 && n2 == 0) {
                                continue;
                            }
                            double[] v = new double[3];
                            for (int x = 0; x < 3; x++) {
                                v[x] = rj[x] + n0 * m[x] + n1 * m[3 + x] + n2 * m[6 + x] - ri[x];
                            }
                            if (Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) <= cutoff) {
                                found.put(new Key(c, j, n0, n1, n2), v);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The keys and vectors of a neighbour list in the same form. */
    static Map<Key, double[]> entries(NeighborList list) {
        Map<Key, double[]> entries = new LinkedHashMap<>();
        for (int c = 0; c < list.centreCount(); c++) {
            for (int k = 0; k < list.count(c); k++) {
                double[] v = {list.vector(c, k, 0), list.vector(c, k, 1), list.vector(c, k, 2)};
                Key key = new Key(c, list.atom(c, k), list.shift(c, k, 0), list.shift(c, k, 1), list.shift(c, k, 2));
                if (entries.put(key, v) != null) {
                    throw new AssertionError("duplicate neighbour " + key);
                }
            }
        }
        return entries;
    }

    /** Inclusive shift ranges per axis: the fractional offset of the images within cutoff / height, ±1. */
    private static int[][] shiftRanges(Structure s, double[] ri, double[] rj, double cutoff) {
        int[][] ranges = new int[3][2];
        if (!s.isPeriodic()) {
            return ranges;
        }
        Cell cell = s.cell();
        double[] fi = cell.toFractional(ri);
        double[] fj = cell.toFractional(rj);
        for (int a = 0; a < 3; a++) {
            if (s.isPeriodic(a)) {
                double centre = fi[a] - fj[a];
                double reach = cutoff / cell.height(a);
                ranges[a][0] = (int) Math.floor(centre - reach) - 1;
                ranges[a][1] = (int) Math.ceil(centre + reach) + 1;
            }
        }
        return ranges;
    }

    private static double[] position(Structure s, int atom) {
        return new double[] {s.position(atom, 0), s.position(atom, 1), s.position(atom, 2)};
    }

    static List<Integer> atomsOf(NeighborList list, int c) {
        Integer[] atoms = new Integer[list.count(c)];
        for (int k = 0; k < atoms.length; k++) {
            atoms[k] = list.atom(c, k);
        }
        return List.of(atoms);
    }
}
