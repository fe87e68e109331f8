package org.descriptorworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.descriptorworkbench.analysis.selection.Axis;
import org.descriptorworkbench.analysis.selection.Method;
import org.descriptorworkbench.analysis.selection.Selection;
import org.descriptorworkbench.task.ConsoleProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dwb select}: CUR or FPS selection of features or samples in scikit-matter's order, with ε(k). */
@Command(name = "select", mixinStandardHelpOptions = true,
        description = "Select features or samples by CUR or FPS (scikit-matter's order) with the error curve eps(k).")
public final class SelectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--a", required = true, paramLabel = "A", description = "Descriptor matrix (.npy or .csv).")
    Path a;

    @Option(names = "--method", required = true, description = "cur or fps.")
    String method;

    @Option(names = "--axis", defaultValue = "features", description = "features or samples (default ${DEFAULT-VALUE}).")
    String axis;

    @Option(names = "--n", required = true, paramLabel = "K", description = "Number to select.")
    int n;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON file for the result.")
    Path out;

    @Override
    public Integer call() {
        Selection job = new Selection(AnalysisIo.read(a).matrix(), Method.parse(method), Axis.parse(axis), n);
        Selection.Result result;
        try (ConsoleProgressBar bar = AnalysisIo.progressBar("select")) {
            result = job.run(bar);
        }
        if (result.selected().length < n) {
            spec.commandLine().getErr().println("dwb: warning: stopped after " + result.selected().length
                    + " picks: the remaining candidates score below the tolerance");
        }
        AnalysisIo.writeJson(out, result);
        return 0;
    }
}
