package org.descriptorworkbench.plots.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** On-screen axis names fit the plot: horizontal ones wrap onto more lines, vertical ones end in an ellipsis. */
class AxisLabelFitTest {
    private static final String LONG = "distance / max distance, A = soap compression=off";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
    }

    @Test
    void aLabelThatFitsStaysOnOneLine() throws Exception {
        assertEquals(LONG, onFx(() -> FigureChart.wrapped(LONG, 2000)));
    }

    @Test
    void aHorizontalLabelWiderThanThePlotWrapsAtSpacesIntoLinesThatFit() throws Exception {
        String wrapped = onFx(() -> FigureChart.wrapped(LONG, 200));
        assertTrue(wrapped.contains("\n"), wrapped);
        assertEquals(LONG, wrapped.replace('\n', ' '), "only spaces become line breaks");
        for (String line : wrapped.split("\n")) {
            double width = onFx(() -> {
                javafx.scene.text.Text probe = new javafx.scene.text.Text(line);
                probe.setFont(javafx.scene.text.Font.font(org.descriptorworkbench.plots.PlotStyle.FONT_FAMILY,
                        org.descriptorworkbench.plots.PlotStyle.LABEL_FONT_PT * 4 / 3.0));
                return probe.getLayoutBounds().getWidth();
            });
            assertTrue(width <= 200, "line '" + line + "' is " + width + " wide");
        }
    }

    @Test
    void aVerticalLabelLongerThanTheAxisEndsInAnEllipsis() throws Exception {
        String fitted = onFx(() -> FigureChart.fitted(LONG, 120));
        assertTrue(fitted.endsWith("…") && fitted.length() < LONG.length(), fitted);
    }
}
