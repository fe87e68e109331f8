package org.descriptorworkbench.descriptor;

import java.util.Arrays;

import org.descriptorworkbench.structure.Structure;

/**
 * Derivatives of any {@link Descriptor} with respect to atomic positions by central finite
 * differences with step control: each derivative is taken with steps h and h/2 and combined by
 * Richardson extrapolation, D = (4 D(h/2) − D(h))/3, which cancels the h² error term and leaves
 * O(h⁴); the default h = 1e-3 Å keeps the rounding error (≈ ε·|G|/h) and the truncation error
 * both near 1e-12 relative for smooth descriptors. Used by families without closed-form
 * derivatives (MBTR, moment descriptors) and to validate analytical Jacobians.
 */
public final class NumericalJacobian {
    /** The default outer step, Å. */
    public static final double DEFAULT_STEP = 1e-3;

    private final double step;

    private NumericalJacobian(double step) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("step must be a positive finite length, got " + step);
        }
        this.step = step;
    }

    /** Central differences with outer step {@code step} Å (and {@code step}/2) and Richardson extrapolation. */
    public static NumericalJacobian withStep(double step) {
        return new NumericalJacobian(step);
    }

    public static NumericalJacobian withDefaultStep() {
        return new NumericalJacobian(DEFAULT_STEP);
    }

    public double step() {
        return step;
    }

    /**
     * The Jacobian of one environment in the layout of {@link Descriptor#computeWithJacobian}:
     * [dof][axis][feature], dof 0 = the centre (moving it shifts every displacement by −δ),
     * dof k + 1 = neighbour k. The neighbour set is held fixed.
     *
     * @param jacobian output, length (count + 1)·3·featureCount
     */
    public void ofEnvironment(Descriptor descriptor, Environment environment, Descriptor.Workspace workspace,
                              double[] jacobian) {
        int features = descriptor.featureCount();
        Environment moved = new Environment();
        double[] plus = new double[features];
        double[] minus = new double[features];
        double[] coarse = new double[features];
        for (int dof = 0; dof <= environment.count(); dof++) {
            for (int axis = 0; axis < 3; axis++) {
                int at = (3 * dof + axis) * features;
                for (int level = 0; level < 2; level++) {
                    double h = level == 0 ? step : step / 2;
                    displace(environment, dof, axis, h, moved);
                    descriptor.compute(moved, workspace, plus, 0);
                    displace(environment, dof, axis, -h, moved);
                    descriptor.compute(moved, workspace, minus, 0);
                    combine(plus, minus, h, level, coarse, jacobian, at);
                }
            }
        }
    }

    /**
     * The derivatives of all rows a structure gives (one row for per-structure descriptors, one
     * per atom otherwise) with respect to every atom's position, laid out [atom][axis][row][feature].
     * Moving an atom moves all its periodic images and, for per-atom rows, the centre moves with
     * its atom (DScribe's {@code attach=True}).
     *
     * @param jacobian output, length atomCount·3·rows·featureCount
     */
    public void ofStructure(Descriptor descriptor, Structure structure, double[] jacobian) {
        int atoms = structure.atomCount();
        int block = rowsOf(descriptor, structure) * descriptor.featureCount();
        double[] plus = new double[block];
        double[] minus = new double[block];
        double[] coarse = new double[block];
        Descriptor.Workspace workspace = descriptor.newWorkspace();
        double[] positions = structure.positions();
        for (int atom = 0; atom < atoms; atom++) {
            for (int axis = 0; axis < 3; axis++) {
                int at = (3 * atom + axis) * block;
                for (int level = 0; level < 2; level++) {
                    double h = level == 0 ? step : step / 2;
                    rows(descriptor, moved(structure, positions, atom, axis, h), workspace, plus);
                    rows(descriptor, moved(structure, positions, atom, axis, -h), workspace, minus);
                    combine(plus, minus, h, level, coarse, jacobian, at);
                }
            }
        }
    }

    /** The number of rows {@link #ofStructure} differentiates. */
    public static int rowsOf(Descriptor descriptor, Structure structure) {
        return descriptor.perStructure() ? 1 : structure.atomCount();
    }

    /** Level 0 stores D(h) in {@code coarse}; level 1 writes (4 D(h/2) − D(h))/3. */
    private static void combine(double[] plus, double[] minus, double h, int level, double[] coarse,
                                double[] out, int at) {
        for (int f = 0; f < plus.length; f++) {
            double d = (plus[f] - minus[f]) / (2 * h);
            if (level == 0) {
                coarse[f] = d;
            } else {
                out[at + f] = (4 * d - coarse[f]) / 3;
            }
        }
    }

    private static void displace(Environment from, int dof, int axis, double h, Environment to) {
        to.reset(from.structure(), from.centreAtom(), from.centreSpecies());
        for (int k = 0; k < from.count(); k++) {
            double[] v = {from.vector(k, 0), from.vector(k, 1), from.vector(k, 2)};
            if (dof == 0) {
                v[axis] -= h;
            } else if (dof == k + 1) {
                v[axis] += h;
            }
            to.add(from.atom(k), from.species(k), from.shift(k, 0), from.shift(k, 1), from.shift(k, 2), v[0], v[1], v[2]);
        }
    }

    private static Structure moved(Structure structure, double[] positions, int atom, int axis, double h) {
        double[] p = positions.clone();
        p[3 * atom + axis] += h;
        return structure.withPositions(p);
    }

    private static void rows(Descriptor descriptor, Structure structure, Descriptor.Workspace workspace, double[] out) {
        StructureEnvironments environments = StructureEnvironments.of(structure, 0, descriptor.neighbourRadius());
        if (descriptor.perStructure()) {
            descriptor.computeStructure(environments, workspace, out, 0);
            return;
        }
        Environment buffer = new Environment();
        int features = descriptor.featureCount();
        Arrays.fill(out, 0);
        for (int i = 0; i < structure.atomCount(); i++) {
            descriptor.compute(environments.fill(i, buffer), workspace, out, i * features);
        }
    }
}
