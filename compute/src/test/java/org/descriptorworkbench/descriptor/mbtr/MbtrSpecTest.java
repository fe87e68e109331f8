package org.descriptorworkbench.descriptor.mbtr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.error.ParameterException;
import org.junit.jupiter.api.Test;

/** The mbtr(...) spec text round-trips and rejects inconsistent settings with messages naming the parameter. */
class MbtrSpecTest {

    @Test
    void canonicalTextRoundTrips() {
        String text = "mbtr(k=3, geometry=angle, grid_min=0, grid_max=180, grid_n=100, sigma=2, "
                + "weighting=exp(scale=0.5, threshold=0.001), normalize_gaussians=true, normalization=l2)";
        DescriptorSpec spec = DescriptorCatalog.parse(text);
        assertEquals(text, spec.text());
        assertEquals(spec, DescriptorCatalog.parse(spec.text()));
    }

    @Test
    void defaultsAreTheReferenceK2Setting() {
        assertEquals("mbtr(k=2, geometry=inverse_distance, grid_min=0, grid_max=1.2, grid_n=25, sigma=0.05, "
                + "weighting=exp(scale=0.5, threshold=0.001), normalize_gaussians=true, normalization=none)",
                DescriptorCatalog.parse("mbtr()").text());
    }

    @Test
    void rejectsAGeometryOfAnotherK() {
        ParameterException e = assertThrows(ParameterException.class, () -> DescriptorCatalog.parse("mbtr(k=3, geometry=distance)"));
        assertEquals("geometry", e.parameter());
        assertTrue(e.getMessage().contains("angle, cosine for k=3"), e.getMessage());
    }

    @Test
    void rejectsAnEmptyGrid() {
        assertEquals("grid_max", assertThrows(ParameterException.class,
                () -> DescriptorCatalog.parse("mbtr(grid_min=1, grid_max=1)")).parameter());
    }

    @Test
    void rejectsWeightingForK1() {
        assertEquals("weighting", assertThrows(ParameterException.class,
                () -> DescriptorCatalog.parse("mbtr(k=1, geometry=atomic_number, grid_max=10)")).parameter());
    }

    @Test
    void rejectsANonPositiveThreshold() {
        assertEquals("weighting.threshold", assertThrows(ParameterException.class,
                () -> DescriptorCatalog.parse("mbtr(weighting=exp(0.5, 0))")).parameter());
    }

    @Test
    void valleOganovRoundTrips() {
        String text = "mbtr(k=2, geometry=distance, grid_min=0, grid_max=8, grid_n=80, sigma=0.1, "
                + "weighting=exp(scale=0.5, threshold=0.001), normalize_gaussians=true, normalization=valle_oganov)";
        DescriptorSpec spec = DescriptorCatalog.parse(text);
        assertEquals(text, spec.text());
        assertEquals("valle_oganov", spec.word("normalization"));
        assertEquals(spec, DescriptorCatalog.parse(spec.text()));
    }

    @Test
    void theListOfNormalizationsNamesValleOganov() {
        assertTrue(new MbtrFamily().signature().parameter("normalization").type().describe().contains("valle_oganov"));
        assertTrue(DescriptorCatalog.describe().contains("valle_oganov"));
    }

    @Test
    void rejectsAnUnknownNormalizationListingTheAllowedOnes() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> DescriptorCatalog.parse("mbtr(normalization=volume)"));
        assertEquals("normalization", e.parameter());
        assertTrue(e.getMessage().contains("valle_oganov"), e.getMessage());
    }

    @Test
    void rejectsValleOganovWithUnitWeightsForK2AndK3() {
        for (String k : new String[] {"k=2, geometry=distance", "k=3, geometry=angle, grid_max=180, sigma=2"}) {
            ParameterException e = assertThrows(ParameterException.class,
                    () -> DescriptorCatalog.parse("mbtr(" + k + ", weighting=none, normalization=valle_oganov)"));
            assertEquals("weighting", e.parameter());
            assertTrue(e.getMessage().contains("normalization=valle_oganov"), e.getMessage());
        }
    }

    @Test
    void acceptsValleOganovForK1WithoutWeighting() {
        assertEquals("valle_oganov", DescriptorCatalog.parse(
                "mbtr(k=1, geometry=atomic_number, grid_max=10, weighting=none, normalization=valle_oganov)")
                .word("normalization"));
    }
}
