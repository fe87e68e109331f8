package org.descriptorworkbench.descriptor.moments;

/** The element weighting of a global moment descriptor: the k of seed 004's Σ_ijk name. */
public enum Weighting {
    /** w_A = 1 for every element (k = 0). */
    UNWEIGHTED("false", 0),
    /** w_A = the element weight (k = 1). */
    WEIGHTED("true", 1),
    /** Unweighted then weighted, concatenated (k = 2). */
    BOTH("both", 2);

    private final String specWord;
    private final int suffix;

    Weighting(String specWord, int suffix) {
        this.specWord = specWord;
        this.suffix = suffix;
    }

    /** The value of the spec's {@code weighted=} parameter. */
    public String specWord() {
        return specWord;
    }

    /** The k of Σ_ijk. */
    public int suffix() {
        return suffix;
    }

    /** How many copies of the construction this weighting concatenates (2 for both). */
    int copies() {
        return this == BOTH ? 2 : 1;
    }

    static Weighting of(String specWord) {
        for (Weighting w : values()) {
            if (w.specWord.equals(specWord)) {
                return w;
            }
        }
        throw new IllegalArgumentException("no weighting " + specWord);
    }
}
