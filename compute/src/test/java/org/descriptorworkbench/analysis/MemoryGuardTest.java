package org.descriptorworkbench.analysis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descriptorworkbench.error.ResourceLimitException;
import org.junit.jupiter.api.Test;

class MemoryGuardTest {

    @Test
    void refusesMoreThanTheHeapAndSaysHowMuchIsNeeded() {
        ResourceLimitException e = assertThrows(ResourceLimitException.class,
                () -> MemoryGuard.require(Runtime.getRuntime().maxMemory() * 2, "an analysis"));
        assertTrue(e.getMessage().startsWith("an analysis needs about "), e.getMessage());
        assertTrue(e.getMessage().contains("GiB"), e.getMessage());
    }

    @Test
    void acceptsASmallRequest() {
        assertDoesNotThrow(() -> MemoryGuard.require(1024, "a small analysis"));
    }
}
