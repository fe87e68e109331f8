package org.descriptorworkbench.analysis.reconstruction;

import static org.descriptorworkbench.analysis.AnalysisFixtures.doubles;
import static org.descriptorworkbench.analysis.AnalysisFixtures.gaussian;
import static org.descriptorworkbench.analysis.AnalysisFixtures.ints;
import static org.descriptorworkbench.analysis.AnalysisFixtures.referenceJson;
import static org.descriptorworkbench.analysis.AnalysisFixtures.referenceMatrix;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FeatureReconstructionTest {

    private static final JsonNode REFS = referenceJson("skmatter_refs_g2.json");
    private static FeatureReconstruction.Result soap;

    @BeforeAll
    static void computeSoapGtoVersusPolynomial() {
        soap = new FeatureReconstruction(new LabelledMatrix("A", referenceMatrix("g2_A_soap_gto.npy")),
                new LabelledMatrix("B", referenceMatrix("g2_B_soap_polynomial.npy")), 15, SklearnSplits.SKMATTER_SEED)
                .run(Progress.none());
    }

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, tolerance * Math.abs(expected));
    }

    /**
     * Pointwise errors relative to the largest one: rows whose twin is a training row have errors at rounding
     * level (about 1e-15), where only the absolute difference is meaningful.
     */
    private static void assertRelative(double[] expected, double[] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        double largest = 0;
        for (double e : expected) {
            largest = Math.max(largest, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance * largest, "entry " + i);
        }
    }

    @Test
    void usesScikitMattersDefaultSplit() {
        JsonNode defaults = REFS.get("reconstruction").get("defaults");
        assertArrayEquals(ints(defaults.get("train_idx")), soap.trainRows());
        assertArrayEquals(ints(defaults.get("test_idx")), soap.testRows());
    }

    @Test
    void reproducesTheRidgeFoldsOfScikitMatter() {
        JsonNode internals = REFS.get("reconstruction").get("A_to_B").get("internals");
        SklearnSplits.Split folds = SklearnSplits.twoFold(33, SklearnSplits.SKMATTER_SEED);
        assertArrayEquals(ints(internals.get("kfold_fold1_idx_(positions within train set)")), folds.first());
        assertArrayEquals(ints(internals.get("kfold_fold2_idx")), folds.second());
    }

    @Test
    void relativeAlphasAreNumpysGeomspace() {
        double[] expected = doubles(REFS.get("reconstruction").get("A_to_B").get("internals").get("ridge_alphas_(relative)"));
        assertRelative(expected, Ridge2FoldCv.RELATIVE_ALPHAS, 1e-14);
    }

    @Test
    void reproducesScalesAlphaAndCrossValidationScoresAToB() {
        JsonNode internals = REFS.get("reconstruction").get("A_to_B").get("internals");
        assertRelative(internals.get("scaler_X_scale_").asDouble(), soap.aToB().sourceScale(), 1e-12);
        assertRelative(internals.get("scaler_Y_scale_").asDouble(), soap.aToB().targetScale(), 1e-12);
        assertEquals(internals.get("ridge_alpha_(relative)").asDouble(), soap.aToB().ridgeRelativeAlpha());
        assertRelative(doubles(internals.get("ridge_cv_values_")), soap.aToB().ridgeCvScores(), 1e-10);
    }

    @Test
    void reproducesGfreGfrdAndLfreAToB() {
        assertDirection(REFS.get("reconstruction").get("A_to_B"), soap.aToB());
    }

    @Test
    void reproducesGfreGfrdAndLfreBToA() {
        assertDirection(REFS.get("reconstruction").get("B_to_A"), soap.bToA());
    }

    private static void assertDirection(JsonNode expected, FeatureReconstruction.Direction actual) {
        assertRelative(expected.get("GFRE").asDouble(), actual.gfre(), 1e-8);
        assertRelative(expected.get("GFRD").asDouble(), actual.gfrd(), 1e-8);
        assertRelative(expected.get("LFRE_n15").asDouble(), actual.lfre(), 1e-8);
        assertRelative(doubles(expected.get("pointwise_GFRE_test")), actual.pointwiseGfre(), 1e-8);
        assertRelative(doubles(expected.get("pointwise_GFRD_test")), actual.pointwiseGfrd(), 1e-8);
        assertRelative(doubles(expected.get("pointwise_LFRE_n15_test")), actual.pointwiseLfre(), 1e-8);
    }

    @Test
    void reproducesSoapVersusAcsfAndRefusesGfrdFromTheWiderSource() {
        FeatureReconstruction.Result result = new FeatureReconstruction(
                new LabelledMatrix("A", referenceMatrix("g2_A_soap_gto.npy")),
                new LabelledMatrix("C", referenceMatrix("g2_C_acsf.npy")), 15, SklearnSplits.SKMATTER_SEED)
                .run(Progress.none());
        JsonNode expected = REFS.get("reconstruction_A_vs_C_acsf");
        assertRelative(expected.get("A_to_C").get("GFRE").asDouble(), result.aToB().gfre(), 1e-8);
        assertNull(result.aToB().gfrd());
        assertNotNull(result.aToB().gfrdNote());
        assertRelative(expected.get("C_to_A").get("GFRE").asDouble(), result.bToA().gfre(), 1e-8);
        assertRelative(expected.get("C_to_A").get("GFRD").asDouble(), result.bToA().gfrd(), 1e-8);
    }

    @Test
    void aDescriptorReconstructsItselfWithoutError() {
        LabelledMatrix x = new LabelledMatrix("X", gaussian(40, 5, 3));
        FeatureReconstruction.Result result = new FeatureReconstruction(x, x, 6, 7).run(Progress.none());
        assertTrue(result.aToB().gfre() < 1e-10, "GFRE " + result.aToB().gfre());
        assertTrue(result.aToB().gfrd() < 1e-10, "GFRD " + result.aToB().gfrd());
    }

    @Test
    void rejectsMoreLocalPointsThanTrainingRows() {
        LabelledMatrix x = new LabelledMatrix("X", gaussian(20, 3, 3));
        ParameterException e = assertThrows(ParameterException.class, () -> new FeatureReconstruction(x, x, 11, 1));
        assertEquals("local", e.parameter());
    }
}
