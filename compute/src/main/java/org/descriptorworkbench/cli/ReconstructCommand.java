package org.descriptorworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.reconstruction.FeatureReconstruction;
import org.descriptorworkbench.analysis.reconstruction.SklearnSplits;
import org.descriptorworkbench.task.ConsoleProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dwb reconstruct}: GFRE, GFRD and LFRE both ways, as scikit-matter computes them by default. */
@Command(name = "reconstruct", mixinStandardHelpOptions = true,
        description = "GFRE, GFRD and LFRE of A->B and B->A with pointwise test errors (scikit-matter defaults).")
public final class ReconstructCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--a", required = true, paramLabel = "A", description = "First descriptor matrix (.npy or .csv).")
    Path a;

    @Option(names = "--b", required = true, paramLabel = "B", description = "Second descriptor matrix.")
    Path b;

    @Option(names = "--local", defaultValue = "15", description = "Neighbours for LFRE (default ${DEFAULT-VALUE}).")
    int local;

    @Option(names = "--seed", defaultValue = "1597463007",
            description = "Seed of the train/test split and ridge folds (default ${DEFAULT-VALUE} = 0x5F3759DF, scikit-matter's).")
    long seed = SklearnSplits.SKMATTER_SEED;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON file for the result.")
    Path out;

    @Override
    public Integer call() {
        List<LabelledMatrix> pair = AnalysisIo.readAligned(List.of(a, b));
        FeatureReconstruction.Result result;
        try (ConsoleProgressBar bar = AnalysisIo.progressBar("reconstruct")) {
            result = new FeatureReconstruction(pair.get(0), pair.get(1), local, seed).run(bar);
        }
        AnalysisIo.writeJson(out, result);
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "GFRE A->B %.6f  B->A %.6f   GFRD A->B %s  B->A %s   LFRE A->B %.6f  B->A %.6f",
                result.aToB().gfre(), result.bToA().gfre(), format(result.aToB().gfrd()),
                format(result.bToA().gfrd()), result.aToB().lfre(), result.bToA().lfre()));
        return 0;
    }

    private static String format(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.6f", value);
    }
}
