package org.descriptorworkbench.viewer3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Element;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

class BondsTest {
    /** Water at its gas-phase geometry: O–H 0.9572 Å, H–O–H 104.52°. */
    private static Structure water() {
        double half = Math.toRadians(104.52 / 2);
        double r = 0.9572;
        return Structure.cluster(new int[] {8, 1, 1},
                new double[] {0, 0, 0, r * Math.sin(half), r * Math.cos(half), 0, -r * Math.sin(half), r * Math.cos(half), 0});
    }

    @Test
    void waterHasTwoOxygenHydrogenBondsAndNoHydrogenHydrogenBond() {
        Bonds bonds = Bonds.of(water());
        assertEquals(2, bonds.count());
        assertTrue(bonds.bonded(0, 1));
        assertTrue(bonds.bonded(0, 2));
        assertFalse(bonds.bonded(1, 2), "H···H is 1.51 Å, beyond 1.2·(0.31 + 0.31) = 0.744 Å");
        assertEquals(0.9572, bonds.length(0), 1e-12);
    }

    @Test
    void bondsAtExactlyTheToleranceTimesTheRadiusSum() {
        double limit = Bonds.DEFAULT_TOLERANCE * 2 * Element.of(6).covalentRadius();
        assertEquals(1, Bonds.ofCluster(new int[] {6, 6}, new double[] {0, 0, 0, limit, 0, 0}).count());
        assertEquals(0, Bonds.ofCluster(new int[] {6, 6}, new double[] {0, 0, 0, limit * 1.001, 0, 0}).count());
    }

    @Test
    void aPairTooFarApartIsNotBonded() {
        assertEquals(0, Bonds.ofCluster(new int[] {14, 14}, new double[] {0, 0, 0, 3.0, 0, 0}).count(),
                "Si–Si 3.0 Å is beyond 1.2·2·1.11 = 2.664 Å");
    }

    @Test
    void aLargerToleranceBondsMore() {
        Structure pair = Structure.cluster(new int[] {14, 14}, new double[] {0, 0, 0, 3.0, 0, 0});
        assertEquals(1, Bonds.of(pair, 1.5).count());
    }

    @Test
    void diamondSiliconHasFourBondsPerAtomMostlyAcrossTheCellBoundary() {
        Bonds bonds = Bonds.of(TestStructures.diamondSilicon());
        // 8 atoms × 4 neighbours / 2
        assertEquals(16, bonds.count());
        int[] perAtom = new int[8];
        int crossing = 0;
        for (int i = 0; i < bonds.count(); i++) {
            perAtom[bonds.first(i)]++;
            perAtom[bonds.second(i)]++;
            crossing += bonds.crossesBoundary(i) ? 1 : 0;
            assertEquals(TestStructures.SI_LATTICE * Math.sqrt(3) / 4, bonds.length(i), 1e-12);
        }
        // (¼,¼,¼) bonds to four corner/face sites inside the cell; each other B site has one such neighbour.
        assertEquals(16 - 7, crossing, "bonds across the cell boundary");
        for (int a = 0; a < 8; a++) {
            assertEquals(4, perAtom[a], "bonds of atom " + a);
        }
    }

    @Test
    void anAtomBondsToItsOwnImagesInAShortPeriodicChain() {
        // A carbon chain along x with 1.4 Å spacing: one atom per cell, bonded to its images on both sides.
        Structure chain = Structure.periodic(new int[] {6}, new double[] {0, 0, 0}, Cell.orthorhombic(1.4, 10, 10),
                new boolean[] {true, false, false});
        Bonds bonds = Bonds.of(chain);
        assertEquals(1, bonds.count(), "the bond to the −x image is the same bond as to the +x image");
        assertTrue(bonds.crossesBoundary(0));
        assertEquals(1, bonds.shift(0, 0));
    }

    @Test
    void halfBondsOfABoundaryBondPointOutOfTheCellFromBothAtoms() {
        Structure chain = Structure.periodic(new int[] {6}, new double[] {0.2, 0, 0}, Cell.orthorhombic(1.4, 10, 10),
                new boolean[] {true, false, false});
        Bonds.HalfBonds halves = Bonds.of(chain).halfBonds(chain);
        double[] e = halves.ends();
        assertEquals(2, halves.count());
        assertEquals(0.2, e[0], 1e-12);
        assertEquals(0.9, e[3], 1e-12, "to the midpoint with the +x image");
        assertEquals(0.2, e[6], 1e-12);
        assertEquals(-0.5, e[9], 1e-12, "to the midpoint with the −x image");
    }

    @Test
    void halfBondsMeetAtTheMidpoint() {
        Structure water = water();
        Bonds.HalfBonds halves = Bonds.of(water).halfBonds(water);
        double[] e = halves.ends();
        for (int i = 0; i < halves.count(); i += 2) {
            for (int axis = 0; axis < 3; axis++) {
                assertEquals(e[6 * i + 3 + axis], e[6 * (i + 1) + 3 + axis], 1e-12);
            }
        }
    }

    @Test
    void rejectsANonPositiveTolerance() {
        assertThrows(IllegalArgumentException.class, () -> Bonds.of(water(), 0));
    }
}
