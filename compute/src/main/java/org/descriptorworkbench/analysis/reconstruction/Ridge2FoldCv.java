package org.descriptorworkbench.analysis.reconstruction;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * scikit-matter's {@code RidgeRegression2FoldCV} with the reconstruction measures' defaults (Goscinski
 * et al., Mach. Learn.: Sci. Technol. 2021; CONVENTIONS.md §4): no intercept, regularisation by a
 * singular-value cutoff, 20 relative cutoffs geomspace(1e-9, 0.9) scaled by the largest singular value of
 * the two folds, one shuffled 2-fold split, score = mean over both fold directions of the negative
 * per-output RMSE, first best cutoff wins, final fit on all rows keeping singular values above it.
 */
final class Ridge2FoldCv {

    static final double[] RELATIVE_ALPHAS = geomspace(1e-9, 0.9, 20);

    /** Weights (source width × target width), the chosen relative cutoff and the score of every cutoff. */
    record Fit(DMatrixRMaj weights, double relativeAlpha, double[] cvScores, int singularValuesKept) {

        DMatrixRMaj predict(DMatrixRMaj x) {
            DMatrixRMaj out = new DMatrixRMaj(x.numRows, weights.numCols);
            CommonOps_DDRM.mult(x, weights, out);
            return out;
        }
    }

    private Ridge2FoldCv() {
    }

    static Fit fit(DMatrixRMaj x, DMatrixRMaj y, long seed) {
        SklearnSplits.Split folds = SklearnSplits.twoFold(x.numRows, seed);
        DMatrixRMaj x1 = Rows.select(x, folds.first());
        DMatrixRMaj x2 = Rows.select(x, folds.second());
        DMatrixRMaj y1 = Rows.select(y, folds.first());
        DMatrixRMaj y2 = Rows.select(y, folds.second());
        ThinSvd svd1 = ThinSvd.of(x1);
        ThinSvd svd2 = ThinSvd.of(x2);
        // scipy.linalg.pinv's default rcond, as scikit-matter uses it
        double rcond = Math.max(x.numRows, x.numCols) * Math.ulp(1.0);
        FoldPrediction oneToTwo = new FoldPrediction(svd1, svd1.countAbove(rcond), x2, y1, y2);
        FoldPrediction twoToOne = new FoldPrediction(svd2, svd2.countAbove(rcond), x1, y2, y1);
        double largest = Math.max(svd1.s()[0], svd2.s()[0]);
        double[] scores = new double[RELATIVE_ALPHAS.length];
        int best = 0;
        for (int a = 0; a < RELATIVE_ALPHAS.length; a++) {
            double cutoff = RELATIVE_ALPHAS[a] * largest;
            scores[a] = (oneToTwo.score(cutoff) + twoToOne.score(cutoff)) / 2;
            if (scores[a] > scores[best]) {
                best = a;
            }
        }
        ThinSvd full = ThinSvd.of(x);
        // scikit-matter's final refit takes len() of a boolean mask, so its rcond guard keeps every value
        int kept = full.countAbove(RELATIVE_ALPHAS[best] * largest);
        return new Fit(pseudoInverseTimes(full, kept, y), RELATIVE_ALPHAS[best], scores, kept);
    }

    /** V_k diag(1/s_k) U_kᵀ y. */
    private static DMatrixRMaj pseudoInverseTimes(ThinSvd svd, int kept, DMatrixRMaj y) {
        DMatrixRMaj uty = projectOnLeft(svd, kept, y);
        for (int r = 0; r < kept; r++) {
            for (int c = 0; c < uty.numCols; c++) {
                uty.set(r, c, uty.get(r, c) / svd.s()[r]);
            }
        }
        DMatrixRMaj v = CommonOps_DDRM.extract(svd.v(), 0, svd.v().numRows, 0, kept);
        DMatrixRMaj w = new DMatrixRMaj(v.numRows, y.numCols);
        CommonOps_DDRM.mult(v, uty, w);
        return w;
    }

    /** U_kᵀ y (kept × targets). */
    private static DMatrixRMaj projectOnLeft(ThinSvd svd, int kept, DMatrixRMaj y) {
        DMatrixRMaj u = CommonOps_DDRM.extract(svd.u(), 0, svd.u().numRows, 0, kept);
        DMatrixRMaj out = new DMatrixRMaj(kept, y.numCols);
        CommonOps_DDRM.multTransA(u, y, out);
        return out;
    }

    /** Predicting one fold from a fit on the other, for any cutoff, from precomputed SVD products. */
    private static final class FoldPrediction {
        private final ThinSvd svd;
        private final int usable;
        private final DMatrixRMaj projectedTarget;
        private final DMatrixRMaj otherTimesV;
        private final DMatrixRMaj otherTarget;

        FoldPrediction(ThinSvd svd, int usable, DMatrixRMaj otherX, DMatrixRMaj fitY, DMatrixRMaj otherY) {
            this.svd = svd;
            this.usable = usable;
            this.projectedTarget = projectOnLeft(svd, usable, fitY);
            DMatrixRMaj v = CommonOps_DDRM.extract(svd.v(), 0, svd.v().numRows, 0, usable);
            this.otherTimesV = new DMatrixRMaj(otherX.numRows, usable);
            CommonOps_DDRM.mult(otherX, v, otherTimesV);
            this.otherTarget = otherY;
        }

        /** Negative per-output RMSE averaged over outputs (scikit-learn's neg_root_mean_squared_error). */
        double score(double cutoff) {
            int kept = Math.min(usable, svd.countAbove(cutoff));
            int rows = otherTarget.numRows;
            int targets = otherTarget.numCols;
            double[] squared = new double[targets];
            for (int i = 0; i < rows; i++) {
                for (int c = 0; c < targets; c++) {
                    double prediction = 0;
                    for (int r = 0; r < kept; r++) {
                        prediction += otherTimesV.get(i, r) / svd.s()[r] * projectedTarget.get(r, c);
                    }
                    double d = otherTarget.get(i, c) - prediction;
                    squared[c] += d * d;
                }
            }
            double rmse = 0;
            for (int c = 0; c < targets; c++) {
                rmse += Math.sqrt(squared[c] / rows);
            }
            return -rmse / targets;
        }
    }

    /** numpy.geomspace: powers of 10 at evenly spaced exponents, the end points set exactly. */
    static double[] geomspace(double start, double stop, int count) {
        double logStart = Math.log10(start);
        double logStop = Math.log10(stop);
        double step = (logStop - logStart) / (count - 1);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = Math.pow(10, i * step + logStart);
        }
        out[0] = start;
        out[count - 1] = stop;
        return out;
    }
}
