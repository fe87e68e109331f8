package org.descriptorworkbench.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dwb bench acsf}: times ACSF with the reference parameters of dscribe_acsf.json (r_cut 5,
 * G2 (η, R_s) = (1, 1), (1, 2), (1, 3), G4 (η, ζ, λ) = (1, 1, 1), (1, 2, 1), (1, 1, −1), (1, 2, −1))
 * on the reference timing structures — neighbour lists and features — and prints µs per atom, the
 * best of several runs after two warm-up runs, for one thread and for all threads (issue 4).
 */
@Command(name = "acsf", mixinStandardHelpOptions = true,
        description = "Benchmark ACSF (the reference parameters) on the timing structures and print µs per atom.")
public final class AcsfBenchCommand implements Callable<Integer> {
    static final String ACSF_SPEC = "acsf(r_cut=5, g2=[[1, 1], [1, 2], [1, 3]], "
            + "g4=[[1, 1, 1], [1, 2, 1], [1, 1, -1], [1, 2, -1]])";

    static final List<String> FILES = List.of("timing_alloy_fcc_7x7x7.extxyz", "timing_si_diamond_4x4x4.extxyz");

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run (default: all processors).")
    Integer threads;

    @Option(names = "--structures", paramLabel = "DIR",
            description = "Folder with the timing_*.extxyz files (default: ../shared/reference/structures beside the repository).")
    Path structures;

    @Option(names = "--repeats", paramLabel = "K", defaultValue = "5",
            description = "Timed runs per setting; the best is reported (default ${DEFAULT-VALUE}).")
    int repeats;

    @Spec
    CommandSpec spec;

    /** Runs the benchmark on its own (before it is registered under {@code dwb bench}). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new AcsfBenchCommand()).execute(args));
    }

    @Override
    public Integer call() {
        if (repeats < 1) {
            throw new ParameterException("--repeats", "must be at least 1, got " + repeats);
        }
        int all = threads == null ? DescriptorEngine.defaultThreads() : threads;
        if (all < 1) {
            throw new ParameterException("--threads", "must be at least 1, got " + all);
        }
        Path folder = structures != null ? structures : defaultStructures();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s, best of %d after warm-up%n", ACSF_SPEC, repeats);
        for (String name : FILES) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new WorkbenchException(file + ": timing structure not found; give its folder with --structures");
            }
            Dataset dataset = StructureFiles.read(file);
            Descriptor d = DescriptorCatalog.create(DescriptorCatalog.parse(ACSF_SPEC), dataset.species());
            long atoms = dataset.atomCount();
            List<Integer> settings = new ArrayList<>(List.of(1));
            if (all > 1) {
                settings.add(all);
            }
            for (int t : settings) {
                double[] timing = bestMicrosPerAtom(d, dataset, t, atoms);
                String cpu = t == 1 ? String.format(Locale.ROOT, " (CPU time %.1f)", timing[1]) : "";
                out.printf(Locale.ROOT, "%-32s %5d atoms %2d species %3d features %2d thread%s %8.2f µs/atom%s%n",
                        name, atoms, d.species().length, d.featureCount(), t, t == 1 ? " " : "s", timing[0], cpu);
                out.flush();
            }
        }
        return 0;
    }

    /** Best wall-clock µs per atom over the repeats and, for one thread, the best CPU time of the calling thread. */
    private double[] bestMicrosPerAtom(Descriptor d, Dataset dataset, int threads, long atoms) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        DescriptorEngine.compute(d, dataset, threads, Progress.none());
        DescriptorEngine.compute(d, dataset, threads, Progress.none());
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            long cpuStart = bean.getCurrentThreadCpuTime();
            DescriptorEngine.compute(d, dataset, threads, Progress.none());
            bestCpu = Math.min(bestCpu, bean.getCurrentThreadCpuTime() - cpuStart);
            best = Math.min(best, System.nanoTime() - start);
        }
        return new double[] {best / 1e3 / atoms, bestCpu / 1e3 / atoms};
    }

    /** ../shared/reference/structures beside the repository that holds this program, or beside the working directory. */
    static Path defaultStructures() {
        List<Path> starts = new ArrayList<>();
        try {
            starts.add(Paths.get(AcsfBenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall back to the working directory
        }
        starts.add(Paths.get("").toAbsolutePath());
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                Path candidate = p.resolve("../shared/reference/structures").normalize();
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        throw new WorkbenchException("cannot find ../shared/reference/structures; give the folder with --structures");
    }
}
