package org.descriptorworkbench.gui.features;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Dataset;

/**
 * Which atomic environments the analyses use: every atom of the dataset, or a random sample of
 * {@code count} atoms drawn without replacement with {@code seed} (then put in file order), because
 * pairwise analyses grow as N² and the default dataset has 25 600 atoms.
 *
 * @param all   true for every atom
 * @param count sample size when not all (at least 3)
 * @param seed  random seed of the sample
 */
public record CentreChoice(boolean all, int count, long seed) {
    /** The default: 2000 random environments, seed 0. */
    public static final CentreChoice DEFAULT = new CentreChoice(false, 2000, 0);

    public CentreChoice {
        if (!all && count < 3) {
            throw new ParameterException("environments", "must be at least 3, got " + count);
        }
    }

    /** The chosen centres of a dataset; a sample at least as large as the dataset is every atom. */
    public Centres resolve(Dataset dataset) {
        int total = Math.toIntExact(dataset.atomCount());
        int[] picked;
        if (all || count >= total) {
            picked = new int[total];
            Arrays.setAll(picked, i -> i);
        } else {
            // partial Fisher–Yates: the first count entries of a random permutation
            int[] perm = new int[total];
            Arrays.setAll(perm, i -> i);
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < count; i++) {
                int j = i + random.nextInt(total - i);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            picked = Arrays.copyOf(perm, count);
            Arrays.sort(picked);
        }
        int[] structureOfRow = new int[picked.length];
        int[] atomOfRow = new int[picked.length];
        int s = 0;
        int first = 0; // global index of structure s's first atom
        for (int r = 0; r < picked.length; r++) {
            while (picked[r] >= first + dataset.get(s).atomCount()) {
                first += dataset.get(s).atomCount();
                s++;
            }
            structureOfRow[r] = s;
            atomOfRow[r] = picked[r] - first;
        }
        return new Centres(this, structureOfRow, atomOfRow);
    }

    /** What the choice means in words, e.g. "2000 random environments (seed 0)". */
    public String describe() {
        return all ? "all environments" : count + " random environments (seed " + seed + ")";
    }
}
