package org.descriptorworkbench.cli;

import java.io.PrintWriter;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dwb bench soap}: times SOAP (r_cut 5, n_max 8, l_max 6, σ 0.5, GTO, compression off) on
 * the reference timing structures — neighbour lists and features, everything but building the
 * basis — and prints µs per atom (best of several runs after warm-up) for one thread and for all
 * threads, next to DScribe 2.1.1's figures measured on this machine kind (issue 3).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark a descriptor on the reference timing structures and print µs per atom.")
final class BenchCommand implements Callable<Integer> {
    static final String SOAP_SPEC = "soap(r_cut=5, n_max=8, l_max=6, sigma=0.5, basis=gto, compression=off)";

    /** One timing structure with DScribe's figures (µs/atom, low and high) from issue 3. */
    record Case(String file, String name, double dscribeLow, double dscribeHigh) {
    }

    static final List<Case> SOAP_CASES = List.of(
            new Case("timing_alloy_fcc_7x7x7.extxyz", "alloy fcc 1372 atoms, 4 species", 190, 255),
            new Case("timing_si_diamond_4x4x4.extxyz", "Si diamond 512 atoms", 80, 80));

    @Parameters(paramLabel = "BENCHMARK", description = "What to benchmark: soap.")
    String benchmark;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run (default: all processors).")
    Integer threads;

    @Option(names = "--structures", paramLabel = "DIR",
            description = "Folder with the timing_*.extxyz files (default: ../shared/reference/structures beside the repository).")
    Path structures;

    @Option(names = "--repeats", paramLabel = "K", defaultValue = "5", description = "Timed runs per setting; the best is reported (default 5).")
    int repeats;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!"soap".equals(benchmark)) {
            throw new ParameterException("BENCHMARK", "must be soap, got " + benchmark);
        }
        if (repeats < 1) {
            throw new ParameterException("--repeats", "must be at least 1, got " + repeats);
        }
        int all = threads == null ? DescriptorEngine.defaultThreads() : threads;
        if (all < 1) {
            throw new ParameterException("--threads", "must be at least 1, got " + all);
        }
        Path folder = structures != null ? structures : defaultStructures();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s, best of %d after warm-up%n", SOAP_SPEC, repeats);
        for (Case c : SOAP_CASES) {
            Path file = folder.resolve(c.file());
            if (!Files.isRegularFile(file)) {
                throw new WorkbenchException(file + ": timing structure not found; give its folder with --structures");
            }
            Dataset dataset = StructureFiles.read(file);
            Descriptor d = DescriptorCatalog.create(DescriptorCatalog.parse(SOAP_SPEC), dataset.species());
            long atoms = dataset.atomCount();
            List<Integer> settings = new ArrayList<>(List.of(1));
            if (all > 1) {
                settings.add(all);
            }
            for (int t : settings) {
                double[] timing = bestMicrosPerAtom(d, dataset, t, atoms);
                double micros = timing[0];
                String dscribe = c.dscribeLow() == c.dscribeHigh()
                        ? String.format(Locale.ROOT, "≈ %.0f", c.dscribeLow())
                        : String.format(Locale.ROOT, "%.0f–%.0f", c.dscribeLow(), c.dscribeHigh());
                String ratio = c.dscribeLow() == c.dscribeHigh()
                        ? String.format(Locale.ROOT, "%.2f×", c.dscribeLow() / micros)
                        : String.format(Locale.ROOT, "%.2f–%.2f×", c.dscribeLow() / micros, c.dscribeHigh() / micros);
                String cpu = t == 1 ? String.format(Locale.ROOT, " (CPU time %.1f)", timing[1]) : "";
                out.printf(Locale.ROOT, "%-34s %2d thread%s %8.1f µs/atom%s   DScribe 2.1.1 (1 thread) %s µs/atom   speed-up %s%n",
                        c.name(), t, t == 1 ? " " : "s", micros, cpu, dscribe, ratio);
                out.flush();
            }
        }
        return 0;
    }

    /**
     * Best wall-clock µs per atom over the repeats, and for a single thread also the best CPU time
     * of the calling thread (which then does all the work), a figure less disturbed by other load.
     */
    private double[] bestMicrosPerAtom(Descriptor d, Dataset dataset, int threads, long atoms) {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
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

    /** ../shared/reference/structures next to the repository that holds this program, or next to the working directory. */
    static Path defaultStructures() {
        List<Path> starts = new ArrayList<>();
        try {
            starts.add(Paths.get(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
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
