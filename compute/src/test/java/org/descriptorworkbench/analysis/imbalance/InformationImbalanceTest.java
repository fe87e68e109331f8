package org.descriptorworkbench.analysis.imbalance;

import static org.descriptorworkbench.analysis.AnalysisFixtures.gaussian;
import static org.descriptorworkbench.analysis.AnalysisFixtures.ints;
import static org.descriptorworkbench.analysis.AnalysisFixtures.referenceJson;
import static org.descriptorworkbench.analysis.AnalysisFixtures.referenceMatrix;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.api.Test;

class InformationImbalanceTest {

    private static final JsonNode G2 = referenceJson("dadapy_information_imbalance_g2.json");

    private static ImbalanceResult imbalance(RowMatrix a, RowMatrix b, int k) {
        return new InformationImbalance(a, b, k).run(Progress.none());
    }

    private static RowMatrix uniqueRows(String file) {
        return referenceMatrix(file).selectRows(ints(G2.get("unique_environments").get("kept_rows")));
    }

    @Test
    void reproducesDadapyOnTheUniqueG2EnvironmentsForSoapGtoAndPolynomial() {
        ImbalanceResult result = imbalance(uniqueRows("g2_A_soap_gto.npy"), uniqueRows("g2_B_soap_polynomial.npy"), 1);
        JsonNode expected = G2.get("unique_environments").get("results").get("A_vs_B");
        assertEquals(expected.get("Delta_A_to_B").asDouble(), result.aToB(), 1e-12);
        assertEquals(expected.get("Delta_B_to_A").asDouble(), result.bToA(), 1e-12);
        assertArrayEquals(ints(expected.get("dadapy_ranks_A_to_B")), result.rankInBOfNearestInA());
        assertArrayEquals(ints(expected.get("dadapy_nn_A_to_B_(column 1 of the X neighbour list)")), result.nearestInA());
    }

    @Test
    void reproducesDadapyOnTheUniqueG2EnvironmentsForSoapAndAcsf() {
        ImbalanceResult result = imbalance(uniqueRows("g2_A_soap_gto.npy"), uniqueRows("g2_C_acsf.npy"), 1);
        JsonNode expected = G2.get("unique_environments").get("results").get("A_vs_C");
        assertEquals(expected.get("Delta_A_to_C").asDouble(), result.aToB(), 1e-12);
        assertEquals(expected.get("Delta_C_to_A").asDouble(), result.bToA(), 1e-12);
        assertArrayEquals(ints(expected.get("dadapy_ranks_C_to_A")), result.rankInAOfNearestInB());
    }

    /** On all 67 rows coinciding twins make the value depend on rounding (reference README, note 3). */
    @Test
    void allG2RowsGiveValuesInsideTheRangeOfEveryTieResolution() {
        RowMatrix a = referenceMatrix("g2_A_soap_gto.npy");
        ImbalanceResult ab = imbalance(a, referenceMatrix("g2_B_soap_polynomial.npy"), 1);
        ImbalanceResult ac = imbalance(a, referenceMatrix("g2_C_acsf.npy"), 1);
        JsonNode ties = G2.get("tie_analysis");
        assertInRange(ties.get("A_to_B"), ab.aToB());
        assertInRange(ties.get("B_to_A"), ab.bToA());
        assertInRange(ties.get("A_to_C"), ac.aToB());
        assertInRange(ties.get("C_to_A"), ac.bToA());
    }

    private static void assertInRange(JsonNode range, double value) {
        double low = range.get("Delta_min_over_tie_resolutions").asDouble();
        double high = range.get("Delta_max_over_tie_resolutions").asDouble();
        assertTrue(value >= low - 1e-15 && value <= high + 1e-15, value + " outside [" + low + ", " + high + "]");
    }

    @Test
    void reportsRowsThatHaveAnExactDuplicate() {
        RowMatrix base = gaussian(10, 3, 5);
        double[] values = base.values().clone();
        System.arraycopy(values, 0, values, 9 * 3, 3);
        ImbalanceResult result = imbalance(new RowMatrix(10, 3, values), base, 1);
        assertEquals(2, result.rowsWithDuplicateInA());
        assertEquals(0, result.rowsWithDuplicateInB());
    }

    @Test
    void reproducesTheLargeNCaseExactly() {
        JsonNode large = referenceJson("dadapy_information_imbalance_large.json").get("numpy_plain");
        ImbalanceResult result = imbalance(referenceMatrix("ii_large_X1.npy"), referenceMatrix("ii_large_X2.npy"), 1);
        assertEquals(large.get("sum_of_ranks_X1_to_X2").asLong(), result.rankSumAToB());
        assertEquals(large.get("sum_of_ranks_X2_to_X1").asLong(), result.rankSumBToA());
        assertEquals(large.get("Delta_X1_to_X2").asDouble(), result.aToB(), 1e-12);
        assertEquals(large.get("Delta_X2_to_X1").asDouble(), result.bToA(), 1e-12);
    }

    @Test
    void agreesWithBruteForceForSeveralNeighbours() {
        RowMatrix a = gaussian(97, 7, 1);
        RowMatrix b = gaussian(97, 4, 2);
        for (int k : new int[] {1, 3, 10}) {
            ImbalanceResult result = imbalance(a, b, k);
            assertEquals(BruteForceImbalance.rankSum(a, b, k), result.rankSumAToB(), "k = " + k);
            assertEquals(BruteForceImbalance.rankSum(b, a, k), result.rankSumBToA(), "k = " + k);
        }
    }

    @Test
    void identicalSpacesGiveTheLowerLimit() {
        RowMatrix a = gaussian(50, 5, 3);
        ImbalanceResult result = imbalance(a, a, 1);
        assertEquals(1.0, result.rimAToB());
        assertEquals(1.0, result.srim());
        assertEquals(2.0 / 50, result.aToB(), 1e-15);
    }

    @Test
    void rimIsHalfNTimesDelta() {
        ImbalanceResult result = imbalance(gaussian(40, 3, 4), gaussian(40, 3, 5), 2);
        assertEquals(20 * result.aToB(), result.rimAToB(), 1e-12);
        assertEquals(0.5 * (result.rimAToB() + result.rimBToA()), result.srim(), 1e-15);
    }

    @Test
    void rejectsMismatchedRowCounts() {
        assertThrows(WorkbenchException.class, () -> new InformationImbalance(gaussian(5, 2, 1), gaussian(6, 2, 1), 1));
    }

    @Test
    void rejectsKOutsideOneToNMinusOne() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> new InformationImbalance(gaussian(5, 2, 1), gaussian(5, 2, 1), 5));
        assertEquals("k", e.parameter());
    }
}
