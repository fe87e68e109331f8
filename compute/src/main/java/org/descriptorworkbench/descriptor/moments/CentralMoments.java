package org.descriptorworkbench.descriptor.moments;

import java.util.Arrays;

/**
 * Moments of a set of vectors, per component, as DESCRIPTORS.md and seed 004 §2.1 define them:
 * μ_1 = the mean, μ_k = (1/N) Σ (X − X̄)^k for k ≥ 2 (population central moments).
 */
final class CentralMoments {

    private CentralMoments() {
    }

    /**
     * Writes μ_1..μ_orders of the {@code count} rows of width {@code width} in {@code rows} (row-major)
     * to {@code out[offset ..]}, μ_1 of every component first, then μ_2, and so on. No rows gives zeros.
     */
    static void of(double[] rows, int count, int width, int orders, double[] out, int offset) {
        Arrays.fill(out, offset, offset + orders * width, 0);
        if (count == 0) {
            return;
        }
        for (int r = 0; r < count; r++) {
            for (int c = 0; c < width; c++) {
                out[offset + c] += rows[r * width + c];
            }
        }
        for (int c = 0; c < width; c++) {
            out[offset + c] /= count;
        }
        for (int r = 0; r < count; r++) {
            for (int c = 0; c < width; c++) {
                double deviation = rows[r * width + c] - out[offset + c];
                double power = deviation;
                for (int k = 2; k <= orders; k++) {
                    power *= deviation;
                    out[offset + (k - 1) * width + c] += power;
                }
            }
        }
        for (int i = offset + width; i < offset + orders * width; i++) {
            out[i] /= count;
        }
    }
}
