package org.descriptorworkbench.descriptor.mbtr;

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

/** MBTR k = 2 reproduces DScribe 2.1.1's vectors in reference/dscribe_mbtr_k2.json to 1e-10 of each vector's largest value. */
class MbtrReferenceTest {
    private static final String SPEC = "mbtr(k=2, geometry=inverse_distance, grid_min=0, grid_max=1.2, grid_n=25, "
            + "sigma=0.05, weighting=exp(scale=0.5, threshold=1e-3), normalize_gaussians=true, normalization=none, species=%s)";

    @ParameterizedTest
    @ValueSource(strings = {"si", "molecules", "g2"})
    void reproducesDscribeK2Vectors(String name) throws IOException {
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
            assertEquals(1, m.rows());
            double max = 0;
            double diff = 0;
            for (int f = 0; f < m.columns(); f++) {
                max = Math.max(max, Math.abs(expected.get(f).asDouble()));
                diff = Math.max(diff, Math.abs(m.data()[f] - expected.get(f).asDouble()));
            }
            worst = Math.max(worst, diff / max);
        }
        assertTrue(worst <= 1e-10, name + ": max relative difference " + worst);
    }

    static JsonNode group(String name) throws IOException {
        JsonNode root = new ObjectMapper().readTree(SharedFiles.reference("dscribe_mbtr_k2.json").toFile());
        for (JsonNode result : root.get("results")) {
            if (result.get("group").asText().equals(name)) {
                return result;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
