package org.descriptorworkbench.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.stream.IntStream;

import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

/** Lists built block by block reuse one prepared search and equal the list of all centres. */
class PreparedSearchesTest {

    @Test
    void reusesTheSearchPreparedForTheSameStructureAndCutoff() {
        Structure s = TestStructures.diamondSilicon(2);
        PreparedSearches.Prepared first = PreparedSearches.of(s, 4.0, 0, () -> prepare(s, 4.0));

        assertSame(first, PreparedSearches.of(s, 4.0, 0, () -> prepare(s, 4.0)));
    }

    @Test
    void preparesAnewForAnotherCutoffOrAnotherStructure() {
        Structure s = TestStructures.diamondSilicon(2);
        Structure equalButOther = TestStructures.diamondSilicon(2);
        PreparedSearches.Prepared first = PreparedSearches.of(s, 4.0, 0, () -> prepare(s, 4.0));

        assertNotSame(first, PreparedSearches.of(s, 4.5, 0, () -> prepare(s, 4.5)));
        assertNotSame(first, PreparedSearches.of(equalButOther, 4.0, 0, () -> prepare(equalButOther, 4.0)));
        assertNotSame(first, PreparedSearches.of(s, 4.0, 2, () -> prepare(s, 4.0)));
    }

    @Test
    void blocksOfCentresTogetherEqualTheListOfAllCentres() {
        Structure s = TestStructures.diamondSilicon(3);
        NeighborList all = NeighborList.build(s, 5.5);
        for (int from = 0; from < s.atomCount(); from += 50) {
            int to = Math.min(s.atomCount(), from + 50);

            NeighborList block = NeighborList.build(s, 5.5, IntStream.range(from, to).toArray());

            for (int c = from; c < to; c++) {
                assertEquals(all.count(c), block.count(c - from));
                for (int k = 0; k < all.count(c); k++) {
                    assertEquals(all.atom(c, k), block.atom(c - from, k));
                    for (int axis = 0; axis < 3; axis++) {
                        assertEquals(all.shift(c, k, axis), block.shift(c - from, k, axis));
                        assertEquals(all.vector(c, k, axis), block.vector(c - from, k, axis), 0);
                    }
                }
            }
        }
    }

    private static PreparedSearches.Prepared prepare(Structure s, double cutoff) {
        SearchFrame frame = SearchFrame.of(s);
        CellBins bins = CellBins.of(s, frame, cutoff);
        return new PreparedSearches.Prepared(frame, bins, new NeighborSearch(s, frame, bins, cutoff));
    }
}
