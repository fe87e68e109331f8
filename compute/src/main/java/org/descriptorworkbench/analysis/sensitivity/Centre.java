package org.descriptorworkbench.analysis.sensitivity;

/** One environment of a dataset, named by its centre: structure index and atom index (both 0-based). */
public record Centre(int structure, int atom) {
}
