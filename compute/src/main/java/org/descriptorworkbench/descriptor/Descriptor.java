package org.descriptorworkbench.descriptor;

import java.util.List;

/**
 * A descriptor made from a {@link DescriptorSpec} and a dataset's species list: it knows its
 * length and feature labels and fills a caller-provided row for one environment, reusing a
 * per-thread {@link Workspace}. Implementations only describe and fill; the
 * {@link DescriptorEngine} owns threading, allocation and progress (the featomic calculator shape).
 * Descriptors are immutable and thread-safe; all mutable scratch lives in workspaces.
 */
public interface Descriptor {

    /** Scratch memory of one thread, made by {@link #newWorkspace()} and passed back to the compute methods. */
    interface Workspace {
    }

    /** The spec this descriptor was built from. */
    DescriptorSpec spec();

    /** The atomic numbers of the species channels, ascending. */
    int[] species();

    int featureCount();

    /** One label per feature, in feature order. */
    List<String> featureLabels();

    /** Neighbours up to this distance (Å) must be in the environments passed to {@link #compute}. */
    double neighbourRadius();

    Workspace newWorkspace();

    /** Fills {@code row[offset .. offset + featureCount())} with the features of one environment. */
    void compute(Environment environment, Workspace workspace, double[] row, int offset);

    /** Whether, and how, {@link #computeWithJacobian} is available. */
    default JacobianKind jacobianKind() {
        return JacobianKind.NONE;
    }

    /**
     * Fills the features as {@link #compute} does and their derivatives with respect to the
     * environment's degrees of freedom into {@code jacobian}, laid out
     * [dof][axis][feature] with dof 0 = the centre atom (moving the centre moves every
     * displacement vector by −δ; the centre's own Gaussian moves with it) and dof k + 1 =
     * neighbour k (each periodic image separately). Length (count + 1)·3·featureCount.
     * {@link JacobianMapping} sums the images back onto atoms.
     */
    default void computeWithJacobian(Environment environment, Workspace workspace, double[] row, double[] jacobian) {
        throw new UnsupportedOperationException(spec().family() + " has no Jacobian");
    }

    /** True if there is one row per structure (averaged or global descriptors) rather than one per atom. */
    default boolean perStructure() {
        return false;
    }

    /**
     * For per-structure descriptors: fills one row from all environments of a structure.
     *
     * @param environments the environments of every atom of the structure, in atom order
     */
    default void computeStructure(EnvironmentSource environments, Workspace workspace, double[] row, int offset) {
        throw new UnsupportedOperationException(spec().family() + " gives one row per atom");
    }

    /**
     * Called once after every row of a dataset has been filled, for steps that need all rows at
     * once (e.g. standardizing the columns of a global descriptor over the dataset); {@code data}
     * holds rows × featureCount() values, row-major. The default does nothing.
     */
    default void completeRows(double[] data, int rows) {
    }

    /** Convenience for tests and single calls: computes one environment with a fresh workspace. */
    default double[] compute(Environment environment) {
        double[] row = new double[featureCount()];
        compute(environment, newWorkspace(), row, 0);
        return row;
    }
}
