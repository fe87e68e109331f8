package org.descriptorworkbench.descriptor.soap;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code radial=optimal(q_max, mixed, fit)} option of soap: canonical text and its checks. */
class OptimalSpecTest {

    private static ParameterException rejected(String spec) {
        return assertThrows(ParameterException.class, () -> DescriptorCatalog.parse(spec));
    }

    @Test
    void printsEveryArgumentOfTheOptimalFormAndRoundTrips() {
        String file = OptimalFitData.file().toString();
        DescriptorSpec spec = DescriptorCatalog.parse("soap(r_cut=4, n_max=6, l_max=3, radial=optimal(4, fit=\"" + file + "\"))");
        String canonical = "soap(r_cut=4, n_max=6, l_max=3, sigma=0.5, basis=gto, compression=off, radial=optimal(q_max=4, mixed=false, fit=\""
                + file + "\"))";
        assertEquals(canonical, spec.text());
        assertEquals(canonical, DescriptorCatalog.parse(spec.text()).text());
    }

    @Test
    void quotesAndBackslashesInPathsRoundTrip(@TempDir Path dir) throws Exception {
        Path odd = dir.resolve("a \"quoted\" \\ name.extxyz");
        Files.copy(OptimalFitData.file(), odd);
        DescriptorSpec spec = DescriptorCatalog.parse("soap(n_max=4, radial=optimal(q_max=2, fit=\""
                + odd.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"))");
        assertTrue(spec.text().contains("fit=\"" + dir + "/a \\\"quoted\\\" \\\\ name.extxyz\""), spec.text());
        assertEquals(spec.text(), DescriptorCatalog.parse(spec.text()).text());
    }

    @Test
    void withoutRadialTheSpecIsUnchanged() {
        assertEquals("soap(r_cut=5, n_max=8, l_max=6, sigma=0.5, basis=gto, compression=off)",
                DescriptorCatalog.parse("soap(radial=none)").text());
    }

    @Test
    void rejectsQmaxAboveNmax() {
        ParameterException e = rejected(OptimalFitData.spec("", "q_max=7"));
        assertEquals("radial.q_max", e.parameter());
        assertTrue(e.getMessage().contains("n_max = 6"), e.getMessage());
    }

    @Test
    void rejectsMixedQmaxAboveSpeciesTimesNmax() {
        ParameterException e = rejected(OptimalFitData.spec(", species=[H, C]", "q_max=13, mixed=true"));
        assertEquals("radial.q_max", e.parameter());
        assertTrue(e.getMessage().contains("S·n_max = 12"), e.getMessage());
    }

    @Test
    void acceptsMixedQmaxUpToSpeciesTimesNmax() {
        assertEquals(4 * 12 * 13 / 2, RandomStructures.descriptor(OptimalFitData.spec(", species=[H, C]", "q_max=12, mixed=true"),
                OptimalFitData.SPECIES).featureCount());
    }

    @Test
    void rejectsMixedQmaxAboveSpeciesTimesNmaxOfTheDataset() {
        DescriptorSpec spec = DescriptorCatalog.parse(OptimalFitData.spec("", "q_max=19, mixed=true"));
        ParameterException e = assertThrows(ParameterException.class, () -> DescriptorCatalog.create(spec, OptimalFitData.SPECIES));
        assertEquals("radial.q_max", e.parameter());
    }

    @Test
    void requiresAFitFile() {
        ParameterException e = rejected("soap(n_max=4, radial=optimal(q_max=2))");
        assertEquals("radial.fit", e.parameter());
        assertTrue(e.getMessage().contains("required"), e.getMessage());
    }

    @Test
    void rejectsAMissingFitFile(@TempDir Path dir) {
        ParameterException e = rejected("soap(n_max=4, radial=optimal(q_max=2, fit=\"" + dir.resolve("absent.extxyz") + "\"))");
        assertEquals("radial.fit", e.parameter());
        assertTrue(e.getMessage().contains("absent.extxyz"), e.getMessage());
    }

    @Test
    void rejectsAnUnquotedPath() {
        assertEquals("radial.fit", rejected("soap(n_max=4, radial=optimal(q_max=2, fit=data))").parameter());
    }

    @Test
    void rejectsAnUnterminatedString() {
        assertEquals("descriptor", rejected("soap(radial=optimal(fit=\"x.extxyz))").parameter());
    }

    @Test
    void rejectsTheMixedBasisWithSpeciesEmbedding() {
        assertEquals("radial.mixed", rejected(OptimalFitData.spec(", compression=embedding", "q_max=3, mixed=true")).parameter());
    }

    @Test
    void rejectsAFitDatasetWithoutOneOfTheSpecies(@TempDir Path dir) {
        Path hydrocarbons = dir.resolve("hc.extxyz");
        StructureFiles.write(new Dataset("hc", List.of(RandomStructures.cluster(5, 8, new int[] {1, 6}, 4))), hydrocarbons);
        DescriptorSpec spec = DescriptorCatalog.parse("soap(n_max=4, species=[H, C, O], radial=optimal(q_max=2, fit=\""
                + hydrocarbons + "\"))");
        ParameterException e = assertThrows(ParameterException.class, () -> DescriptorCatalog.create(spec, new int[] {1, 6}));
        assertEquals("radial.fit", e.parameter());
        assertTrue(e.getMessage().contains("no O atoms"), e.getMessage());
    }
}
