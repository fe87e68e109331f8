package org.descriptorworkbench.descriptor.mbtr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.EnvironmentSource;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.structure.Element;

/**
 * An MBTR descriptor (seed 001 eq. 23–24; DScribe 2.1), one row per structure made of one grid
 * block per species tuple:
 * <ul>
 * <li>k = 1: every atom of the structure (of the cell, if periodic) adds a Gaussian at its atomic
 * number to the block of its species; unit weights.</li>
 * <li>k = 2 (CONVENTIONS.md §3): ½ Σ_{i in the cell} Σ_{j ≠ i, images included} w(r_ij) G(x(r_ij))
 * into block (s_i, s_j), s_i ≤ s_j at m = s_2 + s_1 S − s_1(s_1+1)/2, with x = r or 1/r and
 * w = exp(−scale·r) (terms below the threshold dropped) or 1. For a finite structure this is every
 * unordered pair once; periodic pairs crossing cells carry half weight and are seen from both ends.</li>
 * <li>k = 3: for each vertex atom j of the structure (of the cell) and each unordered pair {i, k} of
 * its neighbours, the angle θ_ijk at j (degrees) or its cosine, weight
 * exp(−scale·(r_ij + r_jk + r_ik)) (terms below the threshold dropped) or 1, into block
 * (s_i, s_j, s_k) with s_i ≤ s_k, blocks ordered by the vertex species s_j, then by the end pair
 * as in k = 2. Counting every triangle once per vertex in the cell equals DScribe's rule (triplets of
 * the extended system with an atom in the cell, weight divided by the number of distinct cells
 * they span; dscribe/ext/mbtr.cpp MBTR::getK3 divides by the number of atom pairs in different
 * cells when above 1, which is that number of cells); the references here hold no k = 3 arrays, so
 * k = 3 is checked by its properties and by a brute-force transcription of DScribe's rule.</li>
 * </ul>
 * Normalisation none, l2 (whole vector), n_atoms or valle_oganov (per block, periodic structures
 * only; {@link ValleOganovNormalization}). Derivatives are numerical
 * ({@link org.descriptorworkbench.descriptor.NumericalJacobian#ofStructure}).
 */
final class MbtrDescriptor implements Descriptor {
    private final MbtrSettings settings;
    private final BinnedGaussians grid;
    private final int[] channelOfZ;
    private final int speciesCount;
    private final List<String> labels;

    MbtrDescriptor(MbtrSettings settings) {
        this.settings = settings;
        this.grid = new BinnedGaussians(settings.gridMin(), settings.gridMax(), settings.gridN(), settings.sigma(),
                settings.normalizeGaussians());
        int[] species = settings.species();
        this.speciesCount = species.length;
        this.channelOfZ = new int[species[species.length - 1] + 1];
        Arrays.fill(channelOfZ, -1);
        for (int s = 0; s < species.length; s++) {
            channelOfZ[species[s]] = s;
        }
        this.labels = List.copyOf(labels());
    }

    @Override
    public DescriptorSpec spec() {
        return settings.spec();
    }

    @Override
    public int[] species() {
        return settings.species().clone();
    }

    @Override
    public int featureCount() {
        return settings.blockCount() * grid.size();
    }

    @Override
    public List<String> featureLabels() {
        return labels;
    }

    @Override
    public double neighbourRadius() {
        return settings.range();
    }

    @Override
    public boolean perStructure() {
        return true;
    }

    @Override
    public JacobianKind jacobianKind() {
        return JacobianKind.NUMERICAL;
    }

    private static final class MbtrWorkspace implements Workspace {
        final Environment environment = new Environment();
    }

    @Override
    public Workspace newWorkspace() {
        return new MbtrWorkspace();
    }

    /** MBTR describes whole structures only; use {@link #computeStructure}. */
    @Override
    public void compute(Environment environment, Workspace workspace, double[] row, int offset) {
        throw new UnsupportedOperationException("mbtr gives one row per structure");
    }

    @Override
    public void computeStructure(EnvironmentSource environments, Workspace workspace, double[] row, int offset) {
        Environment env = ((MbtrWorkspace) workspace).environment;
        int features = featureCount();
        Arrays.fill(row, offset, offset + features, 0);
        int centres = environments.centreCount();
        for (int i = 0; i < centres; i++) {
            environments.fill(i, env);
            int si = channel(env.centreSpecies());
            if (si < 0) {
                continue;
            }
            switch (settings.k()) {
                case 1 -> grid.add(env.centreSpecies(), 1, row, offset + si * grid.size());
                case 2 -> addPairs(env, si, row, offset);
                default -> addTriplets(env, si, row, offset);
            }
        }
        if (settings.normalization().equals("valle_oganov")) {
            ValleOganovNormalization.apply(settings.k(), settings.species(), grid.size(), environments.structure(),
                    centres > 0 ? env.structure() : -1, row, offset);
        } else {
            normalize(row, offset, features, centres);
        }
    }

    private int channel(int z) {
        return z < channelOfZ.length ? channelOfZ[z] : -1;
    }

    private void addPairs(Environment env, int si, double[] row, int offset) {
        boolean inverse = settings.geometry().equals("inverse_distance");
        double range = settings.range();
        for (int k = 0; k < env.count(); k++) {
            int sj = channel(env.species(k));
            double r = env.distance(k);
            if (sj < 0 || r > range) {
                continue;
            }
            double w = settings.weighted() ? Math.exp(-settings.scale() * r) : 1;
            if (settings.weighted() && w < settings.threshold()) {
                continue;
            }
            grid.add(inverse ? 1 / r : r, 0.5 * w, row, offset + pairBlock(si, sj) * grid.size());
        }
    }

    /** DScribe's k2 block of the unordered pair: m = s2 + s1·S − s1(s1+1)/2 with s1 ≤ s2. */
    private int pairBlock(int a, int b) {
        int s1 = Math.min(a, b);
        int s2 = Math.max(a, b);
        return s2 + s1 * speciesCount - s1 * (s1 + 1) / 2;
    }

    /**
     * DScribe's k3 block of (s_i, vertex s_j, s_k), with the ends ordered s_i ≤ s_k: the vertex
     * species is outermost, then the end pair as an upper-triangular index,
     * m = s_j·S(S+1)/2 + s_k + s_i·S − s_i(s_i+1)/2.
     */
    private int tripletBlock(int a, int vertex, int b) {
        return vertex * speciesCount * (speciesCount + 1) / 2 + pairBlock(a, b);
    }

    private void addTriplets(Environment env, int vertex, double[] row, int offset) {
        boolean cosine = settings.geometry().equals("cosine");
        for (int a = 0; a < env.count(); a++) {
            int sa = channel(env.species(a));
            if (sa < 0) {
                continue;
            }
            double ax = env.vector(a, 0);
            double ay = env.vector(a, 1);
            double az = env.vector(a, 2);
            double ra = env.distance(a);
            for (int b = a + 1; b < env.count(); b++) {
                int sb = channel(env.species(b));
                if (sb < 0) {
                    continue;
                }
                double bx = env.vector(b, 0);
                double by = env.vector(b, 1);
                double bz = env.vector(b, 2);
                double rb = env.distance(b);
                double w = 1;
                if (settings.weighted()) {
                    double dx = bx - ax;
                    double dy = by - ay;
                    double dz = bz - az;
                    double perimeter = ra + rb + Math.sqrt(dx * dx + dy * dy + dz * dz);
                    w = Math.exp(-settings.scale() * perimeter);
                    if (w < settings.threshold()) {
                        continue;
                    }
                }
                double cos = Math.max(-1, Math.min(1, (ax * bx + ay * by + az * bz) / (ra * rb)));
                double x = cosine ? cos : Math.toDegrees(Math.acos(cos));
                grid.add(x, w, row, offset + tripletBlock(sa, vertex, sb) * grid.size());
            }
        }
    }

    private void normalize(double[] row, int offset, int features, int atoms) {
        double divisor = switch (settings.normalization()) {
            case "l2" -> {
                double sum = 0;
                for (int f = 0; f < features; f++) {
                    sum += row[offset + f] * row[offset + f];
                }
                yield Math.sqrt(sum);
            }
            case "n_atoms" -> atoms;
            default -> 1;
        };
        if (divisor != 1 && divisor > 0) {
            for (int f = 0; f < features; f++) {
                row[offset + f] /= divisor;
            }
        }
    }

    private List<String> labels() {
        String[] symbols = Arrays.stream(settings.species()).mapToObj(z -> Element.of(z).symbol()).toArray(String[]::new);
        List<String> blocks = new ArrayList<>();
        int s = symbols.length;
        switch (settings.k()) {
            case 1 -> blocks.addAll(Arrays.asList(symbols));
            case 2 -> {
                for (int a = 0; a < s; a++) {
                    for (int b = a; b < s; b++) {
                        blocks.add(symbols[a] + "-" + symbols[b]);
                    }
                }
            }
            default -> {
                for (int v = 0; v < s; v++) {
                    for (int a = 0; a < s; a++) {
                        for (int b = a; b < s; b++) {
                            blocks.add(symbols[a] + "-" + symbols[v] + "-" + symbols[b]);
                        }
                    }
                }
            }
        }
        double dx = (settings.gridMax() - settings.gridMin()) / (settings.gridN() - 1);
        List<String> out = new ArrayList<>();
        for (String block : blocks) {
            for (int k = 0; k < settings.gridN(); k++) {
                out.add(settings.geometry() + "[" + block + "](" + new org.descriptorworkbench.descriptor.SpecValue.Num(
                        settings.gridMin() + k * dx).text() + ")");
            }
        }
        return out;
    }
}
