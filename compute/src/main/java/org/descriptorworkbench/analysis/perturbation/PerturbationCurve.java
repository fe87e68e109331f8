package org.descriptorworkbench.analysis.perturbation;

import java.util.List;
import java.util.Random;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.neighbors.NeighborList;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.Job;
import org.descriptorworkbench.task.ParallelLoop;
import org.descriptorworkbench.task.Progress;

/**
 * Perturbation sensitivity curves of seed 001 §V A (Figs. 2, 4, 5) exactly as ANALYSES.md defines
 * them: the periodic 4×4×4 diamond Si supercell (a = 5.43 Å) with centre atom 0 at the origin,
 * amplitudes t = logspace(−8, −1, 36) Å, dV = ‖V_t − V_0‖ over every atom's descriptor (mixed) or
 * the centre's (radial, tangential), and the slope of log dV against log t over t ≤ 1e-4 Å without
 * the points below 1e-13·‖V_0‖. Expected: 1 for mixed and radial, 2 for a tangential move in a
 * mirror direction, 1 once the symmetry is broken.
 *
 * <p>Only descriptors that can change are recomputed: with a finite neighbour radius, atoms that do
 * not list the moved atom get bit-identical inputs and hence bit-identical outputs, so their exact
 * contribution to dV is zero. Work runs on the shared parallel loop over (amplitude, atom) pairs.
 */
public final class PerturbationCurve implements Job<PerturbationResult> {
    /** Amplitudes t = 10^(−8 + 7k/35), k = 0..35 (numpy.logspace(−8, −1, 36)), Å. */
    public static final int AMPLITUDE_COUNT = 36;
    /** Fit over t up to this amplitude, Å. */
    public static final double FIT_MAX_AMPLITUDE = 1e-4;
    /** Points with dV below this fraction of ‖V_0‖ are excluded from the fit. */
    public static final double FLOOR = 1e-13;
    /** Radial pre-displacements of tangential-broken paths are uniform in ±this, Å. */
    public static final double BREAKING_AMPLITUDE = 0.01;
    private static final double MARGIN = 0.25;
    private static final int CENTRE = 0;
    private static final int SHELLS = 4;
    /** The mirror-plane normals of diamond's Td site, tried in this order for symmetric tangential moves. */
    private static final double[][] MIRROR_NORMALS = {{1, -1, 0}, {0, 1, -1}, {1, 0, -1}, {1, 1, 0}, {0, 1, 1}, {1, 0, 1}};

    private final Descriptor descriptor;
    private final PerturbationMode mode;
    private final int shell;
    private final TangentialDirection direction;
    private final long seed;
    private final DisplacedEnvironments environments;
    private final NeighbourShells shells;
    private final PerturbationPath path;

    /**
     * @param descriptor a per-atom descriptor built for silicon
     * @param shell      1..4, the neighbour shell moved by radial and tangential paths (ignored for mixed)
     * @param direction  the tangential direction (ignored unless tangential)
     * @param seed       seed of the random direction and of the symmetry-breaking pre-displacements
     */
    public PerturbationCurve(Descriptor descriptor, PerturbationMode mode, int shell, TangentialDirection direction,
                             long seed) {
        if (descriptor.perStructure()) {
            throw new ParameterException("--descriptor", descriptor.spec().text()
                    + " gives one row per structure; perturbation curves need per-atom descriptors");
        }
        if (mode.movesShellAtom() && (shell < 1 || shell > SHELLS)) {
            throw new ParameterException("--shell", "must be between 1 and " + SHELLS + ", got " + shell);
        }
        this.descriptor = descriptor;
        this.mode = mode;
        this.shell = mode.movesShellAtom() ? shell : 0;
        this.direction = direction;
        this.seed = seed;
        Structure crystal = DiamondSilicon.supercell(DiamondSilicon.REPEATS);
        this.environments = new DisplacedEnvironments(crystal, descriptor.neighbourRadius(), MARGIN);
        this.shells = new NeighbourShells(environments.neighbours(), CENTRE);
        this.path = path(environments.neighbours(), shells, crystal.atomCount());
    }

    /** t_k = 10^(−8 + k·7/35), computed as numpy.logspace does. */
    public static double[] amplitudes() {
        double[] t = new double[AMPLITUDE_COUNT];
        double step = 7.0 / (AMPLITUDE_COUNT - 1);
        for (int k = 0; k < AMPLITUDE_COUNT; k++) {
            t[k] = Math.pow(10, -8 + k * step);
        }
        return t;
    }

    @Override
    public PerturbationResult run(Progress progress) {
        Structure crystal = environments.reference();
        int[] observed = mode == PerturbationMode.MIXED ? environments.atomsSeeing(CENTRE) : new int[] {CENTRE};
        int[] referenceAtoms = mode == PerturbationMode.MIXED ? allAtoms(crystal.atomCount()) : observed;

        int features = descriptor.featureCount();
        double[] reference = new double[crystal.atomCount() * features];
        double[] start = path.referenceDisplacement();
        ParallelLoop.forEach(referenceAtoms.length, progress.subRange(0, 0.2), "reference descriptors",
                () -> new Worker(start), (w, i) -> w.compute(environments, referenceAtoms[i], reference, referenceAtoms[i] * features));
        double referenceNorm = norm(reference);

        double[] t = amplitudes();
        double[] squares = new double[t.length * observed.length];
        ParallelLoop.forEach(squares.length, progress.subRange(0.2, 1), mode.text() + " perturbation",
                () -> new Worker(start), (w, i) -> {
                    int a = i / observed.length;
                    int atom = observed[i % observed.length];
                    squares[i] = w.squaredChange(environments, path, t[a], atom, reference, atom * features);
                });
        double[] changes = new double[t.length];
        for (int a = 0; a < t.length; a++) {
            double sum = 0;
            for (int o = 0; o < observed.length; o++) {
                sum += squares[a * observed.length + o];
            }
            changes[a] = Math.sqrt(sum);
        }
        double floor = FLOOR * referenceNorm;
        SlopeFit fit = SlopeFit.of(t, changes, FIT_MAX_AMPLITUDE, floor);
        return new PerturbationResult(descriptor.spec().text(), mode.text(), shell, directionLabel(), seed,
                path.movedAtom(), shell == 0 ? 0 : shells.distance(shell), crystalBond(environments.neighbours(), shells),
                path.direction(), observed.length, t, changes,
                referenceNorm, floor, FIT_MAX_AMPLITUDE, fit.slope(), fit.points(), fit.used());
    }

    private double[] crystalBond(NeighborList neighbours, NeighbourShells shells) {
        double[] bond = new double[3];
        if (shell > 0) {
            int k = shells.entries(shell).get(0);
            for (int axis = 0; axis < 3; axis++) {
                bond[axis] = neighbours.vector(CENTRE, k, axis);
            }
        }
        return bond;
    }

    private String directionLabel() {
        return switch (mode) {
            case MIXED -> "[100]";
            case RADIAL -> "radial";
            case TANGENTIAL, TANGENTIAL_BROKEN -> direction.text();
        };
    }

    private PerturbationPath path(NeighborList neighbours, NeighbourShells shells, int atoms) {
        double[] referenceDisplacement = new double[3 * atoms];
        if (mode == PerturbationMode.MIXED) {
            double[] x = {1, 0, 0};
            return new PerturbationPath(CENTRE, referenceDisplacement, x, 0, x, false);
        }
        if (shells.count() < shell || shells.distance(shell) > descriptor.neighbourRadius()) {
            throw new ParameterException("--shell", "shell " + shell + " lies beyond the descriptor's neighbour radius of "
                    + descriptor.neighbourRadius() + " Å, so moving it cannot change the centre's descriptor");
        }
        Random random = new Random(seed);
        List<Integer> entries = shells.entries(shell);
        if (mode == PerturbationMode.TANGENTIAL_BROKEN) {
            for (int k : entries) {
                double amount = BREAKING_AMPLITUDE * (2 * random.nextDouble() - 1);
                double length = neighbours.distance(CENTRE, k);
                for (int axis = 0; axis < 3; axis++) {
                    referenceDisplacement[3 * neighbours.atom(CENTRE, k) + axis] += amount * neighbours.vector(CENTRE, k, axis) / length;
                }
            }
        }
        int k = entries.get(0);
        int moved = neighbours.atom(CENTRE, k);
        double[] bond = new double[3];
        for (int axis = 0; axis < 3; axis++) {
            bond[axis] = neighbours.vector(CENTRE, k, axis) + referenceDisplacement[3 * moved + axis];
        }
        double length = Math.sqrt(dot(bond, bond));
        for (int axis = 0; axis < 3; axis++) {
            bond[axis] /= length;
        }
        if (mode == PerturbationMode.RADIAL) {
            return new PerturbationPath(moved, referenceDisplacement, bond, length, bond, false);
        }
        double[] tangent = direction == TangentialDirection.SYMMETRIC ? mirrorNormal(bond) : randomTangent(bond, random);
        return new PerturbationPath(moved, referenceDisplacement, bond, length, tangent, true);
    }

    /** The first ⟨110⟩ mirror normal of the Td site perpendicular to the bond (its mirror plane holds the bond). */
    private static double[] mirrorNormal(double[] bond) {
        for (double[] n : MIRROR_NORMALS) {
            double length = Math.sqrt(dot(n, n));
            if (Math.abs(dot(n, bond)) < 1e-9 * length) {
                return new double[] {n[0] / length, n[1] / length, n[2] / length};
            }
        }
        throw new IllegalStateException("no mirror plane of the diamond site contains the bond");
    }

    private static double[] randomTangent(double[] bond, Random random) {
        double[] v = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
        double along = dot(v, bond);
        for (int axis = 0; axis < 3; axis++) {
            v[axis] -= along * bond[axis];
        }
        double length = Math.sqrt(dot(v, v));
        for (int axis = 0; axis < 3; axis++) {
            v[axis] /= length;
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static int[] allAtoms(int count) {
        int[] atoms = new int[count];
        for (int i = 0; i < count; i++) {
            atoms[i] = i;
        }
        return atoms;
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** Per-thread buffers; {@code displacement} always holds the reference except while one point is computed. */
    private final class Worker {
        final Descriptor.Workspace workspace = descriptor.newWorkspace();
        final Environment environment = new Environment();
        final double[] row = new double[descriptor.featureCount()];
        final double[] displacement;

        Worker(double[] referenceDisplacement) {
            displacement = referenceDisplacement.clone();
        }

        void compute(DisplacedEnvironments environments, int atom, double[] out, int offset) {
            descriptor.compute(environments.fill(atom, displacement, environment), workspace, out, offset);
        }

        /** ‖V_t − V_0‖² of one atom's descriptor, differences taken feature by feature. */
        double squaredChange(DisplacedEnvironments environments, PerturbationPath path, double t, int atom,
                             double[] reference, int offset) {
            path.moveTo(t, displacement);
            try {
                descriptor.compute(environments.fill(atom, displacement, environment), workspace, row, 0);
            } finally {
                path.reset(displacement);
            }
            double sum = 0;
            for (int f = 0; f < row.length; f++) {
                double d = row[f] - reference[offset + f];
                sum += d * d;
            }
            return sum;
        }
    }
}
