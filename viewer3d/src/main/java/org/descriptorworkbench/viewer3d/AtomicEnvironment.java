package org.descriptorworkbench.viewer3d;

import java.util.Objects;
import org.descriptorworkbench.neighbors.NeighborList;
import org.descriptorworkbench.structure.Element;
import org.descriptorworkbench.structure.Structure;

/**
 * What an environment view draws: one centre atom at the origin and every neighbour within the
 * cutoff as a displacement from it, periodic images included, exactly as the descriptors see them
 * (the {@link NeighborList} convention, CONVENTIONS.md §1.1).
 *
 * @param centreAtom       index of the centre atom in its structure
 * @param centreNumber     atomic number of the centre
 * @param neighbourAtoms   index in the structure of the atom each neighbour is (an image of)
 * @param neighbourNumbers atomic number of each neighbour
 * @param displacements    x, y, z of each neighbour relative to the centre (Å)
 * @param images           true for neighbours that are periodic images (non-zero shift)
 * @param cutoff           the cutoff radius (Å)
 * @param caption          what the environment is, e.g. "structure 3, atom 17 (Ni)"
 */
public record AtomicEnvironment(int centreAtom, int centreNumber, int[] neighbourAtoms, int[] neighbourNumbers, double[] displacements, boolean[] images,
        double cutoff, String caption) {

    public AtomicEnvironment {
        Objects.requireNonNull(caption, "caption");
        if (displacements.length != 3 * neighbourNumbers.length || images.length != neighbourNumbers.length
                || neighbourAtoms.length != neighbourNumbers.length) {
            throw new IllegalArgumentException("one displacement and image flag per neighbour expected");
        }
        if (!(cutoff > 0)) {
            throw new IllegalArgumentException("cutoff must be positive, got " + cutoff);
        }
    }

    /** The environment of {@code atom} in {@code structure} (index {@code structureIndex} in its dataset). */
    public static AtomicEnvironment of(Structure structure, int structureIndex, int atom, double cutoff) {
        NeighborList list = NeighborList.build(structure, cutoff, new int[] {atom});
        int n = list.count(0);
        int[] numbers = new int[n];
        int[] atoms = new int[n];
        double[] vectors = new double[3 * n];
        boolean[] images = new boolean[n];
        for (int k = 0; k < n; k++) {
            atoms[k] = list.atom(0, k);
            numbers[k] = structure.atomicNumber(atoms[k]);
            for (int a = 0; a < 3; a++) {
                vectors[3 * k + a] = list.vector(0, k, a);
                images[k] |= list.shift(0, k, a) != 0;
            }
        }
        int z = structure.atomicNumber(atom);
        String caption = "structure " + structureIndex + ", atom " + atom + " (" + Element.of(z).symbol() + "), "
                + n + " neighbours within " + cutoff + " Å";
        return new AtomicEnvironment(atom, z, atoms, numbers, vectors, images, cutoff, caption);
    }

    public int neighbourCount() {
        return neighbourNumbers.length;
    }

    /** Number of neighbours that are periodic images. */
    public int imageCount() {
        int c = 0;
        for (boolean b : images) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /** Distance of neighbour k from the centre, Å. */
    public double distance(int k) {
        return Math.sqrt(displacements[3 * k] * displacements[3 * k] + displacements[3 * k + 1] * displacements[3 * k + 1]
                + displacements[3 * k + 2] * displacements[3 * k + 2]);
    }

    /** What hovering neighbour k shows: element, atom index, image or not, distance to the centre. */
    public String describeNeighbour(int k) {
        return String.format(java.util.Locale.ROOT, "%s, atom %d%s: %.3f Å from the centre",
                Element.of(neighbourNumbers[k]).symbol(), neighbourAtoms[k], images[k] ? " (periodic image)" : "", distance(k));
    }

    /** Every drawn atom as a cluster: the centre at the origin first, then the neighbours in order. */
    Structure drawnAtoms() {
        int n = neighbourCount();
        int[] numbers = new int[n + 1];
        double[] positions = new double[3 * (n + 1)];
        numbers[0] = centreNumber;
        System.arraycopy(neighbourNumbers, 0, numbers, 1, n);
        System.arraycopy(displacements, 0, positions, 3, 3 * n);
        return Structure.cluster(numbers, positions);
    }

    /** The neighbours as a cluster (the centre not included), for drawing with {@link AtomMeshes}. */
    Structure neighboursAsCluster() {
        return Structure.cluster(neighbourNumbers.clone(), displacements.clone());
    }
}
