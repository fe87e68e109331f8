package org.descriptorworkbench.descriptor.chebyshev;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed CHSF values (DESCRIPTORS.md) for a centre with an O neighbour at 2 Å and a Ti
 * neighbour at 3 Å at a right angle, r_cut = r_cut_angular = 4 Å: f_c(2) = 1/2,
 * f_c(3) = (2 − √2)/4, y(2) = 0, y(3) = 1/2, θ = π/2 so y_θ = 0. Species weights default to
 * −1/2 (O) and +1/2 (Ti).
 */
class ChebyshevValuesTest {
    private static final int[] SPECIES = {8, 22};
    private static final double F2 = 0.5;
    private static final double F3 = (2 - Math.sqrt(2)) / 4;
    private static final double W_O = -0.5;
    private static final double W_TI = 0.5;

    private static double[] centreRow(String spec) {
        Structure s = Structure.cluster(new int[] {8, 8, 22}, new double[] {0, 0, 0, 2, 0, 0, 0, 3, 0});
        Descriptor d = RandomStructures.descriptor(spec, SPECIES);
        return RandomStructures.features(d, List.of(s)).row(0);
    }

    @Test
    void radialAndAngularBlocksMatchHandValues() {
        double[] row = centreRow("chebyshev(r_cut=4, r_cut_angular=4, radial_order=2, angular_order=2)");
        double[] radial = {F2 + F3, 0.5 * F3, -F2 - 0.5 * F3};
        double[] angular = {F2 * F3, 0, -F2 * F3};
        double[] radialWeighted = {W_O * F2 + W_TI * F3, W_TI * 0.5 * F3, -W_O * F2 - W_TI * 0.5 * F3};
        double pair = W_O * W_TI;
        double[] expected = {
            radial[0], radial[1], radial[2], angular[0], angular[1], angular[2],
            radialWeighted[0], radialWeighted[1], radialWeighted[2], pair * angular[0], pair * angular[1], pair * angular[2]
        };
        assertArrayEquals(expected, row, 1e-15);
    }

    @Test
    void explicitWeightsReplaceTheDefaults() {
        double[] row = centreRow("chebyshev(r_cut=4, r_cut_angular=4, radial_order=0, angular_order=0, weights=[3, -2])");
        assertArrayEquals(new double[] {F2 + F3, F2 * F3, 3 * F2 - 2 * F3, -6 * F2 * F3}, row, 1e-15);
    }

    @Test
    void mixedBlockMatchesHandValues() {
        double[] row = centreRow("chebyshev(r_cut=4, r_cut_angular=4, radial_order=0, angular_order=1, mix=true, mix_radial_order=1)");
        // (a, b) = (0,0), (0,1), (1,1): S = 1, (1·½ + 0·1)/2 = ¼, 0·½ = 0; φ_c(π/2) = 1, 0.
        double t = F2 * F3;
        double pair = W_O * W_TI;
        double[] expected = {
            F2 + F3, t, 0, 0.25 * t, 0, 0, 0,
            W_O * F2 + W_TI * F3, pair * t, 0, pair * 0.25 * t, 0, 0, 0
        };
        assertArrayEquals(expected, row, 1e-15);
    }

    @Test
    void neighboursBeyondTheAngularCutoffOnlyEnterTheRadialBlock() {
        double[] row = centreRow("chebyshev(r_cut=4, r_cut_angular=2.5, radial_order=0, angular_order=0)");
        assertEquals(F2 + F3, row[0], 1e-15);
        assertEquals(0, row[1], 0);
    }
}
