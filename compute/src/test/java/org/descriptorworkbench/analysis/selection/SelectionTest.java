package org.descriptorworkbench.analysis.selection;

import static org.descriptorworkbench.analysis.AnalysisFixtures.doubles;
import static org.descriptorworkbench.analysis.AnalysisFixtures.gaussian;
import static org.descriptorworkbench.analysis.AnalysisFixtures.ints;
import static org.descriptorworkbench.analysis.AnalysisFixtures.referenceJson;
import static org.descriptorworkbench.analysis.AnalysisFixtures.referenceMatrix;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SelectionTest {

    private static final JsonNode REFS = referenceJson("skmatter_refs_g2.json");

    private static Selection.Result select(RowMatrix x, Method method, Axis axis, int n) {
        return new Selection(x, method, axis, n).run(Progress.none());
    }

    private static String file(String key) {
        return key.equals("A_soap_gto") ? "g2_A_soap_gto.npy" : "g2_B_soap_polynomial.npy";
    }

    @ParameterizedTest
    @ValueSource(strings = {"A_soap_gto", "B_soap_polynomial"})
    void featureCurFollowsScikitMattersOrder(String key) {
        Selection.Result result = select(referenceMatrix(file(key)), Method.CUR, Axis.FEATURES, 20);
        assertArrayEquals(ints(REFS.get("selection").get(key).get("feature_CUR").get("selected_idx_")), result.selected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A_soap_gto", "B_soap_polynomial"})
    void featureFpsFollowsScikitMattersOrderAndDistances(String key) {
        Selection.Result result = select(referenceMatrix(file(key)), Method.FPS, Axis.FEATURES, 20);
        JsonNode expected = REFS.get("selection").get(key).get("feature_FPS");
        assertArrayEquals(ints(expected.get("selected_idx_")), result.selected());
        assertDistances(doubles(expected.get("squared_distance_at_select")), result.squaredDistanceAtSelection());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A_soap_gto", "B_soap_polynomial"})
    void sampleCurFollowsScikitMattersOrderOnUniqueEnvironments(String key) {
        JsonNode unique = REFS.get("selection_unique_environments");
        RowMatrix x = referenceMatrix(file(key)).selectRows(ints(unique.get("kept_rows")));
        Selection.Result result = select(x, Method.CUR, Axis.SAMPLES, 20);
        assertArrayEquals(ints(unique.get(key).get("sample_CUR").get("selected_idx_")), result.selected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A_soap_gto", "B_soap_polynomial"})
    void sampleFpsFollowsScikitMattersOrderAndDistancesOnUniqueEnvironments(String key) {
        JsonNode unique = REFS.get("selection_unique_environments");
        RowMatrix x = referenceMatrix(file(key)).selectRows(ints(unique.get("kept_rows")));
        Selection.Result result = select(x, Method.FPS, Axis.SAMPLES, 20);
        JsonNode expected = unique.get(key).get("sample_FPS");
        assertArrayEquals(ints(expected.get("selected_idx_")), result.selected());
        assertDistances(doubles(expected.get("squared_distance_at_select")), result.squaredDistanceAtSelection());
    }

    /** On all 67 rows coinciding twin rows may be exchanged (reference README, note 2). */
    @ParameterizedTest
    @ValueSource(strings = {"A_soap_gto:CUR", "A_soap_gto:FPS", "B_soap_polynomial:CUR", "B_soap_polynomial:FPS"})
    void sampleSelectionOnAllRowsMatchesUpToCoincidingTwins(String keyAndMethod) {
        String key = keyAndMethod.split(":")[0];
        Method method = Method.parse(keyAndMethod.split(":")[1]);
        Selection.Result result = select(referenceMatrix(file(key)), method, Axis.SAMPLES, 20);
        int[] expected = ints(REFS.get("selection").get(key).get("sample_" + method.name()).get("selected_idx_"));
        JsonNode twins = referenceJson("dadapy_information_imbalance_g2.json").get("unique_environments")
                .get("exact_twin_pairs_(row indices, distance < 1e-9 in A, B and C)");
        for (int i = 0; i < expected.length; i++) {
            assertTrue(sameOrTwins(expected[i], result.selected()[i], twins),
                    "pick " + i + ": " + result.selected()[i] + " vs " + expected[i]);
        }
    }

    private static boolean sameOrTwins(int a, int b, JsonNode twins) {
        if (a == b) {
            return true;
        }
        for (JsonNode pair : twins) {
            int p = pair.get(0).asInt();
            int q = pair.get(1).asInt();
            if ((p == a && q == b) || (p == b && q == a)) {
                return true;
            }
        }
        return false;
    }

    private static void assertDistances(double[] expected, Double[] actual) {
        assertNull(actual[0]);
        for (int i = 1; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-10 * expected[i], "pick " + i);
        }
    }

    @Test
    void errorCurveIsNonIncreasingAndVanishesAtFullRank() {
        RowMatrix x = gaussian(30, 12, 9);
        for (Method method : Method.values()) {
            double[] curve = select(x, method, Axis.FEATURES, 12).reconstructionError();
            for (int k = 1; k < curve.length; k++) {
                assertTrue(curve[k] <= curve[k - 1] + 1e-15, method + " at k = " + k);
            }
            assertTrue(curve[11] <= 1e-10, method + ": " + curve[11]);
        }
    }

    @Test
    void sampleErrorCurveVanishesOnceTheRowsSpanTheMatrix() {
        double[] curve = select(gaussian(8, 20, 4), Method.FPS, Axis.SAMPLES, 8).reconstructionError();
        assertTrue(curve[7] <= 1e-10);
        assertTrue(curve[0] > 0.1);
    }

    @Test
    void fpsPicksTheFarthestPointSecond() {
        RowMatrix x = RowMatrix.of(new double[][] {{0, 0}, {1, 0}, {5, 0}, {2, 0}});
        assertArrayEquals(new int[] {0, 2, 3}, select(x, Method.FPS, Axis.SAMPLES, 3).selected());
    }

    @Test
    void rejectsMoreSelectionsThanCandidates() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> select(gaussian(5, 3, 1), Method.CUR, Axis.FEATURES, 4));
        assertEquals("n", e.parameter());
    }
}
