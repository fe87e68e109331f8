package org.descriptorworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.descriptorworkbench.analysis.pca.PrincipalComponents;
import org.descriptorworkbench.task.ConsoleProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dwb pca}: explained-variance fractions of a descriptor matrix. */
@Command(name = "pca", mixinStandardHelpOptions = true,
        description = "Explained-variance fractions (descending), cumulative fractions and the zero level.")
public final class PcaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--a", required = true, paramLabel = "A", description = "Descriptor matrix (.npy or .csv).")
    Path a;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON file for the result.")
    Path out;

    @Override
    public Integer call() {
        PrincipalComponents job = new PrincipalComponents(AnalysisIo.read(a).matrix());
        try (ConsoleProgressBar bar = AnalysisIo.progressBar("pca")) {
            AnalysisIo.writeJson(out, job.run(bar));
        }
        return 0;
    }
}
