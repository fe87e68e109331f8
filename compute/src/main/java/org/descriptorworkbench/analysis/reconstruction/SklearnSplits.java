package org.descriptorworkbench.analysis.reconstruction;

import java.util.Arrays;

/**
 * The index splits scikit-matter's reconstruction measures get from scikit-learn (CONVENTIONS.md §4):
 * {@code train_test_split(arange(N), test_size=0.5, train_size=0.5, shuffle=True, random_state=seed)}
 * and the first split of {@code KFold(n_splits=2, shuffle=True, random_state=seed)}.
 */
public final class SklearnSplits {

    /** scikit-matter's default seed for both the split and the ridge folds. */
    public static final long SKMATTER_SEED = 0x5F3759DFL;

    /** Row indices of a split into two parts, in the order scikit-learn returns them. */
    public record Split(int[] first, int[] second) {
    }

    private SklearnSplits() {
    }

    /** Train (floor(N/2) rows) and test (ceil(N/2) rows) indices: test first in the permutation. */
    public static Split trainTest(int n, long seed) {
        int nTest = (n + 1) / 2;
        int nTrain = n / 2;
        int[] permutation = new NumpyRandomState(seed).permutation(n);
        int[] test = Arrays.copyOfRange(permutation, 0, nTest);
        int[] train = Arrays.copyOfRange(permutation, nTest, nTest + nTrain);
        return new Split(train, test);
    }

    /**
     * The first KFold split: {@code first} = its training rows, {@code second} = its test rows (the first
     * ceil(n/2) shuffled positions); both sorted ascending, as scikit-learn returns masks' indices.
     */
    public static Split twoFold(int n, long seed) {
        int[] shuffled = new NumpyRandomState(seed).permutation(n);
        int testSize = n / 2 + n % 2;
        boolean[] inTest = new boolean[n];
        for (int i = 0; i < testSize; i++) {
            inTest[shuffled[i]] = true;
        }
        int[] train = new int[n - testSize];
        int[] test = new int[testSize];
        int t = 0;
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (inTest[i]) {
                test[t++] = i;
            } else {
                train[r++] = i;
            }
        }
        return new Split(train, test);
    }
}
