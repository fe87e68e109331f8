package org.descriptorworkbench.descriptor.soap;

import org.descriptorworkbench.testing.RandomStructures;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.api.Test;

/**
 * SOAP derivatives against DScribe's (dscribe_soap_derivatives_si.json, centres 0 and 1 of the 64-atom
 * Si cell, attach=True: the centre moves with its atom; periodic images summed onto their atoms).
 */
class SoapDerivativesReferenceTest {
    private static final JsonNode ROOT = ReferenceData.json("dscribe_soap_derivatives_si.json");
    private static final String SPEC = "soap(r_cut=4, n_max=4, l_max=3, sigma=0.5, basis=gto, compression=off)";

    private static JsonNode run(boolean periodic, String method) {
        for (JsonNode r : ROOT.get("results")) {
            JsonNode call = r.get("derivatives_call");
            if (r.get("params").get("periodic").asBoolean() == periodic && call.get("method").asText().equals(method)
                    && call.get("attach").asBoolean()) {
                return r;
            }
        }
        throw new IllegalStateException("no run periodic=" + periodic + " method=" + method);
    }

    private static Structure silicon(boolean periodic) {
        Structure s = StructureFiles.read(ReferenceData.reference("structures/si_diamond_2x2x2.extxyz")).get(0);
        return periodic ? s : Structure.cluster(s.atomicNumbers(), s.positions());
    }

    /** Largest |ours − DScribe's| over both centres, all atoms, axes and features. */
    private static double maxDifference(boolean periodic, JsonNode run) {
        Structure s = silicon(periodic);
        Descriptor d = RandomStructures.descriptor(SPEC, new int[] {14});
        int features = d.featureCount();
        int atoms = s.atomCount();
        JsonNode centres = run.get("derivatives_call").get("centers");
        int[] centreAtoms = new int[centres.size()];
        for (int c = 0; c < centreAtoms.length; c++) {
            centreAtoms[c] = centres.get(c).asInt();
        }
        double[] ours = DescriptorEngine.derivatives(d, s, centreAtoms, 2, Progress.none());
        double worst = 0;
        for (int c = 0; c < centreAtoms.length; c++) {
            JsonNode expected = run.get("derivatives").get(c);
            for (int atom = 0; atom < atoms; atom++) {
                for (int axis = 0; axis < 3; axis++) {
                    JsonNode values = expected.get(atom).get(axis);
                    for (int f = 0; f < features; f++) {
                        double mine = ours[((c * atoms + atom) * 3 + axis) * features + f];
                        worst = Math.max(worst, Math.abs(mine - values.get(f).asDouble()));
                    }
                }
            }
        }
        System.out.printf("SOAP derivatives vs DScribe (periodic=%s, %s): max |difference| %.1e%n", periodic,
                run.get("derivatives_call").get("method").asText(), worst);
        return worst;
    }

    @Test
    void matchesDScribesAnalyticalDerivativesOfTheFiniteCluster() {
        double worst = maxDifference(false, run(false, "analytical"));
        assertTrue(worst <= 1e-7, "max difference " + worst);
    }

    @Test
    void matchesDScribesNumericalDerivativesOfTheFiniteCluster() {
        double worst = maxDifference(false, run(false, "numerical"));
        assertTrue(worst <= 1e-6, "max difference " + worst);
    }

    @Test
    void matchesDScribesNumericalDerivativesOfThePeriodicCrystal() {
        double worst = maxDifference(true, run(true, "numerical"));
        assertTrue(worst <= 1e-6, "max difference " + worst);
    }
}
