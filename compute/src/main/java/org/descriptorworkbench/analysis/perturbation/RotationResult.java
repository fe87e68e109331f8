package org.descriptorworkbench.analysis.perturbation;

/**
 * The rotation test of seed 001 Fig. 3: ‖V(θ) − V(0)‖ over the concatenated descriptors of every
 * atom of a finite diamond Si block rotated about the y axis.
 *
 * @param descriptor     the descriptor spec text
 * @param atoms          atoms in the block
 * @param angles         θ in (0, 2π], radians
 * @param norms          ‖V(θ) − V(0)‖ at each angle
 * @param maxNorm        the largest of the norms
 * @param referenceNorm  ‖V(0)‖
 * @param maxRelative    maxNorm / referenceNorm
 */
public record RotationResult(
        String descriptor,
        int atoms,
        double[] angles,
        double[] norms,
        double maxNorm,
        double referenceNorm,
        double maxRelative) {
}
