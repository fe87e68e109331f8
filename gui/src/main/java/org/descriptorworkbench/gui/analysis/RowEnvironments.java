package org.descriptorworkbench.gui.analysis;

import org.descriptorworkbench.descriptor.FeatureMatrix;

/**
 * Which environment each row of an analysed feature matrix is (structure, atom, element), without the
 * features: what a cached result needs to name the environments of its pairs.
 *
 * @param spec      the spec of the matrix the rows come from
 * @param structure structure index of every row
 * @param atom      atom index of every row
 * @param element   atomic number of every row
 */
record RowEnvironments(String spec, int[] structure, int[] atom, int[] element) {

    static RowEnvironments of(FeatureMatrix rows) {
        int n = rows.rows();
        int[] s = new int[n];
        int[] a = new int[n];
        int[] z = new int[n];
        for (int r = 0; r < n; r++) {
            s[r] = rows.structureIndex(r);
            a[r] = rows.atomIndex(r);
            z[r] = rows.atomicNumber(r);
        }
        return new RowEnvironments(rows.spec(), s, a, z);
    }

    /** A matrix of these rows with no feature columns, for the views that only look up which environment a row is. */
    FeatureMatrix matrix() {
        return FeatureMatrix.of(structure.length, 0, new double[0], spec, null, structure, atom, element);
    }
}
