package org.descriptorworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.imbalance.ImbalanceMatrix;
import org.descriptorworkbench.analysis.imbalance.ImbalancePlane;
import org.descriptorworkbench.analysis.imbalance.ImbalanceResult;
import org.descriptorworkbench.analysis.imbalance.InformationImbalance;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.ConsoleProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dwb imbalance}: exact information imbalance of two descriptors, a plane against a reference, or a pairwise matrix. */
@Command(name = "imbalance", mixinStandardHelpOptions = true,
        description = {"Exact information imbalance (Glielmo et al. 2022): every rank computed, memory O(N*D).",
            "  dwb imbalance --a A.npy --b B.npy [--k 1] [--out full.json]",
            "  dwb imbalance --ref R.npy --set X1.npy X2.npy ... --out plane.json",
            "  dwb imbalance --matrix --set X1.npy X2.npy ... --out matrix.json"})
public final class ImbalanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--a", paramLabel = "A", description = "First descriptor matrix (.npy or .csv).")
    Path a;

    @Option(names = "--b", paramLabel = "B", description = "Second descriptor matrix.")
    Path b;

    @Option(names = "--ref", paramLabel = "R", description = "Reference descriptor of the information-imbalance plane.")
    Path reference;

    @Option(names = "--set", arity = "1..*", paramLabel = "X", description = "Descriptors of the plane or the matrix.")
    List<Path> set = new ArrayList<>();

    @Option(names = "--matrix", description = "Pairwise Delta/RIM/SRIM matrix of the --set descriptors.")
    boolean matrix;

    @Option(names = "--k", defaultValue = "1", description = "Number of nearest neighbours (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--out", paramLabel = "FILE", description = "JSON file for the full result.")
    Path out;

    @Override
    public Integer call() {
        if (a != null || b != null) {
            requirePair();
            List<LabelledMatrix> pair = AnalysisIo.readAligned(List.of(a, b));
            ImbalanceResult result;
            try (ConsoleProgressBar bar = AnalysisIo.progressBar("imbalance")) {
                result = new InformationImbalance(pair.get(0).matrix(), pair.get(1).matrix(), k).run(bar);
            }
            report(result);
        } else if (matrix) {
            requireSet(2, "--matrix");
            requireOut("--matrix");
            ImbalanceMatrix job = new ImbalanceMatrix(AnalysisIo.readAligned(set), k);
            try (ConsoleProgressBar bar = AnalysisIo.progressBar("imbalance matrix")) {
                AnalysisIo.writeJson(out, job.run(bar));
            }
        } else if (reference != null) {
            requireSet(1, "--ref");
            requireOut("--ref");
            List<Path> files = new ArrayList<>();
            files.add(reference);
            files.addAll(set);
            List<LabelledMatrix> all = AnalysisIo.readAligned(files);
            ImbalancePlane job = new ImbalancePlane(all.get(0), all.subList(1, all.size()), k);
            try (ConsoleProgressBar bar = AnalysisIo.progressBar("imbalance plane")) {
                AnalysisIo.writeJson(out, job.run(bar));
            }
        } else {
            throw new ParameterException("--a", "give --a and --b, or --ref with --set, or --matrix with --set");
        }
        return 0;
    }

    private void report(ImbalanceResult result) {
        warnAboutDuplicates(result.rowsWithDuplicateInA(), a);
        warnAboutDuplicates(result.rowsWithDuplicateInB(), b);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("a_to_b", result.aToB());
        summary.put("b_to_a", result.bToA());
        summary.put("rim_a_to_b", result.rimAToB());
        summary.put("rim_b_to_a", result.rimBToA());
        summary.put("srim", result.srim());
        summary.put("n", result.n());
        summary.put("k", result.k());
        AnalysisIo.printJson(spec.commandLine().getOut(), summary);
        if (out != null) {
            AnalysisIo.writeJson(out, result);
        }
    }

    private void warnAboutDuplicates(int rows, Path file) {
        if (rows > 0) {
            spec.commandLine().getErr().println("dwb: warning: " + rows + " rows of " + file
                    + " have an exact duplicate (distance 0); their neighbour is decided by lowest index");
        }
    }

    private void requirePair() {
        if (a == null || b == null) {
            throw new ParameterException(a == null ? "--a" : "--b", "--a and --b must be given together");
        }
        if (reference != null || matrix || !set.isEmpty()) {
            throw new ParameterException("--a", "cannot be combined with --ref, --set or --matrix");
        }
    }

    private void requireSet(int minimum, String mode) {
        if (set.size() < minimum) {
            throw new ParameterException("--set", mode + " needs at least " + minimum + " descriptor files, got "
                    + set.size());
        }
    }

    private void requireOut(String mode) {
        if (out == null) {
            throw new ParameterException("--out", mode + " writes its result to a JSON file given with --out");
        }
    }
}
