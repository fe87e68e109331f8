package org.descriptorworkbench.descriptor;

/** The environments of the atoms of one structure, filled on demand into a reusable buffer. */
public interface EnvironmentSource {

    /** Number of centres (atoms) of the structure. */
    int centreCount();

    /** Fills {@code buffer} with the environment of centre {@code index} and returns it. */
    Environment fill(int index, Environment buffer);
}
