package org.descriptorworkbench.analysis.perturbation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Supplier;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.Progress;
import org.junit.jupiter.api.Test;

/** Perturbation sensitivity curves with SOAP (seed 001 §V A, Figs. 4 and 5; ANALYSES.md). */
class PerturbationCurveTest {
    /** r_cut + 3.717·σ = 6.36 Å: shells 1–5 of diamond Si inside, shell 6 (6.65 Å) well outside. */
    static final String SOAP = "soap(r_cut=4.5, n_max=5, l_max=5, sigma=0.5)";

    static Descriptor soap() {
        return DescriptorCatalog.create(DescriptorCatalog.parse(SOAP), new int[] {14});
    }

    private static PerturbationResult curve(PerturbationMode mode, int shell, TangentialDirection direction) {
        return new PerturbationCurve(soap(), mode, shell, direction, 1).run(Progress.none());
    }

    private static Supplier<String> describe(PerturbationResult r) {
        return () -> "slope " + r.slope() + " over " + r.fittedPoints() + " points; dV = " + Arrays.toString(r.changes())
                + " floor " + r.floor();
    }

    @Test
    void amplitudesAreLogspaceMinusEightToMinusOne() {
        double[] t = PerturbationCurve.amplitudes();
        assertEquals(36, t.length);
        assertEquals(1e-8, t[0], 1e-22);
        assertEquals(1e-4, t[20], 1e-18);
        assertEquals(0.1, t[35], 1e-15);
    }

    @Test
    void mixedPerturbationHasSlopeOne() {
        PerturbationResult r = curve(PerturbationMode.MIXED, 0, TangentialDirection.SYMMETRIC);
        assertEquals(1.0, r.slope(), 0.1, describe(r));
        assertEquals(47, r.observedAtoms(), "the centre and its 46 neighbours within 6.36 Å see the moved centre");
    }

    @Test
    void radialPerturbationOfShellFourHasSlopeOne() {
        PerturbationResult r = curve(PerturbationMode.RADIAL, 4, TangentialDirection.SYMMETRIC);
        assertTrue(Arrays.equals(new double[] {DiamondSilicon.LATTICE_CONSTANT, 0, 0}, r.bond()), "the atom on the +x axis");
        assertTrue(Arrays.equals(new double[] {1, 0, 0}, r.motion()));
        assertEquals(1.0, r.slope(), 0.1, describe(r));
    }

    @Test
    void symmetricTangentialPerturbationOfShellOneHasSlopeTwo() {
        PerturbationResult r = curve(PerturbationMode.TANGENTIAL, 1, TangentialDirection.SYMMETRIC);
        assertEquals(DiamondSilicon.LATTICE_CONSTANT * Math.sqrt(3) / 4, r.shellDistance(), 1e-12);
        assertEquals(2.0, r.slope(), 0.1, describe(r));
    }

    /**
     * Not only the mirror direction: the gradient of an invariant descriptor at a Td-symmetric centre is
     * itself Td-invariant, and averaging any tangential displacement of a shell-1 atom over its C3v site
     * group gives zero, so every tangential direction of shell 1 is quadratic in the perfect crystal.
     */
    @Test
    void randomTangentialPerturbationOfShellOneIsStillQuadratic() {
        PerturbationResult r = curve(PerturbationMode.TANGENTIAL, 1, TangentialDirection.RANDOM);
        assertEquals(2.0, r.slope(), 0.1, describe(r));
    }

    /** A shell-2 atom lies on only one mirror plane; a random tangential direction leaves it, and the change is linear. */
    @Test
    void randomTangentialPerturbationOfShellTwoIsLinear() {
        PerturbationResult r = curve(PerturbationMode.TANGENTIAL, 2, TangentialDirection.RANDOM);
        assertEquals(1.0, r.slope(), 0.1, describe(r));
    }

    @Test
    void symmetricTangentialPerturbationOfShellTwoIsQuadratic() {
        PerturbationResult r = curve(PerturbationMode.TANGENTIAL, 2, TangentialDirection.SYMMETRIC);
        assertEquals(2.0, r.slope(), 0.1, describe(r));
    }

    @Test
    void brokenSymmetryTangentialPerturbationHasSlopeOne() {
        PerturbationResult r = curve(PerturbationMode.TANGENTIAL_BROKEN, 1, TangentialDirection.SYMMETRIC);
        assertEquals(1.0, r.slope(), 0.1, describe(r));
    }

    @Test
    void curvesWithTheSameSeedAreIdentical() {
        PerturbationResult a = curve(PerturbationMode.TANGENTIAL_BROKEN, 2, TangentialDirection.RANDOM);
        PerturbationResult b = curve(PerturbationMode.TANGENTIAL_BROKEN, 2, TangentialDirection.RANDOM);
        assertTrue(Arrays.equals(a.changes(), b.changes()));
    }

    @Test
    void tangentialMotionIsPerpendicularToTheBond() {
        PerturbationResult r = curve(PerturbationMode.TANGENTIAL, 3, TangentialDirection.RANDOM);
        double[] bond = r.bond();
        double along = r.motion()[0] * bond[0] + r.motion()[1] * bond[1] + r.motion()[2] * bond[2];
        assertEquals(0, along, 1e-12);
        assertEquals(DiamondSilicon.LATTICE_CONSTANT * Math.sqrt(11) / 4, r.shellDistance(), 1e-12);
    }

    @Test
    void rejectsAShellOutsideOneToFour() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> new PerturbationCurve(soap(), PerturbationMode.RADIAL, 5, TangentialDirection.SYMMETRIC, 0));
        assertEquals("--shell", e.parameter());
    }
}
