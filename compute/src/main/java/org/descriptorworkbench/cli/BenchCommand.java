package org.descriptorworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dwb bench}: speed measurements that print figures and ratios (never asserted in tests) —
 * descriptors on the reference timing structures, analyses on seeded random data.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: descriptors on the timing structures, analyses on seeded random data.",
        subcommands = {BenchSoapCommand.class, BenchSoapJacobianCommand.class, BenchAcsfCommand.class, BenchImbalanceCommand.class, BenchCorrelateCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
