package org.descriptorworkbench.gui.selection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.descriptorworkbench.descriptor.FeatureMatrix;
import org.descriptorworkbench.gui.features.CentreChoice;

/**
 * What one plot reported as selected — one item for a click, every item inside a Shift-drag rectangle or a
 * Ctrl-drag lasso: environments of the dataset, or pairs of environments with the coordinates the plot
 * draws them at (named by {@code xName} and {@code yName}, e.g. the scaled distances d̃A and d̃B).
 *
 * @param source which plot, e.g. "Distance–distance"
 * @param xName  what a pair's x coordinate is, or null for environments
 * @param yName  what a pair's y coordinate is, or null for environments
 * @param items  the selected environments or pairs, in the plot's order, each once
 */
public record PlotSelection(String source, String xName, String yName, List<Item> items) {

    /** One selected thing. */
    public sealed interface Item permits Environment, Pair {
    }

    /** Atom {@code atom} of structure {@code structure} (atom −1: a whole structure). */
    public record Environment(int structure, int atom) implements Item {
    }

    /** Rows {@code i} and {@code j} of the analysed matrix {@code rows}, drawn at (x, y). */
    public record Pair(FeatureMatrix rows, int i, int j, double x, double y) implements Item {
        public Pair {
            Objects.requireNonNull(rows, "rows");
        }

        public Environment first() {
            return new Environment(rows.structureIndex(i), rows.atomIndex(i));
        }

        public Environment second() {
            return new Environment(rows.structureIndex(j), rows.atomIndex(j));
        }
    }

    public PlotSelection {
        Objects.requireNonNull(source, "source");
        items = List.copyOf(items);
    }

    /** Environments picked in a plot. */
    public static PlotSelection ofEnvironments(String source, List<Environment> environments) {
        return new PlotSelection(source, null, null, List.copyOf(environments));
    }

    /** Pairs picked in a plot, with what their coordinates are. */
    public static PlotSelection ofPairs(String source, String xName, String yName, List<Pair> pairs) {
        return new PlotSelection(source, xName, yName, List.copyOf(pairs));
    }

    /** True when the items are pairs (an empty selection counts as environments). */
    public boolean ofPairs() {
        return !items.isEmpty() && items.get(0) instanceof Pair;
    }

    /**
     * The distinct atoms of the selection (both ends of every pair) in first-seen order, as centres;
     * whole structures (atom −1) are not atoms and are left out.
     */
    public List<CentreChoice.Atom> atoms() {
        Set<CentreChoice.Atom> atoms = new LinkedHashSet<>();
        List<Environment> environments = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Pair p) {
                environments.add(p.first());
                environments.add(p.second());
            } else {
                environments.add((Environment) item);
            }
        }
        for (Environment e : environments) {
            if (e.atom() >= 0) {
                atoms.add(new CentreChoice.Atom(e.structure(), e.atom()));
            }
        }
        return List.copyOf(atoms);
    }
}
