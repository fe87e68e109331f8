package org.descriptorworkbench.descriptor.moments;

import java.util.ArrayList;
import java.util.List;

/**
 * The family of global structure descriptors compared in seed 004 §3: every Σ_ijk with outer and
 * inner moments up to a maximum order M (Σ_ij0 for all (i, j) ≠ (0, 0); Σ_ij1 and Σ_ij2 for i ≥ 1),
 * plus the two concatenations Σ_MM5 = Σ_MM2 ⊕ Σ_M02 ⊕ Σ_0M0 and Σ_MM4 = Σ_MM2 ⊕ Σ_M02 — for
 * M = 5 the 97 descriptors of the paper, with Σ_555 and Σ_554 of complexity 75 and 60 for three
 * elements.
 */
public final class SeedFamily {

    /**
     * One member: its name, the constructions it concatenates, and its complexity d^(s)/d^(a).
     */
    public record Member(String name, List<MomentConstruction> parts, int complexity) {
        public Member {
            parts = List.copyOf(parts);
        }

        /** The length d^(s) for a local descriptor of length d^(a). */
        public int featureCount(int localLength) {
            return complexity * localLength;
        }
    }

    private SeedFamily() {
    }

    /** Every member for moments up to {@code maxOrder} in a dataset with {@code elementCount} elements. */
    public static List<Member> enumerate(int maxOrder, int elementCount) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i <= maxOrder; i++) {
            for (int j = 0; j <= maxOrder; j++) {
                for (Weighting w : Weighting.values()) {
                    if ((i == 0 && j == 0) || (i == 0 && w != Weighting.UNWEIGHTED)) {
                        continue;
                    }
                    MomentConstruction c = new MomentConstruction(i, j, w);
                    members.add(new Member(c.name(), List.of(c), c.complexity(elementCount)));
                }
            }
        }
        MomentConstruction both = new MomentConstruction(maxOrder, maxOrder, Weighting.BOTH);
        MomentConstruction outerBoth = new MomentConstruction(maxOrder, 0, Weighting.BOTH);
        MomentConstruction stacked = new MomentConstruction(0, maxOrder, Weighting.UNWEIGHTED);
        members.add(concatenation("Σ_" + maxOrder + maxOrder + "5", List.of(both, outerBoth, stacked), elementCount));
        members.add(concatenation("Σ_" + maxOrder + maxOrder + "4", List.of(both, outerBoth), elementCount));
        return members;
    }

    private static Member concatenation(String name, List<MomentConstruction> parts, int elementCount) {
        return new Member(name, parts, parts.stream().mapToInt(c -> c.complexity(elementCount)).sum());
    }
}
