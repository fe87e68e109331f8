package org.descriptorworkbench.descriptor.acsf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.error.ParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The acsf(...) spec text round-trips and rejects bad parameters with messages naming them. */
class AcsfSpecTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "acsf(r_cut=5, g2=[[1, 1], [1, 2]], g3=none, g4=[[1, 1, 1], [1, 2, -1]], g5=none, compression=off)",
        "acsf(r_cut=6.5, g2=none, g3=[0.5, 1], g4=none, g5=[[0.01, 4, -1]], compression=mu1nu1)",
        "acsf(r_cut=4, g2=[[0.5, 0]], g3=none, g4=none, g5=none, compression=weighted, weights=[1, 2])",
        "acsf(r_cut=6, g2=none, g3=none, g4=none, g5=none, compression=mu2, acsf_preset=extended, species=[H, O])"
    })
    void canonicalTextRoundTrips(String text) {
        DescriptorSpec spec = DescriptorCatalog.parse(text);
        assertEquals(text, spec.text());
        assertEquals(spec, DescriptorCatalog.parse(spec.text()));
    }

    @Test
    void fillsDefaultsInCanonicalText() {
        assertEquals("acsf(r_cut=5, g2=[[1, 1]], g3=none, g4=none, g5=none, compression=off)",
                DescriptorCatalog.parse("acsf(g2=[[1, 1]])").text());
    }

    private static ParameterException rejected(String text) {
        return assertThrows(ParameterException.class, () -> DescriptorCatalog.parse(text));
    }

    @Test
    void rejectsLambdaOtherThanPlusOrMinusOne() {
        ParameterException e = rejected("acsf(g4=[[1, 1, 0.5]])");
        assertEquals("g4", e.parameter());
        assertTrue(e.getMessage().contains("lambda must be 1 or -1"), e.getMessage());
    }

    @Test
    void rejectsZetaBelowOne() {
        assertTrue(rejected("acsf(g5=[[1, 0.5, 1]])").getMessage().contains("zeta must be >= 1"));
    }

    @Test
    void rejectsG2RowsOfTheWrongWidth() {
        ParameterException e = rejected("acsf(g2=[[1, 1, 1]])");
        assertEquals("g2", e.parameter());
        assertTrue(e.getMessage().contains("[eta, R_s]"), e.getMessage());
    }

    @Test
    void rejectsNegativeEta() {
        assertTrue(rejected("acsf(g2=[[-1, 1]])").getMessage().contains("eta must be >= 0"));
    }

    @Test
    void rejectsNonPositiveCutoff() {
        assertEquals("r_cut", rejected("acsf(r_cut=0)").parameter());
    }

    @Test
    void rejectsUnknownCompression() {
        ParameterException e = rejected("acsf(compression=crossover)");
        assertTrue(e.getMessage().contains("one of off, mu1nu1, mu2, weighted"), e.getMessage());
    }

    @Test
    void rejectsG3WrittenAsRows() {
        assertEquals("g3", rejected("acsf(g3=[[1, 2]])").parameter());
    }

    @Test
    void rejectsExplicitG2TogetherWithAPreset() {
        ParameterException e = rejected("acsf(acsf_preset=standard, g2=[[1, 1]])");
        assertTrue(e.getMessage().contains("must be none when acsf_preset=standard"), e.getMessage());
    }

    @Test
    void rejectsWeightsWithoutWeightedCompression() {
        assertEquals("weights", rejected("acsf(weights=[1, 2])").parameter());
    }

    @Test
    void rejectsWeightCountDifferentFromSpeciesCount() {
        DescriptorSpec spec = DescriptorCatalog.parse("acsf(g2=[[1, 1]], compression=weighted, weights=[1, 2, 3])");
        ParameterException e = assertThrows(ParameterException.class, () -> DescriptorCatalog.create(spec, new int[] {1, 8}));
        assertTrue(e.getMessage().contains("one weight per species (2), got 3"), e.getMessage());
    }
}
