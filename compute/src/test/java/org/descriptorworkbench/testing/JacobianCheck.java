package org.descriptorworkbench.testing;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.JacobianMapping;
import org.descriptorworkbench.descriptor.StructureEnvironments;
import org.descriptorworkbench.structure.Structure;

/**
 * The gradient check shared by every descriptor family's tests: the analytical Jacobian of one
 * centre, summed onto atoms (the centre moving with its atom), against central differences of the
 * descriptor's values when each atom coordinate of a finite structure moves by ±step.
 */
public final class JacobianCheck {

    /**
     * What the comparison found.
     *
     * @param worst           largest |numeric − analytic| over atoms, axes and features
     * @param scale           largest |numeric| (the size of the derivatives)
     * @param valueDifference max |value − compute()| / max |compute()| of the row returned with the Jacobian
     * @param finite          whether every Jacobian entry is finite
     */
    public record Result(double worst, double scale, double valueDifference, boolean finite) {

        /** True if the worst difference is within {@code tolerance} × max(1, scale). */
        public boolean agrees(double tolerance) {
            return worst <= tolerance * Math.max(1, scale);
        }

        @Override
        public String toString() {
            return "max difference " + worst + " (scale " + scale + ")";
        }
    }

    private JacobianCheck() {
    }

    /** Compares the analytical Jacobian of {@code centre} with central differences of step {@code step} Å. */
    public static Result centralDifferences(Descriptor d, Structure s, int centre, double step) {
        int features = d.featureCount();
        int atoms = s.atomCount();
        Environment env = StructureEnvironments.of(s, 0, d.neighbourRadius()).fill(centre, new Environment());
        double[] value = new double[features];
        double[] jacobian = new double[(env.count() + 1) * 3 * features];
        d.computeWithJacobian(env, d.newWorkspace(), value, jacobian);
        boolean finite = java.util.Arrays.stream(jacobian).allMatch(Double::isFinite);
        double valueDifference = RandomStructures.relativeDifference(row(d, s, centre), value);
        double[] perAtom = new double[atoms * 3 * features];
        JacobianMapping.toAtoms(env, jacobian, features, atoms, perAtom);
        double scale = 0;
        double worst = 0;
        for (int atom = 0; atom < atoms; atom++) {
            for (int axis = 0; axis < 3; axis++) {
                double[] positions = s.positions();
                positions[3 * atom + axis] += step;
                double[] plus = row(d, s.withPositions(positions), centre);
                positions[3 * atom + axis] -= 2 * step;
                double[] minus = row(d, s.withPositions(positions), centre);
                for (int f = 0; f < features; f++) {
                    double numeric = (plus[f] - minus[f]) / (2 * step);
                    scale = Math.max(scale, Math.abs(numeric));
                    worst = Math.max(worst, Math.abs(numeric - perAtom[(atom * 3 + axis) * features + f]));
                }
            }
        }
        return new Result(worst, scale, valueDifference, finite);
    }

    private static double[] row(Descriptor d, Structure s, int centre) {
        return d.compute(StructureEnvironments.of(s, 0, d.neighbourRadius()).fill(centre, new Environment()));
    }
}
