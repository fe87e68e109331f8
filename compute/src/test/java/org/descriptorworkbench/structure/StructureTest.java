package org.descriptorworkbench.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One configuration: atoms, positions, cell, info and per-atom arrays, validated and immutable. */
class StructureTest {

    private static Structure of(int... numbers) {
        return Structure.cluster(numbers, new double[3 * numbers.length]);
    }

    @Test
    void formulaPutsCarbonThenHydrogenFirst() {
        assertEquals("CH4", of(1, 6, 1, 1, 1).formula());
        assertEquals("C2H6O", of(6, 6, 8, 1, 1, 1, 1, 1, 1).formula());
    }

    @Test
    void formulaWithoutCarbonStillPutsHydrogenFirstAsAseDoes() {
        assertEquals("H2O", of(8, 1, 1).formula());
        assertEquals("ClNa", of(11, 17).formula());
        assertEquals("HClO", of(1, 17, 8).formula());
    }

    @Test
    void formulaCountsLikeAtoms() {
        assertEquals("Si64", of(repeat(14, 64)).formula());
        assertEquals("H", of(1).formula());
    }

    private static int[] repeat(int z, int n) {
        int[] out = new int[n];
        Arrays.fill(out, z);
        return out;
    }

    @Test
    void speciesAreDistinctAndSorted() {
        Structure s = of(8, 1, 26, 1, 8);
        assertArrayEquals(new int[] {1, 8, 26}, s.species());
        assertEquals(Map.of(1, 2, 8, 2, 26, 1), s.speciesCounts());
        assertEquals(List.of(1, 8, 26), List.copyOf(s.speciesCounts().keySet()));
    }

    @Test
    void accessorsReturnCopies() {
        Structure s = Structure.cluster(new int[] {1}, new double[] {1, 2, 3});
        s.positions()[0] = 99;
        s.atomicNumbers()[0] = 2;
        assertEquals(1, s.position(0, 0));
        assertEquals(1, s.atomicNumber(0));
    }

    @Test
    void equalityComparesInfoArraysByContent() {
        Structure a = Structure.cluster(new int[] {1}, new double[3]).withInfo(Map.of("v", new double[] {1, 2}));
        Structure b = Structure.cluster(new int[] {1}, new double[3]).withInfo(Map.of("v", new double[] {1, 2}));
        Structure c = Structure.cluster(new int[] {1}, new double[3]).withInfo(Map.of("v", new double[] {1, 3}));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void infoNumberIsNaNForTextAndMissingKeys() {
        Structure s = of(1).withInfo(Map.of("energy", -1L, "name", "x"));
        assertEquals(-1.0, s.infoNumber("energy"));
        assertEquals(Double.NaN, s.infoNumber("name"));
        assertEquals(Double.NaN, s.infoNumber("absent"));
    }

    @Test
    void rejectsAtomicNumberZero() {
        assertThrows(IllegalArgumentException.class, () -> of(0));
    }

    @Test
    void rejectsPositionsOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> Structure.cluster(new int[] {1, 1}, new double[3]));
    }

    @Test
    void rejectsNonFinitePositions() {
        assertThrows(IllegalArgumentException.class, () -> Structure.cluster(new int[] {1}, new double[] {0, Double.NaN, 0}));
    }

    @Test
    void rejectsPeriodicityWithoutACell() {
        assertThrows(IllegalArgumentException.class,
                () -> Structure.periodic(new int[] {1}, new double[3], null, new boolean[] {true, false, false}));
    }

    @Test
    void rejectsPerAtomArraysOfAnotherLength() {
        AtomArray forces = AtomArray.ofReal("forces", 3, new double[6]);
        assertThrows(IllegalArgumentException.class,
                () -> new Structure(new int[] {1}, new double[3], null, null, null, Map.of("forces", forces)));
    }
}
