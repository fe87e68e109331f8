package org.descriptorworkbench.gui.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

class CentreChoiceTest {
    /** Three clusters of 2, 3 and 4 atoms: 9 atoms in all. */
    private final Dataset data = new Dataset("test", List.of(cluster(2), cluster(3), cluster(4)));

    private static Structure cluster(int n) {
        int[] z = new int[n];
        double[] p = new double[3 * n];
        for (int i = 0; i < n; i++) {
            z[i] = 14;
            p[3 * i] = 2.0 * i;
        }
        return Structure.cluster(z, p);
    }

    @Test
    void allMapsEveryRowToItsStructureAndAtomInFileOrder() {
        Centres c = new CentreChoice(true, 0, 0).resolve(data);
        assertArrayEquals(new int[] {0, 0, 1, 1, 1, 2, 2, 2, 2}, c.structureOfRow());
        assertArrayEquals(new int[] {0, 1, 0, 1, 2, 0, 1, 2, 3}, c.atomOfRow());
    }

    @Test
    void aSampleHoldsDistinctAtomsInFileOrder() {
        Centres c = new CentreChoice(false, 5, 7).resolve(data);
        assertEquals(5, c.size());
        Set<Integer> seen = new HashSet<>();
        int previous = -1;
        for (int r = 0; r < c.size(); r++) {
            int global = new int[] {0, 2, 5}[c.structureOfRow()[r]] + c.atomOfRow()[r];
            assertTrue(seen.add(global));
            assertTrue(global > previous);
            previous = global;
        }
    }

    @Test
    void theSameSeedGivesTheSameSample() {
        assertArrayEquals(new CentreChoice(false, 4, 3).resolve(data).atomOfRow(),
                new CentreChoice(false, 4, 3).resolve(data).atomOfRow());
    }

    @Test
    void aSampleLargerThanTheDatasetIsEveryAtom() {
        assertEquals(9, new CentreChoice(false, 50, 0).resolve(data).size());
    }

    @Test
    void rejectsFewerThanThreeEnvironments() {
        assertThrows(ParameterException.class, () -> new CentreChoice(false, 2, 0));
    }
    @Test
    void bySpeciesKeepsOnlyAtomsOfTheChosenElements() {
        Dataset mixed = new Dataset("mixed", List.of(Structure.cluster(new int[] {8, 1, 1}, new double[] {0, 0, 0, 1, 0, 0, 0, 1, 0}),
                Structure.cluster(new int[] {1, 8}, new double[] {0, 0, 0, 1, 0, 0})));
        Centres c = new CentreChoice(true, 0, 0).withSpecies(List.of(8)).resolve(mixed);
        assertArrayEquals(new int[] {0, 1}, c.structureOfRow());
        assertArrayEquals(new int[] {0, 1}, c.atomOfRow());
    }

    @Test
    void selectedStructuresKeepOnlyTheirAtoms() {
        Centres c = new CentreChoice(true, 0, 0).withStructures(List.of(0, 2)).resolve(data);
        assertArrayEquals(new int[] {0, 0, 2, 2, 2, 2}, c.structureOfRow());
    }

    @Test
    void aSampleIsDrawnFromTheSelectedStructuresOnly() {
        Centres c = new CentreChoice(false, 3, 5).withStructures(List.of(2)).resolve(data);
        assertEquals(3, c.size());
        assertArrayEquals(new int[] {2, 2, 2}, c.structureOfRow());
    }

    @Test
    void anExplicitListIsExactlyThoseAtomsInFileOrder() {
        Centres c = CentreChoice.of(List.of(new CentreChoice.Atom(2, 3), new CentreChoice.Atom(0, 1), new CentreChoice.Atom(2, 3)))
                .resolve(data);
        assertArrayEquals(new int[] {0, 2}, c.structureOfRow());
        assertArrayEquals(new int[] {1, 3}, c.atomOfRow());
    }

    @Test
    void rejectsAnExplicitAtomOutsideTheDataset() {
        assertThrows(ParameterException.class, () -> CentreChoice.of(List.of(new CentreChoice.Atom(1, 3))).resolve(data));
    }

    @Test
    void rejectsASpeciesWithNoAtomInTheDataset() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> new CentreChoice(true, 0, 0).withSpecies(List.of(26)).resolve(data));
        assertTrue(e.getMessage().contains("all environments of Fe"), e.getMessage());
    }
}
