package org.descriptorworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.imbalance.ImbalanceMatrix;
import org.descriptorworkbench.analysis.imbalance.ImbalanceResult;
import org.descriptorworkbench.analysis.imbalance.InformationImbalance;
import org.descriptorworkbench.task.ConsoleProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dwb bench imbalance}: exact information imbalance on seeded random data, timed, with its memory;
 * with {@code --matrix M}, the pairwise matrix of M descriptors.
 */
@Command(name = "imbalance", mixinStandardHelpOptions = true,
        description = {"Time the exact information imbalance (both directions) on A = N x D Gaussian,"
                + " B = A[:, :D/2] + 0.3 noise (the ii_large recipe).",
            "With --matrix M: the pairwise Delta/RIM/SRIM matrix of M descriptors X_j = A[:, :D_j] + 0.3 noise,"
                + " D_j from D down to about D/2."})
public final class BenchImbalanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--n", defaultValue = "10000", description = "Rows (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--d", defaultValue = "500", description = "Columns of A (default ${DEFAULT-VALUE}); B has D/2.")
    int d;

    @Option(names = "--k", defaultValue = "1", description = "Neighbours (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--matrix", paramLabel = "M", defaultValue = "0",
            description = "Time the pairwise matrix of M descriptors instead of one pair (default: one pair).")
    int matrix;

    @Override
    public Integer call() {
        if (matrix > 0) {
            return benchMatrix();
        }
        PrintWriter out = spec.commandLine().getOut();
        int threads = Runtime.getRuntime().availableProcessors();
        double[][] data = AnalysisBenchSupport.referenceLikePair(n, d, seed);
        int half = data[1].length / n;
        RowMatrix a = new RowMatrix(n, d, data[0]);
        RowMatrix b = new RowMatrix(n, half, data[1]);
        System.gc();
        AnalysisBenchSupport.resetHeapPeaks();
        long start = System.nanoTime();
        ImbalanceResult result;
        try (ConsoleProgressBar bar = AnalysisIo.progressBar("bench imbalance")) {
            result = new InformationImbalance(a, b, k).run(bar);
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        long inputBytes = 8L * (data[0].length + data[1].length);
        double multiplyAdds = (double) n * n * (d + half);
        out.println(String.format(Locale.ROOT, "bench imbalance: N=%d D_A=%d D_B=%d k=%d threads=%d", n, d, half, k,
                threads));
        out.println(String.format(Locale.ROOT, "  time %.2f s  (%.2f G multiply-adds/s, %.1f M pairs/s per space)",
                seconds, multiplyAdds / seconds * 1e-9, (double) n * n / seconds * 1e-6));
        out.println(String.format(Locale.ROOT, "  Delta(A->B) %.9f  Delta(B->A) %.9f  SRIM %.4f", result.aToB(),
                result.bToA(), result.srim()));
        out.println(String.format(Locale.ROOT,
                "  memory: inputs %.1f MiB, heap peak during the run %.1f MiB (an N x N matrix would be %.1f MiB)",
                AnalysisBenchSupport.mib(inputBytes), AnalysisBenchSupport.mib(AnalysisBenchSupport.heapPeakBytes()),
                AnalysisBenchSupport.mib(8L * n * n)));
        return 0;
    }

    private Integer benchMatrix() {
        PrintWriter out = spec.commandLine().getOut();
        List<LabelledMatrix> set = AnalysisBenchSupport.relatedDescriptors(n, d, matrix, seed);
        long columns = set.stream().mapToLong(member -> member.matrix().cols()).sum();
        System.gc();
        AnalysisBenchSupport.resetHeapPeaks();
        long start = System.nanoTime();
        ImbalanceMatrix.Table table;
        try (ConsoleProgressBar bar = AnalysisIo.progressBar("bench imbalance matrix")) {
            table = new ImbalanceMatrix(set, k).run(bar);
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        out.println(String.format(Locale.ROOT, "bench imbalance matrix: M=%d N=%d D=%d..%d k=%d threads=%d", matrix, n,
                set.get(set.size() - 1).matrix().cols(), d, k, Runtime.getRuntime().availableProcessors()));
        out.println(String.format(Locale.ROOT, "  time %.2f s for %d ordered pairs (%.2f ms per ordered pair)",
                seconds, matrix * (matrix - 1), 1e3 * seconds / (matrix * (matrix - 1.0))));
        out.println(String.format(Locale.ROOT, "  Delta(X1->X2) %.9f  Delta(X2->X1) %.9f  SRIM(X1, X%d) %.4f",
                table.delta()[0][1], table.delta()[1][0], matrix, table.srim()[0][matrix - 1]));
        out.println(String.format(Locale.ROOT, "  memory: inputs %.1f MiB, heap peak during the run %.1f MiB",
                AnalysisBenchSupport.mib(8L * n * columns),
                AnalysisBenchSupport.mib(AnalysisBenchSupport.heapPeakBytes())));
        return 0;
    }
}
