package org.descriptorworkbench.analysis.imbalance;

import java.util.List;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.ProgressSlices;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.Job;
import org.descriptorworkbench.task.Progress;

/**
 * The full pairwise information imbalance of a set of descriptors (seed 004 §3.2, all 97 × 96 ordered
 * pairs): Δ(i→j), RIM(i→j) and the symmetric SRIM(i, j); each unordered pair is scanned once for both
 * directions. Diagonal entries are 0 for Δ and 1 (the lower limit) for RIM and SRIM.
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

    @Override
    public Table run(Progress progress) {
        int m = members.size();
        double[][] delta = new double[m][m];
        double[][] rim = new double[m][m];
        double[][] srim = new double[m][m];
        int pairs = m * (m - 1) / 2;
        int done = 0;
        for (int i = 0; i < m; i++) {
            rim[i][i] = 1.0;
            srim[i][i] = 1.0;
            for (int j = i + 1; j < m; j++) {
                Progress part = ProgressSlices.part(progress, done++, pairs);
                ImbalanceResult result = new InformationImbalance(members.get(i).matrix(), members.get(j).matrix(),
                        k).run(part);
                delta[i][j] = result.aToB();
                delta[j][i] = result.bToA();
                rim[i][j] = result.rimAToB();
                rim[j][i] = result.rimBToA();
                srim[i][j] = result.srim();
                srim[j][i] = result.srim();
            }
        }
        List<String> labels = members.stream().map(LabelledMatrix::label).toList();
        return new Table(labels, k, members.get(0).matrix().rows(), delta, rim, srim);
    }
}
