package org.descriptorworkbench.plots.figure;

import java.util.Objects;

/**
 * The colour bar beside a plot: what the colours of a heat map or of colour-coded points mean (a scale of
 * the style's colour map and the quantity's name, e.g. the descriptor complexity of seed 004 Fig. 1a).
 */
public record ColourKey(ColorScale scale, String label) {

    public ColourKey {
        Objects.requireNonNull(scale, "scale");
    }
}
