package org.descriptorworkbench.plots;

/** Two environments (row indices of the analysed feature matrices) picked together, e.g. from a correlation plot. */
public record EnvironmentPair(int i, int j) {
}
