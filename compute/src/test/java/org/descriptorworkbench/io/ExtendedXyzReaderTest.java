package org.descriptorworkbench.io;

import static org.descriptorworkbench.io.TestFiles.xyz;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.descriptorworkbench.structure.AtomArray;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extended XYZ read as ASE reads it (ase/io/extxyz.py), and what is refused. */
class ExtendedXyzReaderTest {

    private static Structure aseValues() {
        Dataset d = new ExtendedXyzReader().read(TestFiles.resource("ase_values.extxyz"));
        assertEquals(1, d.size());
        return d.get(0);
    }

    @Test
    void latticeRowsAreTheLatticeVectors() {
        Structure s = aseValues();
        assertArrayEquals(new double[] {4, 0, 0}, s.cell().vector(0));
        assertArrayEquals(new double[] {0, 5, 0}, s.cell().vector(1));
        assertArrayEquals(new double[] {0.5, 0, 6}, s.cell().vector(2));
    }

    @Test
    void pbcFlagsAreReadPerDirection() {
        assertArrayEquals(new boolean[] {true, true, false}, aseValues().pbc());
    }

    @Test
    void latticeWithoutPbcIsFullyPeriodic() {
        Structure s = new ExtendedXyzReader().read(TestFiles.resource("crlf_trailing_blank_lines.xyz")).get(0);
        assertArrayEquals(new boolean[] {true, true, true}, s.pbc());
    }

    @Test
    void reservedKeysAreNotInfo() {
        Map<String, Object> info = aseValues().info();
        assertFalse(info.containsKey("Lattice"));
        assertFalse(info.containsKey("Properties"));
        assertFalse(info.containsKey("pbc"));
    }

    @Test
    void integersAreLongsAndOtherNumbersDoubles() {
        Map<String, Object> info = aseValues().info();
        assertEquals(42L, info.get("step"));
        assertEquals(123456789012L, info.get("big"));
        assertEquals(-12.5, info.get("energy"));
    }

    @Test
    void booleanWordsAndBareKeysAreBooleans() {
        Map<String, Object> info = aseValues().info();
        assertEquals(Boolean.TRUE, info.get("converged"));
        assertEquals(Boolean.TRUE, info.get("ok"));
        assertEquals(Boolean.TRUE, info.get("flag"));
    }

    @Test
    void severalNumbersInDelimitersAreArrays() {
        Map<String, Object> info = aseValues().info();
        assertArrayEquals(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, (long[]) info.get("stress"));
        assertArrayEquals(new double[] {0.1, 0.2, 0.3}, (double[]) info.get("dipole"));
        assertArrayEquals(new long[] {4, 4, 2}, (long[]) info.get("kpts"));
        assertArrayEquals(new boolean[] {true, false, true}, (boolean[]) info.get("modes"));
    }

    @Test
    void quotedStringsKeepSpacesAndEscapedQuotes() {
        Map<String, Object> info = aseValues().info();
        assertEquals("Si dimer \"strained\"", info.get("name"));
        assertEquals("two words", info.get("single"));
    }

    @Test
    void aSecondEqualsSignBelongsToTheValue() {
        assertEquals("a=b", aseValues().info().get("path"));
    }

    @Test
    void uidIsNeverConverted() {
        assertEquals("007", aseValues().info().get("uid"));
    }

    @Test
    void infoKeepsFileOrder() {
        assertEquals(List.of("energy", "step", "big", "converged", "ok", "flag", "stress", "dipole", "kpts", "modes",
                "name", "single", "path", "uid"), List.copyOf(aseValues().info().keySet()));
    }

    @Test
    void speciesSymbolsAreReadInAnyCase() {
        assertArrayEquals(new int[] {14, 14}, aseValues().atomicNumbers());
    }

    @Test
    void positionsAreReadExactly() {
        assertArrayEquals(new double[] {0.0, 0.1, 0.2, 1.35, 1.36, 1.37}, aseValues().positions());
    }

    @Test
    void otherColumnsBecomePerAtomArraysOfTheirType() {
        Map<String, AtomArray> arrays = aseValues().arrays();
        assertEquals(List.of("forces", "tags", "fixed", "label"), List.copyOf(arrays.keySet()));
        assertArrayEquals(new double[] {1.5, -1.5, 0.25, -1.5, 1.5, -0.25}, arrays.get("forces").doubles());
        assertEquals(3, arrays.get("forces").columns());
        assertArrayEquals(new long[] {7, -3}, arrays.get("tags").longs());
        assertArrayEquals(new boolean[] {true, false}, arrays.get("fixed").booleans());
        assertArrayEquals(new String[] {"a", "b"}, arrays.get("label").strings());
    }

    @Test
    void energyAndForcesStayInInfoAndArrays() {
        Structure s = aseValues();
        assertEquals(-12.5, s.infoNumber("energy"));
        assertEquals(AtomArray.Kind.REAL, s.arrays().get("forces").kind());
    }

    @Test
    void plainXyzCommentIsKeptAsText() {
        Structure s = new ExtendedXyzReader().read(TestFiles.resource("plain.xyz")).get(0);
        assertEquals(Map.of("comment", "water molecule, coordinates in Angstrom"), s.info());
        assertNull(s.cell());
        assertFalse(s.isPeriodic());
    }

    @Test
    void plainXyzAcceptsAtomicNumbersAndIgnoresExtraColumns() {
        Structure s = new ExtendedXyzReader().read(TestFiles.resource("plain.xyz")).get(0);
        assertEquals("H2O", s.formula());
        assertArrayEquals(new int[] {8, 1, 1}, s.atomicNumbers());
        assertEquals(-0.477047, s.position(2, 2));
        assertTrue(s.arrays().isEmpty());
    }

    @Test
    void framesMayDifferInSizeAndColumns() {
        Dataset d = new ExtendedXyzReader().read(TestFiles.resource("frames_of_different_sizes.extxyz"));
        assertEquals(2, d.size());
        assertEquals(1, d.get(0).atomCount());
        assertEquals(2, d.get(1).atomCount());
        assertTrue(d.get(0).arrays().isEmpty());
        assertArrayEquals(new double[] {1, -1}, d.get(1).arrays().get("charge").doubles());
    }

    @Test
    void windowsLineEndsAndTrailingBlankLinesAreAccepted() {
        Dataset d = new ExtendedXyzReader().read(TestFiles.resource("crlf_trailing_blank_lines.xyz"));
        assertEquals(2, d.size());
        assertEquals(-1.25, d.get(0).info().get("energy"));
        assertEquals(1.5, d.get(0).position(1, 1));
    }

    @Test
    void emptyCommentLineGivesNoInfo() {
        Structure s = new ExtendedXyzReader().read(TestFiles.resource("crlf_trailing_blank_lines.xyz")).get(1);
        assertTrue(s.info().isEmpty());
        assertEquals("H", s.formula());
    }

    @Test
    void integerZColumnGivesTheSpeciesWhenThereIsNoSpeciesColumn() {
        Structure s = xyz("2\nProperties=Z:I:1:pos:R:3\n6 0 0 0\n8 1.1 0 0\n").get(0);
        assertEquals("CO", s.formula());
        assertTrue(s.arrays().isEmpty());
    }

    @Test
    void valuesInBracesAndBracketsAreDelimited() {
        Map<String, Object> info = xyz("1\na={1 2} b=[x y] c=\"1,2.5\"\nH 0 0 0\n").get(0).info();
        assertArrayEquals(new long[] {1, 2}, (long[]) info.get("a"));
        assertEquals("x y", info.get("b"));
        assertArrayEquals(new double[] {1, 2.5}, (double[]) info.get("c"));
    }

    @Test
    void jsonValuesAreDecoded() {
        Map<String, Object> info = xyz("1\na=\"_JSON \\\"42\\\"\" b='_JSON [\"x\", \"y z\"]' c='_JSON {\"k\": 1}'\nH 0 0 0\n").get(0).info();
        assertEquals("42", info.get("a"));
        assertArrayEquals(new String[] {"x", "y z"}, (String[]) info.get("b"));
        assertEquals("_JSON {\"k\": 1}", info.get("c"));
    }

    @Test
    void pythonStyleInfinityAndNanAreNumbers() {
        Map<String, Object> info = xyz("1\na=inf b=-Infinity c=nan\nH 0 0 0\n").get(0).info();
        assertEquals(Double.POSITIVE_INFINITY, info.get("a"));
        assertEquals(Double.NEGATIVE_INFINITY, info.get("b"));
        assertTrue(Double.isNaN((Double) info.get("c")));
    }

    @Test
    void javaOnlyNumberFormsStayText() {
        Map<String, Object> info = xyz("1\na=1d b=0x10 c=1f\nH 0 0 0\n").get(0).info();
        assertEquals("1d", info.get("a"));
        assertEquals("0x10", info.get("b"));
        assertEquals("1f", info.get("c"));
    }

    @Test
    void anEmptyFrameIsAllowed() {
        Structure s = xyz("0\nname=nothing\n1\n\nH 0 0 0\n").get(0);
        assertEquals(0, s.atomCount());
        assertEquals("nothing", s.info().get("name"));
    }

    // ---- refused input: one line naming file, line and what was expected

    private static StructureFormatException refused(String text) {
        return assertThrows(StructureFormatException.class, () -> xyz(text));
    }

    @Test
    void rejectsAnAtomCountThatIsNotAnInteger() {
        StructureFormatException e = refused("two\n\nH 0 0 0\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("test.xyz:1: expected the number of atoms"), e.getMessage());
    }

    @Test
    void rejectsANegativeAtomCount() {
        assertEquals(1, refused("-5\n\n").line());
    }

    @Test
    void rejectsAnAtomCountNoStructureCanHold() {
        StructureFormatException e = refused("999999999999\n\nH 0 0 0\n");
        assertTrue(e.getMessage().contains("999999999999 atoms"), e.getMessage());
    }

    @Test
    void rejectsAnAtomCountTheRestOfTheFileCannotHold(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.xyz");
        Files.writeString(file, "100000000\n\nH 0 0 0\nH 0 0 1\n");
        StructureFormatException e = assertThrows(StructureFormatException.class, () -> new ExtendedXyzReader().read(file));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("can hold at most"), e.getMessage());
    }

    @Test
    void rejectsAFrameThatEndsEarly() {
        StructureFormatException e = refused("3\n\nH 0 0 0\nH 0 0 1\n");
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("declares 3 atoms but the file ends after 2"), e.getMessage());
    }

    @Test
    void rejectsAMissingCommentLine() {
        assertTrue(refused("1").getMessage().contains("expected the comment line of frame 1"));
    }

    @Test
    void rejectsANumberThatIsNotANumberNamingLineAndColumn() {
        StructureFormatException e = refused("1\n\nH 0.0 abc 0.0\n");
        assertEquals("test.xyz:3: expected 'pos' component 2 (a number), got \"abc\"", e.getMessage());
    }

    @Test
    void rejectsTooFewColumns() {
        StructureFormatException e = refused("1\nProperties=species:S:1:pos:R:3:forces:R:3\nH 0 0 0 1 2\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("expected 7 columns"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownElement() {
        assertTrue(refused("1\n\nXx 0 0 0\n").getMessage().contains("\"Xx\""));
    }

    @Test
    void rejectsALatticeOfEightNumbers() {
        StructureFormatException e = refused("1\nLattice=\"1 0 0 0 1 0 0 0\"\nH 0 0 0\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("Lattice must be 9 numbers"), e.getMessage());
    }

    @Test
    void rejectsAnUnclosedQuote() {
        assertTrue(refused("1\nLattice=\"1 0 0 0 1 0 0 0 1\nH 0 0 0\n").getMessage().contains("never closed"));
    }

    @Test
    void rejectsAnUnknownColumnType() {
        assertTrue(refused("1\nProperties=species:S:1:pos:X:3\nH 0 0 0\n").getMessage().contains("must be R, I, L or S"));
    }

    @Test
    void rejectsPositionsThatAreNotThreeReals() {
        assertTrue(refused("1\nProperties=species:S:1:pos:R:2\nH 0 0\n").getMessage().contains("'pos' must be pos:R:3"));
    }

    @Test
    void rejectsPeriodicFlagsWithoutALattice() {
        assertTrue(refused("1\npbc=\"T T T\"\nH 0 0 0\n").getMessage().contains("no Lattice"));
    }

    @Test
    void rejectsInfinitePositionsNamingTheFrame() {
        StructureFormatException e = refused("1\n\nH 0 inf 0\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("frame 1: positions must be finite"), e.getMessage());
    }

    @Test
    void rejectsInvalidJsonNamingTheKey() {
        StructureFormatException e = refused("1\nbad='_JSON [1,'\nH 0 0 0\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("key bad: the value after _JSON is not valid JSON"), e.getMessage());
    }

    @Test
    void rejectsAValueWithoutAKey() {
        assertEquals(2, refused("1\n=5\nH 0 0 0\n").line());
    }

    @Test
    void rejectsAnUnknownElementNamingItsLine() {
        assertEquals(4, refused("2\n\nH 0 0 0\nQq 0 0 1\n").line());
    }

    @Test
    void rejectsAFileWithNoStructures() {
        assertTrue(refused("\n\n").getMessage().contains("no structures"));
    }
}
