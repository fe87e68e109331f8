package org.descriptorworkbench.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Dataset;

/**
 * Picks the environments of a sensitivity analysis: given atoms of one frame, or a seeded uniform
 * random sample without replacement from one frame or from every atom of the dataset (seed 000 Fig. 9
 * uses 50 random liquid environments).
 */
public final class CentreChoice {

    private CentreChoice() {
    }

    /** The given atoms of frame {@code frame}, in the given order. */
    public static List<Centre> atoms(Dataset dataset, int frame, int[] atoms) {
        requireFrame(dataset, frame);
        int count = dataset.get(frame).atomCount();
        List<Centre> centres = new ArrayList<>(atoms.length);
        for (int atom : atoms) {
            if (atom < 0 || atom >= count) {
                throw new ParameterException("--centers", "atom " + atom + " is outside 0.." + (count - 1)
                        + " of frame " + frame);
            }
            centres.add(new Centre(frame, atom));
        }
        if (centres.isEmpty()) {
            throw new ParameterException("--centers", "give at least one atom index");
        }
        return centres;
    }

    /**
     * {@code count} distinct atoms drawn uniformly with a seeded generator, in ascending (frame, atom)
     * order, from frame {@code frame}, or from the whole dataset when {@code frame} is negative.
     */
    public static List<Centre> random(Dataset dataset, int frame, int count, long seed) {
        if (frame >= 0) {
            requireFrame(dataset, frame);
        }
        long available = frame >= 0 ? dataset.get(frame).atomCount() : dataset.atomCount();
        if (count < 1 || count > available) {
            throw new ParameterException("--random", "must be between 1 and the " + available
                    + " atoms available, got " + count);
        }
        int[] chosen = sample(Math.toIntExact(available), count, new SplittableRandom(seed));
        List<Centre> centres = new ArrayList<>(count);
        int first = frame >= 0 ? frame : 0;
        int s = first;
        long before = 0;
        for (int index : chosen) {
            while (index >= before + dataset.get(s).atomCount()) {
                before += dataset.get(s).atomCount();
                s++;
            }
            centres.add(new Centre(s, (int) (index - before)));
        }
        return centres;
    }

    /** A sorted sample of k of 0..n−1 by Floyd's algorithm (no n-sized array). */
    private static int[] sample(int n, int k, SplittableRandom random) {
        java.util.TreeSet<Integer> picked = new java.util.TreeSet<>();
        for (int j = n - k; j < n; j++) {
            int t = random.nextInt(j + 1);
            picked.add(picked.contains(t) ? j : t);
        }
        return picked.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void requireFrame(Dataset dataset, int frame) {
        if (frame < 0 || frame >= dataset.size()) {
            throw new ParameterException("--frame", "must be between 0 and " + (dataset.size() - 1) + ", got " + frame);
        }
    }
}
