package org.descriptorworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format is chosen from the file name; unknown names are refused with the list of supported ones. */
class StructureFilesTest {

    private static StructureFormat formatOf(String name) {
        return StructureFiles.formatOf(Paths.get("/data", name));
    }

    @Test
    void xyzNamesAreExtendedXyz() {
        assertEquals(StructureFormat.EXTENDED_XYZ, formatOf("train.extxyz"));
        assertEquals(StructureFormat.EXTENDED_XYZ, formatOf("molecules.XYZ"));
    }

    @Test
    void vaspNamesAreVasp() {
        for (String name : List.of("POSCAR", "CONTCAR", "POSCAR_relaxed", "Si.vasp", "quartz.poscar")) {
            assertEquals(StructureFormat.VASP, formatOf(name), name);
        }
    }

    @Test
    void cifNamesAreCif() {
        assertEquals(StructureFormat.CIF, formatOf("rutile.cif"));
        assertEquals(StructureFormat.CIF, formatOf("POSCAR.cif"));
    }

    @Test
    void unknownExtensionListsTheSupportedFormats() {
        StructureFormatException e = assertThrows(StructureFormatException.class, () -> formatOf("structure.pdb"));
        assertTrue(e.getMessage().contains("*.extxyz, *.xyz"), e.getMessage());
        assertTrue(e.getMessage().contains("POSCAR*"), e.getMessage());
        assertTrue(e.getMessage().contains("*.cif"), e.getMessage());
    }

    @Test
    void listsEveryFormatWithItsNames() {
        assertEquals(List.of(StructureFormat.EXTENDED_XYZ, StructureFormat.CIF, StructureFormat.VASP), StructureFiles.supportedFormats());
    }

    @Test
    void readsAPoscarByItsName(@TempDir Path dir) throws IOException {
        Path poscar = dir.resolve("POSCAR");
        Files.copy(TestFiles.resource("Si_diamond_direct.vasp"), poscar);
        assertEquals("Si8", StructureFiles.read(poscar).get(0).formula());
    }

    @Test
    void aMissingFileIsAUserError(@TempDir Path dir) {
        StructureFormatException e = assertThrows(StructureFormatException.class, () -> StructureFiles.read(dir.resolve("absent.xyz")));
        assertTrue(e.getMessage().endsWith("absent.xyz: no such file"), e.getMessage());
    }
}
