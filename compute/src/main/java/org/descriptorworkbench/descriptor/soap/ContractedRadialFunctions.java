package org.descriptorworkbench.descriptor.soap;

/**
 * The kept functions of an optimal radial basis on a radial grid (seed 003 eq. 2.5):
 * R_{αql}(r) = Σ_n U^{αl}_{qn} g_{nl}(r), with g_{nl} the orthonormal primitive functions. For the
 * mixed basis every function has one component per neighbour species, R_{q;αl}(r) =
 * Σ_n U^l_{q;αn} g_{nl}(r), and there is one record per species. A plain record for plots and JSON.
 *
 * @param channel          the species symbol of the channel, or {@code "mixed"}
 * @param neighbourSpecies the symbol of the neighbour species these functions expand
 * @param l                the angular degree
 * @param radii            the grid, r_k = k·r_end/(points − 1) from 0 to the neighbour radius (Å)
 * @param values           values[q][k] = R_q(r_k) for q = 0 … q_max − 1
 */
public record ContractedRadialFunctions(String channel, String neighbourSpecies, int l, double[] radii,
                                        double[][] values) {
}
