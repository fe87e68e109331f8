package org.descriptorworkbench.gui.plots;

import org.descriptorworkbench.plots.PlotView;
import org.descriptorworkbench.plots.figure.Figure;

/**
 * A plot view that shows any prepared {@link Figure}, with the plots module's chart, hover readout and
 * export. A minimal adapter for the sensitivity figures, which have no dedicated view in the plots
 * module yet; the figures come from {@link SensitivityFigures}.
 */
public final class FigureView extends PlotView {

    public FigureView(String placeholder) {
        super(placeholder);
    }

    /** Shows a figure; call on the JavaFX thread. */
    public void show(Figure figure) {
        display(figure);
    }
}
