package org.descriptorworkbench.descriptor;

import java.util.Arrays;

/**
 * The atomic environment of one centre as a descriptor sees it: the centre's identity and
 * species, and each neighbour's displacement vector r_j + n·M − r_centre (Å), atomic number,
 * atom index and periodic image shift n. The centre itself at zero shift is not a neighbour; its
 * own periodic images are. A reusable buffer: the engine refills one instance per thread, so a
 * descriptor must not keep a reference to it.
 */
public final class Environment {
    private int structure;
    private int centreAtom;
    private int centreSpecies;
    private int count;
    private double[] vectors = new double[3 * 64];
    private int[] species = new int[64];
    private int[] atoms = new int[64];
    private int[] shifts = new int[3 * 64];

    /** Empties the buffer and sets the centre. */
    public void reset(int structureIndex, int atom, int atomicNumber) {
        this.structure = structureIndex;
        this.centreAtom = atom;
        this.centreSpecies = atomicNumber;
        this.count = 0;
    }

    /** Appends a neighbour: its atom index, atomic number, image shift and displacement from the centre. */
    public void add(int atom, int atomicNumber, int n1, int n2, int n3, double dx, double dy, double dz) {
        if (count == species.length) {
            int capacity = 2 * count;
            vectors = Arrays.copyOf(vectors, 3 * capacity);
            species = Arrays.copyOf(species, capacity);
            atoms = Arrays.copyOf(atoms, capacity);
            shifts = Arrays.copyOf(shifts, 3 * capacity);
        }
        int i = 3 * count;
        vectors[i] = dx;
        vectors[i + 1] = dy;
        vectors[i + 2] = dz;
        shifts[i] = n1;
        shifts[i + 1] = n2;
        shifts[i + 2] = n3;
        species[count] = atomicNumber;
        atoms[count] = atom;
        count++;
    }

    public int structure() {
        return structure;
    }

    public int centreAtom() {
        return centreAtom;
    }

    /** Atomic number of the centre. */
    public int centreSpecies() {
        return centreSpecies;
    }

    /** Number of neighbours (the centre itself not counted). */
    public int count() {
        return count;
    }

    /** Component {@code axis} of neighbour k's displacement from the centre, Å. */
    public double vector(int k, int axis) {
        return vectors[3 * k + axis];
    }

    /** Distance of neighbour k from the centre, Å. */
    public double distance(int k) {
        double x = vectors[3 * k];
        double y = vectors[3 * k + 1];
        double z = vectors[3 * k + 2];
        return Math.sqrt(x * x + y * y + z * z);
    }

    /** Atomic number of neighbour k. */
    public int species(int k) {
        return species[k];
    }

    /** Atom index (in its structure) of neighbour k. */
    public int atom(int k) {
        return atoms[k];
    }

    /** Periodic image shift of neighbour k along lattice vector {@code axis}. */
    public int shift(int k, int axis) {
        return shifts[3 * k + axis];
    }
}
