package org.descriptorworkbench.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The periodic-table data the workbench shows and draws. */
class ElementTest {

    @Test
    void siliconHasItsJmolColourAndCovalentRadius() {
        Element si = Element.of(14);
        assertEquals("Si", si.symbol());
        assertEquals("#F0C8A0", si.hexColor());
        assertEquals(1.11, si.covalentRadius());
        assertTrue(si.covalentRadiusMeasured());
    }

    @Test
    void siliconIsInGroup14Period3() {
        assertEquals(14, Element.of(14).group());
        assertEquals(3, Element.of(14).period());
    }

    @Test
    void groupsFollowIupacNumbering() {
        assertEquals(1, Element.of(1).group());
        assertEquals(18, Element.of(2).group());
        assertEquals(8, Element.bySymbol("Fe").orElseThrow().group());
        assertEquals(3, Element.bySymbol("La").orElseThrow().group());
        assertEquals(4, Element.bySymbol("Hf").orElseThrow().group());
        assertEquals(18, Element.of(118).group());
        assertEquals(7, Element.of(118).period());
    }

    @Test
    void lanthanidesAfterLanthanumHaveNoGroup() {
        assertEquals(0, Element.bySymbol("Ce").orElseThrow().group());
        assertEquals(0, Element.bySymbol("Lu").orElseThrow().group());
    }

    @Test
    void elementsWithoutMeasuredRadiusUseTheDefault() {
        Element bk = Element.of(97);
        assertFalse(bk.covalentRadiusMeasured());
        assertEquals(Element.DEFAULT_COVALENT_RADIUS, bk.covalentRadius());
    }

    @Test
    void symbolsAreFoundInAnyCaseOnlyWhenAsked() {
        assertTrue(Element.bySymbol("SI").isEmpty());
        assertEquals(14, Element.bySymbolIgnoreCase("SI").orElseThrow().atomicNumber());
        assertEquals(14, Element.bySymbolIgnoreCase("si").orElseThrow().atomicNumber());
        assertTrue(Element.bySymbolIgnoreCase("Xx").isEmpty());
    }

    @Test
    void rejectsAtomicNumbersOutsideTheTable() {
        assertThrows(IllegalArgumentException.class, () -> Element.of(0));
        assertThrows(IllegalArgumentException.class, () -> Element.of(119));
    }
}
