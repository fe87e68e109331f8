package org.descriptorworkbench.gui.selection;

/**
 * One line of the selection table: a selected environment ({@code second} null), or a pair of
 * environments with the coordinates the plot draws it at.
 *
 * @param number 1-based position in the selection
 * @param first  the environment, or the pair's first
 * @param second the pair's second environment, or null
 * @param x      the pair's plotted x (NaN for an environment)
 * @param y      the pair's plotted y (NaN for an environment)
 * @param item   what the plot selected, for showing it in 3D
 */
public record SelectionRow(int number, EnvironmentDetails first, EnvironmentDetails second, double x, double y,
        PlotSelection.Item item) {
}
