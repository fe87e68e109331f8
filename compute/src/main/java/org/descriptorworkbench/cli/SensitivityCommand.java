package org.descriptorworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.descriptorworkbench.analysis.sensitivity.Centre;
import org.descriptorworkbench.analysis.sensitivity.CentreChoice;
import org.descriptorworkbench.analysis.sensitivity.SensitivityAnalysis;
import org.descriptorworkbench.analysis.sensitivity.SensitivityResult;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.ConsoleProgressBar;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dwb sensitivity}: eigenvalues of the sensitivity matrix JᵀJ of chosen environments (seed 000 §IV D). */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Eigenvalues of the sensitivity matrix J^T J per environment, raw and normalised, with zero-mode counts.",
            "Zero modes are eigenvalues below 1e-12 of the largest; a generic environment has six.",
            "  dwb sensitivity --input FILE --descriptor SPEC (--centers 0,5,9 | --random 50 --seed 1) [--frame K] --out E.json"})
public final class SensitivityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Structure file (extxyz, cif, POSCAR).")
    Path input;

    @Option(names = "--descriptor", required = true, paramLabel = "SPEC",
            description = "Descriptor spec, e.g. 'soap(r_cut=5, n_max=6, l_max=6)'; it must have a Jacobian.")
    String descriptor;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    /** Either explicit atoms or a random sample. */
    static final class Selection {
        @Option(names = "--centers", split = ",", paramLabel = "I", description = "Atom indices (0-based) in the frame.")
        int[] centers;

        @Option(names = "--random", paramLabel = "N", description = "N distinct random atoms (of the frame, or of every frame without --frame).")
        Integer random;
    }

    @Option(names = "--seed", defaultValue = "1", description = "Seed of --random (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--frame", paramLabel = "K", description = "Frame (structure) index, 0-based; --centers default 0.")
    Integer frame;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON file for the spectra.")
    Path out;

    @Override
    public Integer call() {
        var parsedSpec = DescriptorCatalog.parse(descriptor);
        Dataset dataset = StructureFiles.read(input);
        Descriptor parsed = DescriptorCatalog.create(parsedSpec, dataset.species());
        List<Centre> centres = selection.centers != null
                ? CentreChoice.atoms(dataset, frame == null ? 0 : frame, selection.centers)
                : CentreChoice.random(dataset, frame == null ? -1 : frame, selection.random, seed);
        SensitivityAnalysis job = new SensitivityAnalysis(dataset, parsed, centres);
        SensitivityResult result;
        try (ConsoleProgressBar bar = AnalysisIo.progressBar("sensitivity")) {
            result = job.run(bar);
        }
        AnalysisIo.writeJson(out, result);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("environments", result.environments().size());
        summary.put("zero_modes", result.zeroModeCounts());
        AnalysisIo.printJson(spec.commandLine().getOut(), summary);
        return 0;
    }
}
