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

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorCatalog;
import org.descriptorworkbench.descriptor.DescriptorEngine;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.descriptor.StructureEnvironments;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.error.WorkbenchException;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.Progress;
import picocli.CommandLine.Option;

/**
 * Options and timing loops shared by the descriptor benchmarks ({@code dwb bench soap}, {@code dwb
 * bench acsf}, {@code dwb bench soap-jacobian}): neighbour lists plus features on the reference timing
 * structures, µs per atom as the best of several runs after two warm-up runs, for one thread and for
 * all threads; or Jacobians of chosen environments, ms per environment on one thread.
 */
final class DescriptorBenchmark {

    /** A timing structure with, where known, DScribe 2.1.1's single-thread figures (µs/atom) on this machine kind. */
    record TimingCase(String file, String name, double dscribeLow, double dscribeHigh) {
        TimingCase(String file, String name) {
            this(file, name, Double.NaN, Double.NaN);
        }

        boolean hasReference() {
            return !Double.isNaN(dscribeLow);
        }
    }

    static final TimingCase ALLOY = new TimingCase("timing_alloy_fcc_7x7x7.extxyz", "alloy fcc 1372 atoms, 4 species");
    static final TimingCase SILICON = new TimingCase("timing_si_diamond_4x4x4.extxyz", "Si diamond 512 atoms");

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run (default: all processors).")
    Integer threads;

    @Option(names = "--structures", paramLabel = "DIR",
            description = "Folder with the timing_*.extxyz files (default: ../shared/reference/structures beside the repository).")
    Path structures;

    @Option(names = "--repeats", paramLabel = "K", defaultValue = "5",
            description = "Timed runs per setting; the best is reported (default ${DEFAULT-VALUE}).")
    int repeats;

    /** Times the descriptor given by {@code specText} on every case and prints one line per case and thread count. */
    int run(String specText, List<TimingCase> cases, PrintWriter out) {
        if (repeats < 1) {
            throw new ParameterException("--repeats", "must be at least 1, got " + repeats);
        }
        int all = threads == null ? DescriptorEngine.defaultThreads() : threads;
        if (all < 1) {
            throw new ParameterException("--threads", "must be at least 1, got " + all);
        }
        out.printf("%s, best of %d after warm-up%n", specText, repeats);
        for (TimingCase c : cases) {
            Dataset dataset = read(c);
            Descriptor d = DescriptorCatalog.create(DescriptorCatalog.parse(specText), dataset.species());
            List<Integer> settings = new ArrayList<>(List.of(1));
            if (all > 1) {
                settings.add(all);
            }
            for (int t : settings) {
                double[] timing = bestMicrosPerAtom(d, dataset, t);
                out.printf(Locale.ROOT, "%-34s %4d features %2d thread%s %8.1f µs/atom%s%s%n",
                        c.name(), d.featureCount(), t, t == 1 ? " " : "s", timing[0],
                        t == 1 ? String.format(Locale.ROOT, " (CPU time %.1f)", timing[1]) : "",
                        c.hasReference() ? comparison(c, timing[0]) : "");
                out.flush();
            }
        }
        return 0;
    }

    /**
     * Times {@link Descriptor#computeWithJacobian} on one thread for {@code environments} centres
     * spread evenly over the first structure of each case, and the features alone on the same
     * centres; prints ms (Jacobian) and µs (features) per environment.
     */
    int runJacobian(String specText, List<TimingCase> cases, int environments, PrintWriter out) {
        if (repeats < 1) {
            throw new ParameterException("--repeats", "must be at least 1, got " + repeats);
        }
        if (environments < 1) {
            throw new ParameterException("--environments", "must be at least 1, got " + environments);
        }
        out.printf("%s Jacobian, %d environments, 1 thread, best of %d after warm-up%n", specText, environments, repeats);
        for (TimingCase c : cases) {
            Dataset dataset = read(c);
            Descriptor d = DescriptorCatalog.create(DescriptorCatalog.parse(specText), dataset.species());
            if (d.jacobianKind() == JacobianKind.NONE) {
                throw new WorkbenchException(specText + " has no Jacobian to time");
            }
            Structure structure = dataset.get(0);
            Environment[] chosen = environments(d, structure, environments);
            JacobianTimer timer = new JacobianTimer(d, chosen);
            timer.run(true);
            timer.run(true);
            long bestJacobian = Long.MAX_VALUE;
            long bestFeatures = Long.MAX_VALUE;
            for (int i = 0; i < repeats; i++) {
                bestJacobian = Math.min(bestJacobian, timer.run(true));
                bestFeatures = Math.min(bestFeatures, timer.run(false));
            }
            out.printf(Locale.ROOT, "%-34s %4d features %6.1f neighbours %8.3f ms/environment Jacobian (CPU time)"
                            + " %8.1f µs/environment features%n",
                    c.name(), d.featureCount(), timer.meanNeighbours(), bestJacobian / 1e6 / chosen.length,
                    bestFeatures / 1e3 / chosen.length);
            out.flush();
        }
        return 0;
    }

    /** {@code count} environments with centres spread evenly over the structure's atoms. */
    private static Environment[] environments(Descriptor d, Structure structure, int count) {
        StructureEnvironments source = StructureEnvironments.of(structure, 0, d.neighbourRadius());
        int atoms = structure.atomCount();
        Environment[] chosen = new Environment[Math.min(count, atoms)];
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = source.fill((int) ((long) i * atoms / chosen.length), new Environment());
        }
        return chosen;
    }

    /** Runs the chosen environments once on the calling thread and returns the CPU time it took (ns). */
    private static final class JacobianTimer {
        private final Descriptor descriptor;
        private final Environment[] environments;
        private final Descriptor.Workspace workspace;
        private final double[] row;
        private final double[] jacobian;

        JacobianTimer(Descriptor descriptor, Environment[] environments) {
            this.descriptor = descriptor;
            this.environments = environments;
            this.workspace = descriptor.newWorkspace();
            this.row = new double[descriptor.featureCount()];
            int largest = 0;
            for (Environment e : environments) {
                largest = Math.max(largest, e.count());
            }
            this.jacobian = new double[(largest + 1) * 3 * descriptor.featureCount()];
        }

        long run(boolean withJacobian) {
            ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            long start = bean.getCurrentThreadCpuTime();
            for (Environment e : environments) {
                if (withJacobian) {
                    descriptor.computeWithJacobian(e, workspace, row, jacobian);
                } else {
                    descriptor.compute(e, workspace, row, 0);
                }
            }
            return bean.getCurrentThreadCpuTime() - start;
        }

        double meanNeighbours() {
            double sum = 0;
            for (Environment e : environments) {
                sum += e.count();
            }
            return sum / environments.length;
        }
    }

    private Dataset read(TimingCase c) {
        Path file = (structures != null ? structures : defaultStructures()).resolve(c.file());
        if (!Files.isRegularFile(file)) {
            throw new WorkbenchException(file + ": timing structure not found; give its folder with --structures");
        }
        return StructureFiles.read(file);
    }

    private static String comparison(TimingCase c, double micros) {
        if (c.dscribeLow() == c.dscribeHigh()) {
            return String.format(Locale.ROOT, "   DScribe 2.1.1 (1 thread) ≈ %.0f µs/atom   speed-up %.2f×",
                    c.dscribeLow(), c.dscribeLow() / micros);
        }
        return String.format(Locale.ROOT, "   DScribe 2.1.1 (1 thread) %.0f–%.0f µs/atom   speed-up %.2f–%.2f×",
                c.dscribeLow(), c.dscribeHigh(), c.dscribeLow() / micros, c.dscribeHigh() / micros);
    }

    /**
     * Best wall-clock µs per atom over the repeats, and for a single thread also the best CPU time
     * of the calling thread (which then does all the work), a figure less disturbed by other load.
     */
    private double[] bestMicrosPerAtom(Descriptor d, Dataset dataset, int threadCount) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long atoms = dataset.atomCount();
        DescriptorEngine.compute(d, dataset, threadCount, Progress.none());
        DescriptorEngine.compute(d, dataset, threadCount, Progress.none());
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            long cpuStart = bean.getCurrentThreadCpuTime();
            DescriptorEngine.compute(d, dataset, threadCount, Progress.none());
            bestCpu = Math.min(bestCpu, bean.getCurrentThreadCpuTime() - cpuStart);
            best = Math.min(best, System.nanoTime() - start);
        }
        return new double[] {best / 1e3 / atoms, bestCpu / 1e3 / atoms};
    }

    /** ../shared/reference/structures beside the repository that holds this program, or beside the working directory. */
    static Path defaultStructures() {
        List<Path> starts = new ArrayList<>();
        try {
            starts.add(Paths.get(DescriptorBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
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
