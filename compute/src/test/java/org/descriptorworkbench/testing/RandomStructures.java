package org.descriptorworkbench.testing;

import java.util.List;
import java.util.Random;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.Progress;

/** Random finite clusters, rigid motions and permutations for descriptor property tests (fixed seeds). */
public final class RandomStructures {

    private RandomStructures() {
    }

    /** {@code atoms} atoms, species drawn from {@code species} (each at least once), in a cube of side {@code box} Å, no two closer than 0.8 Å. */
    public static Structure cluster(long seed, int atoms, int[] species, double box) {
        return cluster(seed, atoms, species, box, 0.8);
    }

    /** Like {@link #cluster(long, int, int[], double)} with no two atoms closer than {@code minDistance} Å. */
    public static Structure cluster(long seed, int atoms, int[] species, double box, double minDistance) {
        Random random = new Random(seed);
        int[] numbers = new int[atoms];
        double[] positions = new double[3 * atoms];
        for (int i = 0; i < atoms; i++) {
            numbers[i] = species[i < species.length ? i : random.nextInt(species.length)];
            boolean placed = false;
            while (!placed) {
                for (int c = 0; c < 3; c++) {
                    positions[3 * i + c] = random.nextDouble() * box;
                }
                placed = true;
                for (int j = 0; j < i && placed; j++) {
                    double d2 = 0;
                    for (int c = 0; c < 3; c++) {
                        double d = positions[3 * i + c] - positions[3 * j + c];
                        d2 += d * d;
                    }
                    placed = d2 > minDistance * minDistance;
                }
            }
        }
        return Structure.cluster(numbers, positions);
    }

    public static Descriptor descriptor(String spec, int[] species) {
        return DescriptorCatalog.create(DescriptorCatalog.parse(spec), species);
    }

    public static FeatureMatrix features(Descriptor descriptor, Structure structure) {
        return features(descriptor, List.of(structure));
    }

    public static FeatureMatrix features(Descriptor descriptor, List<Structure> structures) {
        Dataset dataset = new Dataset("random", structures);
        return DescriptorEngine.compute(descriptor, dataset, 1, Progress.none());
    }

    /** max |a − b| / max |a|. */
    public static double relativeDifference(double[] a, double[] b) {
        double max = 0;
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i]));
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
        }
        return max == 0 ? diff : diff / max;
    }

    /** A random proper rotation matrix (row-major) from a random unit quaternion. */
    public static double[] rotation(Random random) {
        double a = random.nextGaussian();
        double b = random.nextGaussian();
        double c = random.nextGaussian();
        double d = random.nextGaussian();
        double n = Math.sqrt(a * a + b * b + c * c + d * d);
        a /= n;
        b /= n;
        c /= n;
        d /= n;
        return new double[] {
            a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c),
            2 * (b * c + a * d), a * a - b * b + c * c - d * d, 2 * (c * d - a * b),
            2 * (b * d - a * c), 2 * (c * d + a * b), a * a - b * b - c * c + d * d
        };
    }

    /** The structure rotated, shifted, and with atom i of the result being atom permutation[i] of {@code s}. */
    public static Structure transformed(Structure s, double[] rotation, double[] shift, int[] permutation) {
        int n = s.atomCount();
        int[] numbers = new int[n];
        double[] positions = new double[3 * n];
        for (int i = 0; i < n; i++) {
            int from = permutation[i];
            numbers[i] = s.atomicNumber(from);
            for (int r = 0; r < 3; r++) {
                double v = shift[r];
                for (int c = 0; c < 3; c++) {
                    v += rotation[3 * r + c] * s.position(from, c);
                }
                positions[3 * i + r] = v;
            }
        }
        return Structure.cluster(numbers, positions);
    }

    /** A random permutation of 0..n−1. */
    public static int[] permutation(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    public static double[] identityRotation() {
        return new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
    }
}
