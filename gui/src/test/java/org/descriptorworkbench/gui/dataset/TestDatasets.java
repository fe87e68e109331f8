package org.descriptorworkbench.gui.dataset;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.descriptorworkbench.io.StructureFiles;
import org.descriptorworkbench.structure.Cell;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;

/** Small datasets built in code or cut from the sample data, and an executor that runs work only when told to. */
public final class TestDatasets {
    private static Dataset liquid;

    private TestDatasets() {
    }

    /** The first {@code count} frames of the bundled quinary liquid (128 atoms each), named {@code name}; the file is read once. */
    public static synchronized Dataset liquidFrames(String name, int count) {
        if (liquid == null) {
            Path repo = Path.of(System.getProperty("dwb.repo", ".."));
            liquid = StructureFiles.read(repo.resolve("sample-data/quinary_liquid.extxyz"));
        }
        return new Dataset(name, liquid.structures().subList(0, count));
    }

    /** Water (config_type molecule, energy −14.2), methane (energy only) and 8-atom diamond Si (both). */
    public static Dataset small(String source) {
        Structure water = new Structure(new int[] {8, 1, 1},
                new double[] {0, 0, 0, 0.96, 0, 0, -0.24, 0.93, 0}, null, null,
                Map.of("config_type", "molecule", "energy", -14.2), null);
        Structure methane = new Structure(new int[] {6, 1, 1, 1, 1},
                new double[] {0, 0, 0, 0.63, 0.63, 0.63, -0.63, -0.63, 0.63, -0.63, 0.63, -0.63, 0.63, -0.63, -0.63},
                null, null, Map.of("energy", -24.0), null);
        double a = 5.431;
        double[][] f = {{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}, {.25, .25, .25}, {.25, .75, .75}, {.75, .25, .75}, {.75, .75, .25}};
        double[] positions = new double[24];
        for (int i = 0; i < 8; i++) {
            for (int k = 0; k < 3; k++) {
                positions[3 * i + k] = a * f[i][k];
            }
        }
        Structure silicon = new Structure(new int[] {14, 14, 14, 14, 14, 14, 14, 14}, positions,
                Cell.orthorhombic(a, a, a), new boolean[] {true, true, true},
                Map.of("config_type", "crystal", "energy", -43.4), null);
        return new Dataset(source, List.of(water, methane, silicon));
    }

    /** An executor that queues work until {@link #runAll()}; lets tests look at the state in between. */
    public static final class Queued implements Executor {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        /** Runs queued work, including work queued while running, until none is left. */
        public void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        /** Removes the oldest queued work without running it. */
        public Runnable take() {
            return queue.remove();
        }

        public int pending() {
            return queue.size();
        }
    }
}
