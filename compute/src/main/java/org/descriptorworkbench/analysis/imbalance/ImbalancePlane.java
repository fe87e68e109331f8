package org.descriptorworkbench.analysis.imbalance;

import java.util.ArrayList;
import java.util.List;
import org.descriptorworkbench.analysis.LabelledMatrix;
import org.descriptorworkbench.analysis.ProgressSlices;
import org.descriptorworkbench.analysis.RowMatrix;
import org.descriptorworkbench.error.ParameterException;
import org.descriptorworkbench.task.Job;
import org.descriptorworkbench.task.Progress;

/**
 * The information-imbalance plane of a set of descriptors against a reference (Glielmo et al. 2022,
 * Fig. 2; seed 004 Fig. 1a): one point (Δ(R→D_k), Δ(D_k→R)) per member D_k of the set.
 */
public final class ImbalancePlane implements Job<ImbalancePlane.Plane> {

    /** One member's point in the plane, with its rank imbalances. */
    public record Point(String label, double referenceToMember, double memberToReference,
            double rimReferenceToMember, double rimMemberToReference, double srim) {
    }

    /** The whole plane: the reference's label, k, N and one point per member in the given order. */
    public record Plane(String reference, int k, int n, List<Point> points) {
    }

    private final LabelledMatrix reference;
    private final List<LabelledMatrix> members;
    private final int k;

    public ImbalancePlane(LabelledMatrix reference, List<LabelledMatrix> members, int k) {
        if (members.isEmpty()) {
            throw new ParameterException("set", "the set must contain at least one descriptor");
        }
        for (LabelledMatrix member : members) {
            RowMatrix.requireSameRows(reference.label(), reference.matrix(), member.label(), member.matrix());
        }
        InformationImbalance.requireValid(reference.matrix().rows(), k);
        this.reference = reference;
        this.members = List.copyOf(members);
        this.k = k;
    }

    /**
     * The plane of member {@code reference} of a pairwise matrix against all the others, in the matrix's
     * order: the same numbers as running the plane itself (both come from the same rank sums), without
     * scanning the pairs again when the matrix is wanted anyway.
     */
    public static Plane fromMatrix(ImbalanceMatrix.Table table, int reference) {
        List<Point> points = new ArrayList<>();
        for (int m = 0; m < table.labels().size(); m++) {
            if (m != reference) {
                points.add(new Point(table.labels().get(m), table.delta()[reference][m], table.delta()[m][reference],
                        table.rim()[reference][m], table.rim()[m][reference], table.srim()[reference][m]));
            }
        }
        return new Plane(table.labels().get(reference), table.k(), table.n(), points);
    }

    @Override
    public Plane run(Progress progress) {
        List<Point> points = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            LabelledMatrix member = members.get(m);
            Progress part = ProgressSlices.part(progress, m, members.size());
            ImbalanceResult result = new InformationImbalance(reference.matrix(), member.matrix(), k).run(part);
            points.add(new Point(member.label(), result.aToB(), result.bToA(), result.rimAToB(), result.rimBToA(),
                    result.srim()));
        }
        return new Plane(reference.label(), k, reference.matrix().rows(), points);
    }
}
