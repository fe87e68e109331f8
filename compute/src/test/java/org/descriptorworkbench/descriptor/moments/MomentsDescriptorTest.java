package org.descriptorworkbench.descriptor.moments;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

/** Global moment descriptors (seed 004 eq. 1) against direct computations from the local descriptor. */
class MomentsDescriptorTest {
    private static final int[] SPECIES = {1, 6, 8};
    private static final String LOCAL = "chebyshev(r_cut=3.5, r_cut_angular=3, radial_order=4, angular_order=3)";

    private static String moments(String rest) {
        return "moments(local=" + LOCAL + ", " + rest + ")";
    }

    private static List<Structure> structures() {
        return List.of(RandomStructures.cluster(1, 9, SPECIES, 4), RandomStructures.cluster(2, 7, new int[] {6, 8}, 3.5),
                RandomStructures.cluster(3, 11, SPECIES, 4.5));
    }

    private static FeatureMatrix compute(String spec, List<Structure> structures) {
        return RandomStructures.features(RandomStructures.descriptor(spec, SPECIES), structures);
    }

    /** Local rows of one structure, restricted to atoms of {@code element} (0 = all), optionally times a weight per atom. */
    private static List<double[]> localRows(Structure s, int element) {
        FeatureMatrix local = RandomStructures.features(RandomStructures.descriptor(LOCAL, SPECIES), List.of(s));
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < local.rows(); i++) {
            if (element == 0 || s.atomicNumber(i) == element) {
                rows.add(local.row(i));
            }
        }
        return rows;
    }

    private static double[] mean(List<double[]> rows) {
        double[] m = new double[rows.get(0).length];
        for (double[] r : rows) {
            for (int c = 0; c < m.length; c++) {
                m[c] += r[c] / rows.size();
            }
        }
        return m;
    }

    private static double[] variance(List<double[]> rows) {
        double[] m = mean(rows);
        double[] v = new double[m.length];
        for (double[] r : rows) {
            for (int c = 0; c < m.length; c++) {
                v[c] += (r[c] - m[c]) * (r[c] - m[c]) / rows.size();
            }
        }
        return v;
    }

    private static double[] concat(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }

    @Test
    void methodOneWithOneOuterMomentIsTheMeanOfTheLocalDescriptors() {
        List<Structure> structures = structures();
        FeatureMatrix global = compute(moments("n_out=1, n_in=0, weighted=false"), structures);
        assertEquals(structures.size(), global.rows());
        for (int s = 0; s < structures.size(); s++) {
            assertArrayEquals(mean(localRows(structures.get(s), 0)), global.row(s), 1e-13);
            assertEquals(-1, global.atomIndex(s));
        }
    }

    @Test
    void methodOneWeightedScalesEveryAtomByItsElementWeight() {
        Structure s = structures().get(0);
        double[] weights = {2, -3, 0.5};
        FeatureMatrix global = compute(moments("n_out=2, n_in=0, weighted=true, weights=[2, -3, 0.5]"), List.of(s));
        List<double[]> scaled = new ArrayList<>();
        List<double[]> rows = localRows(s, 0);
        for (int i = 0; i < rows.size(); i++) {
            double w = weights[Arrays.binarySearch(SPECIES, s.atomicNumber(i))];
            scaled.add(Arrays.stream(rows.get(i)).map(x -> w * x).toArray());
        }
        assertArrayEquals(concat(mean(scaled), variance(scaled)), global.row(0), 1e-13);
    }

    @Test
    void defaultElementWeightsAreTheLocalSpeciesWeights() {
        String local = "chebyshev(r_cut=3.5, r_cut_angular=3, radial_order=4, angular_order=3, weights=[2, -3, 0.5])";
        List<Structure> structures = structures();
        FeatureMatrix implicit = compute("moments(local=" + local + ", n_out=2, n_in=1, weighted=true)", structures);
        FeatureMatrix explicit = compute("moments(local=" + local + ", n_out=2, n_in=1, weighted=true, weights=[2, -3, 0.5])", structures);
        assertArrayEquals(explicit.data(), implicit.data(), 0);
        FeatureMatrix unweighted = compute("moments(local=" + local + ", n_out=2, n_in=1, weighted=false)", structures);
        assertTrue(RandomStructures.relativeDifference(unweighted.data(), implicit.data()) > 0.1);
    }

    @Test
    void methodTwoStacksElementDescriptorsAndZeroPadsAbsentElements() {
        List<Structure> structures = structures();
        Structure noHydrogen = structures.get(1);
        FeatureMatrix global = compute(moments("n_out=0, n_in=2"), structures);
        double[] carbon = concat(mean(localRows(noHydrogen, 6)), variance(localRows(noHydrogen, 6)));
        double[] oxygen = concat(mean(localRows(noHydrogen, 8)), variance(localRows(noHydrogen, 8)));
        assertArrayEquals(concat(new double[carbon.length], carbon, oxygen), global.row(1), 1e-13);
        Structure all = structures.get(0);
        double[] hydrogen = concat(mean(localRows(all, 1)), variance(localRows(all, 1)));
        assertArrayEquals(hydrogen, Arrays.copyOfRange(global.row(0), 0, hydrogen.length), 1e-13);
    }

    @Test
    void methodThreeTakesOuterMomentsOverThePresentElements() {
        Structure noHydrogen = structures().get(1);
        double[] carbon = mean(localRows(noHydrogen, 6));
        double[] oxygen = mean(localRows(noHydrogen, 8));
        FeatureMatrix global = compute(moments("n_out=2, n_in=1, weighted=false"), List.of(noHydrogen));
        double[] expected = concat(mean(List.of(carbon, oxygen)), variance(List.of(carbon, oxygen)));
        assertArrayEquals(expected, global.row(0), 1e-13);
    }

    @Test
    void bothConcatenatesUnweightedThenWeighted() {
        List<Structure> structures = structures();
        FeatureMatrix both = compute(moments("n_out=2, n_in=2, weighted=both"), structures);
        FeatureMatrix plain = compute(moments("n_out=2, n_in=2, weighted=false"), structures);
        FeatureMatrix weighted = compute(moments("n_out=2, n_in=2, weighted=true"), structures);
        for (int s = 0; s < structures.size(); s++) {
            assertArrayEquals(concat(plain.row(s), weighted.row(s)), both.row(s), 0);
        }
    }

    @Test
    void lengthsEqualSeed004DimensionFormula() {
        Descriptor local = RandomStructures.descriptor(LOCAL, SPECIES);
        int da = local.featureCount();
        List<Structure> one = List.of(structures().get(0));
        for (int i = 0; i <= 3; i++) {
            for (int j = 0; j <= 3; j++) {
                for (String k : new String[] {"false", "true", "both"}) {
                    if ((i == 0 && j == 0) || (i == 0 && !k.equals("false"))) {
                        continue;
                    }
                    // seed 004 §2.2: d(s) = d(a)·max(1, n_out)·max(1, n_in), times the element count for method ii.
                    int expected = da * Math.max(1, i) * Math.max(1, j) * (i == 0 ? SPECIES.length : 1) * (k.equals("both") ? 2 : 1);
                    Descriptor d = RandomStructures.descriptor(moments("n_out=" + i + ", n_in=" + j + ", weighted=" + k), SPECIES);
                    assertEquals(expected, d.featureCount(), "Σ_" + i + j + k);
                    assertEquals(expected, d.featureLabels().size());
                    assertEquals(expected, RandomStructures.features(d, one).columns());
                }
            }
        }
    }

    @Test
    void isInvariantToRotationTranslationAndPermutationOfAtoms() {
        Structure s = RandomStructures.cluster(7, 12, SPECIES, 4.5);
        Random random = new Random(8);
        for (String rest : new String[] {"n_out=3, n_in=0, weighted=both", "n_out=0, n_in=3", "n_out=2, n_in=3, weighted=both"}) {
            Descriptor d = RandomStructures.descriptor(moments(rest), SPECIES);
            double[] original = RandomStructures.features(d, List.of(s)).row(0);
            double[] shift = {random.nextGaussian() * 10, random.nextGaussian() * 10, random.nextGaussian() * 10};
            Structure moved = RandomStructures.transformed(s, RandomStructures.rotation(random), shift,
                    RandomStructures.permutation(s.atomCount(), random));
            double diff = RandomStructures.relativeDifference(original, RandomStructures.features(d, List.of(moved)).row(0));
            assertTrue(diff <= 1e-10, rest + ": relative change " + diff);
        }
    }

    @Test
    void standardizeGivesZeroMeanAndUnitVarianceColumns() {
        List<Structure> structures = new ArrayList<>(structures());
        structures.add(RandomStructures.cluster(4, 10, SPECIES, 4));
        FeatureMatrix raw = compute(moments("n_out=2, n_in=0, weighted=false"), structures);
        FeatureMatrix standard = compute(moments("n_out=2, n_in=0, weighted=false, standardize=true"), structures);
        int rows = raw.rows();
        for (int c = 0; c < raw.columns(); c++) {
            int column = c;
            double[] x = IntStream.range(0, rows).mapToDouble(r -> raw.get(r, column)).toArray();
            double mean = Arrays.stream(x).average().orElseThrow();
            double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / rows);
            for (int r = 0; r < rows; r++) {
                double expected = sd > 0 ? (x[r] - mean) / sd : 0;
                assertEquals(expected, standard.get(r, c), 1e-9 * Math.max(1, Math.abs(expected)), "column " + c);
            }
        }
    }

    @Test
    void labelsNameMomentElementAndWeighting() {
        Descriptor d = RandomStructures.descriptor(moments("n_out=0, n_in=2"), SPECIES);
        assertEquals("H:μ1(radial[0])", d.featureLabels().get(0));
        Descriptor e = RandomStructures.descriptor(moments("n_out=2, n_in=1, weighted=both"), SPECIES);
        assertEquals("w:μ2(μ1(angular_w[3]))", e.featureLabels().get(e.featureCount() - 1));
    }
}
