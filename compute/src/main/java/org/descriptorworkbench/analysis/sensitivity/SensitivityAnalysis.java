package org.descriptorworkbench.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.descriptorworkbench.analysis.MemoryGuard;
import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.neighbors.NeighborList;
import org.descriptorworkbench.structure.Dataset;
import org.descriptorworkbench.structure.Structure;
import org.descriptorworkbench.task.Job;
import org.descriptorworkbench.task.ParallelLoop;
import org.descriptorworkbench.task.Progress;

/**
 * The sensitivity matrix Λ = JᵀJ of chosen environments and its eigenvalues (seed 000 §IV D eq. 10,
 * after Onat, Ortner &amp; Kermode 2020), with J = ∂x/∂R over the n atoms of the environment — the
 * centre and every neighbour image within the descriptor's range, each image a separate degree of
 * freedom, the centre moving with its atom (ANALYSES.md "Sensitivity matrix"). Uses whatever
 * Jacobian the descriptor declares (analytical or numerical) and refuses descriptors without one.
 * Environments run in parallel, one workspace per thread.
 */
public final class SensitivityAnalysis implements Job<SensitivityResult> {
    /** Eigenvalues below this fraction of the largest are zero modes (ANALYSES.md). */
    public static final double ZERO_THRESHOLD = 1e-12;
    static final String METHOD = "squared singular values of J (EJML SVD)";

    private final Dataset dataset;
    private final Descriptor descriptor;
    private final List<Centre> centres;

    /**
     * @param descriptor must declare an analytical or numerical Jacobian and give one row per atom
     * @param centres    environments to analyse, each inside the dataset
     */
    public SensitivityAnalysis(Dataset dataset, Descriptor descriptor, List<Centre> centres) {
        if (descriptor.perStructure() || descriptor.jacobianKind() == JacobianKind.NONE) {
            throw new ParameterException("descriptor", descriptor.spec().text()
                    + " declares no per-atom Jacobian, which the sensitivity matrix needs;"
                    + " choose a per-atom descriptor with an analytical or numerical Jacobian");
        }
        if (centres.isEmpty()) {
            throw new ParameterException("centres", "choose at least one environment");
        }
        for (Centre c : centres) {
            if (c.structure() < 0 || c.structure() >= dataset.size()
                    || c.atom() < 0 || c.atom() >= dataset.get(c.structure()).atomCount()) {
                throw new ParameterException("centres", "structure " + c.structure() + " atom " + c.atom()
                        + " is not in the dataset");
            }
        }
        this.dataset = dataset;
        this.descriptor = descriptor;
        this.centres = List.copyOf(centres);
    }

    @Override
    public SensitivityResult run(Progress progress) {
        progress.report(0, "neighbour lists");
        NeighbourRows rows = neighbourRows();
        int features = descriptor.featureCount();
        MemoryGuard.require(MemoryGuard.doubles(3L * (rows.largestCount() + 1) * features * 2
                * Runtime.getRuntime().availableProcessors()), "the sensitivity Jacobians");
        EnvironmentSpectrum[] spectra = new EnvironmentSpectrum[centres.size()];
        ParallelLoop.forEach(centres.size(), progress, "sensitivity spectra", Worker::new,
                (worker, i) -> spectra[i] = worker.spectrum(rows, i));
        return new SensitivityResult(descriptor.spec().text(), descriptor.jacobianKind().name(), ZERO_THRESHOLD,
                METHOD, List.of(spectra));
    }

    /** One neighbour list per structure, over only the chosen centres of that structure. */
    private NeighbourRows neighbourRows() {
        Map<Integer, List<Integer>> byStructure = new TreeMap<>();
        for (int i = 0; i < centres.size(); i++) {
            byStructure.computeIfAbsent(centres.get(i).structure(), s -> new ArrayList<>()).add(i);
        }
        NeighborList[] listOf = new NeighborList[centres.size()];
        int[] rowOf = new int[centres.size()];
        for (Map.Entry<Integer, List<Integer>> e : byStructure.entrySet()) {
            List<Integer> members = e.getValue();
            int[] atoms = members.stream().mapToInt(i -> centres.get(i).atom()).toArray();
            NeighborList list = NeighborList.build(dataset.get(e.getKey()), descriptor.neighbourRadius(), atoms);
            for (int r = 0; r < members.size(); r++) {
                listOf[members.get(r)] = list;
                rowOf[members.get(r)] = r;
            }
        }
        return new NeighbourRows(listOf, rowOf);
    }

    private record NeighbourRows(NeighborList[] lists, int[] rows) {
        int largestCount() {
            int largest = 0;
            for (int i = 0; i < lists.length; i++) {
                largest = Math.max(largest, lists[i].count(rows[i]));
            }
            return largest;
        }
    }

    /** Per-thread buffers: workspace, environment, feature row and Jacobian. */
    private final class Worker {
        final Descriptor.Workspace workspace = descriptor.newWorkspace();
        final Environment environment = new Environment();
        final double[] row = new double[descriptor.featureCount()];
        double[] jacobian = new double[0];

        EnvironmentSpectrum spectrum(NeighbourRows rows, int i) {
            Centre centre = centres.get(i);
            Structure structure = dataset.get(centre.structure());
            fill(structure, centre, rows.lists()[i], rows.rows()[i]);
            int features = descriptor.featureCount();
            int dofs = 3 * (environment.count() + 1);
            if (jacobian.length < dofs * features) {
                jacobian = new double[dofs * features];
            }
            descriptor.computeWithJacobian(environment, workspace, row, jacobian);
            double[] eigenvalues = SensitivityEigenvalues.of(jacobian, dofs, features);
            return new EnvironmentSpectrum(centre.structure(), centre.atom(), structure.atomicNumber(centre.atom()),
                    environment.count(), dofs, features, eigenvalues, SensitivityEigenvalues.normalised(eigenvalues),
                    SensitivityEigenvalues.countBelow(eigenvalues, ZERO_THRESHOLD));
        }

        private void fill(Structure structure, Centre centre, NeighborList list, int c) {
            environment.reset(centre.structure(), centre.atom(), structure.atomicNumber(centre.atom()));
            for (int k = 0; k < list.count(c); k++) {
                int atom = list.atom(c, k);
                environment.add(atom, structure.atomicNumber(atom), list.shift(c, k, 0), list.shift(c, k, 1),
                        list.shift(c, k, 2), list.vector(c, k, 0), list.vector(c, k, 1), list.vector(c, k, 2));
            }
        }
    }
}
