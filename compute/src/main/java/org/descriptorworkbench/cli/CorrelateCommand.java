package org.descriptorworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.correlation.CorrelationResult;
import org.descriptorworkbench.analysis.correlation.DistanceCorrelation;
import org.descriptorworkbench.task.ConsoleProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dwb correlate}: distance–distance and rank–rank comparison of two descriptors. */
@Command(name = "correlate", mixinStandardHelpOptions = true,
        description = "Scaled distance-distance and rank-rank histograms, a random sample of pairs, Pearson and"
                + " Spearman correlations and the most disagreeing pairs of two descriptors.")
public final class CorrelateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--a", required = true, paramLabel = "A", description = "First descriptor matrix (.npy or .csv).")
    Path a;

    @Option(names = "--b", required = true, paramLabel = "B", description = "Second descriptor matrix.")
    Path b;

    @Option(names = "--bins", defaultValue = "200", description = "Histogram bins per axis (default ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--sample", defaultValue = "100000", description = "Pairs in the random sample (default ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--top", defaultValue = "50", description = "Most disagreeing pairs to list (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random sample (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON file for the result.")
    Path out;

    @Override
    public Integer call() {
        List<LabelledMatrix> pair = AnalysisIo.readAligned(List.of(a, b));
        CorrelationResult result;
        try (ConsoleProgressBar bar = AnalysisIo.progressBar("correlate")) {
            result = new DistanceCorrelation(pair.get(0).matrix(), pair.get(1).matrix(), bins, sample, top, seed)
                    .run(bar);
        }
        if (result.zeroDistancePairsA() > 0 || result.zeroDistancePairsB() > 0) {
            spec.commandLine().getErr().println("dwb: warning: duplicate environments (distance 0): "
                    + result.zeroDistancePairsA() + " pairs in " + a + ", " + result.zeroDistancePairsB() + " in " + b);
        }
        AnalysisIo.writeJson(out, result);
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "pearson %.6f  spearman %.6f  n %d",
                result.pearson(), result.spearman(), result.n()));
        return 0;
    }
}
