package org.descriptorworkbench.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code dwb info} reports about a dataset: frame and atom counts, species with counts, cells
 * and periodicity, and which info keys and per-atom arrays occur in how many frames.
 */
public record DatasetSummary(String source, int frames, long atoms, int minAtoms, int maxAtoms,
                             Map<String, Long> species, int framesWithCell, Map<String, Integer> pbcPatterns,
                             Map<String, Integer> infoKeys, Map<String, ArrayUse> arrays) {

    /** A per-atom array name with its type code and columns (as in extxyz Properties) and how many frames have it. */
    public record ArrayUse(String type, int columns, int frames) {
    }

    /** Summarises a dataset; species are sorted by atomic number, keys in order of first appearance. */
    public static DatasetSummary of(Dataset dataset) {
        Map<Integer, Long> byZ = new TreeMap<>();
        Map<String, Integer> pbc = new LinkedHashMap<>();
        Map<String, Integer> info = new LinkedHashMap<>();
        Map<String, ArrayUse> arrays = new LinkedHashMap<>();
        long atoms = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        int withCell = 0;
        for (Structure s : dataset.structures()) {
            atoms += s.atomCount();
            min = Math.min(min, s.atomCount());
            max = Math.max(max, s.atomCount());
            s.speciesCounts().forEach((z, n) -> byZ.merge(z, (long) n, Long::sum));
            if (s.hasCell()) {
                withCell++;
            }
            pbc.merge(pbcText(s.pbc()), 1, Integer::sum);
            s.info().keySet().forEach(k -> info.merge(k, 1, Integer::sum));
            for (AtomArray a : s.arrays().values()) {
                arrays.merge(a.name(), new ArrayUse(String.valueOf(a.kind().code()), a.columns(), 1),
                        (old, add) -> new ArrayUse(old.type(), old.columns(), old.frames() + 1));
            }
        }
        Map<String, Long> species = new LinkedHashMap<>();
        byZ.forEach((z, n) -> species.put(Element.of(z).symbol(), n));
        return new DatasetSummary(dataset.source(), dataset.size(), atoms, dataset.size() == 0 ? 0 : min, max,
                species, withCell, pbc, info, arrays);
    }

    /** Periodic flags as in extended XYZ, e.g. "T T F". */
    public static String pbcText(boolean[] pbc) {
        List<String> flags = new ArrayList<>();
        for (boolean b : pbc) {
            flags.add(b ? "T" : "F");
        }
        return String.join(" ", flags);
    }
}
