package org.descriptorworkbench.descriptor.moments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** μ_1 = mean and μ_k = (1/N) Σ (x − x̄)^k, per component (DESCRIPTORS.md, seed 004 §2.1). */
class CentralMomentsTest {

    @Test
    void givesMeanAndPopulationCentralMomentsPerComponent() {
        // Column 0: 1, 2, 4 → mean 7/3, deviations −4/3, −1/3, 5/3 → μ2 = 42/27, μ3 = 60/81.
        // Column 1: 0, 0, 3 → mean 1, deviations −1, −1, 2 → μ2 = 2, μ3 = 2.
        double[] rows = {1, 0, 2, 0, 4, 3};
        double[] out = new double[7];
        CentralMoments.of(rows, 3, 2, 3, out, 1);
        assertArrayEquals(new double[] {0, 7.0 / 3, 1, 42.0 / 27, 2, 60.0 / 81, 2}, out, 1e-15);
    }

    @Test
    void givesZerosForNoRows() {
        double[] out = {9, 9, 9, 9};
        CentralMoments.of(new double[0], 0, 2, 2, out, 0);
        assertArrayEquals(new double[4], out, 0);
    }
}
