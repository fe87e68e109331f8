package org.descriptorworkbench.analysis.reconstruction;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.MemoryGuard;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.Job;
import org.descriptorworkbench.task.Progress;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Global feature-space reconstruction error and distortion and the local reconstruction error between
 * two descriptors, both ways (Goscinski, Fraux, Imbalzano and Ceriotti, Mach. Learn.: Sci. Technol. 2,
 * 025028 (2021), eqs. 1–4; seed 003), with scikit-matter's defaults: the seeded half/half split of
 * scikit-learn (reproduced bit for bit by {@link NumpyRandomState}), {@link FlexibleScaling} fitted on the
 * training rows, {@link Ridge2FoldCv}, errors as RMS over test rows of per-row Euclidean norms.
 */
public final class FeatureReconstruction implements Job<FeatureReconstruction.Result> {

    /** scikit-matter's usual number of neighbours for LFRE in the paper's examples. */
    public static final int DEFAULT_LOCAL_POINTS = 15;

    /**
     * One direction source → target. GFRD is null (with a note) when the source is wider than the target,
     * where scikit-matter's zero-padded orthogonal regression is undefined.
     */
    public record Direction(String source, String target, double gfre, double[] pointwiseGfre, Double gfrd,
            double[] pointwiseGfrd, String gfrdNote, double lfre, double[] pointwiseLfre,
            double ridgeRelativeAlpha, double[] ridgeCvScores, double sourceScale, double targetScale) {
    }

    /** Both directions, with the split used (rows of the original matrices). */
    public record Result(int n, long seed, int localPoints, int[] trainRows, int[] testRows, Direction aToB,
            Direction bToA) {
    }

    private final LabelledMatrix a;
    private final LabelledMatrix b;
    private final int localPoints;
    private final long seed;

    public FeatureReconstruction(LabelledMatrix a, LabelledMatrix b, int localPoints, long seed) {
        RowMatrix.requireSameRows(a.label(), a.matrix(), b.label(), b.matrix());
        int n = a.matrix().rows();
        if (n < 8) {
            throw new ParameterException("rows", "reconstruction measures need at least 8 rows (a half/half split"
                    + " and a 2-fold ridge on the training half), got " + n);
        }
        if (localPoints < 4 || localPoints > n / 2) {
            throw new ParameterException("local", "must be between 4 and the number of training rows ("
                    + n / 2 + "), got " + localPoints);
        }
        if (seed < 0 || seed > 0xFFFFFFFFL) {
            throw new ParameterException("seed", "must be between 0 and 4294967295, got " + seed);
        }
        this.a = a;
        this.b = b;
        this.localPoints = localPoints;
        this.seed = seed;
    }

    @Override
    public Result run(Progress progress) {
        long values = a.matrix().values().length + (long) b.matrix().values().length;
        MemoryGuard.require(MemoryGuard.doubles(4 * values), "reconstruction measures");
        SklearnSplits.Split split = SklearnSplits.trainTest(a.matrix().rows(), seed);
        progress.report(0, "GFRE, GFRD, LFRE " + a.label() + " → " + b.label());
        Direction aToB = direction(a, b, split, progress);
        progress.report(0.5, "GFRE, GFRD, LFRE " + b.label() + " → " + a.label());
        Direction bToA = direction(b, a, split, progress);
        progress.report(1, "done");
        return new Result(a.matrix().rows(), seed, localPoints, split.first(), split.second(), aToB, bToA);
    }

    private Direction direction(LabelledMatrix source, LabelledMatrix target, SklearnSplits.Split split,
            Progress progress) {
        DMatrixRMaj xTrainRaw = Rows.select(source.matrix(), split.first());
        DMatrixRMaj yTrainRaw = Rows.select(target.matrix(), split.first());
        FlexibleScaling xScaling = FlexibleScaling.fit(xTrainRaw);
        FlexibleScaling yScaling = FlexibleScaling.fit(yTrainRaw);
        DMatrixRMaj xTrain = xScaling.apply(xTrainRaw);
        DMatrixRMaj yTrain = yScaling.apply(yTrainRaw);
        DMatrixRMaj xTest = xScaling.apply(Rows.select(source.matrix(), split.second()));
        DMatrixRMaj yTest = yScaling.apply(Rows.select(target.matrix(), split.second()));

        Ridge2FoldCv.Fit fit = Ridge2FoldCv.fit(xTrain, yTrain, seed);
        DMatrixRMaj predicted = fit.predict(xTest);
        double[] gfre = rowNorms(difference(yTest, predicted));
        progress.checkCancelled();

        double[] gfrd = null;
        String gfrdNote = null;
        if (xTrain.numCols > yTrain.numCols) {
            gfrdNote = "GFRD needs the source (" + xTrain.numCols + " features) to be at most as wide as the target ("
                    + yTrain.numCols + "), as in scikit-matter";
        } else {
            gfrd = distortion(xTrain, fit, xTest, predicted);
        }
        progress.checkCancelled();
        double[] lfre = localErrors(xTrain, yTrain, xTest, yTest, progress);
        return new Direction(source.label(), target.label(), rms(gfre), gfre, gfrd == null ? null : rms(gfrd), gfrd,
                gfrdNote, rms(lfre), lfre, fit.relativeAlpha(), fit.cvScores(), xScaling.scale(), yScaling.scale());
    }

    /**
     * ‖x W − x Q‖ per test row, Q the orthogonal Procrustes map from the (zero-padded) training source to its
     * ridge prediction. Q = U Vᵀ from the SVD of M = X_trainᵀ (X_train W) is not unique where M is singular,
     * but the norm is: with M = U_r S_r V_rᵀ (any completion), ‖xW − xQ‖² = ‖xW − x U_r V_rᵀ‖² + ‖x − x U_r U_rᵀ‖²
     * because xW lies in span(V_r). U_r = V_x U_k comes from the thin SVDs X_train = U_x S_x V_xᵀ and
     * S_x U_xᵀ X_train W = U_k S_k V_kᵀ, so no square matrix of the feature width is ever decomposed.
     */
    private static double[] distortion(DMatrixRMaj xTrain, Ridge2FoldCv.Fit fit, DMatrixRMaj xTest,
            DMatrixRMaj predicted) {
        ThinSvd source = ThinSvd.of(xTrain);
        DMatrixRMaj trainPrediction = fit.predict(xTrain);
        DMatrixRMaj k = new DMatrixRMaj(source.s().length, trainPrediction.numCols);
        CommonOps_DDRM.multTransA(source.u(), trainPrediction, k);
        for (int r = 0; r < k.numRows; r++) {
            for (int c = 0; c < k.numCols; c++) {
                k.set(r, c, k.get(r, c) * source.s()[r]);
            }
        }
        ThinSvd inner = ThinSvd.of(k);
        DMatrixRMaj ur = new DMatrixRMaj(source.v().numRows, inner.u().numCols);
        CommonOps_DDRM.mult(source.v(), inner.u(), ur);
        DMatrixRMaj coordinates = new DMatrixRMaj(xTest.numRows, ur.numCols);
        CommonOps_DDRM.mult(xTest, ur, coordinates);
        DMatrixRMaj orthogonal = new DMatrixRMaj(xTest.numRows, inner.v().numRows);
        CommonOps_DDRM.multTransB(coordinates, inner.v(), orthogonal);
        DMatrixRMaj inSpan = new DMatrixRMaj(xTest.numRows, xTest.numCols);
        CommonOps_DDRM.multTransB(coordinates, ur, inSpan);
        double[] along = rowNorms(difference(predicted, orthogonal));
        double[] outside = rowNorms(difference(xTest, inSpan));
        double[] out = new double[along.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.hypot(along[i], outside[i]);
        }
        return out;
    }

    /**
     * LFRE per test row: the n nearest training rows in the scaled source (squared distances by the
     * expanded formula, as scikit-matter; ties by index), both spaces centred on those rows' means, the
     * ridge refitted on them, and the error of predicting the row's target.
     */
    private double[] localErrors(DMatrixRMaj xTrain, DMatrixRMaj yTrain, DMatrixRMaj xTest, DMatrixRMaj yTest,
            Progress progress) {
        double[] trainNorms = new double[xTrain.numRows];
        for (int j = 0; j < trainNorms.length; j++) {
            trainNorms[j] = Rows.squaredNorm(xTrain, j);
        }
        DMatrixRMaj dots = new DMatrixRMaj(xTest.numRows, xTrain.numRows);
        CommonOps_DDRM.multTransB(xTest, xTrain, dots);
        double[] errors = new double[xTest.numRows];
        for (int i = 0; i < xTest.numRows; i++) {
            progress.checkCancelled();
            double testNorm = Rows.squaredNorm(xTest, i);
            double[] d2 = new double[xTrain.numRows];
            for (int j = 0; j < d2.length; j++) {
                d2[j] = trainNorms[j] + testNorm - 2 * dots.get(i, j);
            }
            int[] nearest = IntStream.range(0, d2.length).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(j -> d2[j]).thenComparingInt(j -> j))
                    .limit(localPoints).mapToInt(Integer::intValue).toArray();
            errors[i] = localError(Rows.select(xTrain, nearest), Rows.select(yTrain, nearest),
                    CommonOps_DDRM.extractRow(xTest, i, null), CommonOps_DDRM.extractRow(yTest, i, null));
        }
        return errors;
    }

    private double localError(DMatrixRMaj localX, DMatrixRMaj localY, DMatrixRMaj x, DMatrixRMaj y) {
        double[] meanX = centre(localX);
        double[] meanY = centre(localY);
        Ridge2FoldCv.Fit fit = Ridge2FoldCv.fit(localX, localY, seed);
        for (int c = 0; c < x.numCols; c++) {
            x.data[c] -= meanX[c];
        }
        DMatrixRMaj prediction = fit.predict(x);
        double sum = 0;
        for (int c = 0; c < y.numCols; c++) {
            double d = y.data[c] - (meanY[c] + prediction.data[c]);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    /** Subtracts the column means in place and returns them. */
    private static double[] centre(DMatrixRMaj m) {
        double[] mean = new double[m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int c = 0; c < m.numCols; c++) {
                mean[c] += m.get(i, c);
            }
        }
        for (int c = 0; c < m.numCols; c++) {
            mean[c] /= m.numRows;
        }
        for (int i = 0; i < m.numRows; i++) {
            for (int c = 0; c < m.numCols; c++) {
                m.set(i, c, m.get(i, c) - mean[c]);
            }
        }
        return mean;
    }

    private static DMatrixRMaj difference(DMatrixRMaj x, DMatrixRMaj y) {
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols);
        CommonOps_DDRM.subtract(x, y, out);
        return out;
    }

    private static double[] rowNorms(DMatrixRMaj m) {
        double[] out = new double[m.numRows];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.sqrt(Rows.squaredNorm(m, i));
        }
        return out;
    }

    /** ‖e‖ / √n: the root mean square of the per-row errors. */
    static double rms(double[] errors) {
        double sum = 0;
        for (double e : errors) {
            sum += e * e;
        }
        return Math.sqrt(sum / errors.length);
    }

}
