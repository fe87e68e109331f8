package org.descriptorworkbench.plots;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.correlation.CorrelationResult;
import org.descriptorworkbench.analysis.correlation.DistanceCorrelation;
import org.descriptorworkbench.analysis.imbalance.ImbalanceMatrix;
import org.descriptorworkbench.analysis.imbalance.ImbalancePlane;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.Progress;

/**
 * Real analysis results, computed in the tests with the compute module (the views themselves never
 * compute): SOAP ν=2, its μ=2 compression and ACSF on the 128 atoms of the first frame of the bundled
 * quinary Al-Si-Mg-Cu-Fe liquid, plus an unrelated random 3-d control; and low-rank or random matrices
 * for the selection and PCA curves.
 */
final class Results {

    static final int N = 128;
    static final String REFERENCE = "soap(r_cut=4, n_max=4, l_max=3, sigma=0.5, basis=gto, compression=off)";
    static final String COMPRESSED = "soap(r_cut=4, n_max=4, l_max=3, sigma=0.5, basis=gto, compression=mu2)";
    static final String PROJECTED = "acsf(r_cut=5, g2=[[1, 1], [1, 2], [1, 3]], g4=[[1, 1, 1], [1, 2, 1], [1, 1, -1], [1, 2, -1]])";
    static final String RANDOM = "random 3-d control";

    private static Dataset liquid;

    private Results() {
    }

    /** The first frame of sample-data/quinary_liquid.extxyz (tests run in the plots module folder). */
    private static synchronized Dataset liquid() {
        if (liquid == null) {
            Path file = Path.of("").toAbsolutePath().getParent().resolve("sample-data/quinary_liquid.extxyz");
            liquid = new Dataset(file.toString(), List.of(StructureFiles.read(file).get(0)));
            if (liquid.atomCount() != N) {
                throw new IllegalStateException("expected " + N + " atoms in the first liquid frame");
            }
        }
        return liquid;
    }

    private static RowMatrix features(String spec) {
        Dataset data = liquid();
        return RowMatrix.of(DescriptorEngine.compute(DescriptorCatalog.create(DescriptorCatalog.parse(spec), data.species()),
                data, 1, Progress.none()));
    }

    static RowMatrix reference() {
        return features(REFERENCE);
    }

    /** The μ=2 compression of the reference: nearly the same neighbourhoods, fewer features. */
    static RowMatrix compressed() {
        return features(COMPRESSED);
    }

    /** ACSF with a few radial and angular functions: a coarser view of the same environments. */
    static RowMatrix projected() {
        return features(PROJECTED);
    }

    static RowMatrix unrelated() {
        return random(N, 3, 9);
    }

    static RowMatrix random(int rows, int cols, long seed) {
        Random random = new Random(seed);
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextGaussian();
        }
        return new RowMatrix(rows, cols, v);
    }

    /** N × 12 features of rank 4 (a product of random factors): ε and the PCA spectrum drop to zero after 4. */
    static RowMatrix lowRank() {
        RowMatrix left = random(N, 4, 11);
        RowMatrix right = random(4, 12, 12);
        double[] v = new double[N * 12];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < 12; j++) {
                double sum = 0;
                for (int r = 0; r < 4; r++) {
                    sum += left.get(i, r) * right.get(r, j) * Math.pow(0.3, r);
                }
                v[i * 12 + j] = sum;
            }
        }
        return new RowMatrix(N, 12, v);
    }

    static org.descriptorworkbench.analysis.selection.Selection.Result selection(
            org.descriptorworkbench.analysis.selection.Method method, RowMatrix x) {
        return new org.descriptorworkbench.analysis.selection.Selection(x, method,
                org.descriptorworkbench.analysis.selection.Axis.FEATURES, x.cols()).run(Progress.none());
    }

    static org.descriptorworkbench.analysis.pca.PrincipalComponents.Result pca(RowMatrix x) {
        return new org.descriptorworkbench.analysis.pca.PrincipalComponents(x).run(Progress.none());
    }

    static CorrelationResult correlation() {
        return new DistanceCorrelation(reference(), compressed(), 40, 150, 5, 7L).run(Progress.none());
    }

    static ImbalancePlane.Plane plane() {
        return new ImbalancePlane(new LabelledMatrix(REFERENCE, reference()), List.of(
                new LabelledMatrix(COMPRESSED, compressed()), new LabelledMatrix(PROJECTED, projected()),
                new LabelledMatrix(RANDOM, unrelated())), 1).run(Progress.none());
    }

    static ImbalanceMatrix.Table matrix() {
        return new ImbalanceMatrix(List.of(new LabelledMatrix(REFERENCE, reference()), new LabelledMatrix(COMPRESSED, compressed()),
                new LabelledMatrix(PROJECTED, projected()), new LabelledMatrix(RANDOM, unrelated())), 1)
                .run(Progress.none());
    }
}
