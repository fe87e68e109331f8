package org.descriptorworkbench.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dwb bench soap}: SOAP with r_cut 5, n_max 8, l_max 6, σ 0.5, GTO, compression off on the
 * timing structures, next to DScribe 2.1.1's figures measured on this machine kind (issue 3).
 */
@Command(name = "soap", mixinStandardHelpOptions = true,
        description = "Time SOAP (r_cut 5, n_max 8, l_max 6, sigma 0.5, gto) on the timing structures; µs per atom vs DScribe.")
final class BenchSoapCommand implements Callable<Integer> {
    static final String SOAP_SPEC = "soap(r_cut=5, n_max=8, l_max=6, sigma=0.5, basis=gto, compression=off)";

    static final List<DescriptorBenchmark.TimingCase> CASES = List.of(
            new DescriptorBenchmark.TimingCase(DescriptorBenchmark.ALLOY.file(), DescriptorBenchmark.ALLOY.name(), 190, 255),
            new DescriptorBenchmark.TimingCase(DescriptorBenchmark.SILICON.file(), DescriptorBenchmark.SILICON.name(), 80, 80));

    @Mixin
    DescriptorBenchmark benchmark;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return benchmark.run(SOAP_SPEC, CASES, spec.commandLine().getOut());
    }
}
