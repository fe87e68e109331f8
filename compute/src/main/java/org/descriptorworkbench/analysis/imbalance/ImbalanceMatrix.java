package org.descriptorworkbench.analysis.imbalance;

import java.util.List;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.MemoryGuard;
import org.descriptorworkbench.analysis.ProgressSlices;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.Job;
import org.descriptorworkbench.task.Progress;

/**
 * The full pairwise information imbalance of a set of descriptors (seed 004 §3.2, all 97 × 96 ordered
 * pairs): Δ(i→j), RIM(i→j) and the symmetric SRIM(i, j), from one scan that computes each member's
 * distances once. Entries are bit for bit those of {@link InformationImbalance} on each pair. Diagonal
 * entries are 0 for Δ and 1 (the lower limit) for RIM and SRIM.
 */
public final class ImbalanceMatrix implements Job<ImbalanceMatrix.Table> {

    /** Row i, column j holds the value for i → j. */
    public record Table(List<String> labels, int k, int n, double[][] delta, double[][] rim, double[][] srim) {
    }

    private final List<LabelledMatrix> members;
    private final int k;

    public ImbalanceMatrix(List<LabelledMatrix> members, int k) {
        if (members.size() < 2) {
            throw new ParameterException("set", "the pairwise matrix needs at least two descriptors, got "
                    + members.size());
        }
        LabelledMatrix first = members.get(0);
        for (LabelledMatrix member : members) {
            RowMatrix.requireSameRows(first.label(), first.matrix(), member.label(), member.matrix());
        }
        InformationImbalance.requireValid(first.matrix().rows(), k);
        this.members = List.copyOf(members);
        this.k = k;
    }

    /**
     * Every space's distances computed once ({@link PairwiseRankSums}); if that scan's working memory (a
     * transposed copy of every member at once) does not fit in the heap, falls back to scanning pair by pair,
     * which needs only two members' copies at a time but computes each member's distances m − 1 times.
     */
    @Override
    public Table run(Progress progress) {
        List<RowMatrix> matrices = members.stream().map(LabelledMatrix::matrix).toList();
        if (PairwiseRankSums.workingBytes(matrices, k) <= MemoryGuard.availableBytes()) {
            return fromRankSums(new PairwiseRankSums(matrices, k).run(progress, "information imbalance matrix"));
        }
        return pairByPair(progress);
    }

    private Table fromRankSums(long[][] rankSums) {
        int m = members.size();
        int n = rows();
        Table table = emptyTable();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (j != i) {
                    table.delta()[i][j] = ImbalanceResult.delta(rankSums[i][j], n, k);
                    table.rim()[i][j] = ImbalanceResult.rim(rankSums[i][j], n, k);
                }
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                table.srim()[i][j] = ImbalanceResult.srim(table.rim()[i][j], table.rim()[j][i]);
                table.srim()[j][i] = table.srim()[i][j];
            }
        }
        return table;
    }

    /** One {@link InformationImbalance} per unordered pair, both directions from each. */
    Table pairByPair(Progress progress) {
        int m = members.size();
        Table table = emptyTable();
        int pairs = m * (m - 1) / 2;
        int done = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                Progress part = ProgressSlices.part(progress, done++, pairs);
                ImbalanceResult result = new InformationImbalance(members.get(i).matrix(), members.get(j).matrix(),
                        k).run(part);
                table.delta()[i][j] = result.aToB();
                table.delta()[j][i] = result.bToA();
                table.rim()[i][j] = result.rimAToB();
                table.rim()[j][i] = result.rimBToA();
                table.srim()[i][j] = result.srim();
                table.srim()[j][i] = result.srim();
            }
        }
        return table;
    }

    /** Δ = 0 on the diagonal and 0 elsewhere; RIM and SRIM 1 (the lower limit) on the diagonal. */
    private Table emptyTable() {
        int m = members.size();
        double[][] rim = new double[m][m];
        double[][] srim = new double[m][m];
        for (int i = 0; i < m; i++) {
            rim[i][i] = 1.0;
            srim[i][i] = 1.0;
        }
        List<String> labels = members.stream().map(LabelledMatrix::label).toList();
        return new Table(labels, k, rows(), new double[m][m], rim, srim);
    }

    private int rows() {
        return members.get(0).matrix().rows();
    }
}
