package org.descriptorworkbench.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.descriptorworkbench.analysis.imbalance.ImbalanceMatrix;

/**
 * One descriptor of seed 004 §3.2 / Fig. 1 against the reference Σ_ref: its Σ_ijk name, its complexity
 * d^(s)/d^(a) ({@code MomentConstruction.complexity} or {@code SeedFamily.Member.complexity}), the rank
 * information imbalances RIM(Σ_ref → Σ) and RIM(Σ → Σ_ref) and their mean, the SRIM. Built from a row and a
 * column of an {@link ImbalanceMatrix.Table}; {@link ComplexityView} draws a list of them.
 */
public record ComplexityPoint(String name, int complexity, double rimFromReference, double rimToReference, double srim) {

    public ComplexityPoint {
        Objects.requireNonNull(name, "name");
        if (complexity < 1) {
            throw new IllegalArgumentException("complexity of " + name + " must be at least 1, got " + complexity);
        }
    }

    /**
     * Every member of the table except the reference, in table order: RIM(ref → i) = rim[ref][i],
     * RIM(i → ref) = rim[i][ref], SRIM = srim[ref][i]. {@code names} and {@code complexities} are per table
     * label (e.g. {@code MomentsFamily.sigmaName(spec)} and the construction's complexity).
     */
    public static List<ComplexityPoint> against(ImbalanceMatrix.Table table, int reference, List<String> names,
            int[] complexities) {
        int m = table.labels().size();
        if (reference < 0 || reference >= m) {
            throw new IllegalArgumentException("reference " + reference + " is not one of the " + m + " descriptors");
        }
        if (names.size() != m || complexities.length != m) {
            throw new IllegalArgumentException(m + " descriptors but " + names.size() + " names and "
                    + complexities.length + " complexities");
        }
        List<ComplexityPoint> points = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (i != reference) {
                points.add(new ComplexityPoint(names.get(i), complexities[i], table.rim()[reference][i],
                        table.rim()[i][reference], table.srim()[reference][i]));
            }
        }
        return points;
    }

    /** For each complexity present, ascending, the descriptor of that complexity with the least SRIM (seed 004 Fig. 1b). */
    public static List<ComplexityPoint> minimumPerComplexity(List<ComplexityPoint> points) {
        java.util.TreeMap<Integer, ComplexityPoint> best = new java.util.TreeMap<>();
        for (ComplexityPoint p : points) {
            if (Double.isFinite(p.srim())) {
                best.merge(p.complexity(), p, (a, b) -> b.srim() < a.srim() ? b : a);
            }
        }
        return List.copyOf(best.values());
    }

    /** One step of the lower envelope: the smallest SRIM of any descriptor of at most this complexity, and which. */
    public record EnvelopeStep(int complexity, double srim, String name) {
    }

    /**
     * The lower envelope of SRIM against complexity (seed 004 Fig. 1b): for each complexity present, ascending,
     * the least SRIM over all descriptors of that complexity or less — non-increasing by construction.
     */
    public static List<EnvelopeStep> lowerEnvelope(List<ComplexityPoint> points) {
        List<ComplexityPoint> sorted = new ArrayList<>(points);
        sorted.sort(java.util.Comparator.comparingInt(ComplexityPoint::complexity)
                .thenComparingDouble(ComplexityPoint::srim));
        List<EnvelopeStep> steps = new ArrayList<>();
        EnvelopeStep best = null;
        for (ComplexityPoint p : sorted) {
            if (!Double.isFinite(p.srim())) {
                continue;
            }
            if (best == null || p.srim() < best.srim()) {
                best = new EnvelopeStep(p.complexity(), p.srim(), p.name());
            }
            if (!steps.isEmpty() && steps.get(steps.size() - 1).complexity() == p.complexity()) {
                steps.set(steps.size() - 1, new EnvelopeStep(p.complexity(), best.srim(), best.name()));
            } else {
                steps.add(new EnvelopeStep(p.complexity(), best.srim(), best.name()));
            }
        }
        return steps;
    }
}
