package org.descriptorworkbench.analysis.imbalance;

import org.descriptorworkbench.analysis.MemoryGuard;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.analysis.distance.SquaredDistances;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.Job;
import org.descriptorworkbench.task.Progress;

/**
 * Exact information imbalance Δ(A→B) and Δ(B→A) with k nearest neighbours (Glielmo et al. 2022;
 * seed 000 eq. 9; DADApy convention of CONVENTIONS.md §5 with maxk = N−1, i.e. every rank computed,
 * never the random fill-in): Euclidean distances on raw features, ranks 1-based with self excluded,
 * ties in the neighbour space broken by lowest index, ranks counting strictly closer rows.
 * Memory O(N·D): distances are produced block by block and never stored as an N×N matrix.
 */
public final class InformationImbalance implements Job<ImbalanceResult> {

    private final RowMatrix a;
    private final RowMatrix b;
    private final int k;

    public InformationImbalance(RowMatrix a, RowMatrix b, int k) {
        RowMatrix.requireSameRows("A", a, "B", b);
        requireValid(a.rows(), k);
        this.a = a;
        this.b = b;
        this.k = k;
    }

    static void requireValid(int n, int k) {
        if (n < 2) {
            throw new ParameterException("rows", "information imbalance needs at least 2 rows, got " + n);
        }
        if (k < 1 || k > n - 1) {
            throw new ParameterException("k", "must be between 1 and N-1 = " + (n - 1) + ", got " + k);
        }
    }

    @Override
    public ImbalanceResult run(Progress progress) {
        MemoryGuard.require(RankScan.workingBytes(a, b, k), "information imbalance");
        RankScan scan = new RankScan(new SquaredDistances(a), new SquaredDistances(b), k);
        return ImbalanceResult.of(a.rows(), k, scan.run(progress, "information imbalance"));
    }
}
