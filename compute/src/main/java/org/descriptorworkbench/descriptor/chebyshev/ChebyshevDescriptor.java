package org.descriptorworkbench.descriptor.chebyshev;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.descriptorworkbench.descriptor.Descriptor;
import org.descriptorworkbench.descriptor.DescriptorSpec;
import org.descriptorworkbench.descriptor.Environment;
import org.descriptorworkbench.descriptor.JacobianKind;
import org.descriptorworkbench.structure.Element;

/**
 * A CHSF or CHSF-mix descriptor (seed 001 eq. 13–14 and §III G, as fixed by DESCRIPTORS.md) with
 * its analytical Jacobian. Features, in order: the radial block c^(2)_a = Σ_j φ_a(r_ij) f_c(r_ij)
 * (a = 0..N_r, T_c = r_cut), the angular block c^(3)_a = Σ_{j<k} φ_a(θ_jik) f_c(r_ij) f_c(r_ik)
 * (a = 0..N_a, T_c = π, both bonds shorter than r_cut_angular, f_c with R_c = r_cut_angular) or for
 * mix=true the mixed block c_abc = Σ_{j<k} ½[φ_a(r_ij)φ_b(r_ik) + φ_b(r_ij)φ_a(r_ik)] φ_c(θ_jik)
 * f_c f_c (a ≤ b ≤ N_r', c ≤ N_a, radial φ with T_c = r_cut as everywhere, ordered a, then b, then c);
 * then the same two blocks with every neighbour j weighted by its species weight w_j (w_j w_k for
 * pairs), present only when there is more than one species. Neighbours of species outside the
 * descriptor's species list count in the structural half only (weight 0).
 *
 * <p>The angle θ has no derivative at collinear triples (sin θ = 0); there the Jacobian takes the
 * symmetric (central-difference) value 0 for the angular part.
 */
final class ChebyshevDescriptor implements Descriptor {
    private static final double COLLINEAR_SINE = 1e-12;

    private final ChebyshevSettings settings;
    private final ChebyshevBasis radialBasis;
    private final ChebyshevBasis angularBasis;
    private final ChebyshevBasis mixRadialBasis;
    private final double[] weightByNumber = new double[Element.MAX_ATOMIC_NUMBER + 1];
    private final int radialSize;
    private final int threeBodySize;
    private final int featureCount;
    private final List<String> labels;

    ChebyshevDescriptor(ChebyshevSettings settings) {
        this.settings = settings;
        this.radialBasis = new ChebyshevBasis(settings.radialOrder(), settings.rCut(), settings.dualWeight());
        this.angularBasis = new ChebyshevBasis(settings.angularOrder(), Math.PI, settings.dualWeight());
        this.mixRadialBasis = settings.mix() ? new ChebyshevBasis(settings.mixRadialOrder(), settings.rCut(), settings.dualWeight()) : null;
        for (int s = 0; s < settings.species().length; s++) {
            weightByNumber[settings.species()[s]] = settings.weights()[s];
        }
        this.radialSize = radialBasis.size();
        this.threeBodySize = settings.mix() ? mixPairCount() * angularBasis.size() : angularBasis.size();
        int half = radialSize + threeBodySize;
        this.featureCount = settings.hasWeightedHalf() ? 2 * half : half;
        this.labels = List.copyOf(makeLabels());
    }

    private int mixPairCount() {
        int m = settings.mixRadialOrder() + 1;
        return m * (m + 1) / 2;
    }

    private List<String> makeLabels() {
        List<String> out = new ArrayList<>();
        String[] halves = settings.hasWeightedHalf() ? new String[] {"", "_w"} : new String[] {""};
        for (String suffix : halves) {
            for (int a = 0; a < radialSize; a++) {
                out.add("radial" + suffix + "[" + a + "]");
            }
            if (settings.mix()) {
                for (int a = 0; a <= settings.mixRadialOrder(); a++) {
                    for (int b = a; b <= settings.mixRadialOrder(); b++) {
                        for (int c = 0; c < angularBasis.size(); c++) {
                            out.add("mix" + suffix + "[" + a + "," + b + "," + c + "]");
                        }
                    }
                }
            } else {
                for (int a = 0; a < angularBasis.size(); a++) {
                    out.add("angular" + suffix + "[" + a + "]");
                }
            }
        }
        return out;
    }

    @Override
    public DescriptorSpec spec() {
        return settings.spec();
    }

    @Override
    public int[] species() {
        return settings.species().clone();
    }

    /** The species weights w_t, in the order of {@link #species()}. */
    double[] weights() {
        return settings.weights().clone();
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
        return Math.max(settings.rCut(), settings.rCutAngular());
    }

    @Override
    public Workspace newWorkspace() {
        return new ChebyshevWorkspace(this);
    }

    @Override
    public void compute(Environment environment, Workspace workspace, double[] row, int offset) {
        evaluate(environment, (ChebyshevWorkspace) workspace, row, offset, null);
    }

    @Override
    public JacobianKind jacobianKind() {
        return JacobianKind.ANALYTICAL;
    }

    @Override
    public void computeWithJacobian(Environment environment, Workspace workspace, double[] row, double[] jacobian) {
        evaluate(environment, (ChebyshevWorkspace) workspace, row, 0, jacobian);
    }

    /** The neighbours inside r_cut_angular of one environment, with what every triple term needs. */
    private static final class ChebyshevWorkspace implements Workspace {
        final double[] radialValues;
        final double[] radialDerivatives;
        final double[] angularValues;
        final double[] angularDerivatives;
        final int mixSize;
        final double[] oneMixValues;
        final double[] oneMixDerivatives;
        double[] mixValues = new double[0];
        double[] mixDerivatives = new double[0];
        int[] dof = new int[0];
        double[] distance = new double[0];
        double[] unit = new double[0];
        double[] cutoff = new double[0];
        double[] cutoffDerivative = new double[0];
        double[] weight = new double[0];
        final double[] angleGradientP = new double[3];
        final double[] angleGradientQ = new double[3];

        ChebyshevWorkspace(ChebyshevDescriptor d) {
            radialValues = new double[d.radialBasis.size()];
            radialDerivatives = new double[d.radialBasis.size()];
            angularValues = new double[d.angularBasis.size()];
            angularDerivatives = new double[d.angularBasis.size()];
            mixSize = d.mixRadialBasis == null ? 0 : d.mixRadialBasis.size();
            oneMixValues = new double[mixSize];
            oneMixDerivatives = new double[mixSize];
        }

        void ensureCapacity(int neighbours) {
            if (dof.length < neighbours) {
                int n = Math.max(neighbours, 2 * dof.length);
                dof = new int[n];
                distance = new double[n];
                unit = new double[3 * n];
                cutoff = new double[n];
                cutoffDerivative = new double[n];
                weight = new double[n];
                mixValues = new double[n * mixSize];
                mixDerivatives = new double[n * mixSize];
            }
        }
    }

    private void evaluate(Environment env, ChebyshevWorkspace ws, double[] row, int offset, double[] jacobian) {
        int neighbours = env.count();
        Arrays.fill(row, offset, offset + featureCount, 0);
        if (jacobian != null) {
            Arrays.fill(jacobian, 0, (neighbours + 1) * 3 * featureCount, 0);
        }
        ws.ensureCapacity(neighbours);
        int angularCount = 0;
        for (int k = 0; k < neighbours; k++) {
            double r = env.distance(k);
            double w = weightByNumber[env.species(k)];
            if (r < settings.rCut()) {
                addRadial(env, k, r, w, ws, row, offset, jacobian);
            }
            if (r < settings.rCutAngular()) {
                keepForTriples(env, k, r, w, angularCount++, ws);
            }
        }
        for (int p = 0; p < angularCount; p++) {
            for (int q = p + 1; q < angularCount; q++) {
                addTriple(p, q, ws, row, offset, jacobian);
            }
        }
    }

    private void addRadial(Environment env, int k, double r, double w, ChebyshevWorkspace ws, double[] row, int offset,
                           double[] jacobian) {
        radialBasis.evaluate(r, ws.radialValues, jacobian == null ? null : ws.radialDerivatives);
        double f = CosineCutoff.value(r, settings.rCut());
        int weighted = radialSize + threeBodySize;
        boolean hasWeighted = settings.hasWeightedHalf();
        for (int a = 0; a < radialSize; a++) {
            double v = ws.radialValues[a] * f;
            row[offset + a] += v;
            if (hasWeighted) {
                row[offset + weighted + a] += w * v;
            }
        }
        if (jacobian == null) {
            return;
        }
        double df = CosineCutoff.derivative(r, settings.rCut());
        int dof = k + 1;
        for (int axis = 0; axis < 3; axis++) {
            double u = env.vector(k, axis) / r;
            int neighbourRow = (dof * 3 + axis) * featureCount;
            int centreRow = axis * featureCount;
            for (int a = 0; a < radialSize; a++) {
                double g = (ws.radialDerivatives[a] * f + ws.radialValues[a] * df) * u;
                jacobian[neighbourRow + a] += g;
                jacobian[centreRow + a] -= g;
                if (hasWeighted) {
                    jacobian[neighbourRow + weighted + a] += w * g;
                    jacobian[centreRow + weighted + a] -= w * g;
                }
            }
        }
    }

    private void keepForTriples(Environment env, int k, double r, double w, int p, ChebyshevWorkspace ws) {
        ws.dof[p] = k + 1;
        ws.distance[p] = r;
        for (int axis = 0; axis < 3; axis++) {
            ws.unit[3 * p + axis] = env.vector(k, axis) / r;
        }
        ws.cutoff[p] = CosineCutoff.value(r, settings.rCutAngular());
        ws.cutoffDerivative[p] = CosineCutoff.derivative(r, settings.rCutAngular());
        ws.weight[p] = w;
        if (mixRadialBasis != null) {
            mixRadialBasis.evaluate(r, ws.oneMixValues, ws.oneMixDerivatives);
            System.arraycopy(ws.oneMixValues, 0, ws.mixValues, p * ws.mixSize, ws.mixSize);
            System.arraycopy(ws.oneMixDerivatives, 0, ws.mixDerivatives, p * ws.mixSize, ws.mixSize);
        }
    }

    /** Adds the terms of the neighbour pair (p, q), p < q, of the triple list. */
    private void addTriple(int p, int q, ChebyshevWorkspace ws, double[] row, int offset, double[] jacobian) {
        double cos = 0;
        for (int axis = 0; axis < 3; axis++) {
            cos += ws.unit[3 * p + axis] * ws.unit[3 * q + axis];
        }
        cos = Math.max(-1, Math.min(1, cos));
        double theta = Math.acos(cos);
        angularBasis.evaluate(theta, ws.angularValues, jacobian == null ? null : ws.angularDerivatives);
        if (jacobian != null) {
            angleGradients(p, q, cos, ws);
        }
        if (settings.mix()) {
            addMixedTriple(p, q, ws, row, offset, jacobian);
            return;
        }
        double fp = ws.cutoff[p];
        double fq = ws.cutoff[q];
        double pairWeight = ws.weight[p] * ws.weight[q];
        int weighted = 2 * radialSize + threeBodySize;
        for (int c = 0; c < threeBodySize; c++) {
            double v = ws.angularValues[c] * fp * fq;
            row[offset + radialSize + c] += v;
            if (settings.hasWeightedHalf()) {
                row[offset + weighted + c] += pairWeight * v;
            }
            if (jacobian != null) {
                double dRp = ws.angularValues[c] * ws.cutoffDerivative[p] * fq;
                double dRq = ws.angularValues[c] * fp * ws.cutoffDerivative[q];
                double dTheta = ws.angularDerivatives[c] * fp * fq;
                addTripleGradient(jacobian, radialSize + c, weighted + c, pairWeight, p, q, dRp, dRq, dTheta, ws);
            }
        }
    }

    private void addMixedTriple(int p, int q, ChebyshevWorkspace ws, double[] row, int offset, double[] jacobian) {
        int m = ws.mixSize;
        double fp = ws.cutoff[p];
        double fq = ws.cutoff[q];
        double pairWeight = ws.weight[p] * ws.weight[q];
        int angular = angularBasis.size();
        int weighted = 2 * radialSize + threeBodySize;
        int feature = radialSize;
        for (int a = 0; a < m; a++) {
            double ap = ws.mixValues[p * m + a];
            double aq = ws.mixValues[q * m + a];
            for (int b = a; b < m; b++) {
                double bp = ws.mixValues[p * m + b];
                double bq = ws.mixValues[q * m + b];
                double s = 0.5 * (ap * bq + bp * aq);
                double dSp = 0.5 * (ws.mixDerivatives[p * m + a] * bq + ws.mixDerivatives[p * m + b] * aq);
                double dSq = 0.5 * (ap * ws.mixDerivatives[q * m + b] + bp * ws.mixDerivatives[q * m + a]);
                for (int c = 0; c < angular; c++, feature++) {
                    double phi = ws.angularValues[c];
                    double v = s * phi * fp * fq;
                    row[offset + feature] += v;
                    if (settings.hasWeightedHalf()) {
                        row[offset + feature - radialSize + weighted] += pairWeight * v;
                    }
                    if (jacobian != null) {
                        double dRp = (dSp * fp + s * ws.cutoffDerivative[p]) * fq * phi;
                        double dRq = (dSq * fq + s * ws.cutoffDerivative[q]) * fp * phi;
                        double dTheta = s * ws.angularDerivatives[c] * fp * fq;
                        addTripleGradient(jacobian, feature, feature - radialSize + weighted, pairWeight, p, q,
                                dRp, dRq, dTheta, ws);
                    }
                }
            }
        }
    }

    /** ∂θ/∂d_p = −(û_q − cos θ û_p)/(r_p sin θ) and likewise for q; zero at collinear triples. */
    private static void angleGradients(int p, int q, double cos, ChebyshevWorkspace ws) {
        double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
        for (int axis = 0; axis < 3; axis++) {
            if (sin < COLLINEAR_SINE) {
                ws.angleGradientP[axis] = 0;
                ws.angleGradientQ[axis] = 0;
                continue;
            }
            double up = ws.unit[3 * p + axis];
            double uq = ws.unit[3 * q + axis];
            ws.angleGradientP[axis] = -(uq - cos * up) / (ws.distance[p] * sin);
            ws.angleGradientQ[axis] = -(up - cos * uq) / (ws.distance[q] * sin);
        }
    }

    /**
     * Adds the gradient of one triple term with partial derivatives dRp, dRq (bond lengths) and
     * dTheta (angle) to the two neighbours and, with opposite sign, to the centre; the weighted copy
     * (if any) gets pairWeight times the same.
     */
    private void addTripleGradient(double[] jacobian, int feature, int weightedFeature, double pairWeight, int p, int q,
                                   double dRp, double dRq, double dTheta, ChebyshevWorkspace ws) {
        boolean hasWeighted = settings.hasWeightedHalf();
        for (int axis = 0; axis < 3; axis++) {
            double gp = dRp * ws.unit[3 * p + axis] + dTheta * ws.angleGradientP[axis];
            double gq = dRq * ws.unit[3 * q + axis] + dTheta * ws.angleGradientQ[axis];
            int rowP = (ws.dof[p] * 3 + axis) * featureCount;
            int rowQ = (ws.dof[q] * 3 + axis) * featureCount;
            int rowCentre = axis * featureCount;
            jacobian[rowP + feature] += gp;
            jacobian[rowQ + feature] += gq;
            jacobian[rowCentre + feature] -= gp + gq;
            if (hasWeighted) {
                jacobian[rowP + weightedFeature] += pairWeight * gp;
                jacobian[rowQ + weightedFeature] += pairWeight * gq;
                jacobian[rowCentre + weightedFeature] -= pairWeight * (gp + gq);
            }
        }
    }
}
