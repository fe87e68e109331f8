package org.descriptorworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every dataset the project ships or tests against reads with the frame and atom counts listed in
 * shared/datasets/README.md, and the reference structures match shared/reference/structures/structures_meta.json.
 */
class SampleDatasetsTest {

    /** Frames / atoms per file, from shared/datasets/README.md. */
    private static final Map<String, long[]> COUNTS = Map.of(
            "Si_mlearn_239.extxyz", new long[] {239, 14758},
            "small_molecules-1000.xyz", new long[] {985, 17743},
            "qm9_500_schnetpack.extxyz", new long[] {500, 5970},
            "pepconf_dipeptide_1260.extxyz", new long[] {1260, 52164},
            "dataset_AlNiCu.extxyz", new long[] {3337, 27987},
            "LiMoNiTiO_824.extxyz", new long[] {824, 46144},
            "TiO2_aenet_sub2000.extxyz", new long[] {2000, 43114},
            "g2_162.extxyz", new long[] {162, 860},
            "quinary_liquid.extxyz", new long[] {200, 25600},
            "si_phases.extxyz", new long[] {120, 16800});

    static Stream<Arguments> datasetFiles() throws IOException {
        List<Arguments> files = new ArrayList<>();
        for (Path dir : datasetDirectories()) {
            for (Path file : structureFiles(dir)) {
                files.add(Arguments.of(TestFiles.shared().relativize(file).toString().startsWith("..")
                        ? "sample-data/" + file.getFileName() : TestFiles.shared().relativize(file).toString(), file));
            }
        }
        return files.stream();
    }

    private static List<Path> datasetDirectories() {
        return List.of(TestFiles.shared().resolve("datasets/bundle"), TestFiles.shared().resolve("datasets/generated"),
                TestFiles.repository().resolve("sample-data"));
    }

    private static List<Path> structureFiles(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> StructureFormat.forFile(p).isPresent()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasetFiles")
    void readsWithTheDocumentedFrameAndAtomCounts(String name, Path file) {
        long[] expected = COUNTS.get(file.getFileName().toString());
        assertTrue(expected != null, "no documented counts for " + name);
        Dataset dataset = StructureFiles.read(file);
        assertEquals(expected[0], dataset.size(), "frames");
        assertEquals(expected[1], dataset.atomCount(), "atoms");
    }

    @Test
    void everyDocumentedDatasetIsPresentInEachFolder() throws IOException {
        Set<String> bundled = new TreeSet<>();
        for (Path dir : datasetDirectories()) {
            structureFiles(dir).forEach(p -> bundled.add(p.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(COUNTS.keySet()), bundled);
        assertEquals(COUNTS.size(), structureFiles(TestFiles.repository().resolve("sample-data")).size());
    }

    static Stream<Arguments> referenceStructures() throws IOException {
        JsonNode meta = new ObjectMapper().readTree(TestFiles.shared().resolve("reference/structures/structures_meta.json").toFile());
        List<Arguments> cases = new ArrayList<>();
        meta.get("structures").fields().forEachRemaining(e -> cases.add(Arguments.of(e.getKey(), e.getValue())));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceStructures")
    void referenceStructuresMatchTheirMetadata(String name, JsonNode meta) {
        Dataset dataset = StructureFiles.read(TestFiles.shared().resolve("reference/structures").resolve(meta.get("file").asText()));
        assertEquals(meta.get("n_frames").asInt(), dataset.size());
        for (int i = 0; i < dataset.size(); i++) {
            Structure s = dataset.get(i);
            assertEquals(meta.get("n_atoms").get(i).asInt(), s.atomCount(), "atoms of frame " + i);
            assertEquals(meta.get("formulas").get(i).asText(), s.formula(), "formula of frame " + i);
            JsonNode pbc = meta.get("pbc").get(i);
            assertArrayEquals(new boolean[] {pbc.get(0).asBoolean(), pbc.get(1).asBoolean(), pbc.get(2).asBoolean()}, s.pbc());
        }
    }


    @Test
    void everyReferenceStructureFileIsDescribedInTheMetadata() throws IOException {
        Set<String> described = new TreeSet<>();
        referenceStructures().forEach(a -> described.add(((JsonNode) a.get()[1]).get("file").asText()));
        Set<String> present = new TreeSet<>();
        structureFiles(TestFiles.shared().resolve("reference/structures")).forEach(p -> present.add(p.getFileName().toString()));
        assertEquals(present, described);
    }
}
