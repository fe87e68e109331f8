package org.descriptorworkbench.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkbenchApplicationTest {

    @Test
    void opensTheFileNamedOnTheCommandLine() {
        assertEquals(List.of(Path.of("data/si.extxyz")), WorkbenchApplication.initialFiles(List.of("data/si.extxyz")));
    }

    @Test
    void opensEveryFileNamedOnTheCommandLineInOrder() {
        assertEquals(List.of(Path.of("b.extxyz"), Path.of("a.extxyz"), Path.of("c.xyz")),
                WorkbenchApplication.initialFiles(List.of("b.extxyz", "a.extxyz", "c.xyz")));
    }
}
