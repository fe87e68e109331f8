package org.descriptorworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

/** VASP POSCAR/CONTCAR read as VASP 5/6 defines them. */
class PoscarReaderTest {
    private static final double EPS = 1e-12;

    private static Structure read(String resource) {
        Dataset d = new PoscarReader().read(TestFiles.resource(resource));
        assertEquals(1, d.size());
        return d.get(0);
    }

    private static Structure parse(String text) {
        return new PoscarReader().read("POSCAR", new StringReader(text)).get(0);
    }

    @Test
    void directCoordinatesAreFractionsOfTheScaledCell() {
        Structure s = read("Si_diamond_direct.vasp");
        assertEquals("Si8", s.formula());
        assertEquals(5.43 * 5.43 * 5.43, s.cell().volume(), 1e-9);
        assertArrayEquals(new double[] {1.3575, 1.3575, 1.3575}, new double[] {s.position(4, 0), s.position(4, 1), s.position(4, 2)}, EPS);
        assertArrayEquals(new double[] {4.0725, 1.3575, 4.0725}, new double[] {s.position(6, 0), s.position(6, 1), s.position(6, 2)}, EPS);
    }

    @Test
    void cartesianCoordinatesAreScaledLikeTheLattice() {
        Structure s = read("Si_diamond_cartesian.vasp");
        assertArrayEquals(new double[] {0, 2.715, 2.715}, s.cell().vector(0), EPS);
        assertArrayEquals(new double[] {1.3575, 1.3575, 1.3575}, new double[] {s.position(1, 0), s.position(1, 1), s.position(1, 2)}, EPS);
    }

    @Test
    void isFullyPeriodicAndKeepsTheComment() {
        Structure s = read("Si_diamond_cartesian.vasp");
        assertArrayEquals(new boolean[] {true, true, true}, s.pbc());
        assertEquals("Si diamond, primitive fcc cell", s.info().get("comment"));
    }

    @Test
    void negativeScaleIsTheTargetVolume() {
        Structure s = read("CONTCAR_selective");
        assertEquals(179.406144, s.cell().volume(), 1e-9);
        assertEquals(5.64, s.cell().length(0), 1e-12);
        assertEquals(2.82, s.position(1, 0), 1e-12);
    }

    @Test
    void potcarNamesGiveTheSpecies() {
        assertArrayEquals(new int[] {11, 11, 17, 17}, read("CONTCAR_selective").atomicNumbers());
    }

    @Test
    void selectiveDynamicsFlagsBecomeALogicalArray() {
        Structure s = read("CONTCAR_selective");
        assertEquals(3, s.arrays().get("selective_dynamics").columns());
        assertArrayEquals(new boolean[] {false, false, false, false, false, false, true, true, true, true, true, false},
                s.arrays().get("selective_dynamics").booleans());
    }

    @Test
    void contcarVelocitiesAfterThePositionsAreIgnored() {
        assertEquals(4, read("CONTCAR_selective").atomCount());
    }

    @Test
    void vasp4TakesTheSpeciesFromTheCommentLine() {
        Structure s = read("quartz_vasp4.poscar");
        assertArrayEquals(new int[] {14, 8, 8}, s.atomicNumbers());
    }

    @Test
    void threeScaleFactorsScaleEachCartesianAxis() {
        Structure s = parse("x\n1 2 3\n1 0 0\n0 1 0\n0 0 1\nH\n1\nC\n1 1 1\n");
        assertArrayEquals(new double[] {0, 0, 3}, s.cell().vector(2), EPS);
        assertArrayEquals(new double[] {1, 2, 3}, s.positions(), EPS);
    }

    @Test
    void rejectsVasp4WithoutSymbolsAskingForThem() {
        StructureFormatException e = assertThrows(StructureFormatException.class,
                () -> parse("quartz\n1.0\n1 0 0\n0 1 0\n0 0 1\n1 2\nDirect\n0 0 0\n0.5 0 0\n0 0.5 0\n"));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("no species line"), e.getMessage());
    }

    @Test
    void rejectsMoreSpeciesThanCounts() {
        StructureFormatException e = assertThrows(StructureFormatException.class,
                () -> parse("x\n1.0\n1 0 0\n0 1 0\n0 0 1\nSi O\n1\nDirect\n0 0 0\n"));
        assertEquals(7, e.line());
    }

    @Test
    void rejectsAnUnknownCoordinateMode() {
        StructureFormatException e = assertThrows(StructureFormatException.class,
                () -> parse("x\n1.0\n1 0 0\n0 1 0\n0 0 1\nSi\n1\nFractional\n0 0 0\n"));
        assertEquals("POSCAR:8: expected Direct or Cartesian, got \"Fractional\"", e.getMessage());
    }

    @Test
    void rejectsMissingPositions() {
        StructureFormatException e = assertThrows(StructureFormatException.class,
                () -> parse("x\n1.0\n1 0 0\n0 1 0\n0 0 1\nSi\n3\nDirect\n0 0 0\n0.5 0.5 0.5\n"));
        assertEquals(11, e.line());
        assertTrue(e.getMessage().contains("the position of atom 3"), e.getMessage());
    }

    @Test
    void rejectsAZeroScale() {
        assertEquals(2, assertThrows(StructureFormatException.class,
                () -> parse("x\n0\n1 0 0\n0 1 0\n0 0 1\nSi\n1\nDirect\n0 0 0\n")).line());
    }

    @Test
    void rejectsMissingSelectiveDynamicsFlags() {
        StructureFormatException e = assertThrows(StructureFormatException.class,
                () -> parse("x\n1.0\n1 0 0\n0 1 0\n0 0 1\nSi\n1\nSelective dynamics\nDirect\n0 0 0\n"));
        assertEquals(10, e.line());
        assertTrue(e.getMessage().contains("3 T/F flags"), e.getMessage());
    }
}
