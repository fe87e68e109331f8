package org.descriptorworkbench.analysis.imbalance;

import static org.descriptorworkbench.analysis.AnalysisFixtures.gaussian;
import static org.descriptorworkbench.analysis.imbalance.RankScanTest.integerLattice;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.distance.SquaredDistances;
import org.junit.jupiter.api.Test;

class SortedRowTest {

    /** Every row's rank of every other row, through the sorted copy and through the pass over the row. */
    private static void assertSameRanksAsOnePassPerTarget(RowMatrix matrix) {
        SquaredDistances space = new SquaredDistances(matrix);
        int n = matrix.rows();
        double[] rows = new double[n];
        SortedRow sorted = new SortedRow();
        for (int i = 0; i < n; i++) {
            space.block(i, i + 1, 0, n, rows);
            sorted.sort(space, rows, 0, i);
            for (int target = 0; target < n; target++) {
                if (target != i) {
                    assertEquals(ExactNeighbours.rank(space, rows, 0, i, target), sorted.rank(target),
                            "row " + i + ", target " + target);
                }
            }
        }
    }

    @Test
    void ranksLikeOnePassOverTheRowOnDataFullOfExactTiesAndDuplicates() {
        assertSameRanksAsOnePassPerTarget(integerLattice(300, 3, 3, 31));
    }

    @Test
    void ranksLikeOnePassOverTheRowOnContinuousData() {
        assertSameRanksAsOnePassPerTarget(gaussian(300, 6, 32));
    }

    /** Distances that differ by a few ulps of a large norm: the windows hold more than the target. */
    @Test
    void ranksLikeOnePassOverTheRowWhenNearTiesNeedTheExactDistances() {
        RowMatrix lattice = integerLattice(200, 4, 3, 33);
        double[] values = lattice.values().clone();
        for (int i = 0; i < values.length; i++) {
            values[i] = 1e6 + values[i] * 1e-5;
        }
        assertSameRanksAsOnePassPerTarget(new RowMatrix(200, 4, values));
    }
}
