package org.descriptorworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

/** CIF cells, atom sites and symmetry expansion to P1. */
class CifReaderTest {
    private static final double EPS = 1e-9;

    private static Structure read(String resource) {
        Dataset d = new CifReader().read(TestFiles.resource(resource));
        assertEquals(1, d.size());
        return d.get(0);
    }

    private static double[] fractional(Structure s, int atom) {
        return s.cell().toFractional(new double[] {s.position(atom, 0), s.position(atom, 1), s.position(atom, 2)});
    }

    @Test
    void symmetryOperationsExpandRutileToTwoFormulaUnits() {
        Structure s = read("rutile_TiO2.cif");
        assertEquals("O4Ti2", s.formula());
        assertArrayEquals(new int[] {22, 22, 8, 8, 8, 8}, s.atomicNumbers());
    }

    @Test
    void imagesAreOrderedBySiteThenOperationAndWrappedIntoTheCell() {
        Structure s = read("rutile_TiO2.cif");
        double u = 0.3049;
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, fractional(s, 1), EPS);
        assertArrayEquals(new double[] {u, u, 0}, fractional(s, 2), EPS);
        assertArrayEquals(new double[] {1 - u, 1 - u, 0}, fractional(s, 3), EPS);
        assertArrayEquals(new double[] {0.5 - u, 0.5 + u, 0.5}, fractional(s, 4), EPS);
        assertArrayEquals(new double[] {0.5 + u, 0.5 - u, 0.5}, fractional(s, 5), EPS);
    }

    @Test
    void standardUncertaintiesAreDropped() {
        Structure s = read("rutile_TiO2.cif");
        assertEquals(4.5937, s.cell().length(0), 1e-12);
        assertEquals(2.9587, s.cell().length(2), 1e-12);
    }

    @Test
    void hexagonalCellHasAAlongXAndBInTheXyPlane() {
        Structure s = read("wurtzite_ZnO_ddlm.cif");
        double a = 3.2496;
        assertArrayEquals(new double[] {a, 0, 0}, s.cell().vector(0), 1e-12);
        assertArrayEquals(new double[] {-a / 2, a * Math.sqrt(3) / 2, 0}, s.cell().vector(1), 1e-12);
        assertArrayEquals(new double[] {0, 0, 5.2042}, s.cell().vector(2), 1e-12);
    }

    @Test
    void imagesWithinTheToleranceAreOneAtom() {
        // 1/3 is written 0.33333, so the twelve images of each special position differ by ~1e-5.
        Structure s = read("wurtzite_ZnO_ddlm.cif");
        assertArrayEquals(new int[] {30, 30, 8, 8}, s.atomicNumbers());
        assertArrayEquals(new double[] {0.66667, 0.33333, 0.5}, fractional(s, 1), 1e-4);
        assertArrayEquals(new double[] {0.66667, 0.33333, 0.882}, fractional(s, 3), 1e-4);
    }

    @Test
    void elementsComeFromLabelsWithoutTypeSymbols() {
        Structure s = read("p1_labels_only.cif");
        assertArrayEquals(new int[] {26, 8, 14}, s.atomicNumbers());
        assertEquals("FeO_P1", s.info().get("cif_block"));
    }

    @Test
    void withoutOperationsTheSitesAreP1AndWrapped() {
        Structure s = read("p1_labels_only.cif");
        assertEquals(3, s.atomCount());
        assertArrayEquals(new double[] {0.25, 0.25, 0.25}, fractional(s, 2), EPS);
    }

    @Test
    void eachDataBlockWithSitesIsOneStructure() {
        String sites = "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n";
        Dataset d = new CifReader().read("two.cif", new StringReader("data_global\n_journal_year 2024\n"
                + CUBIC + sites + "Na 0 0 0\n" + CUBIC.replace("data_x", "data_y") + sites + "Cl 0 0 0\nCl 0.5 0.5 0.5\n"));
        assertEquals(2, d.size());
        assertEquals("Na", d.get(0).formula());
        assertEquals("Cl2", d.get(1).formula());
        assertEquals("y", d.get(1).info().get("cif_block"));
    }

    @Test
    void rejectsPartialOccupancyNamingTheSite() {
        StructureFormatException e = assertThrows(StructureFormatException.class,
                () -> new CifReader().read(TestFiles.resource("partial_occupancy.cif")));
        assertEquals(15, e.line());
        assertTrue(e.getMessage().contains("site Au1 has occupancy 0.5: partial occupancy"), e.getMessage());
        assertTrue(e.getMessage().contains("not supported"), e.getMessage());
    }

    private static StructureFormatException refused(String text) {
        return assertThrows(StructureFormatException.class, () -> new CifReader().read("x.cif", new StringReader(text)));
    }

    private static final String CUBIC = "data_x\n_cell_length_a 4\n_cell_length_b 4\n_cell_length_c 4\n"
            + "_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n";

    @Test
    void rejectsASpaceGroupWhoseOperationsAreNotListed() {
        StructureFormatException e = refused(CUBIC + "_symmetry_space_group_name_H-M 'F m -3 m'\n"
                + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nNa 0 0 0\n");
        assertEquals(8, e.line());
        assertTrue(e.getMessage().contains("F m -3 m"), e.getMessage());
    }

    @Test
    void rejectsALoopThatIsNotWholeRows() {
        StructureFormatException e = refused(CUBIC + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\nNa 0 0 0\nCl 0.5 0.5\n");
        assertEquals(8, e.line());
        assertTrue(e.getMessage().contains("not a whole number of rows"), e.getMessage());
    }

    @Test
    void rejectsAMissingCellLength() {
        StructureFormatException e = refused("data_x\n_cell_length_a 4\nloop_\n_atom_site_label\n_atom_site_fract_x\n"
                + "_atom_site_fract_y\n_atom_site_fract_z\nNa 0 0 0\n");
        assertTrue(e.getMessage().contains("has no _cell_length_b"), e.getMessage());
    }

    @Test
    void rejectsAnUnreadableSymmetryOperation() {
        StructureFormatException e = refused(CUBIC + "loop_\n_symmetry_equiv_pos_as_xyz\nx,y,z\n'x,y,w'\n"
                + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nNa 0 0 0\n");
        assertEquals(11, e.line());
    }

    @Test
    void rejectsSitesOfDifferentElementsOnTheSameSpot() {
        StructureFormatException e = refused(CUBIC + "loop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\nNa 0 0 0\nCl 1.00001 0 0\n");
        assertTrue(e.getMessage().contains("same position"), e.getMessage());
    }

    @Test
    void rejectsAFileWithoutAtomSites() {
        assertTrue(refused(CUBIC).getMessage().contains("no data block lists atom sites"));
    }

    @Test
    void rejectsAnUnclosedTextField() {
        StructureFormatException e = refused("data_x\n_title\n;\nnever closed\n");
        assertEquals(3, e.line());
    }
}
