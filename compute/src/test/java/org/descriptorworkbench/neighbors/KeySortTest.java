package org.descriptorworkbench.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The key sort orders packed (atom, shift) keys exactly as a comparison sort does. */
class KeySortTest {
    private static final int ATOM_SHIFT = 30;

    @ParameterizedTest(name = "{0} atoms")
    @ValueSource(ints = {1, 2, 200, 1372, 70_000, 20_000_000})
    void sortsDistinctAtomsLikeAComparisonSort(int atoms) {
        Random random = new Random(atoms);
        KeySort sort = new KeySort(ATOM_SHIFT, atoms, false);
        for (int count : new int[] {0, 1, 5, 32, 33, 130, 1000}) {
            if (count > atoms) {
                continue; // without images an atom appears at most once
            }
            long[] keys = new long[count];
            for (int i = 0; i < count; i++) {
                // 7919 is prime and divides no atom count used: distinct atoms in scrambled order
                keys[i] = ((i * 7919L) % atoms << ATOM_SHIFT) + random.nextInt(1 << 30);
            }
            assertSortsLikeArraysSort(sort, keys);
        }
    }

    @ParameterizedTest(name = "{0} atoms")
    @ValueSource(ints = {1, 3, 500, 100_000})
    void ordersImagesOfOneAtomByShift(int atoms) {
        Random random = new Random(atoms + 1);
        KeySort sort = new KeySort(ATOM_SHIFT, atoms, true);
        for (int count : new int[] {2, 31, 64, 400, 5000}) {
            long[] keys = new long[count];
            for (int i = 0; i < count; i++) {
                keys[i] = ((long) random.nextInt(atoms) << ATOM_SHIFT) + random.nextInt(1 << 30);
            }
            assertSortsLikeArraysSort(sort, keys);
        }
    }

    private static void assertSortsLikeArraysSort(KeySort sort, long[] keys) {
        long[] expected = keys.clone();
        Arrays.sort(expected);
        long[] actual = Arrays.copyOf(keys, keys.length + 3);
        sort.sort(actual, keys.length);
        assertArrayEquals(expected, Arrays.copyOf(actual, keys.length));
    }
}
