package org.descriptorworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.descriptorworkbench.analysis.perturbation.PerturbationCurve;
import org.descriptorworkbench.analysis.perturbation.PerturbationMode;
import org.descriptorworkbench.analysis.perturbation.PerturbationResult;
import org.descriptorworkbench.analysis.perturbation.TangentialDirection;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.task.ConsoleProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dwb perturb}: a perturbation sensitivity curve on diamond Si and its fitted slope (seed 001 §V A, Figs. 4, 5). */
@Command(name = "perturb", mixinStandardHelpOptions = true,
        description = {"Perturbation sensitivity curve dV(t) on 4x4x4 diamond Si and its log-log slope.",
            "Amplitudes t = logspace(-8,-1,36) A; the slope is fitted to log dV against log t over t <= 1e-4 (1 = linearly stable, 2 = quadratic). Prints the slope as JSON.",
            "  dwb perturb --descriptor SPEC --mode mixed|radial|tangential|tangential-broken [--shell 1..4]",
            "              [--direction symmetric|random] [--seed S] --out C.json"})
public final class PerturbCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--descriptor", required = true, paramLabel = "SPEC", description = "Descriptor spec, e.g. 'soap(r_cut=5)'.")
    String descriptor;

    @Option(names = "--mode", required = true, paramLabel = "MODE",
            description = "mixed, radial, tangential or tangential-broken.")
    String mode;

    @Option(names = "--shell", defaultValue = "1", description = "Neighbour shell 1..4 moved by radial/tangential modes (default ${DEFAULT-VALUE}).")
    int shell;

    @Option(names = "--direction", defaultValue = "symmetric",
            description = "Tangential direction: symmetric (a mirror-plane normal) or random (default ${DEFAULT-VALUE}).")
    String direction;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of random directions and pre-displacements (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON file for the curve.")
    Path out;

    @Override
    public Integer call() {
        PerturbationMode parsedMode = PerturbationMode.parse(mode);
        TangentialDirection parsedDirection = TangentialDirection.parse(direction);
        Descriptor parsed = DescriptorCatalog.create(DescriptorCatalog.parse(descriptor), new int[] {14});
        PerturbationResult result;
        try (ConsoleProgressBar bar = AnalysisIo.progressBar("perturb")) {
            result = new PerturbationCurve(parsed, parsedMode, shell, parsedDirection, seed).run(bar);
        }
        AnalysisIo.writeJson(out, result);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("mode", result.mode());
        summary.put("shell", result.shell());
        summary.put("direction", result.direction());
        summary.put("slope", result.slope());
        summary.put("fitted_points", result.fittedPoints());
        AnalysisIo.printJson(spec.commandLine().getOut(), summary);
        return 0;
    }
}
