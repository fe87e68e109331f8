package org.descriptorworkbench.analysis.imbalance;

import static org.descriptorworkbench.analysis.AnalysisFixtures.gaussian;
import static org.descriptorworkbench.analysis.AnalysisFixtures.referenceMatrix;
import static org.descriptorworkbench.analysis.imbalance.RankScanTest.integerLattice;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.api.Test;

class ImbalanceMatrixTest {

    private final List<LabelledMatrix> set = List.of(
            new LabelledMatrix("x", gaussian(40, 3, 1)),
            new LabelledMatrix("y", gaussian(40, 5, 2)),
            new LabelledMatrix("z", gaussian(40, 2, 3)));

    /**
     * Five spaces of 531 rows (more than one distance panel, not a multiple of the row block) full of exact
     * ties and duplicates: small-integer lattices, one of them twice, and one space where all rows coincide.
     */
    private static List<LabelledMatrix> tiedSet() {
        RowMatrix lattice = integerLattice(531, 5, 3, 21);
        return List.of(
                new LabelledMatrix("lattice", lattice),
                new LabelledMatrix("coarse", integerLattice(531, 3, 4, 22)),
                new LabelledMatrix("wide", integerLattice(531, 9, 2, 23)),
                new LabelledMatrix("same lattice", lattice),
                new LabelledMatrix("one point", new RowMatrix(531, 2, new double[531 * 2])));
    }

    private static List<LabelledMatrix> g2Set() {
        return List.of(
                new LabelledMatrix("soap gto", referenceMatrix("g2_A_soap_gto.npy")),
                new LabelledMatrix("soap polynomial", referenceMatrix("g2_B_soap_polynomial.npy")),
                new LabelledMatrix("acsf", referenceMatrix("g2_C_acsf.npy")));
    }

    /** The oracle: the table assembled from one two-space {@link InformationImbalance} per unordered pair. */
    private static ImbalanceMatrix.Table perPair(List<LabelledMatrix> members, int k) {
        int m = members.size();
        double[][] delta = new double[m][m];
        double[][] rim = new double[m][m];
        double[][] srim = new double[m][m];
        for (int i = 0; i < m; i++) {
            rim[i][i] = 1.0;
            srim[i][i] = 1.0;
            for (int j = i + 1; j < m; j++) {
                ImbalanceResult pair = new InformationImbalance(members.get(i).matrix(), members.get(j).matrix(), k)
                        .run(Progress.none());
                delta[i][j] = pair.aToB();
                delta[j][i] = pair.bToA();
                rim[i][j] = pair.rimAToB();
                rim[j][i] = pair.rimBToA();
                srim[i][j] = pair.srim();
                srim[j][i] = pair.srim();
            }
        }
        List<String> labels = new ArrayList<>(members.stream().map(LabelledMatrix::label).toList());
        return new ImbalanceMatrix.Table(labels, k, members.get(0).matrix().rows(), delta, rim, srim);
    }

    private static void assertSameTable(ImbalanceMatrix.Table expected, ImbalanceMatrix.Table actual, String what) {
        assertEquals(expected.labels(), actual.labels(), what);
        assertEquals(expected.n(), actual.n(), what);
        for (int i = 0; i < expected.delta().length; i++) {
            assertArrayEquals(expected.delta()[i], actual.delta()[i], what + ": Delta row " + i);
            assertArrayEquals(expected.rim()[i], actual.rim()[i], what + ": RIM row " + i);
            assertArrayEquals(expected.srim()[i], actual.srim()[i], what + ": SRIM row " + i);
        }
    }

    @Test
    void entriesAreThePairwiseImbalancesInBothDirections() {
        ImbalanceMatrix.Table table = new ImbalanceMatrix(set, 1).run(Progress.none());
        RowMatrix y = set.get(1).matrix();
        RowMatrix z = set.get(2).matrix();
        ImbalanceResult yz = new InformationImbalance(y, z, 1).run(Progress.none());
        assertEquals(yz.aToB(), table.delta()[1][2]);
        assertEquals(yz.bToA(), table.delta()[2][1]);
        assertEquals(yz.srim(), table.srim()[2][1]);
        assertEquals(1.0, table.rim()[0][0]);
        assertEquals(0.0, table.delta()[2][2]);
    }

    @Test
    void thePlaneTakenFromTheMatrixEqualsThePlaneScannedOnItsOwn() {
        List<LabelledMatrix> tied = tiedSet();
        for (int reference : new int[] {0, 2}) {
            List<LabelledMatrix> members = new java.util.ArrayList<>(tied);
            LabelledMatrix r = members.remove(reference);
            ImbalancePlane.Plane scanned = new ImbalancePlane(r, members, 2).run(Progress.none());
            ImbalancePlane.Plane taken = ImbalancePlane.fromMatrix(new ImbalanceMatrix(tied, 2).run(Progress.none()), reference);
            assertEquals(scanned, taken, "reference " + reference);
        }
    }

    @Test
    void equalsThePerPairTableBitForBitOnDataFullOfTiesAndDuplicates() {
        List<LabelledMatrix> tied = tiedSet();
        for (int k : new int[] {1, 4}) {
            assertSameTable(perPair(tied, k), new ImbalanceMatrix(tied, k).run(Progress.none()), "k = " + k);
        }
    }

    /** Twelve spaces with k = 3: 33 targets per row and space, enough that rows are ranked through a sorted copy. */
    @Test
    void equalsThePerPairTableBitForBitWhenRowsAreRankedThroughASortedCopy() {
        List<LabelledMatrix> tied = new ArrayList<>(tiedSet());
        for (int s = 0; tied.size() < 12; s++) {
            tied.add(new LabelledMatrix("lattice " + s, integerLattice(531, 2 + s % 4, 3, 40 + s)));
        }
        assertTrue(PairwiseRankSums.sortsRows(12, 3, 531));
        assertSameTable(perPair(tied, 3), new ImbalanceMatrix(tied, 3).run(Progress.none()), "k = 3");
    }

    @Test
    void equalsThePerPairTableBitForBitOnTheG2ReferenceDescriptors() {
        List<LabelledMatrix> g2 = g2Set();
        for (int k : new int[] {1, 3}) {
            assertSameTable(perPair(g2, k), new ImbalanceMatrix(g2, k).run(Progress.none()), "k = " + k);
        }
    }

    @Test
    void equalsThePerPairTableBitForBitOnTheLargeReferencePair() {
        List<LabelledMatrix> large = List.of(
                new LabelledMatrix("X1", referenceMatrix("ii_large_X1.npy")),
                new LabelledMatrix("X2", referenceMatrix("ii_large_X2.npy")));
        assertSameTable(perPair(large, 1), new ImbalanceMatrix(large, 1).run(Progress.none()), "ii_large");
    }

    @Test
    void rankSumsDoNotDependOnTheBlockSize() {
        List<RowMatrix> tied = tiedSet().stream().map(LabelledMatrix::matrix).toList();
        long[][] oneBlockSize = new PairwiseRankSums(tied, 3, 32).run(Progress.none(), "test");
        for (int blockRows : new int[] {1, 7}) {
            long[][] other = new PairwiseRankSums(tied, 3, blockRows).run(Progress.none(), "test");
            for (int a = 0; a < tied.size(); a++) {
                assertArrayEquals(oneBlockSize[a], other[a], "block of " + blockRows + " rows, space " + a);
            }
        }
    }

    @Test
    void rowsAreSortedOnlyForManyTargets() {
        assertTrue(!PairwiseRankSums.sortsRows(22, 1, 2000));
        assertTrue(PairwiseRankSums.sortsRows(100, 1, 500));
    }

    @Test
    void blockShrinksSoThatAWorkersDistancesStayWithinTheBound() {
        assertEquals(32, PairwiseRankSums.blockRows(22, 2000));
        assertEquals(16, PairwiseRankSums.blockRows(100, 5000));
        assertEquals(1, PairwiseRankSums.blockRows(100, 100_000));
        assertEquals(3, PairwiseRankSums.blockRows(2, 3));
        for (int n : new int[] {500, 2000, 20_000}) {
            int rows = PairwiseRankSums.blockRows(100, n);
            assertTrue(8L * 100 * n * rows <= PairwiseRankSums.BLOCK_BYTES, "N = " + n + ": " + rows + " rows");
        }
    }

    @Test
    void pairByPairFallbackGivesTheSameTable() {
        List<LabelledMatrix> tied = tiedSet();
        ImbalanceMatrix matrix = new ImbalanceMatrix(tied, 2);
        assertSameTable(matrix.run(Progress.none()), matrix.pairByPair(Progress.none()), "k = 2");
    }

    @Test
    void srimIsSymmetricAndRimIsHalfNTimesDelta() {
        ImbalanceMatrix.Table table = new ImbalanceMatrix(set, 2).run(Progress.none());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(table.srim()[i][j], table.srim()[j][i]);
                assertEquals(20 * table.delta()[i][j], table.rim()[i][j] - (i == j ? 1 : 0), 1e-12);
            }
        }
    }

    @Test
    void planeHasTheReferenceOnTheFirstAxis() {
        ImbalancePlane.Plane plane = new ImbalancePlane(set.get(0), set.subList(1, 3), 1).run(Progress.none());
        ImbalanceResult xz = new InformationImbalance(set.get(0).matrix(), set.get(2).matrix(), 1).run(Progress.none());
        assertEquals("z", plane.points().get(1).label());
        assertEquals(xz.aToB(), plane.points().get(1).referenceToMember());
        assertEquals(xz.bToA(), plane.points().get(1).memberToReference());
    }

    @Test
    void rejectsASetOfOne() {
        assertThrows(ParameterException.class, () -> new ImbalanceMatrix(set.subList(0, 1), 1));
    }
}
