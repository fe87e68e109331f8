package org.descriptorworkbench.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dwb bench soap-jacobian}: the analytical Jacobian of SOAP at the {@code bench soap} setting
 * (r_cut 5, n_max 8, l_max 6, σ 0.5, GTO, compression off) — the kernel of {@code dwb sensitivity}
 * and of DScribe-style derivatives — in ms per environment on one thread, next to the features alone.
 */
@Command(name = "soap-jacobian", mixinStandardHelpOptions = true,
        description = "Time the SOAP Jacobian (bench soap settings) on the timing structures; ms per environment, 1 thread.")
final class BenchSoapJacobianCommand implements Callable<Integer> {

    @Mixin
    DescriptorBenchmark benchmark;

    @Option(names = "--environments", paramLabel = "N", defaultValue = "50",
            description = "Environments timed per structure, spread evenly over its atoms (default ${DEFAULT-VALUE}).")
    int environments;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return benchmark.runJacobian(BenchSoapCommand.SOAP_SPEC,
                List.of(DescriptorBenchmark.ALLOY, DescriptorBenchmark.SILICON), environments, spec.commandLine().getOut());
    }
}
