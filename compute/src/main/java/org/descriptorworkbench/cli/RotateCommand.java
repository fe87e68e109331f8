package org.descriptorworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.descriptorworkbench.analysis.perturbation.RotationResult;
import org.descriptorworkbench.analysis.perturbation.RotationTest;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.task.ConsoleProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dwb rotate}: the rotation-invariance test of seed 001 Fig. 3 on a finite diamond Si block. */
@Command(name = "rotate", mixinStandardHelpOptions = true,
        description = {"Rotation test: |V(theta) - V(0)| of a finite 4x4x4 diamond Si block rotated about y.",
            "Over all atoms, for theta in (0, 2 pi]. Prints the largest norm as JSON.",
            "  dwb rotate --descriptor SPEC [--angles 36] --out C.json"})
public final class RotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--descriptor", required = true, paramLabel = "SPEC", description = "Descriptor spec, e.g. 'soap(r_cut=5)'.")
    String descriptor;

    @Option(names = "--angles", defaultValue = "36", description = "Number of angles 2 pi k/K, k = 1..K (default ${DEFAULT-VALUE}).")
    int angles;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON file for the norms.")
    Path out;

    @Override
    public Integer call() {
        Descriptor parsed = DescriptorCatalog.create(DescriptorCatalog.parse(descriptor), new int[] {14});
        RotationResult result;
        try (ConsoleProgressBar bar = AnalysisIo.progressBar("rotate")) {
            result = new RotationTest(parsed, angles).run(bar);
        }
        AnalysisIo.writeJson(out, result);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("max_norm", result.maxNorm());
        summary.put("max_relative", result.maxRelative());
        summary.put("angles", result.angles().length);
        AnalysisIo.printJson(spec.commandLine().getOut(), summary);
        return 0;
    }
}
