package org.descriptorworkbench.descriptor.soap;

/** The overlap matrix of a radial basis is singular even in extended precision, so it cannot be orthonormalised. */
final class SingularBasisException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SingularBasisException(double eigenvalue) {
        super("overlap matrix is not positive definite (eigenvalue " + eigenvalue + ")");
    }
}
