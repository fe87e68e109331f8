package org.descriptorworkbench.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dwb bench acsf}: ACSF with the reference parameters of dscribe_acsf.json (r_cut 5, G2 (η, R_s)
 * = (1, 1), (1, 2), (1, 3), G4 (η, ζ, λ) = (1, 1, 1), (1, 2, 1), (1, 1, −1), (1, 2, −1)) on the timing
 * structures (issue 4).
 */
@Command(name = "acsf", mixinStandardHelpOptions = true,
        description = "Time ACSF (the reference parameters) on the timing structures; µs per atom.")
final class BenchAcsfCommand implements Callable<Integer> {
    static final String ACSF_SPEC = "acsf(r_cut=5, g2=[[1, 1], [1, 2], [1, 3]], "
            + "g4=[[1, 1, 1], [1, 2, 1], [1, 1, -1], [1, 2, -1]])";

    @Mixin
    DescriptorBenchmark benchmark;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return benchmark.run(ACSF_SPEC, List.of(DescriptorBenchmark.ALLOY, DescriptorBenchmark.SILICON), spec.commandLine().getOut());
    }
}
