package org.descriptorworkbench.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void cancelledTokenMakesCheckCancelledThrow() {
        CancellationToken token = new CancellationToken();
        token.checkCancelled();

        token.cancel();

        assertTrue(token.isCancelled());
        assertThrows(CancelledException.class, token::checkCancelled);
    }

    @Test
    void tokenRemembersTheLastReport() {
        CancellationToken token = new CancellationToken();
        token.report(0.25, "a");
        token.report(0.75, "b");

        assertEquals(new TaskProgress(0.75, "b"), token.last());
    }

    @Test
    void subRangeMapsFractionsIntoItsPhase() {
        CancellationToken whole = new CancellationToken();
        Progress secondHalf = whole.subRange(0.5, 1.0);

        secondHalf.report(0.5, "phase 2");

        assertEquals(new TaskProgress(0.75, "phase 2"), whole.last());
    }

    @Test
    void subRangeIsCancelledWithTheWhole() {
        CancellationToken whole = new CancellationToken();
        Progress phase = whole.subRange(0, 0.3);

        whole.cancel();

        assertTrue(phase.isCancelled());
    }

    @Test
    void rejectsSubRangeOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> Progress.none().subRange(0.5, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Progress.none().subRange(0.6, 0.4));
    }
}
