package org.descriptorworkbench.plots.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.descriptorworkbench.plots.PlotStyle;
import org.junit.jupiter.api.Test;

class FigureModelTest {

    @Test
    void logColourScaleLeavesZeroCellsEmptyAndSpansTheDecades() {
        ColorScale scale = new ColorScale(1, 1000, true);
        assertFalse(scale.shows(0));
        assertTrue(scale.shows(1));
        assertEquals(1.0 / 3, scale.fraction(10), 1e-12);
        assertEquals(PlotStyle.colourMap(0), scale.colour(1));
        assertEquals(PlotStyle.colourMap(1), scale.colour(1000));
    }

    @Test
    void rejectsALogAxisThatReachesZero() {
        assertThrows(IllegalArgumentException.class, () -> AxisSpec.log("y", 0, 1));
    }

    @Test
    void logAxisPlacesDecadesEvenly() {
        AxisSpec axis = AxisSpec.log("y", 1e-6, 1);
        assertEquals(0.5, axis.fraction(1e-3), 1e-12);
        assertEquals(1e-3, axis.valueAt(0.5), 1e-15);
        assertFalse(axis.accepts(0));
    }

    @Test
    void categoriesSitOnIntegersWithHalfACellOfMargin() {
        AxisSpec axis = AxisSpec.categories("B", List.of("a", "b", "c"));
        assertEquals(List.of(1.0, 2.0, 3.0), axis.ticks());
        assertEquals(0.5, axis.min());
        assertEquals(3.5, axis.max());
    }

    @Test
    void heatMapFindsTheCellUnderAPoint() {
        HeatMap map = new HeatMap("m", 0, 1, 0, 1, new double[4][2], new ColorScale(0, 1, false), "v", null, false, "%g");
        assertEquals(1, map.columnAt(0.3));
        assertEquals(3, map.columnAt(1.0));
        assertEquals(-1, map.columnAt(1.01));
        assertEquals(1, map.rowAt(0.75));
    }

    @Test
    void exactNumbersReadBackToTheSameDouble() {
        assertEquals("12", Numbers.exact(12.0));
        double tricky = 0.1 + 0.2;
        assertEquals(tricky, Double.parseDouble(Numbers.exact(tricky)));
    }

    @Test
    void linearTicksUseOneTwoFiveSteps() {
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0), Ticks.linear(0, 1, 5));
        assertEquals("0.60", Ticks.linearLabel(0.6000000000000001, List.of(0.0, 0.25)));
    }

    @Test
    void decadeTicksAreThinnedOnLongRanges() {
        assertEquals(List.of(-3, -2, -1, 0), Ticks.decades(1e-3, 1, 7));
        List<Integer> thinned = Ticks.decades(1e-16, 1, 7);
        assertTrue(thinned.size() <= 7, thinned.toString());
        assertEquals(0, thinned.get(thinned.size() - 1));
    }

    @Test
    void logRangeCoversThePositiveValuesInWholeDecadesAndIgnoresValuesUnderTheFloor() {
        assertArrayEquals(new double[] {1e-3, 1}, LogRange.of(1e-10, new double[] {0.5, 2e-3, 0, -1, 1e-20}), 1e-18);
    }

    @Test
    void seriesRejectMismatchedCoordinates() {
        assertThrows(IllegalArgumentException.class, () -> Series.line("s", new double[2], new double[3], 0));
    }

    @Test
    void paletteIsOkabeItoAndColourMapRunsFromViridisPurpleToYellow() {
        assertEquals(0x0072B2, PlotStyle.seriesColour(0));
        assertEquals(0xD55E00, PlotStyle.seriesColour(1));
        assertEquals(PlotStyle.seriesColour(0), PlotStyle.seriesColour(7));
        assertEquals(0x440154, PlotStyle.colourMap(0));
        assertEquals(0xFDE725, PlotStyle.colourMap(1));
        assertEquals(0xFFFFFF, PlotStyle.textOn(0x440154));
        assertEquals(0x000000, PlotStyle.textOn(0xFDE725));
    }
}
