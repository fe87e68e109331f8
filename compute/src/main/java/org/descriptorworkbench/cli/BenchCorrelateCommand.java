package org.descriptorworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.correlation.CorrelationResult;
import org.descriptorworkbench.analysis.correlation.DistanceCorrelation;
import org.descriptorworkbench.task.ConsoleProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dwb bench correlate}: distance/rank correlation on seeded random data, timed. */
@Command(name = "correlate", mixinStandardHelpOptions = true,
        description = "Time the distance-distance / rank-rank correlation on seeded random data (ii_large recipe).")
public final class BenchCorrelateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--n", defaultValue = "5000", description = "Rows (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--d", defaultValue = "100", description = "Columns of A (default ${DEFAULT-VALUE}); B has D/2.")
    int d;

    @Option(names = "--bins", defaultValue = "200", description = "Histogram bins per axis (default ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--sample", defaultValue = "100000", description = "Sampled pairs (default ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random data (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int threads = Runtime.getRuntime().availableProcessors();
        double[][] data = AnalysisBenchSupport.referenceLikePair(n, d, seed);
        int half = data[1].length / n;
        System.gc();
        AnalysisBenchSupport.resetHeapPeaks();
        long start = System.nanoTime();
        CorrelationResult result;
        try (ConsoleProgressBar bar = AnalysisIo.progressBar("bench correlate")) {
            result = new DistanceCorrelation(new RowMatrix(n, d, data[0]), new RowMatrix(n, half, data[1]), bins,
                    sample, 50, seed).run(bar);
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        out.println(String.format(Locale.ROOT, "bench correlate: N=%d D_A=%d D_B=%d bins=%d sample=%d threads=%d",
                n, d, half, bins, sample, threads));
        out.println(String.format(Locale.ROOT, "  time %.2f s  (%.1f M ordered pairs/s)", seconds,
                (double) result.rankPairs() / seconds * 1e-6));
        out.println(String.format(Locale.ROOT, "  pearson %.6f  spearman %.6f  heap peak %.1f MiB", result.pearson(),
                result.spearman(), AnalysisBenchSupport.mib(AnalysisBenchSupport.heapPeakBytes())));
        return 0;
    }
}
