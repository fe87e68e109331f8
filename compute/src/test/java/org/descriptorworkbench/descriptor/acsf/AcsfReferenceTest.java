package org.descriptorworkbench.descriptor.acsf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.Progress;
import org.descriptorworkbench.testing.SharedFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ACSF reproduces DScribe 2.1.1's arrays in reference/dscribe_acsf.json to 1e-10 absolute (README tolerance). */
class AcsfReferenceTest {
    private static final String SPEC = "acsf(r_cut=5, g2=[[1, 1], [1, 2], [1, 3]], "
            + "g4=[[1, 1, 1], [1, 2, 1], [1, 1, -1], [1, 2, -1]], species=%s)";

    static JsonNode group(String name) throws IOException {
        JsonNode root = new ObjectMapper().readTree(SharedFiles.reference("dscribe_acsf.json").toFile());
        for (JsonNode result : root.get("results")) {
            if (result.get("group").asText().equals(name)) {
                return result;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"si", "molecules", "g2"})
    void reproducesDscribeArrays(String name) throws IOException {
        JsonNode result = group(name);
        List<String> species = new ArrayList<>();
        result.get("params").get("species").forEach(s -> species.add(s.asText()));
        Descriptor descriptor = DescriptorCatalog.create(
                DescriptorCatalog.parse(String.format(SPEC, species.toString())), new int[0]);
        assertEquals(result.get("n_features").asInt(), descriptor.featureCount());
        double worst = 0;
        for (JsonNode frame : result.get("frames")) {
            Dataset all = StructureFiles.read(SharedFiles.reference("structures").resolve(frame.get("file").asText()));
            Dataset one = new Dataset("frame", List.of(all.get(frame.get("frame").asInt())));
            FeatureMatrix m = DescriptorEngine.compute(descriptor, one, 1, Progress.none());
            JsonNode expected = frame.get("descriptor");
            assertEquals(expected.size(), m.rows());
            for (int i = 0; i < m.rows(); i++) {
                for (int f = 0; f < m.columns(); f++) {
                    worst = Math.max(worst, Math.abs(m.data()[i * m.columns() + f] - expected.get(i).get(f).asDouble()));
                }
            }
        }
        assertTrue(worst <= 1e-10, name + ": max abs difference " + worst);
    }
}
