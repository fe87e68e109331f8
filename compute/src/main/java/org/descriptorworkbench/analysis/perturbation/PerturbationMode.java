package org.descriptorworkbench.analysis.perturbation;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.descriptorworkbench.error.ParameterException;

/** The perturbation paths of seed 001 §V A (Fig. 2b, c) as ANALYSES.md names them. */
public enum PerturbationMode {
    /** The centre atom moves along [100]; the change of every atom's descriptor is observed. */
    MIXED("mixed"),
    /** One atom of a neighbour shell moves along its bond, away from the centre. */
    RADIAL("radial"),
    /** One atom of a neighbour shell moves on the sphere of its bond length, perpendicular to the bond. */
    TANGENTIAL("tangential"),
    /** As TANGENTIAL, after seeded random radial displacements of the whole shell have broken its symmetry. */
    TANGENTIAL_BROKEN("tangential-broken");

    private final String text;

    PerturbationMode(String text) {
        this.text = text;
    }

    /** The name used on the command line and in results. */
    public String text() {
        return text;
    }

    /** The mode named {@code text}; ParameterException("--mode", ...) listing the allowed names otherwise. */
    public static PerturbationMode parse(String text) {
        for (PerturbationMode mode : values()) {
            if (mode.text.equals(text)) {
                return mode;
            }
        }
        throw new ParameterException("--mode", "unknown mode '" + text + "'; allowed: "
                + Arrays.stream(values()).map(PerturbationMode::text).collect(Collectors.joining(", ")));
    }

    /** Whether the path moves a neighbour-shell atom (and only the centre's descriptor is observed). */
    public boolean movesShellAtom() {
        return this != MIXED;
    }
}
