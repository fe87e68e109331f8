package org.descriptorworkbench.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.descriptorworkbench.error.ParameterException;
import org.junit.jupiter.api.Test;

class DescriptorSpecTest {

    private static String canonical(String text) {
        return DescriptorCatalog.parse(text).text();
    }

    private static ParameterException rejection(String text) {
        return assertThrows(ParameterException.class, () -> DescriptorCatalog.parse(text));
    }

    @Test
    void printsTheDesignDocumentExampleUnchanged() {
        String text = "soap(r_cut=4, n_max=4, l_max=3, sigma=0.5, basis=gto, compression=off)";
        assertEquals(text, canonical(text));
    }

    @Test
    void fillsOmittedCoreParametersWithDefaults() {
        assertEquals("soap(r_cut=5, n_max=8, l_max=6, sigma=0.5, basis=gto, compression=off)", canonical("soap()"));
        assertEquals(canonical("soap()"), canonical("soap"));
    }

    @Test
    void normalisesNumbersSpacingAndArgumentOrder() {
        assertEquals("soap(r_cut=4, n_max=4, l_max=3, sigma=0.5, basis=polynomial, compression=mu2)",
                canonical("soap( compression = mu2,basis=polynomial , sigma=.50, l_max=3.0, n_max=4, r_cut=4.000)"));
    }

    @Test
    void bindsPositionalArgumentsInDeclarationOrder() {
        assertEquals(canonical("soap(r_cut=4.5, n_max=6)"), canonical("soap(4.5, 6)"));
    }

    @Test
    void printsOptionsOnlyWhenTheyDifferFromTheirDefault() {
        assertEquals(canonical("soap()"), canonical("soap(center_weight=1, cutoff=none, average=off)"));
        assertEquals("soap(r_cut=5, n_max=8, l_max=6, sigma=0.5, basis=gto, compression=off, center_weight=0, "
                        + "cutoff=cosine(width=0.5), scaling=pow(r0=2, m=3, c=1, d=1), species=[H, C, O])",
                canonical("soap(species=[O, H, C], scaling=pow(2, 3), cutoff=cosine(0.5), center_weight=0)"));
    }

    @Test
    void roundTripsEveryCanonicalText() {
        String[] texts = {
            "soap(r_cut=3.25, n_max=2, l_max=0, sigma=0.01, basis=polynomial, compression=wtpl, seed=7)",
            "soap(compression=embedding, d_J=2, weights=[[1, 1], [0.5, -2e-7]])",
            "soap(average=inner, species=[Si], scaling=pow(r0=1.5, m=2.5, c=0.25, d=0))",
            "soap(sigma=1e-2, r_cut=29.999999999999996)",
        };
        for (String text : texts) {
            DescriptorSpec spec = DescriptorCatalog.parse(text);
            DescriptorSpec again = DescriptorCatalog.parse(spec.text());
            assertEquals(spec, again);
            assertEquals(spec.text(), again.text());
        }
    }

    @Test
    void printsSmallAndLargeNumbersInScientificForm() {
        assertEquals("1e-7", new SpecValue.Num(1e-7).text());
        assertEquals("0.0001", new SpecValue.Num(1e-4).text());
        assertEquals("-2.5", new SpecValue.Num(-2.5).text());
        assertEquals("1.5e15", new SpecValue.Num(1.5e15).text());
    }

    @Test
    void rejectsAnIntegerBelowItsRange() {
        assertEquals("n_max: must be an integer in 1..20, got 0", rejection("soap(n_max=0)").getMessage());
    }

    @Test
    void rejectsAFractionalInteger() {
        assertEquals("l_max: must be an integer in 0..20, got 2.5", rejection("soap(l_max=2.5)").getMessage());
    }

    @Test
    void rejectsACutoffOfOneAngstromOrLess() {
        assertEquals("r_cut: must be a number in (1, 30], got 1", rejection("soap(r_cut=1)").getMessage());
    }

    @Test
    void rejectsAnUnknownChoice() {
        assertEquals("basis: must be one of gto, polynomial, got spline", rejection("soap(basis=spline)").getMessage());
    }

    @Test
    void rejectsAnUnknownParameterListingTheAllowedOnes() {
        ParameterException e = rejection("soap(rcut=4)");
        assertEquals("rcut", e.parameter());
        assertTrue(e.getMessage().startsWith("rcut: unknown parameter of soap; allowed: r_cut, n_max, l_max, sigma"), e.getMessage());
    }

    @Test
    void rejectsAParameterGivenTwice() {
        assertEquals("sigma: given twice", rejection("soap(sigma=0.5, sigma=0.4)").getMessage());
    }

    @Test
    void rejectsABadNestedArgumentNamingItsPath() {
        assertEquals("cutoff.width: must be a number in (0, 30], got -1", rejection("soap(cutoff=cosine(-1))").getMessage());
        assertEquals("cutoff.w: unknown parameter of cosine; allowed: width", rejection("soap(cutoff=cosine(w=1))").getMessage());
    }

    @Test
    void rejectsACutoffWidthLargerThanTheCutoff() {
        assertEquals("cutoff.width: must not exceed r_cut = 4, got 5.0",
                rejection("soap(r_cut=4, cutoff=cosine(5))").getMessage());
    }

    @Test
    void rejectsAnUnknownElementSymbol() {
        assertEquals("species: 'Xx' is not an element symbol; expected auto or a list of element symbols like [H, C, O]",
                rejection("soap(species=[H, Xx])").getMessage());
    }

    @Test
    void rejectsAnUnknownFamily() {
        assertTrue(rejection("sop(r_cut=4)").getMessage().startsWith("descriptor: unknown descriptor family 'sop'; known: soap"));
    }

    @Test
    void reportsTheColumnOfASyntaxError() {
        assertEquals("descriptor: expected ',' or ')' at column 13 of 'soap(r_cut=4'", rejection("soap(r_cut=4").getMessage());
        assertEquals("descriptor: unexpected ')' at column 21 of 'soap(r_cut=4, n_max=)'",
                rejection("soap(r_cut=4, n_max=)").getMessage());
    }

    @Test
    void rejectsEmbeddingWeightsWithTheWrongNumberOfRows() {
        assertEquals("weights: must have d_J = 3 rows, got 2",
                rejection("soap(compression=embedding, d_J=3, weights=[[1, 1], [1, 2]])").getMessage());
    }

    @Test
    void listsEveryParameterWithDefaultAndAllowedValues() {
        String listing = DescriptorCatalog.describe();
        for (Parameter p : DescriptorCatalog.family("soap").signature().parameters()) {
            assertTrue(listing.contains(p.name()), p.name());
        }
        assertTrue(listing.contains("one of off, crossover, mu2, mu1nu1, mu1nu1_star, nu1nuhat1, nu1muhat1, embedding, wtpl"));
    }

    @Test
    void rejectsARadialBasisTooCrowdedToOrthonormalise() {
        DescriptorSpec spec = DescriptorCatalog.parse("soap(r_cut=1.5, n_max=20, l_max=0)");
        ParameterException e = assertThrows(ParameterException.class, () -> DescriptorCatalog.create(spec, new int[] {1}));
        assertEquals("n_max", e.parameter());
        assertTrue(e.getMessage().contains("numerically singular"), e.getMessage());
    }
}
