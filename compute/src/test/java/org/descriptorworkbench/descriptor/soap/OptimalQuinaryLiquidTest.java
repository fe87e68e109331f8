package org.descriptorworkbench.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.Progress;
import org.descriptorworkbench.testing.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optimal basis on real data: the first four frames of the Al–Cu–Fe–Mg–Si liquid
 * (sample-data/quinary_liquid.extxyz, 512 environments), q_max = 4 out of a GTO basis of n_max = 8,
 * as seed 003 §2.2.1 does for silicon: the residual variance must fall quickly with q.
 */
class OptimalQuinaryLiquidTest {
    private static final String SOAP = "soap(r_cut=5, n_max=8, l_max=6, sigma=0.5";
    @TempDir
    static Path dir;
    private static Path fit;
    private static Dataset frames;

    @BeforeAll
    static void writeFitFrames() {
        Dataset all = StructureFiles.read(SharedFiles.sampleData("quinary_liquid.extxyz"));
        frames = new Dataset("quinary frames 0-3", all.structures().subList(0, 4));
        fit = dir.resolve("quinary4.extxyz");
        StructureFiles.write(frames, fit);
    }

    private static Descriptor descriptor(String optimal) {
        return DescriptorCatalog.create(DescriptorCatalog.parse(SOAP + ", radial=optimal(" + optimal + ", fit=\"" + fit + "\"))"),
                frames.species());
    }

    private static String report(OptimalRadialBasis basis, int q) {
        StringBuilder text = new StringBuilder();
        for (ResidualVarianceCurve curve : basis.residualVariance()) {
            text.append(String.format(Locale.ROOT, "%s l=%d RV(%d)=%.3e%n", curve.channel(), curve.l(), q, curve.at(q)));
        }
        ResidualVarianceCurve total = basis.totalResidualVariance();
        for (int k = 1; k < total.residualVariance().length; k++) {
            text.append(String.format(Locale.ROOT, "all RV(%d)=%.3e%n", k, total.at(k)));
        }
        return text.toString();
    }

    @Test
    void fourOptimalFunctionsPerSpeciesKeepAlmostAllTheVariance() {
        Descriptor d = descriptor("q_max=4");
        OptimalRadialBasis basis = OptimalRadialBasis.of(d).orElseThrow();
        System.out.print("quinary liquid, per species:\n" + report(basis, 4));
        assertEquals(512, basis.environmentCount());
        assertTrue(basis.totalResidualVariance().at(4) < 1e-2, report(basis, 4));
        for (ResidualVarianceCurve curve : basis.residualVariance()) {
            assertTrue(curve.at(4) < 5e-2, curve.channel() + " l=" + curve.l() + " RV(4)=" + curve.at(4));
        }
        FeatureMatrix x = DescriptorEngine.compute(d, frames, 1, Progress.none());
        assertEquals(512, x.rows());
        assertEquals(7 * (5 * 10 + 10 * 16), x.columns());
    }

    @Test
    void theMixedBasisNeedsFewerFunctionsForTheSameVariance() {
        OptimalRadialBasis perSpecies = OptimalRadialBasis.of(descriptor("q_max=4")).orElseThrow();
        OptimalRadialBasis mixed = OptimalRadialBasis.of(descriptor("q_max=20, mixed=true")).orElseThrow();
        System.out.print("quinary liquid, mixed:\n" + report(mixed, 20));
        // 20 mixed functions span a subspace of the 5 × 4 per-species ones' dimension, chosen optimally over (α, n)
        assertTrue(mixed.totalResidualVariance().at(20) <= perSpecies.totalResidualVariance().at(4) + 1e-12,
                mixed.totalResidualVariance().at(20) + " vs " + perSpecies.totalResidualVariance().at(4));
    }
}
