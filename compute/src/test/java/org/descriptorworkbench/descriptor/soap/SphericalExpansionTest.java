package org.descriptorworkbench.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.Environment;
import org.junit.jupiter.api.Test;

class SphericalExpansionTest {

    /** A lone neighbour on the z axis is symmetric about it, so every m ≠ 0 coefficient vanishes. */
    @Test
    void aNeighbourOnTheZAxisHasOnlyZeroProjections() {
        SphericalExpansion e = SphericalExpansion.of(DescriptorCatalog.parse("soap(r_cut=4, n_max=3, l_max=4, center_weight=0)"),
                new int[] {6});
        Environment env = new Environment();
        env.reset(0, 0, 6);
        env.add(1, 6, 0, 0, 0, 0, 0, 1.7);
        double[] c = new double[e.size()];
        e.compute(env, e.newScratch(), c, 0);
        for (int l = 0; l <= 4; l++) {
            for (int n = 0; n < 3; n++) {
                for (int m = -l; m <= l; m++) {
                    double v = c[RadialBasis.index(3, l, n, m)];
                    if (m != 0) {
                        assertEquals(0, v, 1e-15, "l=" + l + " n=" + n + " m=" + m);
                    }
                }
            }
        }
    }

    @Test
    void ignoresNeighboursBeyondItsRadius() {
        SphericalExpansion e = SphericalExpansion.of(DescriptorCatalog.parse("soap(r_cut=3, n_max=2, l_max=2)"), new int[] {1});
        Environment near = new Environment();
        near.reset(0, 0, 1);
        Environment far = new Environment();
        far.reset(0, 0, 1);
        far.add(1, 1, 0, 0, 0, e.neighbourRadius() + 0.01, 0, 0);
        double[] a = new double[e.size()];
        double[] b = new double[e.size()];
        e.compute(near, e.newScratch(), a, 0);
        e.compute(far, e.newScratch(), b, 0);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 0);
        }
    }
}
