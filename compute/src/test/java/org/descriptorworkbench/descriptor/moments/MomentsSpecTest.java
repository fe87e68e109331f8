package org.descriptorworkbench.descriptor.moments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.error.ParameterException;
import org.junit.jupiter.api.Test;

/** The moments(...) spec with its nested local spec, seed 004's Σ_ijk names and the family of the paper. */
class MomentsSpecTest {

    private static ParameterException rejection(String text) {
        return assertThrows(ParameterException.class, () -> DescriptorCatalog.parse(text));
    }

    @Test
    void defaultsToTheMeanOfSeed004sChebyshevDescriptor() {
        DescriptorSpec spec = DescriptorCatalog.parse("moments");
        assertEquals("moments(local=chebyshev(r_cut=6, r_cut_angular=3, radial_order=19, angular_order=5), n_out=1, n_in=0, "
                + "weighted=false)", spec.text());
        assertEquals("Σ_100", MomentsFamily.sigmaName(spec));
    }

    @Test
    void printsTheNestedSpecInCanonicalForm() {
        assertEquals("moments(local=soap(r_cut=4, n_max=8, l_max=6, sigma=0.5, basis=gto, compression=mu2), n_out=2, n_in=3, "
                        + "weighted=both, standardize=true)",
                DescriptorCatalog.parse("moments(local=soap(4.0, compression=mu2, average=off), n_in=3, n_out=2, weighted=both, "
                        + "standardize=true)").text());
    }

    @Test
    void roundTripsEveryCanonicalText() {
        String[] texts = {
            "moments(local=chebyshev(r_cut=4, mix=true, weights=[-1, 1]), n_out=0, n_in=5)",
            "moments(local=soap(species=[O, H], cutoff=cosine(0.5)), n_out=3, n_in=2, weighted=true, weights=[1, 2])",
            "moments(local=chebyshev, n_out=1)",
        };
        for (String text : texts) {
            DescriptorSpec spec = DescriptorCatalog.parse(text);
            DescriptorSpec again = DescriptorCatalog.parse(spec.text());
            assertEquals(spec, again);
            assertEquals(spec.text(), again.text());
        }
    }

    @Test
    void namesFollowSeed004() {
        assertEquals("Σ_231", MomentsFamily.sigmaName(DescriptorCatalog.parse("moments(n_out=2, n_in=3, weighted=true)")));
        assertEquals("Σ_232", MomentsFamily.sigmaName(DescriptorCatalog.parse("moments(n_out=2, n_in=3, weighted=both)")));
        assertEquals("Σ_050", MomentsFamily.sigmaName(DescriptorCatalog.parse("moments(n_out=0, n_in=5)")));
    }

    @Test
    void seedFamilyHasThePapers97MembersAndTheirComplexities() {
        List<SeedFamily.Member> members = SeedFamily.enumerate(5, 3);
        assertEquals(97, members.size());
        Set<String> names = new HashSet<>();
        members.forEach(m -> names.add(m.name()));
        assertEquals(97, names.size());
        SeedFamily.Member full = members.stream().filter(m -> m.name().equals("Σ_555")).findFirst().orElseThrow();
        SeedFamily.Member noStack = members.stream().filter(m -> m.name().equals("Σ_554")).findFirst().orElseThrow();
        // seed 004 §3: with the 48-feature Chebyshev LAED and Li, P, S, dimensions 3600 and 2880, complexities 75 and 60.
        assertEquals(75, full.complexity());
        assertEquals(3600, full.featureCount(48));
        assertEquals(60, noStack.complexity());
        assertEquals(2880, noStack.featureCount(48));
        assertTrue(names.contains("Σ_242") && names.contains("Σ_101") && names.contains("Σ_050") && !names.contains("Σ_051"));
    }

    @Test
    void rejectsABadNestedParameterNamingItsPath() {
        ParameterException e = rejection("moments(local=chebyshev(r_cut=-1))");
        assertEquals("local.r_cut", e.parameter());
        assertEquals("local.r_cut: must be a number in (1, 30], got -1", e.getMessage());
        assertEquals("local.mix: must be one of false, true, got 2", rejection("moments(local=chebyshev(mix=2))").getMessage());
        assertTrue(rejection("moments(local=chebyshev(rcut=4))").getMessage().startsWith("local.rcut: unknown parameter of chebyshev"));
    }

    @Test
    void rejectsAnInvalidNestedCombinationNamingItsPath() {
        assertEquals("local.cutoff.width: must not exceed r_cut = 4, got 5.0",
                rejection("moments(local=soap(r_cut=4, cutoff=cosine(5)))").getMessage());
    }

    @Test
    void rejectsAnUnknownNestedFamily() {
        ParameterException e = rejection("moments(local=chebychev(r_cut=4))");
        assertEquals("local", e.parameter());
        assertTrue(e.getMessage().startsWith("local: unknown descriptor family 'chebychev'; known: soap, "), e.getMessage());
        assertTrue(e.getMessage().contains("chebyshev"), e.getMessage());
    }

    @Test
    void rejectsALocalValueThatIsNotASpec() {
        assertEquals("local: must be a descriptor spec like chebyshev(r_cut=6), got 4", rejection("moments(local=4)").getMessage());
    }

    @Test
    void rejectsNoMomentsAtAll() {
        assertEquals("n_in: n_out and n_in cannot both be 0; seed 004 eq. 1 needs at least one moment",
                rejection("moments(n_out=0, n_in=0)").getMessage());
    }

    @Test
    void rejectsWeightingOfStackedElementDescriptors() {
        assertTrue(rejection("moments(n_out=0, n_in=2, weighted=true)").getMessage().startsWith("weighted: must be false when n_out = 0"));
    }

    @Test
    void rejectsMomentsOfMoments() {
        assertEquals("local: must be a per-atom descriptor, got moments", rejection("moments(local=moments(n_out=2))").getMessage());
    }

    @Test
    void rejectsAPerStructureLocalDescriptor() {
        DescriptorSpec spec = DescriptorCatalog.parse("moments(local=soap(r_cut=3, n_max=2, l_max=1, average=inner))");
        ParameterException e = assertThrows(ParameterException.class, () -> DescriptorCatalog.create(spec, new int[] {1, 8}));
        assertTrue(e.getMessage().startsWith("local: must give one row per atom"), e.getMessage());
    }

    @Test
    void rejectsElementWeightsOfTheWrongLength() {
        DescriptorSpec spec = DescriptorCatalog.parse("moments(local=chebyshev(r_cut=3), weighted=true, weights=[1, 2])");
        ParameterException e = assertThrows(ParameterException.class, () -> DescriptorCatalog.create(spec, new int[] {1, 6, 8}));
        assertEquals("weights: must give one weight per element (3 in the dataset), got 2", e.getMessage());
    }
}
