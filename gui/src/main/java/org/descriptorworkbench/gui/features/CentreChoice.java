package org.descriptorworkbench.gui.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Element;
import org.descriptorworkbench.structure.Structure;

/**
 * Which atomic environments the analyses use: the candidate atoms (every atom, or only those of some
 * species, of some structures, or an explicit list picked in a plot), all of them or a random sample of
 * {@code count} drawn without replacement with {@code seed} (then put in file order), because pairwise
 * analyses grow as N² and the default dataset has 25 600 atoms.
 *
 * @param all          true for every candidate
 * @param count        sample size when not all (at least 3)
 * @param seed         random seed of the sample
 * @param species      atomic numbers of the centre species; empty for every species
 * @param structures   indices of the structures whose atoms are candidates; empty for every structure
 * @param environments an explicit list of candidate atoms; empty for none (the filters above apply)
 */
public record CentreChoice(boolean all, int count, long seed, List<Integer> species, List<Integer> structures,
        List<Atom> environments) {
    /** The default: 2000 random environments, seed 0. */
    public static final CentreChoice DEFAULT = new CentreChoice(false, 2000, 0);

    /** One atom of the dataset: atom {@code atom} of structure {@code structure}. */
    public record Atom(int structure, int atom) {
    }

    public CentreChoice {
        if (!all && count < 3) {
            throw new ParameterException("environments", "must be at least 3, got " + count);
        }
        species = List.copyOf(species);
        structures = List.copyOf(structures);
        environments = List.copyOf(environments);
    }

    /** Every atom, or a sample of them, without filters. */
    public CentreChoice(boolean all, int count, long seed) {
        this(all, count, seed, List.of(), List.of(), List.of());
    }

    /** The same sampling with other species. */
    public CentreChoice withSpecies(List<Integer> atomicNumbers) {
        return new CentreChoice(all, count, seed, atomicNumbers, structures, environments);
    }

    /** The same sampling restricted to the given structures. */
    public CentreChoice withStructures(List<Integer> indices) {
        return new CentreChoice(all, count, seed, species, indices, environments);
    }

    /** Exactly the given atoms (all of them), e.g. those of pairs selected in a plot. */
    public static CentreChoice of(List<Atom> atoms) {
        return new CentreChoice(true, 3, 0, List.of(), List.of(), atoms);
    }

    /** The chosen centres of a dataset; a sample at least as large as the candidates is every candidate. */
    public Centres resolve(Dataset dataset) {
        int[] candidates = candidates(dataset);
        if (candidates.length == 0) {
            throw new ParameterException("environments", "no atom of " + dataset.source() + " is " + describe());
        }
        int[] picked;
        if (all || count >= candidates.length) {
            picked = candidates;
        } else {
            // partial Fisher–Yates: the first count entries of a random permutation of the candidates
            int[] perm = candidates.clone();
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < count; i++) {
                int j = i + random.nextInt(perm.length - i);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            picked = Arrays.copyOf(perm, count);
            Arrays.sort(picked);
        }
        int[] structureOfRow = new int[picked.length];
        int[] atomOfRow = new int[picked.length];
        int s = 0;
        int first = 0; // global index of structure s's first atom
        for (int r = 0; r < picked.length; r++) {
            while (picked[r] >= first + dataset.get(s).atomCount()) {
                first += dataset.get(s).atomCount();
                s++;
            }
            structureOfRow[r] = s;
            atomOfRow[r] = picked[r] - first;
        }
        return new Centres(this, structureOfRow, atomOfRow);
    }

    /** Global indices (in file order) of the atoms that pass the filters. */
    private int[] candidates(Dataset dataset) {
        int[] firstAtom = new int[dataset.size() + 1];
        for (int s = 0; s < dataset.size(); s++) {
            firstAtom[s + 1] = firstAtom[s] + dataset.get(s).atomCount();
        }
        List<Integer> out = new ArrayList<>();
        if (!environments.isEmpty()) {
            for (Atom a : environments) {
                if (a.structure() < 0 || a.structure() >= dataset.size() || a.atom() < 0
                        || a.atom() >= dataset.get(a.structure()).atomCount()) {
                    throw new ParameterException("environments", "atom " + a.atom() + " of structure " + a.structure()
                            + " is not in " + dataset.source());
                }
                out.add(firstAtom[a.structure()] + a.atom());
            }
            return out.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        }
        for (int s = 0; s < dataset.size(); s++) {
            if (!structures.isEmpty() && !structures.contains(s)) {
                continue;
            }
            Structure structure = dataset.get(s);
            for (int a = 0; a < structure.atomCount(); a++) {
                if (species.isEmpty() || species.contains(structure.atomicNumber(a))) {
                    out.add(firstAtom[s] + a);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** What the choice means in words, e.g. "2000 random environments (seed 0)". */
    public String describe() {
        if (!environments.isEmpty()) {
            return environments.size() + " chosen environments";
        }
        String what = all ? "all environments" : count + " random environments (seed " + seed + ")";
        if (!species.isEmpty()) {
            what += " of " + species.stream().map(z -> Element.of(z).symbol()).collect(Collectors.joining(" "));
        }
        if (!structures.isEmpty()) {
            what += " in " + structures.size() + " selected structures";
        }
        return what;
    }
}
