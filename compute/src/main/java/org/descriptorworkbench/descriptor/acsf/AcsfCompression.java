package org.descriptorworkbench.descriptor.acsf;

import java.util.ArrayList;
import java.util.List;

/**
 * The compressed ACSF variants of seed 000 §I as DESCRIPTORS.md defines them, written as fixed
 * linear maps of the species-resolved layout of {@link SymmetryFunctions} (each output feature
 * is a weighted sum of resolved features, so values and Jacobians contract alike):
 * <ul>
 * <li>{@code mu1nu1}: radial blocks per species as in {@code off}; angular block of species α =
 * Σ over ordered neighbour pairs with s_j = α = 2·G^{αα} + Σ_{β≠α} G^{αβ}.</li>
 * <li>{@code mu2}: one element-agnostic block, radial = Σ_α G^α, angular = Σ_{α≤β} G^{αβ}.</li>
 * <li>{@code weighted} (wACSF): one block, radial = Σ_α w_α G^α, angular = Σ_{α≤β} w_α w_β G^{αβ}.</li>
 * </ul>
 */
final class AcsfCompression {
    private final int[] start;
    private final int[] source;
    private final double[] coefficient;

    private AcsfCompression(List<int[]> sources, List<double[]> coefficients) {
        start = new int[sources.size() + 1];
        int total = 0;
        for (int f = 0; f < sources.size(); f++) {
            start[f] = total;
            total += sources.get(f).length;
        }
        start[sources.size()] = total;
        source = new int[total];
        coefficient = new double[total];
        for (int f = 0; f < sources.size(); f++) {
            System.arraycopy(sources.get(f), 0, source, start[f], sources.get(f).length);
            System.arraycopy(coefficients.get(f), 0, coefficient, start[f], coefficients.get(f).length);
        }
    }

    /** The map of a compression other than off; {@code weights} only for weighted. */
    static AcsfCompression of(String compression, SymmetryFunctions functions, double[] weights) {
        int species = functions.speciesCount();
        int radial = functions.radialPerSpecies();
        int angular = functions.angularPerPair();
        List<int[]> sources = new ArrayList<>();
        List<double[]> coefficients = new ArrayList<>();
        if (compression.equals("mu1nu1")) {
            for (int a = 0; a < species; a++) {
                for (int f = 0; f < radial; f++) {
                    sources.add(new int[] {functions.radialOffset(a) + f});
                    coefficients.add(new double[] {1});
                }
            }
            for (int a = 0; a < species; a++) {
                for (int f = 0; f < angular; f++) {
                    int[] from = new int[species];
                    double[] c = new double[species];
                    for (int b = 0; b < species; b++) {
                        from[b] = functions.angularOffset(a, b) + f;
                        c[b] = a == b ? 2 : 1;
                    }
                    sources.add(from);
                    coefficients.add(c);
                }
            }
        } else {
            boolean weighted = compression.equals("weighted");
            for (int f = 0; f < radial; f++) {
                int[] from = new int[species];
                double[] c = new double[species];
                for (int a = 0; a < species; a++) {
                    from[a] = functions.radialOffset(a) + f;
                    c[a] = weighted ? weights[a] : 1;
                }
                sources.add(from);
                coefficients.add(c);
            }
            for (int f = 0; f < angular; f++) {
                int pairs = SymmetryFunctions.pairCount(species);
                int[] from = new int[pairs];
                double[] c = new double[pairs];
                int t = 0;
                for (int a = 0; a < species; a++) {
                    for (int b = 0; b <= a; b++, t++) {
                        from[t] = functions.angularOffset(a, b) + f;
                        c[t] = weighted ? weights[a] * weights[b] : 1;
                    }
                }
                sources.add(from);
                coefficients.add(c);
            }
        }
        return new AcsfCompression(sources, coefficients);
    }

    /** Number of compressed features. */
    int size() {
        return start.length - 1;
    }

    /** out[outOffset + f] = Σ c · resolved[resolvedOffset + source] for every compressed feature f. */
    void apply(double[] resolved, int resolvedOffset, double[] out, int outOffset) {
        for (int f = 0; f < start.length - 1; f++) {
            double sum = 0;
            for (int i = start[f]; i < start[f + 1]; i++) {
                sum += coefficient[i] * resolved[resolvedOffset + source[i]];
            }
            out[outOffset + f] = sum;
        }
    }
}
