/**
 * SOAP (Bartók et al.; DScribe 2.1 conventions, reference/CONVENTIONS.md §1) and the compressed
 * power spectra of Darby, Kermode and Csányi, npj Comput. Mater. 2022 (seed 000 §II, Table I;
 * spec/DESCRIPTORS.md).
 *
 * <p>{@link org.descriptorworkbench.descriptor.soap.SphericalExpansion} computes the
 * species-resolved coefficients c^α_{nlm} of Gaussian atom densities in a
 * {@link org.descriptorworkbench.descriptor.soap.GtoBasis} or
 * {@link org.descriptorworkbench.descriptor.soap.PolynomialBasis} (orthonormalised by an exact
 * S^(−1/2)) with {@link org.descriptorworkbench.descriptor.soap.SolidHarmonics}, and their
 * gradients. The power spectrum of every compression (off, crossover, mu2, mu1nu1, mu1nu1_star,
 * nu1nuhat1, nu1muhat1, embedding, wtpl) is a bilinear form of the coefficients, which gives the
 * analytical Jacobians of all variants; {@link org.descriptorworkbench.descriptor.soap.WtplRecovery}
 * inverts the W^T P_l compression. {@link org.descriptorworkbench.descriptor.soap.SoapFamily}
 * declares the parameters.
 *
 * <p>{@code radial=optimal(q_max, mixed, fit="FILE")} replaces the primitive coefficients by those
 * of the data-driven basis of seed 003 §2.1: {@link org.descriptorworkbench.descriptor.soap.OptimalRadialBasis}
 * diagonalises the coefficient covariance of every environment of the fit file (per species and l,
 * or over (species, n) per l) when the descriptor is built, and
 * {@link org.descriptorworkbench.descriptor.soap.RadialContraction} applies the q_max leading
 * eigenvectors to coefficients and gradients, so every compression and the analytical Jacobians
 * carry over with q_max for n_max. The fit file is required: a family sees only the described
 * dataset's species, not its structures; code holding a dataset can call
 * {@code OptimalRadialBasis.fit(spec, species, dataset)} itself. The fit is repeated each time a
 * descriptor is created from the spec. Results for plots:
 * {@link org.descriptorworkbench.descriptor.soap.ResidualVarianceCurve} (eq. 2.12) and
 * {@link org.descriptorworkbench.descriptor.soap.ContractedRadialFunctions} (eq. 2.5).
 */
package org.descriptorworkbench.descriptor.soap;
