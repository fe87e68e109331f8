package org.descriptorworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkbenchApplicationTest {

    @Test
    void opensTheFileNamedOnTheCommandLine() {
        assertEquals(Optional.of(Path.of("data/si.extxyz")), WorkbenchApplication.initialFile(List.of("data/si.extxyz")));
    }
}
