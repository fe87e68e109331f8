package org.descriptorworkbench.analysis.perturbation;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.neighbors.NeighborList;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.Job;
import org.descriptorworkbench.task.ParallelLoop;
import org.descriptorworkbench.task.Progress;

/**
 * The rotation test of seed 001 §VI A 1 (Fig. 3): the 4×4×4 diamond Si block as a finite cluster
 * (no periodicity, as "a non-periodic unit cell") is rotated rigidly about the y axis through its
 * centre by θ_k = 2πk/K, k = 1..K, and ‖V(θ) − V(0)‖ is taken over the concatenated descriptors of
 * all atoms. The structure itself is rotated and each neighbour vector recomputed from the rotated
 * positions; the neighbour sets come from the unrotated block (rotation preserves distances, so an
 * atom exactly at the radius cannot flip in or out through rounding). The seed reports every
 * descriptor below 1e-9.
 */
public final class RotationTest implements Job<RotationResult> {
    /** Angles of the default test. */
    public static final int DEFAULT_ANGLES = 36;

    private final Descriptor descriptor;
    private final int angleCount;

    /** @param angleCount K ≥ 1, the number of angles in (0, 2π] */
    public RotationTest(Descriptor descriptor, int angleCount) {
        if (descriptor.perStructure()) {
            throw new ParameterException("--descriptor", descriptor.spec().text()
                    + " gives one row per structure; the rotation test compares per-atom descriptors");
        }
        if (angleCount < 1) {
            throw new ParameterException("--angles", "must be at least 1, got " + angleCount);
        }
        this.descriptor = descriptor;
        this.angleCount = angleCount;
    }

    @Override
    public RotationResult run(Progress progress) {
        progress.report(0, "neighbour lists");
        Structure block = DiamondSilicon.block(DiamondSilicon.REPEATS);
        NeighborList neighbours = NeighborList.build(block, descriptor.neighbourRadius());
        int atoms = block.atomCount();
        int features = descriptor.featureCount();
        double[] angles = new double[angleCount];
        double[][] positions = new double[angleCount + 1][];
        positions[0] = block.positions();
        for (int k = 1; k <= angleCount; k++) {
            angles[k - 1] = 2 * Math.PI * k / angleCount;
            positions[k] = rotatedAboutY(block.positions(), angles[k - 1]);
        }
        double[] reference = new double[atoms * features];
        ParallelLoop.forEach(atoms, progress.subRange(0, 1.0 / (angleCount + 1)), "reference descriptors",
                () -> new Worker(block, neighbours), (w, i) -> w.compute(positions[0], i, reference, i * features));
        double[] squares = new double[angleCount * atoms];
        ParallelLoop.forEach(squares.length, progress.subRange(1.0 / (angleCount + 1), 1), "rotated descriptors",
                () -> new Worker(block, neighbours), (w, i) -> {
                    int atom = i % atoms;
                    squares[i] = w.squaredChange(positions[1 + i / atoms], atom, reference, atom * features);
                });
        double[] norms = new double[angleCount];
        double max = 0;
        for (int k = 0; k < angleCount; k++) {
            double sum = 0;
            for (int i = 0; i < atoms; i++) {
                sum += squares[k * atoms + i];
            }
            norms[k] = Math.sqrt(sum);
            max = Math.max(max, norms[k]);
        }
        double referenceNorm = 0;
        for (double v : reference) {
            referenceNorm += v * v;
        }
        referenceNorm = Math.sqrt(referenceNorm);
        return new RotationResult(descriptor.spec().text(), atoms, angles, norms, max, referenceNorm, max / referenceNorm);
    }

    /** Positions rotated by θ about the y axis through their centroid: x' = x cos θ + z sin θ, z' = −x sin θ + z cos θ. */
    static double[] rotatedAboutY(double[] positions, double theta) {
        int n = positions.length / 3;
        double cx = 0;
        double cz = 0;
        for (int i = 0; i < n; i++) {
            cx += positions[3 * i];
            cz += positions[3 * i + 2];
        }
        cx /= n;
        cz /= n;
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double[] out = positions.clone();
        for (int i = 0; i < n; i++) {
            double x = positions[3 * i] - cx;
            double z = positions[3 * i + 2] - cz;
            out[3 * i] = cx + c * x + s * z;
            out[3 * i + 2] = cz - s * x + c * z;
        }
        return out;
    }

    /** Per-thread buffers. */
    private final class Worker {
        final Structure block;
        final NeighborList neighbours;
        final Descriptor.Workspace workspace = descriptor.newWorkspace();
        final Environment environment = new Environment();
        final double[] row = new double[descriptor.featureCount()];

        Worker(Structure block, NeighborList neighbours) {
            this.block = block;
            this.neighbours = neighbours;
        }

        void compute(double[] positions, int centre, double[] out, int offset) {
            environment.reset(0, centre, block.atomicNumber(centre));
            for (int k = 0; k < neighbours.count(centre); k++) {
                int atom = neighbours.atom(centre, k);
                environment.add(atom, block.atomicNumber(atom), 0, 0, 0,
                        positions[3 * atom] - positions[3 * centre],
                        positions[3 * atom + 1] - positions[3 * centre + 1],
                        positions[3 * atom + 2] - positions[3 * centre + 2]);
            }
            descriptor.compute(environment, workspace, out, offset);
        }

        double squaredChange(double[] positions, int centre, double[] reference, int offset) {
            compute(positions, centre, row, 0);
            double sum = 0;
            for (int f = 0; f < row.length; f++) {
                double d = row[f] - reference[offset + f];
                sum += d * d;
            }
            return sum;
        }
    }
}
