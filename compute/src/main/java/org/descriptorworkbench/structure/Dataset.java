package org.descriptorworkbench.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** An ordered list of structures together with where they came from (a file path or a description). */
public final class Dataset {
    private final String source;
    private final List<Structure> structures;

    public Dataset(String source, List<Structure> structures) {
        this.source = Objects.requireNonNull(source, "source");
        this.structures = Collections.unmodifiableList(new ArrayList<>(structures));
    }

    /** Where the structures came from, e.g. the file path as the user gave it. */
    public String source() {
        return source;
    }

    /** The structures in order (read-only). */
    public List<Structure> structures() {
        return structures;
    }

    public int size() {
        return structures.size();
    }

    public Structure get(int index) {
        return structures.get(index);
    }

    /** Total number of atoms over all structures. */
    public long atomCount() {
        long n = 0;
        for (Structure s : structures) {
            n += s.atomCount();
        }
        return n;
    }

    /** Distinct atomic numbers over all structures, sorted ascending. */
    public int[] species() {
        Set<Integer> all = new TreeSet<>();
        for (Structure s : structures) {
            for (int z : s.species()) {
                all.add(z);
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
        return "Dataset[" + source + ", " + structures.size() + " structures]";
    }
}
