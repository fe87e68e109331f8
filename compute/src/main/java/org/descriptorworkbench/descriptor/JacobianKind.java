package org.descriptorworkbench.descriptor;

/** How a descriptor provides derivatives of its features with respect to atomic positions. */
public enum JacobianKind {
    /** Closed-form derivatives computed together with the features. */
    ANALYTICAL,
    /** Central finite differences of the features. */
    NUMERICAL,
    /** No derivatives. */
    NONE
}
