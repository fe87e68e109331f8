package org.descriptorworkbench.viewer3d;

import java.util.Arrays;
import org.descriptorworkbench.neighbors.NeighborList;
import org.descriptorworkbench.structure.Element;
import org.descriptorworkbench.structure.Structure;

/**
 * Which drawn atoms are bonded, by the distance rule of ASE's {@code natural_cutoffs} and Jmol's
 * auto-bonding: atoms a and b are bonded when 0 &lt; |r_b − r_a| ≤ tolerance·(r_cov,a + r_cov,b), with
 * the covalent radii of Cordero et al. (Dalton Trans. 2008, {@link Element#covalentRadius()}) and a
 * tolerance of {@value #DEFAULT_TOLERANCE} by default. A purely geometric rule: it knows nothing of bond
 * orders or charges, it only helps the eye.
 *
 * <p>Candidate pairs come from a cell-list {@link NeighborList} with cutoff tolerance·2·(largest
 * radius present), so the search is linear in the number of atoms. In a periodic structure a bond may
 * join an atom to a periodic image of another (or of itself); such a bond carries the image's lattice
 * shift, and its two half-bonds ({@link #halfBonds()}) each run from an atom inside the cell towards the
 * midpoint with the other atom's image, i.e. out through the cell face, never across the drawing.
 *
 * <p>Bonds are stored once, as (a, b, shift) with a &lt; b, or a = b and the shift lexicographically
 * positive; the list order is deterministic (by a, then as the neighbour list orders).
 */
public final class Bonds {
    /** The tolerance ASE's and Jmol's default bonding uses on the sum of covalent radii. */
    public static final double DEFAULT_TOLERANCE = 1.2;

    private static final Bonds NONE = new Bonds(new int[0], new int[0], new double[0]);

    /** Atom indices, two per bond. */
    private final int[] atoms;
    /** Lattice shift of the second atom's image, three per bond (0 in clusters). */
    private final int[] shifts;
    /** Vector from the first atom to the second atom's image, three per bond (Å). */
    private final double[] vectors;

    private Bonds(int[] atoms, int[] shifts, double[] vectors) {
        this.atoms = atoms;
        this.shifts = shifts;
        this.vectors = vectors;
    }

    /** The bonds of a structure with the default tolerance, periodic images included. */
    public static Bonds of(Structure structure) {
        return of(structure, DEFAULT_TOLERANCE);
    }

    /**
     * The bonds of a structure, periodic images included along its periodic axes.
     *
     * @param tolerance factor on the sum of covalent radii, finite and &gt; 0
     */
    public static Bonds of(Structure structure, double tolerance) {
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("bond tolerance must be a positive number, got " + tolerance);
        }
        if (structure.atomCount() < 1) {
            return NONE;
        }
        int[] numbers = structure.atomicNumbers();
        double largest = 0;
        for (int z : structure.species()) {
            largest = Math.max(largest, Element.of(z).covalentRadius());
        }
        NeighborList list = NeighborList.build(structure, tolerance * 2 * largest);
        Growing out = new Growing();
        for (int a = 0; a < list.centreCount(); a++) {
            double ra = Element.of(numbers[a]).covalentRadius();
            for (int k = 0; k < list.count(a); k++) {
                int b = list.atom(a, k);
                double d = list.distance(a, k);
                if (d > 0 && d <= tolerance * (ra + Element.of(numbers[b]).covalentRadius()) && isFirstOfPair(list, a, k, b)) {
                    out.add(a, b, list.shift(a, k, 0), list.shift(a, k, 1), list.shift(a, k, 2),
                            list.vector(a, k, 0), list.vector(a, k, 1), list.vector(a, k, 2));
                }
            }
        }
        return out.bonds();
    }

    /** The bonds between atoms at given positions, with no periodicity, with the default tolerance. */
    public static Bonds ofCluster(int[] atomicNumbers, double[] positions) {
        return of(Structure.cluster(atomicNumbers, positions));
    }

    /** Each bond appears twice in a full neighbour list, (a→b, n) and (b→a, −n); keep the first. */
    private static boolean isFirstOfPair(NeighborList list, int a, int k, int b) {
        if (a != b) {
            return a < b;
        }
        for (int axis = 0; axis < 3; axis++) {
            int s = list.shift(a, k, axis);
            if (s != 0) {
                return s > 0;
            }
        }
        return false;
    }

    /** Number of bonds. */
    public int count() {
        return atoms.length / 2;
    }

    /** The first atom of bond i. */
    public int first(int i) {
        return atoms[2 * i];
    }

    /** The second atom of bond i (whose image at {@link #shift} the bond reaches). */
    public int second(int i) {
        return atoms[2 * i + 1];
    }

    /** Component {@code axis} of the lattice shift of bond i's second atom; 0 for a bond inside the cell. */
    public int shift(int i, int axis) {
        return shifts[3 * i + axis];
    }

    /** True if bond i reaches a periodic image of its second atom. */
    public boolean crossesBoundary(int i) {
        return shifts[3 * i] != 0 || shifts[3 * i + 1] != 0 || shifts[3 * i + 2] != 0;
    }

    /** Length of bond i (Å). */
    public double length(int i) {
        return Math.sqrt(vectors[3 * i] * vectors[3 * i] + vectors[3 * i + 1] * vectors[3 * i + 1]
                + vectors[3 * i + 2] * vectors[3 * i + 2]);
    }

    /** True if atoms a and b are bonded (through any image); a linear scan, for tests and tools. */
    public boolean bonded(int a, int b) {
        for (int i = 0; i < count(); i++) {
            if (first(i) == Math.min(a, b) && second(i) == Math.max(a, b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bonds as half-bonds, two per bond, each drawn in the colour of the atom it starts at:
     * {@code atom}, then the start (the atom's position) and the end (the bond's midpoint), x, y, z each.
     * A bond across a periodic boundary yields two stubs, each from an atom in the cell out to the
     * midpoint with the other atom's image.
     */
    public HalfBonds halfBonds(Structure structure) {
        int n = count();
        int[] from = new int[2 * n];
        double[] ends = new double[12 * n];
        for (int i = 0; i < n; i++) {
            int a = first(i);
            int b = second(i);
            double[] half = {vectors[3 * i] / 2, vectors[3 * i + 1] / 2, vectors[3 * i + 2] / 2};
            from[2 * i] = a;
            from[2 * i + 1] = b;
            for (int axis = 0; axis < 3; axis++) {
                double pa = structure.position(a, axis);
                double pb = structure.position(b, axis);
                ends[12 * i + axis] = pa;
                ends[12 * i + 3 + axis] = pa + half[axis];
                ends[12 * i + 6 + axis] = pb;
                ends[12 * i + 9 + axis] = pb - half[axis];
            }
        }
        return new HalfBonds(from, ends, Arrays.copyOf(shifts, shifts.length));
    }

    /**
     * Half-bonds ready to draw.
     *
     * @param atoms the atom each half-bond starts at
     * @param ends  start x, y, z then end x, y, z of each half-bond (Å)
     * @param shifts the lattice shift of each bond (three per bond, i.e. per two half-bonds)
     */
    public record HalfBonds(int[] atoms, double[] ends, int[] shifts) {
        public int count() {
            return atoms.length;
        }

        /** True if half-bond h is a stub whose other half is drawn elsewhere (at the periodic image). */
        public boolean stub(int h) {
            int bond = h / 2;
            return shifts[3 * bond] != 0 || shifts[3 * bond + 1] != 0 || shifts[3 * bond + 2] != 0;
        }
    }

    /** Arrays that double when full, so the bond search allocates O(log n) times. */
    private static final class Growing {
        private int[] atoms = new int[64];
        private int[] shifts = new int[96];
        private double[] vectors = new double[96];
        private int n;

        void add(int a, int b, int sx, int sy, int sz, double vx, double vy, double vz) {
            if (2 * n + 2 > atoms.length) {
                atoms = Arrays.copyOf(atoms, 2 * atoms.length);
                shifts = Arrays.copyOf(shifts, 2 * shifts.length);
                vectors = Arrays.copyOf(vectors, 2 * vectors.length);
            }
            atoms[2 * n] = a;
            atoms[2 * n + 1] = b;
            shifts[3 * n] = sx;
            shifts[3 * n + 1] = sy;
            shifts[3 * n + 2] = sz;
            vectors[3 * n] = vx;
            vectors[3 * n + 1] = vy;
            vectors[3 * n + 2] = vz;
            n++;
        }

        Bonds bonds() {
            return new Bonds(Arrays.copyOf(atoms, 2 * n), Arrays.copyOf(shifts, 3 * n), Arrays.copyOf(vectors, 3 * n));
        }
    }
}
