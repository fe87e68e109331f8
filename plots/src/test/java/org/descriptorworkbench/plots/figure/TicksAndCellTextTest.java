package org.descriptorworkbench.plots.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TicksAndCellTextTest {

    @Test
    void decadeLabelsUseSuperscriptExponents() {
        assertEquals("10⁻¹²", Ticks.decadeLabel(-12));
        assertEquals("10⁰", Ticks.decadeLabel(0));
        assertEquals("10³", Ticks.decadeLabel(3));
    }

    @Test
    void logTickLabelsReadAsPowersOfTenLikeTheExport() {
        assertEquals("10⁻¹²", Ticks.logLabel(1e-12));
        assertEquals("10⁻¹", Ticks.logLabel(0.1));
        assertEquals("10⁰", Ticks.logLabel(1));
        assertEquals("10⁵", Ticks.logLabel(1e5));
    }

    @Test
    void logTickLabelsBetweenDecadesKeepThreeDigits() {
        assertEquals("0.02", Ticks.logLabel(0.02));
        assertEquals("5e+07", Ticks.logLabel(5e7));
    }

    /** Text whose width and height are proportional to the font size, like a 3-character value. */
    private static final CellTextFit.Measure PROPORTIONAL = size -> new double[] {2.0 * size, 1.2 * size};

    @Test
    void cellFontKeepsItsSizeWhenTheValuesFit() {
        assertEquals(9.5, CellTextFit.fontSize(PROPORTIONAL, 9.5, 60, 30, 6), 1e-12);
    }

    @Test
    void cellFontShrinksUntilTheWidestValueFits() {
        double size = CellTextFit.fontSize(PROPORTIONAL, 9.5, 18, 30, 6);
        assertTrue(size < 9.5 && size >= 6, "size " + size);
        assertTrue(CellTextFit.fits(2 * size, 1.2 * size, size, 18, 30));
    }

    @Test
    void cellFontShrinksFurtherWhenTextIsWiderThanProportionPredicts() {
        // hinting: below 8 the text keeps the width it has at 8
        CellTextFit.Measure hinted = size -> new double[] {2.0 * Math.max(size, 8), 1.2 * size};
        double size = CellTextFit.fontSize(hinted, 9.5, 17, 30, 6);
        assertTrue(size < 9.5, "size " + size);
        assertEquals(6, size, 1e-12, "no size above the minimum fits 16 wide text plus padding in 17");
        assertTrue(CellTextFit.fontSize(PROPORTIONAL, 9.5, 17, 30, 6) > 6);
    }

    @Test
    void cellFontStopsAtTheMinimumAndSuchValuesAreLeftOut() {
        double size = CellTextFit.fontSize(PROPORTIONAL, 9.5, 8, 8, 6);
        assertEquals(6, size, 1e-12);
        assertFalse(CellTextFit.fits(2 * size, 1.2 * size, size, 8, 8));
    }
}
