package org.descriptorworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dwb bench} for the analyses: groups {@code bench imbalance} and {@code bench correlate}.
 * At integration the two subcommands join the descriptor benchmarks' {@code bench} command and this
 * class goes away.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on seeded random data; they print timings and memory figures.",
        subcommands = {BenchImbalanceCommand.class, BenchCorrelateCommand.class})
public final class AnalysisBenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
