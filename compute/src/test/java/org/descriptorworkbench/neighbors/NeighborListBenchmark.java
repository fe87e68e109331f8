package org.descriptorworkbench.neighbors;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.stream.IntStream;

import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Structure;

/**
 * Times {@link NeighborList#build} on the SOAP timing structures (reference/structures/timing_*.extxyz)
 * at the SOAP benchmark's neighbour radius, on the calling thread (both have fewer atoms than the
 * parallel threshold). Prints the best wall and CPU time per atom of several repetitions after a
 * warm-up; CPU time (ThreadMXBean) because the machine it runs on is usually shared. Times both one
 * list of all atoms and, as DescriptorEngine builds them, one list per block of 256 consecutive
 * centres; every repetition uses a new copy of the structure, so the binning is always redone once.
 * Not a test: run
 * with {@code java -cp <test classpath> org.descriptorworkbench.neighbors.NeighborListBenchmark
 * [shared dir] [cutoff] [repetitions]}.
 */
public final class NeighborListBenchmark {
    /** r_cut + 3.717σ of the SOAP timing benchmark, Å. */
    private static final double SOAP_BENCHMARK_RADIUS = 6.8584610944;
    private static final String[] STRUCTURES = {"timing_alloy_fcc_7x7x7.extxyz", "timing_si_diamond_4x4x4.extxyz"};
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    /** DescriptorEngine's NEIGHBOUR_BLOCK. */
    private static final int ENGINE_BLOCK = 256;

    private NeighborListBenchmark() {
    }

    public static void main(String[] args) {
        Path shared = Paths.get(args.length > 0 ? args[0] : System.getProperty("dwb.shared", "../shared"));
        double cutoff = args.length > 1 ? Double.parseDouble(args[1]) : SOAP_BENCHMARK_RADIUS;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String name : STRUCTURES) {
            Structure s = StructureFiles.read(shared.resolve("reference").resolve("structures").resolve(name)).get(0);
            long checksum = warmUp(s, cutoff);
            for (int block : new int[] {s.atomCount(), ENGINE_BLOCK}) {
                long bestWall = Long.MAX_VALUE;
                long bestCpu = Long.MAX_VALUE;
                int neighbours = 0;
                for (int r = 0; r < repetitions; r++) {
                    Structure fresh = copy(s); // a new object, so no search prepared for it is reused
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long wall0 = System.nanoTime();
                    neighbours = buildInBlocks(fresh, cutoff, block);
                    long wall = System.nanoTime() - wall0;
                    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                    bestWall = Math.min(bestWall, wall);
                    bestCpu = Math.min(bestCpu, cpu);
                }
                int n = s.atomCount();
                System.out.printf(Locale.ROOT, "%-34s %5d atoms  blocks of %4d  cutoff %.6f  %8d neighbours (%.1f/atom)"
                                + "  best of %d: wall %.3f µs/atom  cpu %.3f µs/atom  [checksum %d]%n",
                        name, n, block, cutoff, neighbours, (double) neighbours / n, repetitions,
                        bestWall / 1e3 / n, bestCpu / 1e3 / n, checksum);
            }
        }
    }

    private static Structure copy(Structure s) {
        return Structure.periodic(s.atomicNumbers(), s.positions(), s.cell(), s.pbc());
    }

    /** Builds one list per block of consecutive centres; returns the total number of neighbours. */
    private static int buildInBlocks(Structure s, double cutoff, int block) {
        int n = s.atomCount();
        if (block >= n) {
            return NeighborList.build(s, cutoff).totalCount();
        }
        int total = 0;
        for (int from = 0; from < n; from += block) {
            total += NeighborList.build(s, cutoff, IntStream.range(from, Math.min(n, from + block)).toArray()).totalCount();
        }
        return total;
    }

    /** Builds repeatedly for a few seconds so the JIT has compiled the search; returns a result digest. */
    private static long warmUp(Structure s, double cutoff) {
        long digest = 0;
        long end = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < end) {
            NeighborList list = NeighborList.build(copy(s), cutoff);
            digest = digest(list);
            buildInBlocks(copy(s), cutoff, ENGINE_BLOCK);
        }
        return digest;
    }

    /** Order-sensitive digest of atoms and shifts, so runs before and after a change can be compared. */
    private static long digest(NeighborList list) {
        long h = 17;
        for (int c = 0; c < list.centreCount(); c++) {
            for (int k = 0; k < list.count(c); k++) {
                h = 31 * h + list.atom(c, k);
                for (int axis = 0; axis < 3; axis++) {
                    h = 31 * h + list.shift(c, k, axis);
                }
                h = 31 * h + Double.hashCode(list.vector(c, k, 0)) + 7L * Double.hashCode(list.vector(c, k, 2));
            }
        }
        return h;
    }
}
