package org.descriptorworkbench.descriptor;

import org.descriptorworkbench.structure.Structure;

/** The environments of the atoms of one structure, filled on demand into a reusable buffer. */
public interface EnvironmentSource {

    /** Number of centres (atoms) of the structure. */
    int centreCount();

    /** Fills {@code buffer} with the environment of centre {@code index} and returns it. */
    Environment fill(int index, Environment buffer);

    /** The structure whose environments these are (its cell and species counts, for whole-structure normalisations). */
    Structure structure();
}
