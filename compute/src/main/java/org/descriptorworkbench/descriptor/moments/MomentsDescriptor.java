package org.descriptorworkbench.descriptor.moments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.EnvironmentSource;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.descriptor.SpecValue;
import org.descriptorworkbench.descriptor.chebyshev.ChebyshevFamily;
import org.descriptorworkbench.descriptor.chebyshev.SpeciesWeights;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.structure.Element;

/**
 * A global moment descriptor (seed 004 eq. 1, as DESCRIPTORS.md fixes it): the local descriptor of
 * every atom of a structure, then for each weighting copy (unweighted first for weighted=both)
 * method i, ii or iii of {@link MomentConstruction}. Elements are the dataset's, in atomic-number
 * order; method ii writes zeros for elements absent from a structure, method iii takes moments over
 * the elements present. Feature order: moment degree outermost (outer, then inner), then the local
 * feature; method ii is element-major. Derivatives are numerical
 * ({@link org.descriptorworkbench.descriptor.NumericalJacobian#ofStructure}) when standardize=false;
 * standardized columns depend on the whole dataset, so then there are none.
 */
final class MomentsDescriptor implements Descriptor {
    private final DescriptorSpec spec;
    private final MomentConstruction construction;
    private final Descriptor local;
    private final int[] elements;
    private final double[] weightByNumber = new double[Element.MAX_ATOMIC_NUMBER + 1];
    private final int[] elementIndexByNumber = new int[Element.MAX_ATOMIC_NUMBER + 1];
    private final int localLength;
    private final int featureCount;
    private final boolean standardize;
    private final List<String> labels;

    MomentsDescriptor(DescriptorSpec spec, MomentConstruction construction, Descriptor local, int[] datasetSpecies) {
        this.spec = spec;
        this.construction = construction;
        this.local = local;
        this.elements = datasetSpecies.clone();
        this.localLength = local.featureCount();
        this.featureCount = construction.featureCount(localLength, elements.length);
        this.standardize = spec.word("standardize").equals("true");
        Arrays.fill(elementIndexByNumber, -1);
        for (int e = 0; e < elements.length; e++) {
            elementIndexByNumber[elements[e]] = e;
        }
        setWeights(spec);
        this.labels = List.copyOf(makeLabels());
    }

    /** Explicit weights, else the local descriptor's species weights, else DESCRIPTORS.md's evenly spaced default. */
    private void setWeights(DescriptorSpec spec) {
        if (spec.value("weights") instanceof SpecValue.ListOf list) {
            if (list.items().size() != elements.length) {
                throw new ParameterException("weights", "must give one weight per element (" + elements.length
                        + " in the dataset), got " + list.items().size());
            }
            for (int e = 0; e < elements.length; e++) {
                weightByNumber[elements[e]] = ((SpecValue.Num) list.items().get(e)).value();
            }
            return;
        }
        int[] localSpecies = local.species();
        double[] w = ChebyshevFamily.speciesWeights(local).orElseGet(() -> SpeciesWeights.centredOnZero(localSpecies.length));
        for (int s = 0; s < localSpecies.length; s++) {
            weightByNumber[localSpecies[s]] = w[s];
        }
    }

    private List<String> makeLabels() {
        List<String> localLabels = local.featureLabels();
        List<String> out = new ArrayList<>();
        for (int copy = 0; copy < construction.weighting().copies(); copy++) {
            boolean weighted = construction.weighting() == Weighting.WEIGHTED || copy == 1;
            String prefix = weighted ? "w:" : "";
            switch (construction.method()) {
                case "i" -> addMoments(out, prefix, construction.nOut(), localLabels);
                case "ii" -> {
                    for (int element : elements) {
                        List<String> ced = new ArrayList<>();
                        addMoments(ced, "", construction.nIn(), localLabels);
                        ced.forEach(l -> out.add(prefix + Element.of(element).symbol() + ":" + l));
                    }
                }
                default -> {
                    List<String> ced = new ArrayList<>();
                    addMoments(ced, "", construction.nIn(), localLabels);
                    addMoments(out, prefix, construction.nOut(), ced);
                }
            }
        }
        return out;
    }

    private static void addMoments(List<String> out, String prefix, int orders, List<String> of) {
        for (int k = 1; k <= orders; k++) {
            for (String label : of) {
                out.add(prefix + "μ" + k + "(" + label + ")");
            }
        }
    }

    /** Seed 004's Σ_ijk construction of this descriptor. */
    MomentConstruction construction() {
        return construction;
    }

    @Override
    public DescriptorSpec spec() {
        return spec;
    }

    @Override
    public int[] species() {
        return elements.clone();
    }

    @Override
    public int featureCount() {
        return featureCount;
    }

    @Override
    public List<String> featureLabels() {
        return labels;
    }

    @Override
    public double neighbourRadius() {
        return local.neighbourRadius();
    }

    @Override
    public JacobianKind jacobianKind() {
        return standardize ? JacobianKind.NONE : JacobianKind.NUMERICAL;
    }

    @Override
    public boolean perStructure() {
        return true;
    }

    @Override
    public void compute(Environment environment, Workspace workspace, double[] row, int offset) {
        throw new UnsupportedOperationException(MomentsFamily.NAME + " gives one row per structure; use computeStructure");
    }

    /** The local rows of one structure and the buffers of the moment steps. */
    private static final class MomentsWorkspace implements Workspace {
        final Workspace local;
        final Environment environment = new Environment();
        double[] localRows = new double[0];
        int[] numbers = new int[0];
        double[] selected = new double[0];
        final double[] ceds;

        MomentsWorkspace(MomentsDescriptor d) {
            local = d.local.newWorkspace();
            ceds = new double[d.elements.length * Math.max(1, d.construction.nIn()) * d.localLength];
        }

        void ensureAtoms(int atoms, int width) {
            if (numbers.length < atoms) {
                numbers = new int[atoms];
                localRows = new double[atoms * width];
                selected = new double[atoms * width];
            }
        }
    }

    @Override
    public Workspace newWorkspace() {
        return new MomentsWorkspace(this);
    }

    @Override
    public void computeStructure(EnvironmentSource environments, Workspace workspace, double[] row, int offset) {
        MomentsWorkspace ws = (MomentsWorkspace) workspace;
        int atoms = environments.centreCount();
        ws.ensureAtoms(atoms, localLength);
        for (int i = 0; i < atoms; i++) {
            Environment env = environments.fill(i, ws.environment);
            ws.numbers[i] = env.centreSpecies();
            local.compute(env, ws.local, ws.localRows, i * localLength);
        }
        int copyLength = featureCount / construction.weighting().copies();
        for (int copy = 0; copy < construction.weighting().copies(); copy++) {
            boolean weighted = construction.weighting() == Weighting.WEIGHTED || copy == 1;
            int at = offset + copy * copyLength;
            switch (construction.method()) {
                case "i" -> outerOverAtoms(ws, atoms, weighted, row, at);
                case "ii" -> stackedElements(ws, atoms, row, at);
                default -> outerOverElements(ws, atoms, weighted, row, at);
            }
        }
    }

    /** Method i: μ_1..μ_n_out over all atoms of w_A·σ_a. */
    private void outerOverAtoms(MomentsWorkspace ws, int atoms, boolean weighted, double[] row, int offset) {
        for (int i = 0; i < atoms; i++) {
            double w = weighted ? weightByNumber[ws.numbers[i]] : 1;
            for (int c = 0; c < localLength; c++) {
                ws.selected[i * localLength + c] = w * ws.localRows[i * localLength + c];
            }
        }
        CentralMoments.of(ws.selected, atoms, localLength, construction.nOut(), row, offset);
    }

    /** The CED of one element, μ_1..μ_n_in over its atoms, into {@code out}; returns false (and writes zeros) if absent. */
    private boolean elementDescriptor(MomentsWorkspace ws, int atoms, int element, double[] out, int offset) {
        int count = 0;
        for (int i = 0; i < atoms; i++) {
            if (ws.numbers[i] == element) {
                System.arraycopy(ws.localRows, i * localLength, ws.selected, count * localLength, localLength);
                count++;
            }
        }
        CentralMoments.of(ws.selected, count, localLength, construction.nIn(), out, offset);
        return count > 0;
    }

    /** Method ii: the CEDs of every dataset element, zeros for absent ones. */
    private void stackedElements(MomentsWorkspace ws, int atoms, double[] row, int offset) {
        int cedLength = construction.nIn() * localLength;
        for (int e = 0; e < elements.length; e++) {
            elementDescriptor(ws, atoms, elements[e], row, offset + e * cedLength);
        }
    }

    /** Method iii: μ_1..μ_n_out over the present elements of w_A·CED_A. */
    private void outerOverElements(MomentsWorkspace ws, int atoms, boolean weighted, double[] row, int offset) {
        int cedLength = construction.nIn() * localLength;
        int present = 0;
        for (int element : elements) {
            if (elementDescriptor(ws, atoms, element, ws.ceds, present * cedLength)) {
                double w = weighted ? weightByNumber[element] : 1;
                for (int c = 0; c < cedLength; c++) {
                    ws.ceds[present * cedLength + c] *= w;
                }
                present++;
            }
        }
        CentralMoments.of(ws.ceds, present, cedLength, construction.nOut(), row, offset);
    }

    /** standardize=true: every column to zero mean and unit (population) variance; constant columns become 0. */
    @Override
    public void completeRows(double[] data, int rows) {
        if (!standardize || rows == 0) {
            return;
        }
        for (int c = 0; c < featureCount; c++) {
            double mean = 0;
            for (int r = 0; r < rows; r++) {
                mean += data[r * featureCount + c];
            }
            mean /= rows;
            double variance = 0;
            for (int r = 0; r < rows; r++) {
                double d = data[r * featureCount + c] - mean;
                variance += d * d;
            }
            double scale = variance > 0 ? 1 / Math.sqrt(variance / rows) : 1;
            for (int r = 0; r < rows; r++) {
                data[r * featureCount + c] = (data[r * featureCount + c] - mean) * scale;
            }
        }
    }
}
