package org.descriptorworkbench.analysis.imbalance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.distance.SquaredDistances;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.api.Test;

class RankScanTest {

    /** Small integer coordinates: squared distances are exact integers, with many exact ties and duplicates. */
    static RowMatrix integerLattice(int rows, int cols, int levels, long seed) {
        Random random = new Random(seed);
        double[] values = new double[rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(levels);
        }
        return new RowMatrix(rows, cols, values);
    }

    private static int rowsWithADuplicate(RowMatrix m) {
        int count = 0;
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.rows(); j++) {
                if (j != i && Arrays.equals(m.row(i), m.row(j))) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** More rows than one distance panel and not a multiple of the row block; odd numbers of features. */
    @Test
    void agreesWithBruteForceOnDataFullOfExactTiesAndDuplicates() {
        RowMatrix a = integerLattice(531, 5, 3, 21);
        RowMatrix b = integerLattice(531, 3, 4, 22);
        for (int k : new int[] {1, 4}) {
            RankScan.Ranks ranks = new RankScan(new SquaredDistances(a), new SquaredDistances(b), k)
                    .run(Progress.none(), "test");
            ImbalanceResult result = ImbalanceResult.of(a.rows(), k, ranks);
            assertEquals(BruteForceImbalance.rankSum(a, b, k), result.rankSumAToB(), "k = " + k);
            assertEquals(BruteForceImbalance.rankSum(b, a, k), result.rankSumBToA(), "k = " + k);
            assertEquals(rowsWithADuplicate(a), ranks.rowsWithDuplicateA(), "k = " + k);
            assertEquals(rowsWithADuplicate(b), ranks.rowsWithDuplicateB(), "k = " + k);
        }
    }
}
