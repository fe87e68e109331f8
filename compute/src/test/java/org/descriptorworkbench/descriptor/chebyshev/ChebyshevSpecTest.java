package org.descriptorworkbench.descriptor.chebyshev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.ParameterType;
import org.descriptorworkbench.error.ParameterException;
import org.junit.jupiter.api.Test;

/** The chebyshev(...) spec: defaults, canonical text round trip and one-line rejections. */
class ChebyshevSpecTest {

    private static ParameterException rejection(String text) {
        return assertThrows(ParameterException.class, () -> DescriptorCatalog.parse(text));
    }

    @Test
    void defaultsAreSeed001Settings() {
        assertEquals("chebyshev(r_cut=6.5, r_cut_angular=6.5, radial_order=9, angular_order=9)",
                DescriptorCatalog.parse("chebyshev").text());
    }

    @Test
    void roundTripsEveryCanonicalText() {
        String[] texts = {
            "chebyshev(r_cut=6, r_cut_angular=3, radial_order=19, angular_order=5)",
            "chebyshev(4, 3.5, 7, 2, [-1, 0.25, 1e-3], true)",
            "chebyshev(mix=true, mix_radial_order=2, species=[O, Ti], weights=[1, 2])",
        };
        for (String text : texts) {
            DescriptorSpec spec = DescriptorCatalog.parse(text);
            DescriptorSpec again = DescriptorCatalog.parse(spec.text());
            assertEquals(spec, again);
            assertEquals(spec.text(), again.text());
        }
        assertEquals("chebyshev(r_cut=4, r_cut_angular=3.5, radial_order=7, angular_order=2, weights=[-1, 0.25, 0.001], dual_weight=true)",
                DescriptorCatalog.parse(texts[1]).text());
    }

    @Test
    void rejectsANegativeOrder() {
        assertEquals("radial_order: must be an integer in 0..60, got -1", rejection("chebyshev(radial_order=-1)").getMessage());
    }

    @Test
    void rejectsANonBooleanMix() {
        assertEquals("mix: must be one of false, true, got yes", rejection("chebyshev(mix=yes)").getMessage());
    }

    @Test
    void rejectsWeightsThatAreNotNumbers() {
        assertEquals("weights: must be " + ParameterType.numbersOrNone().describe() + ", got [Li, S]",
                rejection("chebyshev(weights=[Li, S])").getMessage());
    }

    @Test
    void rejectsWeightsOfTheWrongLengthForListedSpecies() {
        assertEquals("weights: must give one weight per species of [O, Ti], got 3",
                rejection("chebyshev(species=[Ti, O], weights=[1, 2, 3])").getMessage());
    }

    @Test
    void rejectsWeightsOfTheWrongLengthForTheDataset() {
        DescriptorSpec spec = DescriptorCatalog.parse("chebyshev(weights=[1, 2])");
        ParameterException e = assertThrows(ParameterException.class, () -> DescriptorCatalog.create(spec, new int[] {3, 15, 16}));
        assertEquals("weights: must give one weight per species (3 in the dataset), got 2", e.getMessage());
    }
}
