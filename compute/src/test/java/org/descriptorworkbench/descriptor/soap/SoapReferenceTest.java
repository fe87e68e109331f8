package org.descriptorworkbench.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Element;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every SOAP array of dscribe_soap_{si,molecules,g2}.json: both radial bases, all four DScribe
 * compressions. Tolerance (README): max |difference| within one vector ≤ 1e-8 (gto) or 1e-6
 * (polynomial) of that vector's max |value|.
 */
class SoapReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"si", "molecules", "g2"})
    void reproducesEveryDScribeArrayOfTheGroup(String group) {
        JsonNode root = ReferenceData.json("dscribe_soap_" + group + ".json");
        int[] species = speciesOf(root);
        List<String> report = new ArrayList<>();
        for (JsonNode result : root.get("results")) {
            JsonNode p = result.get("params");
            String basis = p.get("rbf").asText();
            String spec = "soap(r_cut=" + p.get("r_cut").asDouble() + ", n_max=" + p.get("n_max").asInt() + ", l_max="
                    + p.get("l_max").asInt() + ", sigma=" + p.get("sigma").asDouble() + ", basis=" + basis
                    + ", compression=" + p.get("compression").get("mode").asText() + ")";
            Descriptor d = DescriptorCatalog.create(DescriptorCatalog.parse(spec), species);
            assertEquals(result.get("n_features").asInt(), d.featureCount(), spec);
            double tolerance = basis.equals("gto") ? 1e-8 : 1e-6;
            double worst = 0;
            for (JsonNode frame : result.get("frames")) {
                Dataset file = StructureFiles.read(ReferenceData.shared().resolve("reference/structures").resolve(frame.get("file").asText()));
                Dataset one = new Dataset(frame.get("file").asText(), List.of(file.get(frame.get("frame").asInt())));
                FeatureMatrix m = DescriptorEngine.compute(d, one, 2, Progress.none());
                JsonNode expected = frame.get("descriptor");
                assertEquals(expected.size(), m.rows());
                for (int row = 0; row < m.rows(); row++) {
                    double diff = ReferenceData.relativeDifference(m.row(row), expected.get(row));
                    worst = Math.max(worst, diff);
                    assertTrue(diff <= tolerance, spec + " " + frame.get("file").asText() + " row " + row + ": " + diff);
                }
            }
            report.add(String.format("%s: worst relative difference %.1e", spec, worst));
        }
        report.forEach(System.out::println);
    }

    private static int[] speciesOf(JsonNode root) {
        List<Integer> z = new ArrayList<>();
        for (JsonNode s : root.get("species_sorted_by_Z")) {
            z.add(Element.bySymbol(s.asText()).orElseThrow().atomicNumber());
        }
        return z.stream().mapToInt(Integer::intValue).toArray();
    }
}
