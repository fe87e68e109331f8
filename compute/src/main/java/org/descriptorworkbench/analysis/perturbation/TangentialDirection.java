package org.descriptorworkbench.analysis.perturbation;

import org.descriptorworkbench.error.ParameterException;

/** Which direction a tangential perturbation takes (seed 001 Fig. 5b versus 5c). */
public enum TangentialDirection {
    /**
     * Normal to a mirror plane of the diamond site (a ⟨110⟩ direction) that contains the bond, so the
     * path is its own mirror image to first order and the descriptor changes as t² (seed 001 §VI A 4).
     */
    SYMMETRIC,
    /** A seeded random direction perpendicular to the bond. */
    RANDOM;

    /** The name used on the command line and in results. */
    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The direction named {@code text}: {@code symmetric} or {@code random}. */
    public static TangentialDirection parse(String text) {
        for (TangentialDirection d : values()) {
            if (d.text().equals(text)) {
                return d;
            }
        }
        throw new ParameterException("--direction", "unknown direction '" + text + "'; allowed: symmetric, random");
    }
}
