package org.descriptorworkbench.descriptor.moments;

/**
 * One global structure descriptor construction of seed 004 eq. 1, named Σ_ijk there: i = n_out
 * outer moments, j = n_in inner moments, k = the {@link Weighting}. Method i (n_in = 0) takes
 * moments of all element-weighted local descriptors, method ii (n_out = 0) stacks the chemical
 * element descriptors (CEDs) of every element, method iii takes moments of the element-weighted CEDs.
 *
 * @param nOut outer moment degree, 0 for method ii
 * @param nIn  inner moment degree, 0 for method i
 */
public record MomentConstruction(int nOut, int nIn, Weighting weighting) {

    public MomentConstruction {
        if (nOut < 0 || nIn < 0 || nOut + nIn == 0) {
            throw new IllegalArgumentException("Σ_" + nOut + nIn + " needs n_out or n_in >= 1");
        }
        if (nOut == 0 && weighting != Weighting.UNWEIGHTED) {
            throw new IllegalArgumentException("Σ_0" + nIn + weighting.suffix() + " does not exist (seed 004: method ii is unweighted)");
        }
    }

    /** Seed 004's name, e.g. Σ_231; with braces and commas when an order has two digits. */
    public String name() {
        if (nOut < 10 && nIn < 10) {
            return "Σ_" + nOut + nIn + weighting.suffix();
        }
        return "Σ_{" + nOut + "," + nIn + "," + weighting.suffix() + "}";
    }

    /** "i", "ii" or "iii", the construction method of seed 004 eq. 1. */
    public String method() {
        return nIn == 0 ? "i" : nOut == 0 ? "ii" : "iii";
    }

    /**
     * The complexity d^(s)/d^(a) of seed 004 §2.3: max(1, n_out)·max(1, n_in), times the number of
     * elements for method ii, times 2 for weighted=both.
     */
    public int complexity(int elementCount) {
        int perCopy = Math.max(1, nOut) * Math.max(1, nIn) * (nOut == 0 ? elementCount : 1);
        return perCopy * weighting.copies();
    }

    /** The length d^(s) for a local descriptor of length d^(a) and a dataset with {@code elementCount} elements. */
    public int featureCount(int localLength, int elementCount) {
        return complexity(elementCount) * localLength;
    }
}
