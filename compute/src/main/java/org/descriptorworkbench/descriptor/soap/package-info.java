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
 */
package org.descriptorworkbench.descriptor.soap;
