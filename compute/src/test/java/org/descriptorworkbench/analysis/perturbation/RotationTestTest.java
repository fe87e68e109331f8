package org.descriptorworkbench.analysis.perturbation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.api.Test;

/** The rotation test of seed 001 Fig. 3 with SOAP. */
class RotationTestTest {

    @Test
    void rotatedBlockChangesTheDescriptorsByLessThanOneInABillion() {
        RotationResult r = new RotationTest(PerturbationCurveTest.soap(), 12).run(Progress.none());
        assertEquals(512, r.atoms());
        assertEquals(2 * Math.PI, r.angles()[11], 1e-15);
        assertTrue(r.maxNorm() < 1e-9, () -> Arrays.toString(r.norms()));
        assertTrue(r.referenceNorm() > 1, "the descriptors are not trivially zero");
    }

    @Test
    void rotationAboutYKeepsYAndDistances() {
        double[] p = DiamondSilicon.block(1).positions();
        double[] q = RotationTest.rotatedAboutY(p, 0.7);
        for (int i = 0; i < p.length / 3; i++) {
            assertEquals(p[3 * i + 1], q[3 * i + 1]);
        }
        double before = Math.hypot(Math.hypot(p[3] - p[6], p[4] - p[7]), p[5] - p[8]);
        double after = Math.hypot(Math.hypot(q[3] - q[6], q[4] - q[7]), q[5] - q[8]);
        assertEquals(before, after, 1e-14);
        assertTrue(Math.abs(q[3] - p[3]) > 0.1, "it does rotate");
    }
}
