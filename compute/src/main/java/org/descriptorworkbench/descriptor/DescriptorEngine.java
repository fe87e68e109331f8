package org.descriptorworkbench.descriptor;

import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.error.ResourceLimitException;
import org.descriptorworkbench.neighbors.NeighborList;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.ParallelLoop;
import org.descriptorworkbench.task.Progress;

/**
 * Computes a {@link FeatureMatrix} of a descriptor over a dataset: rows are every atom of every
 * structure in file order (or one row per structure for per-structure descriptors), environments
 * are built once per structure, and rows are filled on the shared {@link ParallelLoop} with one
 * workspace per thread. Reports progress and stops with CancelledException between chunks.
 */
public final class DescriptorEngine {
    /** Centres per neighbour list, so that one large structure's lists are built on all threads. */
    private static final int NEIGHBOUR_BLOCK = 256;

    private DescriptorEngine() {
    }

    /** The number of threads to use by default: every available processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static FeatureMatrix compute(Descriptor descriptor, Dataset dataset, int threads, Progress progress) {
        int structures = dataset.size();
        boolean perStructure = descriptor.perStructure();
        int rows = perStructure ? structures : Math.toIntExact(dataset.atomCount());
        int columns = descriptor.featureCount();
        checkMemory(rows, columns);
        int[] structureOfRow = new int[rows];
        int[] atomOfRow = new int[rows];
        int[] numberOfRow = new int[rows];
        int row = 0;
        for (int s = 0; s < structures; s++) {
            Structure structure = dataset.get(s);
            if (perStructure) {
                structureOfRow[row] = s;
                atomOfRow[row] = -1;
                row++;
                continue;
            }
            for (int a = 0; a < structure.atomCount(); a++) {
                structureOfRow[row] = s;
                atomOfRow[row] = a;
                numberOfRow[row] = structure.atomicNumber(a);
                row++;
            }
        }
        EnvironmentSource[] sources = neighbourLists(dataset, descriptor.neighbourRadius(), threads, progress);
        progress.checkCancelled();
        double[] data = new double[rows * columns];
        ParallelLoop.forEach(rows, threads, progress, descriptor.spec().family(), () -> new WorkerState(descriptor), (state, r) -> {
            EnvironmentSource source = sources[structureOfRow[r]];
            if (perStructure) {
                descriptor.computeStructure(source, state.workspace, data, r * columns);
            } else {
                descriptor.compute(source.fill(atomOfRow[r], state.environment), state.workspace, data, r * columns);
            }
        });
        progress.checkCancelled();
        descriptor.completeRows(data, rows);
        return FeatureMatrix.of(rows, columns, data, descriptor.spec().text(), descriptor.featureLabels(),
                structureOfRow, atomOfRow, numberOfRow);
    }

    /**
     * Computes the rows of chosen centres only, in the given order: row r is atom {@code atomOfRow[r]}
     * of structure {@code structureOfRow[r]}. Neighbour lists are built only for the structures that
     * hold a chosen centre. For per-atom descriptors only (a subset of per-structure rows is a
     * smaller dataset instead); the GUI uses it to analyse a random sample of a large dataset's
     * environments.
     */
    public static FeatureMatrix computeCentres(Descriptor descriptor, Dataset dataset, int[] structureOfRow,
            int[] atomOfRow, int threads, Progress progress) {
        if (descriptor.perStructure()) {
            throw new WorkbenchException(descriptor.spec().family() + " gives one row per structure; it cannot be"
                    + " computed for a chosen set of atomic environments");
        }
        if (structureOfRow.length != atomOfRow.length) {
            throw new IllegalArgumentException("structureOfRow and atomOfRow differ in length");
        }
        int rows = structureOfRow.length;
        int columns = descriptor.featureCount();
        checkMemory(rows, columns);
        int[] numberOfRow = new int[rows];
        boolean[] needed = new boolean[dataset.size()];
        for (int r = 0; r < rows; r++) {
            Structure structure = dataset.get(structureOfRow[r]);
            if (atomOfRow[r] < 0 || atomOfRow[r] >= structure.atomCount()) {
                throw new IndexOutOfBoundsException("atom " + atomOfRow[r] + " of structure " + structureOfRow[r]
                        + " does not exist");
            }
            numberOfRow[r] = structure.atomicNumber(atomOfRow[r]);
            needed[structureOfRow[r]] = true;
        }
        int[] used = java.util.stream.IntStream.range(0, needed.length).filter(s -> needed[s]).toArray();
        EnvironmentSource[] sources = new EnvironmentSource[dataset.size()];
        double radius = descriptor.neighbourRadius();
        ParallelLoop.forEach(used.length, threads, progress, "neighbour lists", () -> null,
                (none, k) -> sources[used[k]] = StructureEnvironments.of(dataset.get(used[k]), used[k], radius));
        progress.checkCancelled();
        double[] data = new double[rows * columns];
        ParallelLoop.forEach(rows, threads, progress, descriptor.spec().family(), () -> new WorkerState(descriptor),
                (state, r) -> descriptor.compute(sources[structureOfRow[r]].fill(atomOfRow[r], state.environment),
                        state.workspace, data, r * columns));
        progress.checkCancelled();
        descriptor.completeRows(data, rows);
        return FeatureMatrix.of(rows, columns, data, descriptor.spec().text(), descriptor.featureLabels(),
                structureOfRow.clone(), atomOfRow.clone(), numberOfRow);
    }

    /**
     * The environments of every structure, with the neighbour lists of large structures built in
     * blocks of centres on all threads (one list per small structure).
     */
    private static EnvironmentSource[] neighbourLists(Dataset dataset, double radius, int threads, Progress progress) {
        int structures = dataset.size();
        int[] firstTask = new int[structures + 1];
        for (int s = 0; s < structures; s++) {
            firstTask[s + 1] = firstTask[s] + StructureEnvironments.blockCount(dataset.get(s), NEIGHBOUR_BLOCK);
        }
        int tasks = firstTask[structures];
        int[] structureOfTask = new int[tasks];
        for (int s = 0; s < structures; s++) {
            java.util.Arrays.fill(structureOfTask, firstTask[s], firstTask[s + 1], s);
        }
        NeighborList[] lists = new NeighborList[tasks];
        ParallelLoop.forEach(tasks, threads, progress, "neighbour lists", () -> null, (none, t) -> {
            int s = structureOfTask[t];
            lists[t] = StructureEnvironments.part(dataset.get(s), radius, NEIGHBOUR_BLOCK, t - firstTask[s]);
        });
        EnvironmentSource[] sources = new EnvironmentSource[structures];
        for (int s = 0; s < structures; s++) {
            sources[s] = StructureEnvironments.ofParts(dataset.get(s), s, NEIGHBOUR_BLOCK,
                    java.util.Arrays.copyOfRange(lists, firstTask[s], firstTask[s + 1]));
        }
        return sources;
    }

    /**
     * DScribe-style derivatives of the features of the given centres of one structure with respect
     * to every atom position, laid out [centre][atom][axis][feature] (periodic images summed onto
     * their atoms, the centre moving with its atom: DScribe's {@code attach=True}).
     *
     * @throws UnsupportedOperationException if the descriptor declares no Jacobian
     */
    public static double[] derivatives(Descriptor descriptor, Structure structure, int[] centres, int threads, Progress progress) {
        if (descriptor.jacobianKind() == JacobianKind.NONE) {
            throw new UnsupportedOperationException(descriptor.spec().family() + " has no Jacobian");
        }
        int atoms = structure.atomCount();
        int features = descriptor.featureCount();
        long block = (long) atoms * 3 * features;
        checkMemory(centres.length, block);
        double[] out = new double[Math.toIntExact(centres.length * block)];
        StructureEnvironments environments = StructureEnvironments.of(structure, 0, descriptor.neighbourRadius());
        ParallelLoop.forEach(centres.length, threads, progress, descriptor.spec().family() + " derivatives",
                () -> new JacobianState(descriptor, atoms), (state, c) -> {
                    Environment env = environments.fill(centres[c], state.environment);
                    int needed = (env.count() + 1) * 3 * features;
                    if (state.jacobian.length < needed) {
                        state.jacobian = new double[needed];
                    }
                    descriptor.computeWithJacobian(env, state.workspace, state.row, state.jacobian);
                    JacobianMapping.toAtoms(env, state.jacobian, features, atoms, state.perAtom);
                    System.arraycopy(state.perAtom, 0, out, Math.toIntExact(c * block), (int) block);
                });
        return out;
    }

    private static final class JacobianState {
        final Descriptor.Workspace workspace;
        final Environment environment = new Environment();
        final double[] row;
        final double[] perAtom;
        double[] jacobian = new double[0];

        JacobianState(Descriptor descriptor, int atoms) {
            workspace = descriptor.newWorkspace();
            row = new double[descriptor.featureCount()];
            perAtom = new double[atoms * 3 * descriptor.featureCount()];
        }
    }

    private static void checkMemory(long rows, long columns) {
        long bytes = rows * columns * Double.BYTES;
        long available = Runtime.getRuntime().maxMemory() / 2;
        if (rows * columns > Integer.MAX_VALUE - 8 || bytes > available) {
            throw new ResourceLimitException("a " + rows + " × " + columns + " feature matrix needs " + (bytes >> 20)
                    + " MiB, more than the " + (available >> 20) + " MiB allowed; use fewer structures or a smaller descriptor");
        }
    }

    private static final class WorkerState {
        final Descriptor.Workspace workspace;
        final Environment environment = new Environment();

        WorkerState(Descriptor descriptor) {
            workspace = descriptor.newWorkspace();
        }
    }
}
