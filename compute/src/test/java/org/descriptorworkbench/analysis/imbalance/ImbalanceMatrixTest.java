package org.descriptorworkbench.analysis.imbalance;

import static org.descriptorworkbench.analysis.AnalysisFixtures.gaussian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
