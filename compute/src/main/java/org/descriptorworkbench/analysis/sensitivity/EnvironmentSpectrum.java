package org.descriptorworkbench.analysis.sensitivity;

/**
 * The sensitivity spectrum of one environment (seed 000 §IV D): the eigenvalues of Λ = JᵀJ
 * ascending, the same divided by the largest, and how many of them are zero modes (below the
 * relative threshold; six for a generic environment — three translations, three rotations).
 *
 * @param structure          structure index of the centre
 * @param atom               atom index of the centre
 * @param atomicNumber       the centre's element
 * @param neighbours         neighbour images in the environment (n − 1; the centre is the n-th atom)
 * @param degreesOfFreedom   3n, the order of Λ
 * @param featureCount       D, the descriptor length (rank of Λ is at most min(3n, D))
 * @param eigenvalues        raw eigenvalues, ascending
 * @param normalised         eigenvalues divided by the largest
 * @param zeroModes          the number of eigenvalues below threshold × largest
 */
public record EnvironmentSpectrum(
        int structure,
        int atom,
        int atomicNumber,
        int neighbours,
        int degreesOfFreedom,
        int featureCount,
        double[] eigenvalues,
        double[] normalised,
        int zeroModes) {
}
