package org.descriptorworkbench.analysis.perturbation;

/**
 * A perturbation sensitivity curve (seed 001 §V A, Figs. 4 and 5): the change dV = ‖V_t − V_0‖ of
 * the observed descriptors along a path of amplitude t, and the fitted slope of log dV against log t.
 *
 * @param descriptor        the descriptor spec text
 * @param mode              mixed, radial, tangential or tangential-broken
 * @param shell             the perturbed neighbour shell (0 for mixed)
 * @param direction         symmetric or random for tangential paths, "[100]" for mixed, "radial" for radial
 * @param seed              seed of random directions and pre-displacements
 * @param movedAtom         index of the moved atom in the 512-atom supercell
 * @param shellDistance     distance of the moved atom from the centre in the crystal, Å (0 for mixed)
 * @param bond              vector from the centre to the moved atom in the crystal, Å (zero for mixed)
 * @param motion            unit direction of the motion at t = 0
 * @param observedAtoms     how many atoms' descriptors can change (all others are unchanged exactly)
 * @param amplitudes        t, Å, logspace(−8, −1, 36)
 * @param changes           dV at each t
 * @param referenceNorm     ‖V_0‖ over the observed descriptor (every atom for mixed)
 * @param floor             1e-13·‖V_0‖: points below it are excluded from the fit
 * @param fitMaxAmplitude   points with t above it are excluded from the fit, Å
 * @param slope             least-squares slope of log dV against log t (NaN when fewer than two points qualify)
 * @param fittedPoints      number of points in the fit
 * @param fitted            which points entered the fit
 */
public record PerturbationResult(
        String descriptor,
        String mode,
        int shell,
        String direction,
        long seed,
        int movedAtom,
        double shellDistance,
        double[] bond,
        double[] motion,
        int observedAtoms,
        double[] amplitudes,
        double[] changes,
        double referenceNorm,
        double floor,
        double fitMaxAmplitude,
        double slope,
        int fittedPoints,
        boolean[] fitted) {
}
