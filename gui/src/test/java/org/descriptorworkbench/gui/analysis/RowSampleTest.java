package org.descriptorworkbench.gui.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RowSampleTest {

    @Test
    void keepsEveryRowWhenUnderTheCap() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, RowSample.spread(5, 300));
    }

    @Test
    void spreadsTheCappedRowsOverTheWholeRange() {
        int[] rows = RowSample.spread(2000, 300);
        assertEquals(300, rows.length);
        assertEquals(0, rows[0]);
        assertTrue(rows[299] >= 1990, "the last pick comes from the end, not the first 300 rows: " + rows[299]);
        for (int i = 1; i < rows.length; i++) {
            assertTrue(rows[i] > rows[i - 1], "strictly increasing at " + i);
        }
    }

    @Test
    void pickedRowsAreDistinctWhenTheCapIsJustBelowTheCount() {
        int[] rows = RowSample.spread(301, 300);
        for (int i = 1; i < rows.length; i++) {
            assertTrue(rows[i] > rows[i - 1]);
        }
        assertTrue(rows[299] <= 300);
    }
}
