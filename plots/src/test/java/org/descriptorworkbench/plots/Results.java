package org.descriptorworkbench.plots;

import java.util.List;
import java.util.Random;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.correlation.CorrelationResult;
import org.descriptorworkbench.analysis.correlation.DistanceCorrelation;
import org.descriptorworkbench.analysis.distance.BlockLoop;
import org.descriptorworkbench.analysis.imbalance.ImbalanceMatrix;
import org.descriptorworkbench.analysis.imbalance.ImbalancePlane;
import org.descriptorworkbench.task.Progress;

/**
 * Real analysis results on small structured matrices, computed in the tests with the compute module
 * (the views themselves never compute): a reference descriptor, a noisy copy, a lossy projection and
 * an unrelated random descriptor of the same environments.
 */
final class Results {

    static final int N = 80;
    static final String REFERENCE = "soap(r_cut=4, n_max=4, l_max=3, sigma=0.5, basis=gto, compression=off)";
    static final String NOISY = "soap(r_cut=4, n_max=4, l_max=3, sigma=0.5, basis=gto, compression=mu2)";
    static final String PROJECTED = "acsf(r_cut=5)";
    static final String RANDOM = "random(d=3)";

    private static final BlockLoop LOOP = new BlockLoop(1);

    private Results() {
    }

    static RowMatrix reference() {
        return random(N, 6, 1);
    }

    /** The reference plus small noise: nearly the same neighbourhoods. */
    static RowMatrix noisy() {
        RowMatrix r = reference();
        RowMatrix noise = random(N, 6, 2);
        double[] v = r.values().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] += 0.15 * noise.values()[i];
        }
        return new RowMatrix(N, 6, v);
    }

    /** The first two columns of the reference: loses information. */
    static RowMatrix projected() {
        RowMatrix r = reference();
        double[][] rows = new double[N][2];
        for (int i = 0; i < N; i++) {
            rows[i][0] = r.get(i, 0);
            rows[i][1] = r.get(i, 1);
        }
        return RowMatrix.of(rows);
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

    static CorrelationResult correlation() {
        return new DistanceCorrelation(reference(), noisy(), 40, 150, 5, 7L, LOOP).run(Progress.none());
    }

    static ImbalancePlane.Plane plane() {
        return new ImbalancePlane(new LabelledMatrix(REFERENCE, reference()), List.of(
                new LabelledMatrix(NOISY, noisy()), new LabelledMatrix(PROJECTED, projected()),
                new LabelledMatrix(RANDOM, unrelated())), 1, LOOP).run(Progress.none());
    }

    static ImbalanceMatrix.Table matrix() {
        return new ImbalanceMatrix(List.of(new LabelledMatrix(REFERENCE, reference()), new LabelledMatrix(NOISY, noisy()),
                new LabelledMatrix(PROJECTED, projected()), new LabelledMatrix(RANDOM, unrelated())), 1, LOOP)
                .run(Progress.none());
    }
}
